/**
 * The forecast and risk sheets, laid out as data (values only, like the summary: simulation and
 * forecast results are numbers a reader without the add-in must still see), each with native charts.
 * Pure, so the Excel and in-memory workbooks write the same thing and tests can read it.
 */
import { Catalog, DEFAULT_CATALOG } from "../model/catalog";
import { ForecastResult } from "../model/forecast";
import { addMonths } from "../model/scenario";
import { SensitivityResult, VolatilityResult } from "../model/volatility";
import { area, asText, cell } from "./a1";
import { ENGLISH, SheetLanguage, SheetText } from "./i18n";
import { CellValue, ChartDef } from "./planLayout";
import { block, DisplayMoney, SummaryLayout } from "./summaryLayout";
import { CURRENCY_SIGNS } from "../model/currency/codes";
import { excelMoneyFormat } from "../model/currency/format";


export const FORECAST_SHEET = "SupportCost Forecast";
export const FORECAST_CHART = "SupportCostForecastChart";
export const RISK_SHEET = "SupportCost Risk";
export const RISK_HISTOGRAM_CHART = "SupportCostRiskHistogram";
export const RISK_TORNADO_CHART = "SupportCostRiskTornado";

/** A sheet of values and charts, rewritten whole each time. */
export type AnalysisLayout = SummaryLayout;

export interface ForecastSheetInput {
  /** The history as read, oldest first (null for a blank month). */
  history: readonly (number | null)[];
  /** Where it came from, e.g. "History!B2:B25". */
  source: string;
  result: ForecastResult;
  confidence: number;
  /** The first forecast month, "YYYY-MM" (the plan's first month), to name every month as the pane does. */
  firstMonth?: string;
  /** The language of the sheet's words (English when not given). */
  language?: SheetLanguage;
}

export interface RiskSheetInput {
  scenarioName: string;
  result: VolatilityResult;
  sensitivity?: SensitivityResult;
  /** How volumes were made uncertain, in words, e.g. "Coefficient of variation 0.2". */
  uncertainty: string;
  /** The plan's first month, "YYYY-MM", to name months; without it they are numbered. */
  firstMonth?: string;
  /** The language of the sheet's words (English when not given). */
  language?: SheetLanguage;
  /**
   * The currency the result's money is in, when not US dollars: the simulation drew the exchange rate
   * from `rate` (its source and as-of date stated on the sheet) and every amount is in `currency`.
   */
  display?: DisplayMoney;
}

const COUNT = "#,##0";
const PCT = "0.0%";

export function forecastLayout(input: ForecastSheetInput, text: SheetText = ENGLISH): AnalysisLayout {
  const { t } = text;
  const { history, result, confidence } = input;
  const n = history.length;
  const pct = Math.round(confidence * 1000) / 10;
  const title = block(
    0,
    0,
    [
      [t("forecast.title")],
      [t("forecast.intro", { source: asText(input.source), n: String(n), h: String(result.forecast.length), pct: String(pct) })],
      [result.seasonality > 0 ? t("forecast.model", { model: result.model, season: String(result.seasonality) }) : t("forecast.modelFlat", { model: result.model })],
    ],
    [["@"], ["@"], ["@"]],
  );
  // Months by name, as the pane shows them (history ends the month before the first forecast month);
  // without a first month, numbered: 0 is the last month of history, forecast months are 1, 2, ...
  const top = 4;
  const first = input.firstMonth;
  const label = (offset: number): CellValue => (first ? text.month(addMonths(first, offset - 1)) : offset);
  const rows: CellValue[][] = [[t(first ? "month.header" : "month.number"), t("forecast.history"), t("forecast.forecast"), t("forecast.lower", { pct: String(pct) }), t("forecast.upper", { pct: String(pct) })]];
  const formats: string[][] = [["@", "@", "@", "@", "@"]];
  const monthFormat = first ? "@" : "0";
  history.forEach((v, i) => {
    rows.push([label(i - n + 1), v ?? "", "", "", ""]);
    formats.push([monthFormat, COUNT, COUNT, COUNT, COUNT]);
  });
  result.forecast.forEach((f, h) => {
    rows.push([label(h + 1), "", f, result.lower[h], result.upper[h]]);
    formats.push([monthFormat, COUNT, COUNT, COUNT, COUNT]);
  });
  const table = block(top, 0, rows, formats);
  const chart: ChartDef = {
    name: FORECAST_CHART,
    title: t("forecast.chart"),
    type: "line",
    seriesBy: "columns",
    dataAddress: area(top, 1, rows.length, 4),
    categoriesAddress: area(top + 1, 0, rows.length - 1, 1),
    topLeft: cell(top, 6),
    bottomRight: cell(top + 18, 14),
  };
  return { sheetName: FORECAST_SHEET, blocks: [title, table], charts: [chart] };
}

export function riskLayout(input: RiskSheetInput, catalog: Catalog = DEFAULT_CATALOG, text: SheetText = ENGLISH): AnalysisLayout {
  const { result, sensitivity } = input;
  const { t } = text;
  const monthName = (m: number) => (input.firstMonth ? text.month(addMonths(input.firstMonth, m - 1)) : t("month.other", { n: String(m) }));
  const display = input.display;
  const money = display ? excelMoneyFormat(display.currency) : catalog.currencyFormat;
  const sign = display ? CURRENCY_SIGNS[display.currency] : "$";
  const rateLine = display ? [[t("summary.rate", { rate: String(display.rate), currency: display.currency, source: display.source ?? "—", asOf: display.asOf ?? "—" })]] : [];
  const blocks = [
    block(
      0,
      0,
      [
        [t("risk.title")],
        [t("risk.intro", { scenario: asText(input.scenarioName), months: String(result.months), paths: text.count(result.paths), seed: String(result.seed) })],
        [t("risk.how", { uncertainty: input.uncertainty, correlation: String(result.correlation), currency: display?.currency ?? catalog.currency })],
        ...rateLine,
      ],
      [["@"], ["@"], ["@"], ...rateLine.map(() => ["@"])],
    ),
  ];

  const summary: [string, CellValue, string][] = [
    [t("risk.planned"), result.plannedCost, money],
    [t("risk.mean"), result.total.mean, money],
    ["P5", result.total.p5, money],
    [t("risk.p50"), result.total.p50, money],
    ["P90", result.total.p90, money],
    ["P95", result.total.p95, money],
    ["P99", result.total.p99, money],
    [t("risk.atRisk"), result.budgetAtRisk, money],
    [t("risk.worstMonth", { month: monthName(result.worstMonth.month) }), result.worstMonth.p95, money],
    [t("risk.budget"), result.budget ?? t("risk.noBudget"), result.budget === null ? "@" : money],
    [t("risk.overBudget"), result.probabilityOverBudget ?? "", PCT],
  ];
  const summaryTop = 4;
  blocks.push(block(summaryTop, 0, [[t("risk.totalCost"), t("risk.value")], ...summary.map(([l, v]) => [l, v])], [["@", "@"], ...summary.map(([, , f]) => ["@", f])]));

  // Histogram of total cost: one row per bar.
  const histTop = summaryTop + summary.length + 2;
  const { edges, counts } = result.histogram;
  const width = edges.length > 1 ? edges[1] - edges[0] : 0;
  const hist: CellValue[][] = [[t("risk.from"), t("risk.to"), t("risk.totalCost"), t("risk.paths")]];
  const histFmt: string[][] = [["@", "@", "@", "@"]];
  counts.forEach((c, i) => {
    hist.push([edges[i], edges[i + 1], `${binMoney(edges[i], width, sign)}–${binMoney(edges[i + 1], width, sign)}`, c]);
    histFmt.push([money, money, "@", COUNT]);
  });
  blocks.push(block(histTop, 0, hist, histFmt));

  // Monthly spread, beside the histogram.
  const mon: CellValue[][] = [[t("month.header"), t("risk.plannedShort"), t("risk.mean"), "P50", "P95"]];
  const monFmt: string[][] = [["@", "@", "@", "@", "@"]];
  for (const m of result.monthly) {
    mon.push([monthName(m.month), m.plannedCost, m.mean, m.p50, m.p95]);
    monFmt.push(["@", money, money, money, money]);
  }
  blocks.push(block(histTop, 5, mon, monFmt));

  const charts: ChartDef[] = [
    {
      name: RISK_HISTOGRAM_CHART,
      title: t("risk.chart.histogram"),
      type: "columnClustered",
      seriesBy: "columns",
      dataAddress: area(histTop, 3, counts.length + 1, 1),
      categoriesAddress: area(histTop + 1, 2, counts.length, 1),
      topLeft: cell(summaryTop, 11),
      bottomRight: cell(summaryTop + 18, 19),
    },
  ];

  if (sensitivity && sensitivity.entries.length > 0) {
    const tornTop = histTop + Math.max(hist.length, mon.length) + 1;
    const stat = sensitivity.statistic.toUpperCase();
    const torn: CellValue[][] = [
      [t("risk.tornado", { stat, base: shortMoney(sensitivity.base, sign) }), t("risk.lowSetting"), t("risk.highSetting"), t("risk.atLow", { stat }), t("risk.atHigh", { stat }), t("risk.lowDelta"), t("risk.highDelta")],
    ];
    const tornFmt: string[][] = [["@", "@", "@", "@", "@", "@", "@"]];
    for (const e of sensitivity.entries) {
      torn.push([e.driver, asText(e.lowLabel), asText(e.highLabel), e.lowValue, e.highValue, e.lowValue - sensitivity.base, e.highValue - sensitivity.base]);
      tornFmt.push(["@", "@", "@", money, money, money, money]);
    }
    blocks.push(block(tornTop, 0, torn, tornFmt));
    charts.push({
      name: RISK_TORNADO_CHART,
      title: t("risk.chart.tornado", { stat }),
      type: "barClustered",
      seriesBy: "columns",
      dataAddress: area(tornTop, 5, torn.length, 2),
      categoriesAddress: area(tornTop + 1, 0, torn.length - 1, 1),
      topLeft: cell(summaryTop + 20, 11),
      bottomRight: cell(summaryTop + 38, 19),
    });
  }
  return { sheetName: RISK_SHEET, blocks, charts };
}

/**
 * A bin edge with as many digits as the bins' width needs for neighbouring labels to differ: bins $120
 * wide around $145k read "$145.0k–$145.1k", never "$145k–$145k".
 */
export function binMoney(value: number, width: number, currencySign = "$"): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  const [unit, suffix] = abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "k"] : [1, ""];
  const decimals = width > 0 ? Math.min(6, Math.max(0, Math.ceil(-Math.log10(width / unit)))) : 0;
  return `${sign}${currencySign}${(abs / unit).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}${suffix}`;
}

/** "$412k", "$1.2M": a bar's label. */
export function shortMoney(value: number, currencySign = "$"): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  if (abs >= 1e6) return `${sign}${currencySign}${(abs / 1e6).toFixed(abs >= 1e7 ? 1 : 2)}M`;
  if (abs >= 1e3) return `${sign}${currencySign}${(abs / 1e3).toFixed(abs >= 1e5 ? 0 : 1)}k`;
  return `${sign}${currencySign}${abs.toFixed(0)}`;
}
