import { defaultScenarios } from "../../src/model/scenario";
import { SAMPLE_HISTORY, MemoryWorkbook } from "../../src/workbook/memory";
import { columnName, grid, previewSheets, shownValue } from "../../src/taskpane/previewSheets";

describe("the preview workbook, cell by cell", () => {
  test("the sample History the preview's Use selection reads is shown as a sheet", () => {
    const sheets = previewSheets(new MemoryWorkbook());
    expect(sheets.map((s) => s.name)).toEqual(["History"]);
    const history = sheets[0];
    expect(history.sampleSelection).toMatch(/B2:B25/);
    expect(history.columns).toEqual(["A", "B"]);
    expect(history.rows.slice(1, 25).map((r) => Number(r.cells[1]))).toEqual(SAMPLE_HISTORY);
  });

  test("a written plan shows enough cells to check it: labels, values and formulas, not four", async () => {
    const wb = new MemoryWorkbook();
    await wb.writePlan(defaultScenarios("2027-01"));
    const plan = previewSheets(wb).find((s) => s.name === "SupportCost Plan")!;
    const shown = plan.rows.flatMap((r) => r.cells).filter((c) => c !== "");
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.some((c) => c.startsWith("=") && c.includes("SUPPORTCOST.TOTAL(SC_Base_Stack,SC_Base_Seats,"))).toBe(true);
    expect(shown.some((c) => /^[A-Za-z]/.test(c) && !c.startsWith("="))).toBe(true);
    // Every month of the longest horizon is in view (the plan's table ends below row 60).
    expect(plan.moreRows).toBe(0);
  });

  test("columns are named as in Excel and a large sheet says what it leaves out", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    const cells: [string, unknown][] = [["A1", "x"], ["C100", 1], ["P3", 2]];
    const g = grid(cells, 60, 12);
    expect(g.rows).toHaveLength(60);
    expect(g.moreRows).toBe(40);
    expect(g.moreColumns).toBe(4);
    expect(g.rows[0].cells[0]).toBe("x");
  });
});

describe("cells read as Excel shows them", () => {
  test("a date-formatted serial is a date, a percent format a percentage, the rest as stored", () => {
    expect(shownValue(46388, "mmm yyyy")).toBe("Jan 2027");
    expect(shownValue(46388, "yyyy-mm-dd")).toBe("2027-01-01");
    expect(shownValue(0.02, "0.0%")).toBe("2.0%");
    expect(shownValue(12.5, "[$$-409]#,##0.00")).toBe("$12.50");
    expect(shownValue(145001.71947761398, "[$$-409]#,##0.00")).toBe("$145,001.72");
    expect(shownValue(268241.7945625453, "#,##0")).toBe("268,242");
    expect(shownValue(0.5405634856942633, "0.00")).toBe("0.54");
    expect(shownValue("=EDATE(SC_Base_FirstMonth,$B30-1)", "mmm yyyy")).toBe("=EDATE(SC_Base_FirstMonth,$B30-1)");
  });

  test("the plan's first month reads as a month, not a serial number", async () => {
    const wb = new MemoryWorkbook();
    await wb.writePlan(defaultScenarios("2027-01"));
    const plan = previewSheets(wb).find((s) => s.name === "SupportCost Plan")!;
    const row = plan.rows.find((r) => r.cells[0] === "First month")!;
    expect(row.cells[1]).toBe("Jan 2027");
  });
});
