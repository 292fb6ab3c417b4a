import { cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  const column = (...values: unknown[]) => values.map((v) => [v]);

  describe("=SUPPORTCOST.VARIANCE", () => {
    it("spills the issue's worked month and the year to date, adding up to the invoice", async () => {
      const table = (await excel("VARIANCE", "intercom-advanced", 12, 5000, 0.5, 0.6, column(6000, 5000), 0.5, column(0.7, 0.6), column(3150, 2505))) as unknown[][];
      expect(table[0]).toEqual(["Month", "Planned", "Volume effect", "AI-rate effect", "Billing effect", "Invoice", "Modelled bill", "Check"]);
      expect(table[1].slice(0, 7).map((v, i) => (i === 0 ? v : cellNumber(v)))).toEqual([1, 2505, 297, 297, 51, 3150, 3099]);
      expect(table[1][7]).toBe("invoice differs from the modelled bill");
      expect(table[2].slice(1, 6).map(cellNumber)).toEqual([2505, 0, 0, 0, 2505]);
      expect(table[3][0]).toBe("Year to date");
      expect(table[3].slice(1, 6).map(cellNumber)).toEqual([5010, 297, 297, 51, 5655]);
    });

    it("works for a stack billed per AI-involved conversation", async () => {
      const table = (await excel("VARIANCE", "freshdesk-pro", 12, 5000, 0.5, 0.6, column(5210), 0.5, 0.6, column(1218))) as unknown[][];
      // 2,605 sessions: 27 packs instead of 25.
      expect(table[1].slice(1, 6).map(cellNumber)).toEqual([1885, 98, 0, -765, 1218]);
    });

    it("refuses a list of invoices that does not match the months", async () => {
      expectExcelError(await excel("VARIANCE", "Advanced", 12, 5000, 0.5, 0.6, column(6000, 5000), 0.5, 0.6, column(3150, 2505, 10)), "#VALUE!", /Invoice has 3 monthly values but the actual conversations have 2/);
    });
  });
});
