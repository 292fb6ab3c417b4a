import { cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  describe("=SUPPORTCOST.MONTHLY", () => {
    it("spills a header and one row per month", async () => {
      const rows = (await excel("MONTHLY", "Advanced", 12, [[0], [20], [60]])) as unknown[][];
      expect(rows[0]).toEqual(["Month", "Resolutions", "Seat cost", "AI cost", "Total"]);
      expect(rows).toHaveLength(4);
      const numbers = rows.slice(1).map((r) => r.map(cellNumber));
      expect(numbers[0]).toEqual([1, 0, 1020, 0, 1020]);
      expect(numbers[1]).toEqual([2, 20, 1020, expect.closeTo(49.5, 10), expect.closeTo(1069.5, 10)]);
      expect(numbers[2]).toEqual([3, 60, 1020, expect.closeTo(59.4, 10), expect.closeTo(1079.4, 10)]);
    });

    it("agrees with TOTAL month by month", async () => {
      const volumes = [[120], [null], [45], [3000]];
      const rows = (await excel("MONTHLY", "Expert", 4, volumes, "monthly")) as unknown[][];
      const sum = rows.slice(1).reduce((s, r) => s + cellNumber(r[4]), 0);
      expect(sum).toBeCloseTo(cellNumber(await excel("TOTAL", "Expert", 4, volumes, null, "monthly")), 9);
    });

    it("returns an error, not a partial table, for a bad month", async () => {
      expectExcelError(await excel("MONTHLY", "Advanced", 1, [[10], [-4]]), "#VALUE!", /Resolutions in month 2 must be a number of 0 or more; got -4/);
      expectExcelError(await excel("MONTHLY", "Advanced", 1, [["x"]]), "#VALUE!", /Resolutions must be a number, but it is the text "x"/);
    });
  });
});
