/**
 * Rewriting the plan touches only the plan sheet it owns (found by a marker name a rename does not
 * change), removes that sheet's own tables before writing, never a copy's, and leaves the workbook
 * as it was when any write of the batch fails.
 */
import { defaultScenarios, Scenario } from "../../src/model/scenario";
import { quoteSheet } from "../../src/workbook/a1";
import { ExcelWorkbook, sheetOfFormula } from "../../src/workbook/excel";
import { PLAN_MARKER, PLAN_SHEET, PLAN_TABLE } from "../../src/workbook/planLayout";
import { FakeCell, FakeExcel } from "./fakeExcel";

const scenarios = (): Scenario[] => defaultScenarios("2027-01");

function setup() {
  const excel = new FakeExcel();
  return { excel, port: new ExcelWorkbook(excel.run) };
}

/** As Excel renames a sheet: references to it in names follow. */
function renameSheet(excel: FakeExcel, from: string, to: string): void {
  excel.sheet(from)!.name = to;
  for (const t of excel.tables.values()) if (t.sheet === from) t.sheet = to;
  for (const n of excel.names.values()) n.formula = n.formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
}

/** As Excel copies a sheet: cells, charts and tables (a table gets a free name); workbook names stay on the original. */
function copySheet(excel: FakeExcel, from: string, to: string): void {
  const source = excel.sheet(from)!;
  excel.sheets.push({ name: to, visibility: "Visible", cells: new Map([...source.cells].map(([k, c]) => [k, { ...c }])), charts: source.charts.map((c) => ({ ...c, id: c.id + 1000 })) });
  for (const t of [...excel.tables.values()]) {
    if (t.sheet !== from) continue;
    let name = t.name;
    for (let i = 2; excel.tables.has(name.toLowerCase()); i++) name = `${t.name}${i}`;
    excel.tables.set(name.toLowerCase(), { ...t, name, sheet: to, box: { ...t.box } });
  }
}

/** An empty cell in the General format is what Excel has where nothing was ever written. */
const blankCell = (c: FakeCell) => c.value === "" && c.formula === undefined && (c.format === undefined || c.format === "General");

/** Everything a user could see, for "left as it was". */
function snapshot(excel: FakeExcel): unknown {
  return structuredClone({
    sheets: excel.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries([...s.cells].filter(([, c]) => !blankCell(c))), charts: s.charts.map((c) => [c.id, c.name, c.type, c.source]) })),
    tables: [...excel.tables.values()].map((t) => [t.name, t.sheet, t.box, t.hasHeaders !== false]).sort(),
    names: [...excel.names.values()].map((n) => [n.name, n.formula]).sort(),
  });
}

async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

describe("the plan sheet the add-in owns", () => {
  test("is found by its marker after the user renames it, and rewritten there", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    expect(sheetOfFormula(excel.names.get(PLAN_MARKER.toLowerCase())!.formula)).toBe(PLAN_SHEET);
    renameSheet(excel, PLAN_SHEET, "Plan FY27");
    const two = scenarios().slice(0, 2);
    const result = await port.writePlan(two);
    expect(result).toMatchObject({ sheetName: "Plan FY27", created: false, tableName: PLAN_TABLE });
    expect(excel.sheet(PLAN_SHEET)).toBeUndefined();
    expect(excel.names.get("sc_base_seats")?.formula).toBe("='Plan FY27'!$B$6");
    expect(excel.tables.get(PLAN_TABLE.toLowerCase())?.sheet).toBe("Plan FY27");
    expect(excel.sheet("Plan FY27")!.charts).toHaveLength(1);
  });

  test("a copy of the plan sheet keeps its cells, table and chart when the plan is rewritten", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    copySheet(excel, PLAN_SHEET, "My plan copy");
    const copyBefore = JSON.stringify([...excel.sheet("My plan copy")!.cells].sort());
    const copyTable = excel.tables.get(`${PLAN_TABLE}2`.toLowerCase());
    expect(copyTable?.sheet).toBe("My plan copy");
    await port.writePlan(scenarios().slice(0, 1));
    expect(JSON.stringify([...excel.sheet("My plan copy")!.cells].sort())).toBe(copyBefore);
    expect(excel.tables.get(`${PLAN_TABLE}2`.toLowerCase())).toEqual(copyTable);
    expect(excel.sheet("My plan copy")!.charts).toHaveLength(1);
    expect(excel.tables.get(PLAN_TABLE.toLowerCase())?.sheet).toBe(PLAN_SHEET);
  });

  test("a copy that holds the plan table's name keeps it; the plan's table takes a free name", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    copySheet(excel, PLAN_SHEET, "Kept copy");
    // The user deleted the plan's table and gave the copy's table the plan table's name.
    excel.tables.delete(PLAN_TABLE.toLowerCase());
    const copy = excel.tables.get(`${PLAN_TABLE}2`.toLowerCase())!;
    excel.tables.delete(copy.name.toLowerCase());
    excel.tables.set(PLAN_TABLE.toLowerCase(), { ...copy, name: PLAN_TABLE });
    const result = await port.writePlan(scenarios());
    expect(result.tableName).toBe(`${PLAN_TABLE}2`);
    expect(excel.tables.get(PLAN_TABLE.toLowerCase())?.sheet).toBe("Kept copy");
    expect(excel.tables.get(`${PLAN_TABLE}2`.toLowerCase())?.sheet).toBe(PLAN_SHEET);
  });

  test("a plan written before the marker is adopted; a user's own sheet of that name is left alone", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    excel.names.delete(PLAN_MARKER.toLowerCase());
    expect((await port.writePlan(scenarios())).created).toBe(false);
    expect(excel.names.has(PLAN_MARKER.toLowerCase())).toBe(true);

    const other = setup();
    other.excel.setCells(PLAN_SHEET, "A1", [["My own notes"]]);
    const result = await other.port.writePlan(scenarios());
    expect(result).toMatchObject({ sheetName: `${PLAN_SHEET} 2`, created: true });
    expect(other.excel.cell(PLAN_SHEET, "A1")?.value).toBe("My own notes");
    expect(other.excel.names.get("sc_base_seats")?.formula).toBe(`='${PLAN_SHEET} 2'!$B$6`);
  });

  test("every table on the plan sheet is removed before the new one is written (clear does not remove tables)", async () => {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    // A second table on the plan sheet, where the new month table will go.
    excel.tables.set("userextra", { name: "UserExtra", sheet: PLAN_SHEET, box: { r0: 40, c0: 0, r1: 44, c1: 3 } });
    await port.writePlan(scenarios());
    expect([...excel.tables.values()].map((t) => t.name)).toEqual([PLAN_TABLE]);
  });

  test("round trips: 2 to create, 3 to rewrite", async () => {
    const { excel, port } = setup();
    expect(await syncsOf(excel, () => port.writePlan(scenarios()))).toBe(2);
    expect(await syncsOf(excel, () => port.writePlan(scenarios()))).toBe(3);
  });
});

describe("a plan rewrite that fails at any step", () => {
  async function existingPlan(): Promise<{ excel: FakeExcel; port: ExcelWorkbook }> {
    const { excel, port } = setup();
    await port.writePlan(scenarios());
    copySheet(excel, PLAN_SHEET, "My plan copy");
    excel.names.set("budget", { name: "Budget", formula: "=Sheet1!$A$1" });
    return { excel, port };
  }
  // Fewer scenarios and a longer horizon: names are deleted and repointed, the table changes size.
  const next = (): Scenario[] => scenarios().slice(0, 2).map((s) => ({ ...s, drivers: { ...s.drivers, horizonMonths: 24 } }));

  test("over an existing plan: leaves the workbook as it was (names repointed are put back)", async () => {
    const dry = await existingPlan();
    const ops = dry.excel.opsApplied;
    await dry.port.writePlan(next());
    const steps = dry.excel.opsApplied - ops;
    expect(steps).toBeGreaterThan(20);
    for (let k = 1; k <= steps; k++) {
      const { excel, port } = await existingPlan();
      const before = snapshot(excel);
      excel.failAtOp = k;
      await expect(port.writePlan(next())).rejects.toThrow(/left as it was/);
      expect({ k, workbook: snapshot(excel) }).toEqual({ k, workbook: before });
      // And the next attempt works.
      const result = await port.writePlan(next());
      expect({ k, months: result.months, names: excel.names.has("sc_high_seats") }).toEqual({ k, months: 24, names: false });
    }
  });

  test("on a new workbook: leaves no sheet, name or table behind", async () => {
    const dry = setup();
    await dry.port.writePlan(scenarios());
    const steps = dry.excel.opsApplied;
    for (let k = 1; k <= steps; k++) {
      const { excel, port } = setup();
      const before = snapshot(excel);
      excel.failAtOp = k;
      await expect(port.writePlan(scenarios())).rejects.toThrow(/left as it was/);
      expect({ k, workbook: snapshot(excel) }).toEqual({ k, workbook: before });
    }
  });

  test("a failure costs 3 more round trips (what is there now, its charts, then putting it back)", async () => {
    const { excel, port } = await existingPlan();
    excel.failAtOp = 5;
    const before = excel.syncs;
    await expect(port.writePlan(next())).rejects.toThrow();
    expect(excel.syncs - before).toBe(3 + 3);
  });
});
