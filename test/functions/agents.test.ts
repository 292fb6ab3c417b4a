import { setMoneyStyle } from "../../src/functions/results";
import { errorCell } from "../support/custom-functions-global";
import { BLANK, cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  afterEach(() => setMoneyStyle("plain"));

  describe("=SUPPORTCOST.AGENTS", () => {
    it("staffs the published example: 14 on duty, 20 scheduled with 30% shrinkage", async () => {
      expect(await excel("AGENTS", 200, 180, 0.8, 20)).toBe(14);
      expect(await excel("AGENTS", 200, 180, 0.8, 20, 0.3)).toBe(20);
      expect(await excel("AGENTS", 200, 180, 0.8, 20, 0.3, 0.85)).toBe(20);
    });

    it("staffs to the occupancy cap when it binds: 10 Erlangs at 60% needs 17 on duty", async () => {
      expect(await excel("AGENTS", 200, 180, 0.8, 20, 0, 0.6)).toBe(Math.ceil(10 / 0.6));
    });

    it("reads blank and 0 the same way in every argument, as desktop and web Excel pass them", async () => {
      const noCap = await excel("AGENTS", 200, 180, 0.8, 20);
      for (const blank of [BLANK, null, 0, ""]) {
        expect(await excel("AGENTS", 200, 180, 0.8, 20, blank, blank)).toBe(noCap); // no shrinkage, no cap
        expect(await excel("AGENTS", blank, 180, 0.8, 20, 0.3)).toBe(0); // no contacts, no agents
        expect(await excel("AGENTS", 200, 180, 0.8, blank)).toBe(await excel("AGENTS", 200, 180, 0.8, 0));
      }
      // A cap of 0 is "no cap", like blank, rather than an impossible cap.
      expect(await excel("AGENTS", 200, 180, 0.8, 20, 0.3, 0)).toBe(await excel("AGENTS", 200, 180, 0.8, 20, 0.3));
    });

    it("asks for a handle time and a target when they are blank or 0, with the same message on both platforms", async () => {
      for (const blank of [BLANK, null, 0, ""]) {
        expectExcelError(await excel("AGENTS", 200, blank, 0.8, 20), "#VALUE!", /^Average handle time is blank or 0: give the average seconds spent on one contact, such as 180\.$/);
        expectExcelError(await excel("AGENTS", 200, 180, blank, 20), "#VALUE!", /^Service level target is blank or 0: give the share of contacts to answer in time, such as 0\.8 for 80%\.$/);
      }
    });

    it("never needs fewer agents for more contacts", async () => {
      let previous = 0;
      for (const contacts of [0, 1, 10, 100, 1_000, 10_000, 100_000]) {
        const n = (await excel("AGENTS", contacts, 300, 0.9, 30, 0.35, 0.9)) as number;
        expect(n).toBeGreaterThanOrEqual(previous);
        previous = n;
      }
      expect(previous).toBeGreaterThan((100_000 * 300) / 3600);
    });

    it.each([
      [["lots", 180, 0.8, 20], /^Contacts per hour must be a number, but it is the text "lots"\. Enter a number\.$/],
      [["2,00", 180, 0.8, 20], /Contacts per hour must be a number, but "2,00" could be 2\.00 or 200/],
      [[200, errorCell("divisionByZero"), 0.8, 20], /Average handle time must be a number, but it is the error #DIV\/0!\. Fix the cell it comes from\./],
      [[200, 180, 80, 20], /^Service level target must be a share between 0 and 1, not including either \(such as 0\.8 for 80% answered in time\); got 80\.$/],
      [[200, 180, 1, 20], /Service level target must be a share between 0 and 1.*got 1\./],
      [[-5, 180, 0.8, 20], /^Contacts in the busiest interval must be a number of 0 or more; got -5\.$/],
      [[200, -180, 0.8, 20], /Average handle time must be more than 0 seconds/],
      [[200, 180, 0.8, -1], /Answer time must be a number of 0 or more seconds; got -1/],
      [[200, 180, 0.8, 20, 1], /^Shrinkage must be a share from 0 up to but not including 1 \(such as 0\.3 for 30% of paid time off the phones\); got 1\.$/],
      [[200, 180, 0.8, 20, 0.3, 1.5], /^Maximum occupancy must be a share more than 0 and at most 1 \(such as 0\.85 for 85%\); got 1\.5\.$/],
      [[200, 180, 0.8, 20, true], /Shrinkage must be a number, but it is the logical value TRUE/],
      [[3_000_000, 180, 0.8, 20], /traffic is 150,000 Erlangs .* more than the 100,000 this calculation takes/],
    ])("AGENTS(%p) → #VALUE! with a message", async (args, message) => {
      expectExcelError(await excel("AGENTS", ...(args as unknown[])), "#VALUE!", message);
    });
  });

  describe("=SUPPORTCOST.STAFFING", () => {
    it("spills the published example's figures with labels", async () => {
      const rows = (await excel("STAFFING", 200, 180, 0.8, 20, 0.3, 0.85)) as unknown[][];
      expect(rows.map((r) => r[0])).toEqual([
        "Measure",
        "Agents on duty",
        "Agents scheduled (after shrinkage)",
        "Chance a contact waits",
        "Service level achieved",
        "Average speed of answer (seconds)",
        "Occupancy",
        "Traffic (Erlangs)",
      ]);
      expect(rows.every((r) => r.length === 2)).toBe(true);
      const value = (label: string) => cellNumber(rows.find((r) => r[0] === label)?.[1]);
      expect(value("Agents on duty")).toBe(14);
      expect(value("Agents scheduled (after shrinkage)")).toBe(20);
      expect(value("Chance a contact waits")).toBeCloseTo(0.1741, 4);
      expect(value("Service level achieved")).toBeCloseTo(0.8884, 4);
      expect(value("Average speed of answer (seconds)")).toBeCloseTo(7.84, 2);
      expect(value("Occupancy")).toBeCloseTo(0.714, 3);
      expect(value("Traffic (Erlangs)")).toBe(10);
    });

    it("agrees with AGENTS", async () => {
      for (const args of [[200, 180, 0.8, 20, 0.3], [50, 420, 0.9, 60, 0.25, 0.8], [0, 180, 0.8, 20]]) {
        const rows = (await excel("STAFFING", ...args)) as unknown[][];
        expect(rows[2][1]).toBe(await excel("AGENTS", ...args));
      }
    });

    it("shows shares as percentages where the host can format results", async () => {
      setMoneyStyle("double");
      const rows = (await excel("STAFFING", 200, 180, 0.8, 20)) as unknown[][];
      expect(rows[1][1]).toBe(14);
      expect(rows[4][1]).toEqual({ type: "Double", basicValue: expect.closeTo(0.8884, 4), numberFormat: "0.0%" });
    });

    it("with no contacts shows no agents, nobody waiting and every contact answered", async () => {
      const rows = (await excel("STAFFING", null, 180, 0.8, 20, 0.3, 0.85)) as unknown[][];
      expect(rows.slice(1).map((r) => cellNumber(r[1]))).toEqual([0, 0, 0, 1, 0, 0, 0]);
    });

    it("gives the same errors as AGENTS", async () => {
      expectExcelError(await excel("STAFFING", 200, 180, 0.8, 20, -0.2), "#VALUE!", /Shrinkage must be a share from 0 up to but not including 1 .*got -0\.2\./);
    });
  });
});
