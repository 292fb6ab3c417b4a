/**
 * The functions price with the workbook's price book, passed as their last argument (the Prices table),
 * or a built-in edition by name; any plan of the book works where a tier did.
 */
import { priceBookToRows, SEED_BOOK } from "../../src/model/pricebook";
import { BLANK, cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

/** The Prices table as the workbook holds it: the book's rows and the calculated Check column. */
function pricesTable(edit: (rows: unknown[][]) => void = () => undefined): unknown[][] {
  const rows: unknown[][] = priceBookToRows(SEED_BOOK).map((r) => [...r]);
  edit(rows);
  return rows.map((r, i) => [...r, i === 0 ? "Check" : r[5] === BLANK || r[5] === null ? "missing" : typeof r[5] === "number" ? "ok" : "not a number"]);
}

function rowOf(rows: unknown[][], plan: string, item: string): unknown[] {
  const row = rows.find((r) => r[0] === plan && r[4] === item);
  if (!row) throw new Error(`no ${plan} ${item} row`);
  return row;
}

const sheetRow = (plan: string, item: string) => pricesTable().findIndex((r) => r[0] === plan && r[4] === item) + 1;

forEachMode((excel) => {
  describe("pricing with the workbook's price book", () => {
    it("gives today's numbers with an unedited copy of the built-in book", async () => {
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, pricesTable()))).toBe(30060);
      expect(cellNumber(await excel("PRICE", "Expert", "monthly", pricesTable()))).toBe(139);
    });

    it("follows an edited seat price and AI rate", async () => {
      const edited = pricesTable((rows) => {
        rowOf(rows, "intercom-advanced", "Seat, annual billing")[5] = 70;
        rowOf(rows, "intercom-advanced", "AI rate")[5] = 0.8;
      });
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, edited))).toBeCloseTo(12 * 12 * 70 + 1500 * 0.8 * 12, 9);
      expect(cellNumber(await excel("SEATS", "Advanced", 12, 12, null, edited))).toBe(12 * 12 * 70);
      const rows = (await excel("MONTHLY", "Advanced", 1, [[20]], null, null, null, edited)) as unknown[][];
      expect(cellNumber(rows[1][3])).toBeCloseTo(50 * 0.8, 9);
    });

    it("prices any plan of the book: the hand-worked totals", async () => {
      expect(cellNumber(await excel("TOTAL", "zendesk-professional", 12, 1500, 12))).toBe(41400);
      expect(cellNumber(await excel("TOTAL", "zendesk-professional+fin-standalone", 12, 1500, 12))).toBeCloseTo(34374, 6);
      expect(cellNumber(await excel("AI", 1500, 12, null, null, "fin-standalone"))).toBeCloseTo(17814, 6);
    });

    it("refuses a plan billed per AI-involved conversation when only resolutions are given", async () => {
      expectExcelError(await excel("TOTAL", "freshdesk-pro", 12, 1500, 12), "#VALUE!", /freshdesk-pro bills every conversation its AI takes part in.*use SUPPORTCOST\.COMPARE/);
    });

    it("takes a built-in edition by name", async () => {
      expect(cellNumber(await excel("SEATS", "Essential", 1, 12, null, "intercom-2026"))).toBe(12 * 19);
      expect(cellNumber(await excel("SEATS", "Essential", 1, 12, null, "seed"))).toBe(12 * 29);
      expectExcelError(await excel("SEATS", "Essential", 1, 12, null, "2027"), "#N/A", /Unknown price book "2027".*"seed" or "intercom-2026"/);
    });

    it("uses the built-in book when the argument points at an empty cell, on both platforms", async () => {
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, BLANK))).toBe(30060);
    });

    it("prices a simulation with a plan of the book", async () => {
      const p50 = cellNumber(await excel("BUDGETRISK", "zendesk-professional", 12, 1500, 0.3, 12, 0.5, null, null, pricesTable()));
      expect(p50).toBeGreaterThan(16560);
      expect(p50).toBeLessThan(41400 * 1.2);
    });

    describe("a broken price cell gives an error naming the cell, never a wrong number", () => {
      it("text where a price belongs", async () => {
        const broken = pricesTable((rows) => (rowOf(rows, "intercom-advanced", "Seat, annual billing")[5] = "eighty-five"));
        const row = sheetRow("intercom-advanced", "Seat, annual billing");
        expectExcelError(
          await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, broken),
          "#VALUE!",
          new RegExp(`^Prices row ${row} \\(intercom-advanced, Seat, annual billing\\), Amount: the text "eighty-five"`),
        );
      });

      it("an emptied price cell, which desktop Excel would pass as 0", async () => {
        const emptied = pricesTable((rows) => (rowOf(rows, "intercom-advanced", "AI rate")[5] = BLANK));
        const row = sheetRow("intercom-advanced", "AI rate");
        expectExcelError(
          await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, emptied),
          "#VALUE!",
          new RegExp(`^Prices row ${row} \\(intercom-advanced, AI rate\\), Amount: the cell is empty; enter the price \\(0 if it is free\\)\\.$`),
        );
      });

      it("a negative price", async () => {
        const negative = pricesTable((rows) => (rowOf(rows, "zendesk-team", "Seat, annual billing")[5] = -55));
        expectExcelError(await excel("PRICE", "zendesk-team", null, negative), "#VALUE!", /Prices row \d+ \(zendesk-team, Seat, annual billing\), Amount:/);
      });

      it("an unknown unit", async () => {
        const unknown = pricesTable((rows) => (rowOf(rows, "eesel", "AI rate")[6] = "USD per smile"));
        expectExcelError(await excel("PRICE", "Advanced", null, unknown), "#N/A", /Prices row \d+ \(eesel, AI rate\), Unit: "USD per smile" is not a unit of AI rate/);
      });

      it("a missing row: a plan's AI rate deleted", async () => {
        const missing = pricesTable((rows) => rows.splice(rows.indexOf(rowOf(rows, "intercom-advanced", "AI rate")), 1));
        const result = await excel("TOTAL", "Advanced", 12, 1500, 12, null, null, null, missing);
        expectExcelError(result, "#VALUE!", /intercom-advanced/);
      });
    });
  });
});
