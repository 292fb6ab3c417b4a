/**
 * Forecast and risk sheets through the Excel WorkbookPort (office-addin-mock fake, counting round
 * trips) and the in-memory one: values and native charts, rewritten in place, ≤ 3 context.sync calls.
 */
import { forecastSeries } from "../../src/model/forecast";
import { defaultScenarios, forecastScenario, simulationPlanOf } from "../../src/model/scenario";
import { simulateVolatility, volatilitySensitivity, VolatilityInput } from "../../src/model/volatility";
import { FORECAST_CHART, FORECAST_SHEET, RISK_HISTOGRAM_CHART, RISK_SHEET, RISK_TORNADO_CHART } from "../../src/workbook/analysisLayout";
import { readSeriesCells } from "../../src/workbook/checks";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { MemoryWorkbook, SAMPLE_HISTORY } from "../../src/workbook/memory";
import { ForecastSheetInput, RiskSheetInput } from "../../src/workbook/port";
import { FakeExcel } from "./fakeExcel";

function forecastInput(horizon = 12): ForecastSheetInput {
  const history = [...SAMPLE_HISTORY.slice(0, 5), null, ...SAMPLE_HISTORY.slice(6)];
  return { history, source: "History!B2:B25", result: forecastSeries(history, horizon, { confidence: 0.9 }), confidence: 0.9 };
}

function riskInput(withBudget = true): RiskSheetInput {
  const f = forecastScenario(defaultScenarios("2027-01")[0]);
  const input: VolatilityInput = {
    plan: simulationPlanOf(f),
    volumes: { kind: "expected", expected: f.months.map((m) => m.resolutions), cv: 0.25 },
    paths: 2_000,
    seed: 3,
    budget: withBudget ? 160_000 : undefined,
  };
  return {
    scenarioName: "Base",
    result: simulateVolatility(input),
    sensitivity: volatilitySensitivity({ ...input, paths: 500 }),
    uncertainty: "CV 0.25",
    firstMonth: "2027-01",
  };
}

function setup() {
  const excel = new FakeExcel();
  return { excel, port: new ExcelWorkbook(excel.run) };
}

async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

const values = (excel: FakeExcel, sheet: string) => [...excel.sheet(sheet)!.cells.values()].map((c) => c.value);

describe("writeForecast", () => {
  test("history, forecast and interval as values with one line chart, in at most 3 round trips, new or rewritten", async () => {
    const { excel, port } = setup();
    expect(await syncsOf(excel, () => port.writeForecast(forecastInput(24)))).toBeLessThanOrEqual(3);
    let result: Awaited<ReturnType<typeof port.writeForecast>> | undefined;
    expect(await syncsOf(excel, async () => (result = await port.writeForecast(forecastInput(12))))).toBeLessThanOrEqual(3);
    expect(result).toEqual({ sheetName: FORECAST_SHEET, charts: 1, created: false });
    expect(excel.sheets.filter((s) => s.name === FORECAST_SHEET)).toHaveLength(1);
    const sheet = excel.sheet(FORECAST_SHEET)!;
    expect(sheet.charts.map((c) => [c.name, c.type, c.seriesBy])).toEqual([[FORECAST_CHART, "Line", "Columns"]]);
    // History, Forecast, Lower, Upper: 4 series over the header and 24 + 12 rows (no stale rows from the 24-month write).
    expect(sheet.charts[0].source).toBe("B5:E41");
    expect(sheet.charts[0].categories).toBe("A6:A41");
    const input = forecastInput(12);
    expect(excel.cell(FORECAST_SHEET, "C30")?.value).toBe(input.result.forecast[0]);
    expect(excel.cell(FORECAST_SHEET, "D41")?.value).toBe(input.result.lower[11]);
    expect(excel.cell(FORECAST_SHEET, "E41")?.value).toBe(input.result.upper[11]);
    expect(excel.cell(FORECAST_SHEET, "B11")?.value).toBe(""); // the blank month stays blank
    expect(excel.cell(FORECAST_SHEET, "A42")).toBeUndefined();
    expect(values(excel, FORECAST_SHEET).some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });
});

describe("writeRisk", () => {
  test("percentiles, histogram and tornado with a column and a bar chart, in at most 3 round trips, rewritten in place", async () => {
    const { excel, port } = setup();
    const input = riskInput();
    expect(await syncsOf(excel, () => port.writeRisk(input))).toBeLessThanOrEqual(3);
    expect(await syncsOf(excel, () => port.writeRisk(input))).toBeLessThanOrEqual(3);
    expect(excel.sheets.filter((s) => s.name === RISK_SHEET)).toHaveLength(1);
    const sheet = excel.sheet(RISK_SHEET)!;
    expect(sheet.charts.map((c) => [c.name, c.type])).toEqual([
      [RISK_HISTOGRAM_CHART, "ColumnClustered"],
      [RISK_TORNADO_CHART, "BarClustered"],
    ]);
    const v = values(excel, RISK_SHEET);
    expect(v).toEqual(expect.arrayContaining([input.result.total.p95, input.result.plannedCost, input.result.probabilityOverBudget, input.result.budgetAtRisk]));
    // One histogram row per bar, with the counts adding up to the paths.
    const counts = input.result.histogram.counts;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(sheet.charts[0].source).toMatch(/^D\d+:D\d+$/);
    const [, r0, r1] = /^D(\d+):D(\d+)$/.exec(sheet.charts[0].source)!.map(Number);
    expect(r1 - r0).toBe(counts.length);
    expect(v.filter((x) => x === "Seats")).toHaveLength(1);
    // Months are named from the plan's first month.
    expect(v).toEqual(expect.arrayContaining(["Jan 2027", "Dec 2027", `Worst month (highest P95): ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][input.result.worstMonth.month - 1]} 2027`]));
    expect(values(excel, RISK_SHEET).some((x) => typeof x === "string" && x.startsWith("="))).toBe(false);
  });

  test("without a budget the chance is left blank, and a rewrite drops the old tornado when there is none", async () => {
    const { excel, port } = setup();
    await port.writeRisk(riskInput());
    await port.writeRisk({ ...riskInput(false), sensitivity: undefined });
    expect(excel.sheet(RISK_SHEET)!.charts.map((c) => c.name)).toEqual([RISK_HISTOGRAM_CHART]);
    expect(values(excel, RISK_SHEET)).toContain("none given");
  });
});

describe("the in-memory workbook writes the same sheets", () => {
  test("forecast and risk, rewritten in place", async () => {
    const wb = new MemoryWorkbook();
    expect((await wb.writeForecast(forecastInput())).created).toBe(true);
    expect((await wb.writeForecast(forecastInput())).created).toBe(false);
    await wb.writeRisk(riskInput());
    expect([...wb.sheets.keys()]).toEqual([FORECAST_SHEET, RISK_SHEET]);
    expect([...wb.sheet(RISK_SHEET)!.charts.values()].map((c) => c.type)).toEqual(["columnClustered", "barClustered"]);
    expect(wb.value(FORECAST_SHEET, "C30")).toBe(forecastInput().result.forecast[0]);
  });
});

describe("reading a selection for a forecast", () => {
  test("blanks become null; text and Excel errors are refused with the month", () => {
    expect(readSeriesCells([[1], [""], [3], [null]])).toEqual([1, null, 3, null]);
    expect(readSeriesCells([[1, 2, -3]])).toEqual([1, 2, -3]);
    expect(() => readSeriesCells([[1], ["n/a"]])).toThrow('Month 2 of the selection is the text "n/a"');
    expect(() => readSeriesCells([[1], [2], ["#DIV/0!"]])).toThrow("Month 3 of the selection is the Excel error #DIV/0!");
    expect(() => readSeriesCells([[true]])).toThrow("Month 1 of the selection is true");
    expect(() => readSeriesCells([[1, 2], [3, 4]])).toThrow("2 rows × 2 columns");
  });

  test("through Excel in one round trip", async () => {
    const { excel, port } = setup();
    excel.setCells("Sheet1", "B2", [[10], [""], [30]]);
    excel.selection = { sheet: "Sheet1", address: "B2:B4" };
    expect(await syncsOf(excel, async () => expect(await port.readSelectionSeries()).toEqual({ address: "Sheet1!B2:B4", values: [10, null, 30] }))).toBe(1);
  });
});
