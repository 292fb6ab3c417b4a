import { cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  describe("=SUPPORTCOST.BUDGETRISK", () => {
    it("with no volatility returns the plan's own cost at every percentile", async () => {
      const plan = cellNumber(await excel("TOTAL", "Advanced", 10, 2000, 12));
      expect(cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0, 12))).toBeCloseTo(plan, 6);
      expect(cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0, 12, 0.5))).toBeCloseTo(plan, 6);
    });

    it("puts higher percentiles at higher cost", async () => {
      const p50 = cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12, 0.5));
      const p95 = cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12));
      const p99 = cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12, 0.99));
      expect(p95).toBeGreaterThan(p50);
      expect(p99).toBeGreaterThan(p95);
    });

    it("gives the same answer on every recalculation", async () => {
      const a = await excel("BUDGETRISK", "Expert", 5, [[900], [1200], [1500]], 0.4);
      const b = await excel("BUDGETRISK", "Expert", 5, [[900], [1200], [1500]], 0.4);
      expect(a).toEqual(b);
    });

    it("with a budget returns the chance of exceeding it", async () => {
      const plan = cellNumber(await excel("TOTAL", "Advanced", 10, 2000, 12));
      expect(cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12, plan * 10))).toBe(0);
      expect(cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12, 1))).toBe(1);
      const atPlan = cellNumber(await excel("BUDGETRISK", "Advanced", 10, 2000, 0.3, 12, plan));
      expect(atPlan).toBeGreaterThan(0.2);
      expect(atPlan).toBeLessThan(0.8);
    });

    it("reads the Forecast, Lower, Upper columns of SUPPORTCOST.FORECAST", async () => {
      const history = Array.from({ length: 30 }, (_, t) => [800 + 10 * t + ((t * 37) % 11) * 15]);
      const spill = (await excel("FORECAST", history, 12)) as number[][];
      const columns = spill.slice(1).map((r) => [r[1], r[2], r[3]]);
      const p95 = cellNumber(await excel("BUDGETRISK", "Advanced", 8, columns, 0.95));
      const planned = cellNumber(await excel("TOTAL", "Advanced", 8, columns.map((r) => [r[0]])));
      expect(p95).toBeGreaterThan(planned);
    });

    it.each([
      [["Advanced", 10, 2000, -0.2, 12], /volatility|CV|coefficient/i],
      [["Advanced", 10, 2000, 0.2, 12, -0.5], /Percentile or budget must be a fraction between 0 and 1/],
      [["Advanced", 10, 2000, 0.2, 12, -0.5], /Percentile or budget must be/],
      [["Advanced", 10, -5, 0.2, 12], /0 or more|negative/i],
      [["Advanced", 10, 2000, 0.2, 12, null, null, 1], /correlation/i],
      [["Advanced", 10, [[1], ["x"]], 0.2], /Resolutions, cell 2 of 2 must be a number/],
      [["Advanced", 10, [[1, 2, 3], [4, 5, 6]], 2], /volatility is the interval's confidence, between 0 and 1/],
      [["Advanced", 10, [[1], [2]], 0.2, 5], /Months is 5 but the resolutions range has 2 monthly values/],
      [["Advanced", 10, 2000, 0.2, 200], /Months|months/],
    ])("BUDGETRISK(%p) gives #VALUE! naming the problem", async (args, message) => {
      expectExcelError(await excel("BUDGETRISK", ...(args as unknown[])), "#VALUE!", message);
    });

    it("names the valid tiers for an unknown one", async () => {
      expectExcelError(await excel("BUDGETRISK", "Platinum", 1, 100, 0.2), "#N/A", /Unknown plan "Platinum": use a tier \(Essential, Advanced or Expert\)/);
    });
  });

  describe("=SUPPORTCOST.RISKTABLE", () => {
    it("spills the percentile table with planned cost and budget at risk", async () => {
      const rows = (await excel("RISKTABLE", "Advanced", 10, 2000, 0.3, 12, 36000)) as unknown[][];
      expect(rows[0]).toEqual(["Statistic", "Total cost"]);
      const value = (label: RegExp) => cellNumber(rows.find((r) => label.test(String(r[0])))?.[1]);
      const planned = value(/^Planned/);
      expect(planned).toBeCloseTo(cellNumber(await excel("TOTAL", "Advanced", 10, 2000, 12)), 6);
      const ps = [/^P5$/, /^P50/, /^P90$/, /^P95$/, /^P99$/].map(value);
      expect([...ps].sort((a, b) => a - b)).toEqual(ps);
      expect(value(/^Budget at risk/)).toBeCloseTo(value(/^P95$/) - planned, 6);
      expect(rows.some((r) => /Worst month: month \d+, P95/.test(String(r[0])))).toBe(true);
      const chance = rows.find((r) => /^Chance of exceeding \$36,000\.00$/.test(String(r[0])));
      expect(chance && cellNumber(chance[1])).toBeGreaterThanOrEqual(0);
    });

    it("asks for a budget when none is given", async () => {
      const rows = (await excel("RISKTABLE", "Advanced", 10, 2000, 0.3)) as unknown[][];
      expect(rows[rows.length - 1]).toEqual(["Chance of exceeding budget", "give a budget"]);
    });

    it("reports bad input as an error, not a table", async () => {
      expectExcelError(await excel("RISKTABLE", "Advanced", 10, 2000, 0.3, 12, "lots"), "#VALUE!", /Budget must be a number/);
    });
  });
});
