/**
 * The Excel WorkbookPort against an office-addin-mock request context (fakeExcel.ts): round trips,
 * rewriting in place, stored state that fails validation, and a save → reopen round trip.
 */
import { defaultScenarios, Scenario, templateDrivers } from "../../src/model/scenario";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { QUARANTINE_SHEET, STATE_SHEET } from "../../src/workbook/persistence";
import { NAME_PREFIX, PLAN_CHART, PLAN_SHEET, PLAN_TABLE } from "../../src/workbook/planLayout";
import { SUMMARY_SHEET, SUMMARY_STACKS_TABLE } from "../../src/workbook/summaryLayout";
import { FakeExcel } from "./fakeExcel";

const AT = new Date("2027-01-05T09:30:00Z");

function scenarios(horizon = 12): Scenario[] {
  return defaultScenarios("2027-01").map((s) => ({ ...s, drivers: { ...s.drivers, horizonMonths: horizon } }));
}

function setup() {
  const excel = new FakeExcel();
  const port = new ExcelWorkbook(excel.run);
  return { excel, port };
}

async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

describe("writePlan", () => {
  test.each([12, 24, 36])("takes at most 3 round trips for a %i-month horizon, new or rewritten", async (horizon) => {
    const { excel, port } = setup();
    expect(await syncsOf(excel, () => port.writePlan(scenarios(horizon)))).toBeLessThanOrEqual(3);
    expect(await syncsOf(excel, () => port.writePlan(scenarios(horizon)))).toBeLessThanOrEqual(3);
  });

  test("creates one sheet, one table, one chart and the assumption names, with live formulas", async () => {
    const { excel, port } = setup();
    const result = await port.writePlan(scenarios());
    expect(result).toMatchObject({ sheetName: PLAN_SHEET, tableName: PLAN_TABLE, months: 12, created: true });
    const sheet = excel.sheet(PLAN_SHEET)!;
    expect(sheet.charts.map((c) => c.name)).toEqual([PLAN_CHART]);
    expect(sheet.charts[0].type).toBe("Line");
    expect(excel.tables.get(PLAN_TABLE.toLowerCase())).toBeDefined();
    expect(excel.names.get("sc_base_seats")?.formula).toBe("='SupportCost Plan'!$B$6");
    // The seats assumption cell holds the number the name points at.
    expect(excel.cell(PLAN_SHEET, "B6")?.value).toBe(25);
    // Month 1's Base total is a SUPPORTCOST formula over the names and the row's resolutions cell.
    const header = [...Array(30).keys()].map((r) => excel.cell(PLAN_SHEET, `A${r + 1}`)?.value);
    const headerRow = header.indexOf("Month") + 1;
    const total = excel.cell(PLAN_SHEET, `C${headerRow + 1}`)!;
    expect(total.formula).toMatch(/^=IF\(\$B\d+>SC_Base_Horizon,"",SUPPORTCOST\.TOTAL\(SC_Base_Stack,SC_Base_Seats,[A-Z]+\d+,1,SC_Base_Billing,,,,[A-Z]+\d+\)\)$/);
    expect(total.format).toBe("[$$-409]#,##0.00");
    const formulas = [...sheet.cells.values()].map((c) => c.formula ?? "");
    expect(formulas.some((f) => f.includes("SUPPORTCOST.SEATS("))).toBe(true);
    // The AI cost column is the month's total beyond its seats.
    expect(formulas.some((f) => /^=IF\(\$B\d+>SC_Base_Horizon,"",C\d+-[A-Z]+\d+\)$/.test(f))).toBe(true);
  });

  test("writing again updates in place: no second sheet, table, chart or name", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios(24));
    const namesBefore = [...excel.names.keys()].sort();
    const second = await port.writePlan(scenarios(12));
    expect(second.created).toBe(false);
    expect(excel.sheets.filter((s) => s.name === PLAN_SHEET)).toHaveLength(1);
    expect(excel.tables.size).toBe(1);
    expect(excel.sheet(PLAN_SHEET)!.charts).toHaveLength(1);
    expect([...excel.names.keys()].sort()).toEqual(namesBefore);
    // The shorter horizon leaves no stale rows from the longer one.
    const months = [...excel.sheet(PLAN_SHEET)!.cells.values()].filter((c) => typeof c.formula === "string" && c.formula.startsWith("=EDATE("));
    expect(months).toHaveLength(12);
  });

  test("a removed scenario's names go, a renamed one's come", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    const two = scenarios().slice(0, 2);
    two[1] = { ...two[1], name: "Cautious" };
    await port.writePlan(two);
    const names = [...excel.names.values()].map((n) => n.name);
    expect(names.some((n) => n.startsWith(`${NAME_PREFIX}High_`))).toBe(false);
    expect(names.some((n) => n.startsWith(`${NAME_PREFIX}Low_`))).toBe(false);
    expect(names).toContain("SC_Cautious_Seats");
  });

  test("invalid input writes nothing", async () => {
    const { excel, port } = setup();
    const bad = scenarios();
    bad[0].drivers.horizonMonths = 48;
    await expect(port.writePlan(bad)).rejects.toThrow(/Nothing was written: Base has invalid input \(Horizon must be from 12 to 36/);
    expect(excel.syncs).toBe(0);
    expect(excel.sheet(PLAN_SHEET)).toBeUndefined();
  });
});

describe("publishSummary", () => {
  test("values only, two native charts, catalog sources and the publish time; republishing replaces", async () => {
    const { excel, port } = setup();
    // One round trip reads the workbook's price book (none here), then at most 3 write the sheet.
    expect(await syncsOf(excel, () => port.publishSummary(scenarios(36), AT))).toBeLessThanOrEqual(4);
    expect(await syncsOf(excel, () => port.publishSummary(scenarios(36), AT))).toBeLessThanOrEqual(4);
    const sheet = excel.sheet(SUMMARY_SHEET)!;
    expect([...sheet.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
    expect([...sheet.cells.values()].some((c) => typeof c.value === "string" && c.value.startsWith("="))).toBe(false);
    expect(sheet.charts.map((c) => c.type).sort()).toEqual(["ColumnStacked", "Line"]);
    const texts = [...sheet.cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes("Published 2027-01-05 09:30 UTC"))).toBe(true);
    expect(texts.some((t) => t.includes("Intercom pricing"))).toBe(true);
    expect(texts).toContain("2025-10-27");
    expect(excel.sheets.filter((s) => s.name === SUMMARY_SHEET)).toHaveLength(1);
    // The stack comparison is a native table, replaced (not duplicated) on republishing.
    const tables = [...excel.tables.values()].filter((t) => t.sheet === SUMMARY_SHEET);
    expect(tables.map((t) => t.name)).toEqual([SUMMARY_STACKS_TABLE]);
    expect(tables[0].hasHeaders).toBe(true);
  });
});

describe("scenarios stored in the workbook", () => {
  test("save, then a new session (reopen) reads the same scenarios back", async () => {
    const { excel, port } = setup();
    const saved = scenarios();
    saved[1] = { ...saved[1], name: "Low (EU)", drivers: { ...saved[1].drivers, seasonality: [1, 1, 1, 1, 1, 1, 0.8, 0.8, 1, 1, 1.2, 1.4] } };
    await port.saveScenarios(saved, AT);
    expect(excel.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    const reopened = new ExcelWorkbook(excel.run);
    const loaded = await reopened.loadScenarios();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.scenarios).toEqual(saved);
  });

  test("loading and saving take at most 3 round trips each", async () => {
    const { excel, port } = setup();
    expect(await syncsOf(excel, () => port.loadScenarios())).toBeLessThanOrEqual(3);
    expect(await syncsOf(excel, () => port.saveScenarios(scenarios(), AT))).toBeLessThanOrEqual(3);
    expect(await syncsOf(excel, () => port.saveScenarios(scenarios(), AT))).toBeLessThanOrEqual(3);
    excel.setCells(STATE_SHEET, "A1", [["|{broken"]]);
    expect(await syncsOf(excel, () => port.loadScenarios())).toBeLessThanOrEqual(3);
  });

  test("a large set of scenarios is split over cells under Excel's 32,767-character limit", async () => {
    const { excel, port } = setup();
    const many: Scenario[] = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i + 1}`,
      name: `Scenario ${i + 1} with a long descriptive name`.slice(0, 40),
      drivers: { ...templateDrivers("Base", "2027-01"), seasonality: Array.from({ length: 12 }, (_, k) => 1 + k / 1e6 + i / 1e9) },
    }));
    await port.saveScenarios(many, AT);
    const cells = [...excel.sheet(STATE_SHEET)!.cells.values()].map((c) => String(c.value));
    expect(cells.every((c) => c.length <= 32_767)).toBe(true);
    expect((await new ExcelWorkbook(excel.run).loadScenarios()).scenarios).toEqual(many);
  });

  test.each([
    ["corrupt", "{not json", "corrupt", /not valid JSON/],
    ["older", JSON.stringify({ schemaVersion: 0, scenarios: [] }), "older", /old schema \(0\)/],
    ["hand-edited", JSON.stringify({ schemaVersion: 1, savedAt: "x", scenarios: [{ id: "s1", name: "Base", drivers: { ...templateDrivers("Base", "2027-01"), seats: -3 } }] }), "invalid", /Seats must be a whole number/],
  ])("a %s stored value is reported, kept aside, and not lost by the next save", async (_label, text, kind, message) => {
    const { excel, port } = setup();
    excel.setCells(STATE_SHEET, "A1", [[`|${text}`]]);
    const loaded = await port.loadScenarios();
    expect(loaded.scenarios).toBeNull();
    expect(loaded.problem).toMatchObject({ kind, keptAt: `${QUARANTINE_SHEET}!A1` });
    expect(loaded.problem?.message).toMatch(message);
    expect(loaded.saveBlocked).toBe(false);
    expect(excel.cell(QUARANTINE_SHEET, "A3")?.value).toBe(`|${text}`);
    expect(excel.sheet(QUARANTINE_SHEET)?.visibility).toBe("Hidden");

    // Loading again does not keep a second copy; saving replaces the state but not the kept copy.
    await port.loadScenarios();
    await port.saveScenarios(scenarios(), AT);
    expect(excel.cell(QUARANTINE_SHEET, "A3")?.value).toBe(`|${text}`);
    expect(excel.cell(QUARANTINE_SHEET, "B1")).toBeUndefined();
    expect((await new ExcelWorkbook(excel.run).loadScenarios()).scenarios).toEqual(scenarios());
  });

  test("a value from a newer add-in is kept and saving is refused, so it is never overwritten", async () => {
    const { excel, port } = setup();
    const newer = JSON.stringify({ schemaVersion: 4, scenarios: [], extra: true });
    excel.setCells(STATE_SHEET, "A1", [[`|${newer}`]]);
    const loaded = await port.loadScenarios();
    expect(loaded.problem?.kind).toBe("newer");
    expect(loaded.saveBlocked).toBe(true);
    await expect(port.saveScenarios(scenarios(), AT)).rejects.toThrow(/newer SupportCost/);
    expect(excel.cell(STATE_SHEET, "A1")?.value).toBe(`|${newer}`);
  });

  test("a bad value that appears before a save (a co-author, a hand edit) is kept before being replaced", async () => {
    const { excel, port } = setup();
    await port.loadScenarios();
    excel.setCells(STATE_SHEET, "A1", [["|[1,2"]]);
    await port.saveScenarios(scenarios(), AT);
    expect(excel.cell(QUARANTINE_SHEET, "A3")?.value).toBe("|[1,2");
  });

  test("a co-author's newer save is merged in, not overwritten (and not refused)", async () => {
    const { excel } = setup();
    const mine = new ExcelWorkbook(excel.run);
    const theirs = new ExcelWorkbook(excel.run);
    await mine.saveScenarios(scenarios(), AT);
    await theirs.loadScenarios();
    await mine.loadScenarios();
    const theirScenarios = scenarios().slice(0, 1);
    await theirs.saveScenarios(theirScenarios, AT);
    // Mine did not change Low or High, so their deletion of both stands.
    const result = await mine.saveScenarios(scenarios(), AT);
    expect(result).toMatchObject({ merged: true, conflicts: [], scenarios: theirScenarios });
    expect((await new ExcelWorkbook(excel.run).loadScenarios()).scenarios).toEqual(theirScenarios);
  });
});

describe("readSelectionHistory", () => {
  test("reads a column of monthly counts in one round trip", async () => {
    const { excel, port } = setup();
    excel.selection = { sheet: "Sheet1", address: "B2:B4" };
    excel.setCells("Sheet1", "B2", [[100], [120], [130]]);
    expect(await syncsOf(excel, async () => expect((await port.readSelectionHistory()).values).toEqual([100, 120, 130]))).toBe(1);
  });

  test("a blank or text cell is refused with its position", async () => {
    const { excel, port } = setup();
    excel.selection = { sheet: "Sheet1", address: "B2:B4" };
    excel.setCells("Sheet1", "B2", [[100], ["n/a"], [130]]);
    await expect(port.readSelectionHistory()).rejects.toThrow(/Month 2 of the selection is not a count/);
  });

  test("a block of several rows and columns is refused", async () => {
    const { excel, port } = setup();
    excel.selection = { sheet: "Sheet1", address: "B2:C4" };
    excel.setCells("Sheet1", "B2", [[1, 2], [3, 4], [5, 6]]);
    await expect(port.readSelectionHistory()).rejects.toThrow(/one row or one column/);
  });
});
