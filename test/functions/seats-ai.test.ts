import { cellNumber, forEachMode } from "../support/excel";
import { errorCell } from "../support/custom-functions-global";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  describe("=SUPPORTCOST.SEATS", () => {
    it("is seats × price per seat-month × months", async () => {
      expect(cellNumber(await excel("SEATS", "Advanced", 12))).toBe(1020);
      expect(cellNumber(await excel("SEATS", "Advanced", 12, 12))).toBe(12240);
      expect(cellNumber(await excel("SEATS", "essential", 5, 12, "monthly"))).toBe(5 * 39 * 12);
    });

    it.each([
      [["Advanced", -1], "#VALUE!", /Seats must be a whole number/],
      [["Basic", 1], "#N/A", /Unknown plan "Basic"/],
      [["Advanced", 1, -3], "#VALUE!", /Months must be a whole number from 1 to 600/],
      [["Advanced", 1, 1, "yearly"], "#N/A", /Unknown billing "yearly"/],
    ])("SEATS(%p) → %s with a message", async (args, code, message) => {
      expectExcelError(await excel("SEATS", ...(args as unknown[])), code, message);
    });
  });

  describe("=SUPPORTCOST.AI", () => {
    it("charges the minimum per month, never per year", async () => {
      expect(cellNumber(await excel("AI", 20))).toBeCloseTo(49.5, 10);
      expect(cellNumber(await excel("AI", 20, 12))).toBeCloseTo(12 * 49.5, 10);
      expect(cellNumber(await excel("AI", [[0], [20], [60]]))).toBeCloseTo(108.9, 10);
    });

    it("charges nothing for blank or zero months", async () => {
      expect(cellNumber(await excel("AI", 0, 12))).toBe(0);
      expect(cellNumber(await excel("AI", null))).toBe(0);
      expect(cellNumber(await excel("AI", [[null], [""], [0]]))).toBe(0);
    });

    it("honours rate and minimum overrides", async () => {
      expect(cellNumber(await excel("AI", 10, 1, 2, 25))).toBe(50);
    });

    it.each([
      [[-1], "#VALUE!", /Resolutions must be a number of 0 or more; got -1/],
      [[[[1], [errorCell("invalidValue")]]], "#VALUE!", /cell 2 of 2 must be a number, but it is the error #VALUE!/],
      [[10, null, "free"], "#VALUE!", /AI rate must be a number, but it is the text "free"/],
      [[[[1], [2]], 5], "#VALUE!", /Months is 5 but the resolutions range has 2 monthly values/],
    ])("AI(%p) → %s with a message", async (args, code, message) => {
      expectExcelError(await excel("AI", ...(args as unknown[])), code, message);
    });
  });
});
