/**
 * The actuals table, in Excel (office-addin-mock fake) and in the preview's workbook: created once as a
 * native table with formats and validation, never rewritten, and read back through the one reader.
 */
import { alignActuals } from "../../src/model/actuals";
import { ACTUALS_HEADER, ACTUALS_SHEET, ACTUALS_TABLE, actualsLayout, readActualsTable } from "../../src/workbook/actualsLayout";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { FakeExcel } from "./fakeExcel";

const g = globalThis as unknown as { Office?: unknown };

describe("the actuals layout", () => {
  it("is a table at A1 with a row per month of the plan, months as text, counts and money formatted", () => {
    const layout = actualsLayout("2027-01", 12);
    expect(layout.table.cells[0]).toEqual(ACTUALS_HEADER);
    expect(layout.table.cells.slice(1).map((r) => r[0])).toEqual(["Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027", "Jun 2027", "Jul 2027", "Aug 2027", "Sep 2027", "Oct 2027", "Nov 2027", "Dec 2027"]);
    expect(layout.table.address).toBe("A1:E13");
    expect(layout.table.numberFormats[1]).toEqual(["@", "#,##0", "#,##0", "#,##0", "[$$-409]#,##0.00"]);
    expect(layout.numbersAddress).toBe("B2:E13");
    expect(() => actualsLayout("2027-01", 0)).toThrow(/1 to 36 months/);
  });
});

describe("the actuals table in Excel", () => {
  beforeEach(() => {
    g.Office = { context: { requirements: { isSetSupported: (_set: string, version: string) => version <= "1.8" } } };
  });
  afterEach(() => {
    delete g.Office;
  });

  it("creates the sheet, the native table, its formats and validation in 2 round trips", async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    const result = await wb.createActualsTable("2027-01", 12);
    expect(result).toEqual({ sheetName: ACTUALS_SHEET, tableName: ACTUALS_TABLE, months: 12, created: true });
    expect(fake.syncs).toBe(2);
    expect(fake.tables.get(ACTUALS_TABLE.toLowerCase())).toMatchObject({ name: ACTUALS_TABLE, sheet: ACTUALS_SHEET, hasHeaders: true });
    expect(fake.cell(ACTUALS_SHEET, "A2")).toMatchObject({ value: "Jan 2027", format: "@" });
    expect(fake.cell(ACTUALS_SHEET, "E2")?.format).toBe("[$$-409]#,##0.00");
    expect(fake.validations.get(`${ACTUALS_SHEET}!B2:E13`)).toMatchObject({ rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, errorAlert: { showAlert: true, style: "Stop" } });
  });

  it("never overwrites a table that exists: the user's rows stay as typed", async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    await wb.createActualsTable("2027-01", 12);
    fake.setCells(ACTUALS_SHEET, "B2", [["6,000", 3000, 2100, 3150]]);
    const again = await wb.createActualsTable("2028-01", 24);
    expect(again).toEqual({ sheetName: ACTUALS_SHEET, tableName: ACTUALS_TABLE, months: 12, created: false });
    expect(fake.cell(ACTUALS_SHEET, "A2")?.value).toBe("Jan 2027");
    expect(fake.cell(ACTUALS_SHEET, "B2")?.value).toBe("6,000");
  });

  it("reads the table back: text cells through the number reader, unreadable rows named", async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    expect(await wb.readActualsTable()).toBeNull();
    await wb.createActualsTable("2027-01", 12);
    fake.setCells(ACTUALS_SHEET, "B2", [
      ["6,000", 3000, 2100, 3150],
      [5000, "2.500", 1500, 2505],
    ]);
    const read = await wb.readActualsTable();
    expect(read?.address).toBe("'SupportCost Actuals'!A1:E13");
    const imported = readActualsTable(read!.values);
    expect(imported.months[0]).toMatchObject({ month: "2027-01", conversations: 6000, involved: 3000, resolved: 2100, invoice: 3150 });
    expect(imported.problems).toEqual([{ line: 3, message: expect.stringMatching(/^Line 3: AI-involved: "2.500" could be 2.5 or 2,500/) }]);
    // The months not yet closed are kept as missing, in place.
    expect(imported.months).toHaveLength(12);
    expect(imported.months[5]).toMatchObject({ month: "2027-06", conversations: null, invoice: null });
  });

  it("refuses a sheet of that name without the table, in words", async () => {
    const fake = new FakeExcel();
    fake.setCells(ACTUALS_SHEET, "A1", [["mine"]]);
    await expect(new ExcelWorkbook(fake.run).createActualsTable("2027-01", 12)).rejects.toThrow(/has a sheet "SupportCost Actuals" without the actuals table/);
    expect(fake.cell(ACTUALS_SHEET, "A1")?.value).toBe("mine");
  });
});

describe("the actuals table in the preview's workbook", () => {
  it("is created once, grows with rows pasted below it, and reads a quarter back for the plan", async () => {
    const wb = new MemoryWorkbook();
    expect(await wb.readActualsTable()).toBeNull();
    expect(await wb.createActualsTable("2027-01", 2)).toMatchObject({ created: true, months: 2 });
    wb.paste(ACTUALS_SHEET, "B2", [
      [6000, 3000, 2100, 3150],
      ["5,200", "2,600", "1,820", "$2,600.00"],
    ]);
    wb.paste(ACTUALS_SHEET, "A4", [["Mar 2027", 5100, 2550, 1785, 2700]]);
    expect(await wb.createActualsTable("2027-01", 12)).toMatchObject({ created: false, months: 3 });
    expect(wb.value(ACTUALS_SHEET, "B2")).toBe(6000);
    const read = await wb.readActualsTable();
    expect(read?.address).toBe("'SupportCost Actuals'!A1:E4");
    const aligned = alignActuals(readActualsTable(read!.values).months, "2027-01", 12);
    expect(aligned).toMatchObject({ ok: true, months: ["2027-01", "2027-02", "2027-03"] });
    if (aligned.ok) expect(aligned.actual[1]).toEqual({ conversations: 5200, involved: 2600, resolved: 1820, invoice: 2600 });
  });
});

describe("the landing on the leadership summary", () => {
  it("appears below the summary's blocks when the workbook has actuals for a scenario, as values", async () => {
    const { defaultScenarios } = await import("../../src/model/scenario");
    const [base] = defaultScenarios("2027-01");
    const plan = { ...base, drivers: { ...base.drivers, stack: "intercom-advanced", seats: 12, startConversations: 5000, growthPct: 0, aiInvolvementPct: 50, aiResolutionPct: 60 } };
    const wb = new MemoryWorkbook();
    await wb.publishSummary([plan], new Date("2027-04-05T00:00:00Z"));
    const without = [...wb.sheets.get("SupportCost Summary")!.cells.values()].some((c) => String(c.value).startsWith("Year-end landing"));
    expect(without).toBe(false);
    await wb.createActualsTable("2027-01", 12);
    wb.paste(ACTUALS_SHEET, "B2", [[6000, 3000, 2100, 3150]]);
    await wb.publishSummary([plan], new Date("2027-04-05T00:00:00Z"));
    const cells = wb.sheets.get("SupportCost Summary")!.cells;
    const at = [...cells.entries()].find(([, c]) => String(c.value).startsWith("Year-end landing"))!;
    expect(at[1].value).toMatch(/^Year-end landing: Base against the actuals of Jan 2027 to Jan 2027/);
    const row = Number(at[0].slice(1));
    const value = (label: string) => {
      for (let r = row; r < row + 14; r++) if (cells.get(`A${r}`)?.value === label) return cells.get(`B${r}`)?.value;
      return undefined;
    };
    expect(value("Planned to date")).toBe(2505);
    expect(value("Volume effect")).toBe(297);
    expect(value("AI-rate effect")).toBe(297);
    expect(value("Billing effect")).toBe(51);
    expect(value("Invoiced to date")).toBe(3150);
    expect(value("Planned for the year")).toBe(30060);
    expect(value("Remaining months")).toBe(11);
    expect(value("Landing P90") as number).toBeGreaterThanOrEqual(value("Landing P50") as number);
    expect([...cells.values()].some((c) => typeof c.value === "string" && c.value.startsWith("="))).toBe(false);
  });
});

describe("the landing on the summary in Excel", () => {
  it("reads the actuals in the same batch as the price book, and writes the landing as values", async () => {
    const { defaultScenarios } = await import("../../src/model/scenario");
    const [base] = defaultScenarios("2027-01");
    const plan = { ...base, drivers: { ...base.drivers, stack: "intercom-advanced", seats: 12, startConversations: 5000, growthPct: 0, aiInvolvementPct: 50, aiResolutionPct: 60 } };
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    await wb.createActualsTable("2027-01", 12);
    fake.setCells(ACTUALS_SHEET, "B2", [[6000, 3000, 2100, 3150]]);
    await wb.publishSummary([plan], new Date("2027-04-05T00:00:00Z"));
    const cells = [...fake.sheet("SupportCost Summary")!.cells.values()].map((c) => c.value);
    expect(cells.some((v) => /^Year-end landing: Base against the actuals of Jan 2027 to Jan 2027/.test(String(v)))).toBe(true);
    expect(cells).toContain("Billing effect");
  });
});
