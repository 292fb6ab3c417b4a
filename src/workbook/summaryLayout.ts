/**
 * The leadership summary, laid out as data: values only (no formulas at all, so it reads the same in
 * any Excel with or without the add-in), the comparison, monthly costs behind two native charts, the
 * assumptions, and the prices the numbers used (which book, each price with its source and as-of date,
 * stale ones flagged), stamped with the publish time.
 */
import { DEFAULT_CATALOG } from "../model/catalog";
// File by file rather than the pricebook index: the index would pull compare.ts into the pane's first-load chunk.
import { DEFAULT_BOOK, DEFAULT_EDITION } from "../model/pricebook/builtin";
import { priceBookFromTable, priceBookToRows } from "../model/pricebook/rows";
import { resolveStack, stackIdOf } from "../model/pricebook/stacks";
import { isStale } from "../model/pricebook/stale";
import type { PriceBook } from "../model/pricebook/types";
import type { WorkbookPriceBook } from "./workbookPriceBook";
import {
  compareForecasts,
  compareInputOf,
  forecastScenario,
  MONTH_NAMES,
  Scenario,
  ScenarioForecast,
  seasonalFactors,
} from "../model/scenario";
import { seatsFollowStaffing, staffingDriversOf, usesStaffing } from "../model/scenario/staffing";
import { supportForecast } from "../model/scenario/supportCost";
import { compareStacks } from "../model/pricebook/compare";
import { stackRisks } from "../model/volatility/stackRisk";
import { area, asText, cell } from "./a1";
import { excelMoneyFormat } from "../model/currency/format";
import type { Currency } from "../model/currency/codes";
import { ENGLISH, SheetText } from "./i18n";
import { Block, CellValue, ChartDef } from "./planLayout";

export const SUMMARY_SHEET = "SupportCost Summary";
export const SUMMARY_MONTHLY_CHART = "SupportCostSummaryMonthly";
export const SUMMARY_SPLIT_CHART = "SupportCostSummarySplit";

export interface SummaryLayout {
  sheetName: string;
  blocks: Block[];
  charts: ChartDef[];
}

/** ISO time without milliseconds, in UTC: "2027-01-05 09:30 UTC". */
export function publishStamp(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A block at (row, col), its rows padded to the widest one. */
export function block(row: number, col: number, cells: CellValue[][], numberFormats: string[][]): Block {
  const width = Math.max(...cells.map((r) => r.length));
  const padded = cells.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
  const fmts = numberFormats.map((r) => [...r, ...new Array<string>(width - r.length).fill("General")]);
  return { topLeft: cell(row, col), address: area(row, col, padded.length, width), cells: padded, numberFormats: fmts };
}

/** The price book the numbers come from, and how to name it to a reader. */
export interface PricesUsed {
  book: PriceBook;
  /** E.g. "the workbook's price book ('SupportCost Prices'!A1:J41): Seed list (default), as of 2026-10". */
  description: string;
  /** Where the prices come from, for the summary to say it in the sheet's language. */
  source?: { builtIn: { label: string; asOf: string } } | { workbook: { address: string; note: string } };
}

export const BUILT_IN_PRICES: PricesUsed = {
  book: DEFAULT_BOOK,
  description: `the built-in price book: ${DEFAULT_EDITION.label}, figures as of ${DEFAULT_EDITION.asOf} or earlier`,
  source: { builtIn: { label: DEFAULT_EDITION.label, asOf: DEFAULT_EDITION.asOf } },
};

/** The prices' description in the sheet's words (as given when the source is not known). */
function describePrices(prices: PricesUsed, { t }: SheetText): string {
  const source = prices.source;
  if (!source) return prices.description;
  if ("builtIn" in source) return t("summary.prices.builtIn", source.builtIn);
  const { address, note } = source.workbook;
  return note ? t("summary.prices.workbookNote", { address, note }) : t("summary.prices.workbook", { address });
}

/** The prices a workbook's numbers use: its own price book when it has one, else the built-in book. */
export function pricesUsed(workbookBook: WorkbookPriceBook | null): PricesUsed {
  if (!workbookBook) return BUILT_IN_PRICES;
  return {
    book: priceBookFromTable(workbookBook.rows),
    description: `the workbook's price book (${workbookBook.address}${workbookBook.note ? `; ${workbookBook.note}` : ""})`,
    source: { workbook: { address: workbookBook.address, note: workbookBook.note } },
  };
}

/** Amounts shown in another currency: US dollars × rate (units of `currency` per dollar), converted as the last step. */
export interface DisplayMoney {
  currency: Currency;
  rate: number;
  /** Where the rate was read and when (the price book's entry), so the sheet says which rate it used. */
  source?: string;
  asOf?: string;
}

export function summaryLayout(
  scenarios: readonly Scenario[],
  publishedAt: Date,
  prices: PricesUsed = BUILT_IN_PRICES,
  text: SheetText = ENGLISH,
  display?: DisplayMoney,
): SummaryLayout {
  const { t } = text;
  const forecasts: ScenarioForecast[] = scenarios.map((s) => forecastScenario(s, prices.book));
  const comparison = compareForecasts(forecasts);
  const catalog = DEFAULT_CATALOG;
  const money = catalog.currencyFormat;
  const names = scenarios.map((s) => asText(s.name));
  const blocks: Block[] = [];

  blocks.push(
    block(0, 0, [[t("summary.title")], [t("summary.published", { at: publishStamp(publishedAt), currency: display?.currency ?? catalog.currency }) + (display ? ` ${t("summary.rate", { rate: String(display.rate), currency: display.currency, source: display.source ?? "—", asOf: display.asOf ?? "—" })}` : "")], [t("summary.compared", { name: names[0] })]], [["@"], ["@"], ["@"]]),
  );

  // Comparison: metrics down, scenarios across.
  let row = 4;
  const years = Math.max(...comparison.map((c) => c.annualTotals.length));
  const cmp: CellValue[][] = [[t("summary.metric"), ...names]];
  const cmpFmt: string[][] = [["@", ...names.map(() => "@")]];
  const metric = (label: string, fmt: string, get: (i: number) => CellValue) => {
    cmp.push([label, ...comparison.map((_, i) => get(i))]);
    cmpFmt.push(["@", ...comparison.map(() => fmt)]);
  };
  metric(t("summary.m.total"), money, (i) => comparison[i].total);
  for (let y = 0; y < years; y++) metric(t("summary.m.year", { n: String(y + 1) }), money, (i) => comparison[i].annualTotals[y] ?? "");
  metric(t("summary.m.seatCost"), money, (i) => comparison[i].seatCost);
  metric(t("summary.m.aiCost"), money, (i) => comparison[i].aiCost);
  metric(t("summary.m.aiShare"), "0.0%", (i) => comparison[i].aiShare);
  metric(t("summary.m.peakMonth"), "@", (i) => text.month(comparison[i].peakMonth));
  metric(t("summary.m.peakCost"), money, (i) => comparison[i].peakCost);
  metric(t("summary.m.conversations"), "#,##0", (i) => comparison[i].conversations);
  metric(t("summary.m.resolutions"), "#,##0", (i) => comparison[i].resolutions);
  metric(t("summary.m.perConversation"), money, (i) => comparison[i].costPerConversation ?? "");
  metric(t("summary.m.perResolution"), money, (i) => comparison[i].costPerResolution ?? "");
  metric(t("summary.m.difference", { name: names[0] }), money, (i) => comparison[i].differenceFromReference);
  metric(t("summary.m.differencePct", { name: names[0] }), "0.0%", (i) => comparison[i].differenceFromReferencePct ?? "");
  // People, seats and AI together, when a scenario plans its agents from workload (after the rows above, so the charts' rows stay put).
  const staffed = scenarios.map((s) => usesStaffing(s.drivers));
  const peoplePriced = scenarios.map((s, i) => staffed[i] || (s.drivers.humanCostPerConversation ?? 0) > 0);
  if (peoplePriced.some(Boolean)) {
    const support = scenarios.map((s, i) => (peoplePriced[i] ? supportForecast(s, prices.book) : undefined));
    if (staffed.some(Boolean)) metric(t("summary.m.agents"), "#,##0", (i) => (staffed[i] ? (support[i]?.peakAgents ?? "") : ""));
    metric(t("summary.m.peopleCost"), money, (i) => support[i]?.peopleCost ?? "");
    metric(t("summary.m.seatsStaffed"), money, (i) => support[i]?.seatCost ?? "");
    metric(t("summary.m.supportCost"), money, (i) => support[i]?.totalCostOfSupport ?? "");
  }
  blocks.push(block(row, 0, cmp, cmpFmt));
  const splitChartData = { row: row + 1 + years + 1, count: 2 }; // "Seat cost", "AI agent cost" rows
  row += cmp.length + 1;

  // Assumptions.
  const assumptionsRow = row;
  const as: CellValue[][] = [[t("summary.assumption"), ...names]];
  const asFmt: string[][] = [["@", ...names.map(() => "@")]];
  const put = (label: string, fmt: string, get: (s: Scenario) => CellValue) => {
    as.push([label, ...scenarios.map(get)]);
    asFmt.push(["@", ...scenarios.map(() => fmt)]);
  };
  put(t("summary.a.stack"), "@", (s) => s.drivers.stack);
  put(t("summary.a.seats"), "#,##0", (s) => s.drivers.seats);
  put(t("summary.a.billing"), "@", (s) => t(s.drivers.billing === "annual" ? "billing.annual" : "billing.monthly"));
  put(t("summary.a.volume"), "@", (s) => t(s.drivers.monthlyConversations ? "volume.forecast" : "volume.level"));
  put(t("summary.a.start"), "#,##0", (s) => s.drivers.startConversations);
  put(t("summary.a.growth"), "0.0%", (s) => s.drivers.growthPct / 100);
  put(t("summary.a.involvement"), "0.0%", (s) => s.drivers.aiInvolvementPct / 100);
  put(t("summary.a.resolution"), "0.0%", (s) => s.drivers.aiResolutionPct / 100);
  put(t("summary.a.firstMonth"), "@", (s) => text.month(s.drivers.firstMonth));
  put(t("summary.a.horizon"), "0", (s) => s.drivers.horizonMonths);
  put(t("summary.a.seasonality"), "@", (s) => t(s.drivers.seasonality === "flat" ? "summary.a.flat" : "summary.a.factors"));
  MONTH_NAMES.forEach((_, k) => put(t("season.month", { month: text.monthName(k) }), "0.00", (s) => seasonalFactors(s.drivers.seasonality)[k]));
  if (staffed.some(Boolean)) {
    const live = (s: Scenario, pick: (l: { peakIntervalShare: number; serviceLevel: number; answerSeconds: number; shrinkage?: number; maxOccupancy?: number }) => CellValue): CellValue => {
      const { staffing } = staffingDriversOf(s.drivers);
      return usesStaffing(s.drivers) && staffing.channel === "live" ? pick(staffing) : "";
    };
    const async = (s: Scenario, pick: (a: { productiveHoursPerAgentMonth: number; occupancy: number }) => CellValue): CellValue => {
      const { staffing } = staffingDriversOf(s.drivers);
      return usesStaffing(s.drivers) && staffing.channel === "async" ? pick(staffing) : "";
    };
    put(t("summary.a.channel"), "@", (s) => t(s.drivers.staffingChannel === "live" ? "channel.live" : s.drivers.staffingChannel === "async" ? "channel.async" : "channel.none"));
    put(t("summary.a.seatPolicy"), "@", (s) => t(seatsFollowStaffing(s.drivers) ? "summary.a.seatPolicyStaffing" : "seatPolicy.fixed"));
    put(t("summary.a.handleTime"), "#,##0", (s) => (usesStaffing(s.drivers) ? staffingDriversOf(s.drivers).handleTimeSeconds : ""));
    put(t("summary.a.peakShare"), "0.00%", (s) => live(s, (l) => l.peakIntervalShare));
    put(t("summary.a.serviceLevel"), "0.0%", (s) => live(s, (l) => l.serviceLevel));
    put(t("summary.a.answer"), "#,##0", (s) => live(s, (l) => l.answerSeconds));
    put(t("summary.a.shrinkage"), "0.0%", (s) => live(s, (l) => l.shrinkage ?? 0));
    put(t("summary.a.maxOccupancy"), "0.0%", (s) => live(s, (l) => l.maxOccupancy ?? 1));
    put(t("summary.a.productiveHours"), "#,##0", (s) => async(s, (a) => a.productiveHoursPerAgentMonth));
    put(t("summary.a.occupancy"), "0.0%", (s) => async(s, (a) => a.occupancy));
    put(t("summary.a.loadedCost"), money, (s) => (usesStaffing(s.drivers) ? staffingDriversOf(s.drivers).loadedCostPerAgentMonth : ""));
  }
  blocks.push(block(assumptionsRow, 0, as, asFmt));
  row += as.length + 1;

  // The prices behind the numbers: the rows of the plans the scenarios use, with sources and dates.
  const used = new Set(scenarios.flatMap((sc) => stackIdOf(resolveStack(prices.book, sc.drivers.stack)).split("+")));
  const [header, ...priceRows] = priceBookToRows(prices.book);
  const priceHeader = (["planId", "vendor", "plan", "kind", "item", "amount", "unit", "source", "asOf"] as const).map((k) => t(`summary.price.${k}`));
  const cat: CellValue[][] = [[t("summary.pricesUsed", { description: describePrices(prices, text) })], [...priceHeader.slice(0, header.length), t("summary.price.stale")]];
  const catFmt: string[][] = [["@"], [...header.map(() => "@"), "@"]];
  for (const r of priceRows.filter((r) => used.has(String(r[0])))) {
    cat.push([...r, isStale(String(r[8]), publishedAt) ? t("summary.price.staleNote") : ""]);
    catFmt.push(r.map((v, c) => (c === 5 ? (String(r[6]).startsWith("USD") ? money : "#,##0") : "@")).concat("@"));
  }
  const pricesBlock = block(row, 0, cat, catFmt);
  blocks.push(pricesBlock);
  row += cat.length + 1;

  const stacksRow = row;

  // Monthly totals (chart data), to the right of the comparison.
  const monthlyCol = 2 + scenarios.length + 1;
  const months = Math.max(...scenarios.map((s) => s.drivers.horizonMonths));
  const mon: CellValue[][] = [[t("month.number"), t("month.header"), ...names.map((n) => t("summary.monthTotal", { name: n }))]];
  const monFmt: string[][] = [["@", "@", ...names.map(() => "@")]];
  for (let m = 1; m <= months; m++) {
    // The month label follows the first scenario long enough to reach this month.
    const labelled = forecasts.find((f) => f.months.length >= m) ?? forecasts[0];
    mon.push([m, text.month(labelled.months[m - 1].month), ...forecasts.map((f) => f.months[m - 1]?.total ?? "")]);
    monFmt.push(["0", "@", ...forecasts.map(() => money)]);
  }
  blocks.push(block(4, monthlyCol, mon, monFmt));
  // The first scenario on every stack of the book, below the prices: the question the Stacks tab answers, as values.
  blocks.push(...stacksBlocks(stacksRow, scenarios[0], prices.book, money, text));

  const chartCol = monthlyCol + mon[0].length + 1;
  const charts: ChartDef[] = [
    {
      name: SUMMARY_MONTHLY_CHART,
      title: t("chart.monthlyCost"),
      type: "line",
      seriesBy: "columns",
      dataAddress: area(4, monthlyCol + 2, months + 1, scenarios.length),
      categoriesAddress: area(5, monthlyCol + 1, months, 1),
      topLeft: cell(4, chartCol),
      bottomRight: cell(22, chartCol + 8),
    },
    {
      name: SUMMARY_SPLIT_CHART,
      title: t("summary.chart.split"),
      type: "columnStacked",
      seriesBy: "rows",
      dataAddress: area(splitChartData.row, 0, splitChartData.count, 1 + scenarios.length),
      categoriesAddress: area(4, 1, 1, scenarios.length),
      topLeft: cell(24, chartCol),
      bottomRight: cell(42, chartCol + 8),
    },
  ];
  // Every cost in the display currency; the prices stay as the book has them, in US dollars.
  if (display) for (const b of blocks) if (b !== pricesBlock) convertBlock(b, money, display);
  return { sheetName: SUMMARY_SHEET, blocks, charts };
}

/** A block's US-dollar cells (those in `usd` format) in the display currency and its Excel format. */
function convertBlock(b: Block, usd: string, { currency, rate }: DisplayMoney): void {
  const format = excelMoneyFormat(currency);
  b.numberFormats.forEach((row, i) =>
    row.forEach((f, j) => {
      const v = b.cells[i][j];
      if (f !== usd || typeof v !== "number") return;
      b.cells[i][j] = v * rate;
      row[j] = format;
    }),
  );
}

/** The native table the summary writes the stack comparison as. */
export const SUMMARY_STACKS_TABLE = "SupportCostStacks";

/** Volatility the summary's stack comparison simulates with (the Stacks tab's default), and its paths. */
const SUMMARY_STACK_CV = 0.2;
const SUMMARY_STACK_PATHS = 4000;

/**
 * The scenario on every stack: each stack's bill over the horizon, its P90, the total cost of support
 * when people are priced, and the conversations its AI leaves to people — values, as leadership reads them.
 */
function stacksBlocks(row: number, scenario: Scenario, book: PriceBook, money: string, { t, count }: SheetText): Block[] {
  const input = compareInputOf(scenario);
  const comparison = compareStacks(book, input);
  const risks = stackRisks(book, input, comparison, { cv: SUMMARY_STACK_CV, paths: SUMMARY_STACK_PATHS });
  const people = comparison.rankedBy === "totalCostOfSupport";
  const title = t("summary.stacks.title", { name: asText(scenario.name), months: String(comparison.months), cv: String(SUMMARY_STACK_CV), paths: count(SUMMARY_STACK_PATHS), people: people ? "yes" : "no" });
  const cells: CellValue[][] = [
    [t("summary.stacks.stack"), t("summary.stacks.total"), t("summary.stacks.p90"), ...(people ? [t("summary.stacks.supportCost")] : []), t("summary.stacks.leftToPeople"), t("summary.stacks.note")],
  ];
  const formats: string[][] = [["@", "@", "@", ...(people ? ["@"] : []), "@", "@"]];
  comparison.stacks.forEach((s, i) => {
    const note = [
      s.stack === comparison.cheapest ? t(people ? "summary.stacks.lowestSupport" : "summary.stacks.lowestBill") : "",
      s.pausedConversations > 0 ? t("summary.stacks.paused", { count: count(Math.round(s.pausedConversations)) }) : "",
    ]
      .filter(Boolean)
      .join(t("list.separator"));
    cells.push([s.stack, s.total, risks[i].p90, ...(people ? [s.totalCostOfSupport ?? ""] : []), s.humanHandled, note]);
    formats.push(["@", money, money, ...(people ? [money] : []), "#,##0", "@"]);
  });
  return [block(row, 0, [[title]], [["@"]]), { ...block(row + 1, 0, cells, formats), table: SUMMARY_STACKS_TABLE }];
}
