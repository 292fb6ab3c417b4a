/**
 * The workbook owns its price book: written from a built-in edition into a native table, read back as
 * the functions see it, never overwritten, and used by the plan sheet's formulas and the summary.
 */
import { installCustomFunctionsGlobal } from "../support/custom-functions-global";
installCustomFunctionsGlobal();
import { total } from "../../src/functions/functions";
import { priceBookFromTable, SEED_BOOK } from "../../src/model/pricebook";
import { defaultScenarios } from "../../src/model/scenario";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { PRICES_NAME, PRICES_SHEET, PRICES_TABLE } from "../../src/workbook/pricesLayout";
import { SUMMARY_SHEET } from "../../src/workbook/summaryLayout";
import { FakeExcel } from "./fakeExcel";

const AT = new Date("2026-12-01T10:00:00Z");

function rowOf(rows: unknown[][], plan: string, item: string): number {
  const i = rows.findIndex((r) => r[0] === plan && r[4] === item);
  if (i < 0) throw new Error(`no ${plan} ${item}`);
  return i;
}

describe.each([
  ["the in-memory workbook", () => ({ port: new MemoryWorkbook() as MemoryWorkbook | ExcelWorkbook, fake: undefined as FakeExcel | undefined })],
  [
    "Excel (office-addin-mock fake)",
    () => {
      const fake = new FakeExcel();
      return { port: new ExcelWorkbook(fake.run) as MemoryWorkbook | ExcelWorkbook, fake };
    },
  ],
])("the price book sheet in %s", (_, setup) => {
  it("writes the seed edition as a table named for formulas, and reads back the same book", async () => {
    const { port, fake } = setup();
    expect(await port.readPriceBook()).toBeNull();
    const written = await port.writePriceBook("seed", AT);
    expect(written.sheetName).toBe(PRICES_SHEET);
    const book = await port.readPriceBook();
    expect(book).not.toBeNull();
    expect(book!.rows[0]).toEqual(["Plan id", "Vendor", "Plan", "Kind", "Price item", "Amount", "Unit", "Source", "As of", "Check"]);
    expect(book!.rows).toHaveLength(written.prices + 1);
    expect(book!.address).toMatch(/SupportCost Prices'?!A1:J\d+$/);
    expect(book!.note).toMatch(/Seed list/);
    if (fake) {
      expect(fake.names.get(PRICES_NAME.toLowerCase())?.formula).toBe(`=${PRICES_TABLE}[#All]`);
      expect(fake.tables.has(PRICES_TABLE.toLowerCase())).toBe(true);
      // The Check column is a formula Excel computes (the fake keeps formulas, not their results).
      expect(fake.cell(PRICES_SHEET, "J2")?.formula).toBe('=IF(ISBLANK(F2),"missing",IF(ISNUMBER(F2),"ok","not a number"))');
    } else {
      expect(priceBookFromTable(book!.rows)).toEqual(SEED_BOOK);
    }
  });

  it("never overwrites a price book the workbook already has", async () => {
    const { port } = setup();
    await port.writePriceBook("seed", AT);
    await port.setPriceAmount(2, 31, "2026-12-05");
    await expect(port.writePriceBook("intercom-2026", AT)).rejects.toThrow(/already has a price book on "SupportCost Prices": edit its prices there/);
    const book = await port.readPriceBook();
    expect(book!.rows[1][5]).toBe(31);
    expect(book!.rows[1].slice(7, 9)).toEqual(["Typed in the workbook (your own figure, such as a negotiated price)", "2026-12-05"]);
  });

  it("refuses a row that is not a price row", async () => {
    const { port } = setup();
    await port.writePriceBook("seed", AT);
    await expect(port.setPriceAmount(1, 5, "2026-12-05")).rejects.toThrow(/Row 1 is not a price row/);
    await expect(port.setPriceAmount(999, 5, "2026-12-05")).rejects.toThrow(/Row 999 is not a price row/);
  });

  it("makes the plan's formulas pass the workbook's price book", async () => {
    const { port, fake } = setup();
    await port.writePriceBook("seed", AT);
    await port.writePlan(defaultScenarios("2027-01"));
    const formulas = fake
      ? fake.sheets.flatMap((s) => [...s.cells.values()].map((c) => String(c.formula ?? "")))
      : [...(port as MemoryWorkbook).sheets.values()].flatMap((s) => [...s.cells.values()].map((c) => String(c.value)));
    const totals = formulas.filter((f) => f.includes("SUPPORTCOST.TOTAL("));
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((f) => f.includes(`,,,${PRICES_NAME},`))).toBe(true);
  });
});

describe("editing a price in the workbook", () => {
  it("changes what the functions compute from the table, and what the summary publishes", async () => {
    const wb = new MemoryWorkbook();
    await wb.writePriceBook("seed", AT);
    const before = await wb.readPriceBook();
    expect(total("Advanced", 12, [[1500]], 12, null, null, null, before!.rows)).toBe(30060);
    await wb.setPriceAmount(rowOf(before!.rows, "intercom-advanced", "Seat, annual billing") + 1, 70, "2026-12-05");
    await wb.setPriceAmount(rowOf(before!.rows, "intercom-advanced", "AI rate") + 1, 0.8, "2026-12-05");
    const after = await wb.readPriceBook();
    // A typed price is the user's own figure, as of the day it was typed: no longer the list price's source and stale date.
    const seatRow = after!.rows[rowOf(after!.rows, "intercom-advanced", "Seat, annual billing")];
    expect([seatRow[7], seatRow[8]]).toEqual(["Typed in the workbook (your own figure, such as a negotiated price)", "2026-12-05"]);
    expect(total("Advanced", 12, [[1500]], 12, null, null, null, after!.rows)).toBeCloseTo(12 * 12 * 70 + 1500 * 0.8 * 12, 9);

    const scenarios = defaultScenarios("2027-01");
    await wb.publishSummary(scenarios, AT);
    const summary = [...wb.sheets.get(SUMMARY_SHEET)!.cells.values()].map((c) => c.value);
    expect(summary.some((v) => typeof v === "string" && v.startsWith("Prices used: the workbook's price book ('SupportCost Prices'!A1:J"))).toBe(true);
    expect(summary).toContain(70);
    expect(summary).toContain(0.8);
  });
});
