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
  monthLabel,
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
import { Block, CellValue, ChartDef, FORECAST_VOLUME, LEVEL_VOLUME } from "./planLayout";

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
}

export const BUILT_IN_PRICES: PricesUsed = {
  book: DEFAULT_BOOK,
  description: `the built-in price book: ${DEFAULT_EDITION.label}, figures as of ${DEFAULT_EDITION.asOf} or earlier`,
};

/** The prices a workbook's numbers use: its own price book when it has one, else the built-in book. */
export function pricesUsed(workbookBook: WorkbookPriceBook | null): PricesUsed {
  if (!workbookBook) return BUILT_IN_PRICES;
  return {
    book: priceBookFromTable(workbookBook.rows),
    description: `the workbook's price book (${workbookBook.address}${workbookBook.note ? `; ${workbookBook.note}` : ""})`,
  };
}

export function summaryLayout(scenarios: readonly Scenario[], publishedAt: Date, prices: PricesUsed = BUILT_IN_PRICES): SummaryLayout {
  const forecasts: ScenarioForecast[] = scenarios.map((s) => forecastScenario(s, prices.book));
  const comparison = compareForecasts(forecasts);
  const catalog = DEFAULT_CATALOG;
  const money = catalog.currencyFormat;
  const names = scenarios.map((s) => asText(s.name));
  const blocks: Block[] = [];

  blocks.push(
    block(0, 0, [["SupportCost summary"], [`Published ${publishStamp(publishedAt)}. Values only: this sheet needs no add-in. Costs in ${catalog.currency}.`], [`Compared with ${names[0]}, the first scenario.`]], [["@"], ["@"], ["@"]]),
  );

  // Comparison: metrics down, scenarios across.
  let row = 4;
  const years = Math.max(...comparison.map((c) => c.annualTotals.length));
  const cmp: CellValue[][] = [["Metric", ...names]];
  const cmpFmt: string[][] = [["@", ...names.map(() => "@")]];
  const metric = (label: string, fmt: string, get: (i: number) => CellValue) => {
    cmp.push([label, ...comparison.map((_, i) => get(i))]);
    cmpFmt.push(["@", ...comparison.map(() => fmt)]);
  };
  metric("Total cost over the horizon", money, (i) => comparison[i].total);
  for (let y = 0; y < years; y++) metric(`Year ${y + 1} cost`, money, (i) => comparison[i].annualTotals[y] ?? "");
  metric("Seat cost", money, (i) => comparison[i].seatCost);
  metric("AI agent cost", money, (i) => comparison[i].aiCost);
  metric("AI share of cost", "0.0%", (i) => comparison[i].aiShare);
  metric("Peak month", "@", (i) => monthLabel(comparison[i].peakMonth));
  metric("Peak month cost", money, (i) => comparison[i].peakCost);
  metric("Conversations", "#,##0", (i) => comparison[i].conversations);
  metric("AI resolutions", "#,##0", (i) => comparison[i].resolutions);
  metric("Cost per conversation", money, (i) => comparison[i].costPerConversation ?? "");
  metric("AI cost per resolution", money, (i) => comparison[i].costPerResolution ?? "");
  metric(`Difference from ${names[0]}`, money, (i) => comparison[i].differenceFromReference);
  metric(`Difference from ${names[0]} (%)`, "0.0%", (i) => comparison[i].differenceFromReferencePct ?? "");
  // People, seats and AI together, when a scenario plans its agents from workload (after the rows above, so the charts' rows stay put).
  const staffed = scenarios.map((s) => usesStaffing(s.drivers));
  const peoplePriced = scenarios.map((s, i) => staffed[i] || (s.drivers.humanCostPerConversation ?? 0) > 0);
  if (peoplePriced.some(Boolean)) {
    const support = scenarios.map((s, i) => (peoplePriced[i] ? supportForecast(s, prices.book) : undefined));
    if (staffed.some(Boolean)) metric("Agents scheduled (peak month)", "#,##0", (i) => (staffed[i] ? (support[i]?.peakAgents ?? "") : ""));
    metric("People cost", money, (i) => support[i]?.peopleCost ?? "");
    metric("Seat cost as staffed", money, (i) => support[i]?.seatCost ?? "");
    metric("Total cost of support (people + seats + AI)", money, (i) => support[i]?.totalCostOfSupport ?? "");
  }
  blocks.push(block(row, 0, cmp, cmpFmt));
  const splitChartData = { row: row + 1 + years + 1, count: 2 }; // "Seat cost", "AI agent cost" rows
  row += cmp.length + 1;

  // Assumptions.
  const assumptionsRow = row;
  const as: CellValue[][] = [["Assumption", ...names]];
  const asFmt: string[][] = [["@", ...names.map(() => "@")]];
  const put = (label: string, fmt: string, get: (s: Scenario) => CellValue) => {
    as.push([label, ...scenarios.map(get)]);
    asFmt.push(["@", ...scenarios.map(() => fmt)]);
  };
  put("Stack", "@", (s) => s.drivers.stack);
  put("Seats", "#,##0", (s) => s.drivers.seats);
  put("Billing", "@", (s) => s.drivers.billing);
  put("Volume", "@", (s) => (s.drivers.monthlyConversations ? FORECAST_VOLUME : LEVEL_VOLUME));
  put("Conversations per month at start", "#,##0", (s) => s.drivers.startConversations);
  put("Monthly growth", "0.0%", (s) => s.drivers.growthPct / 100);
  put("AI involvement", "0.0%", (s) => s.drivers.aiInvolvementPct / 100);
  put("AI resolution rate", "0.0%", (s) => s.drivers.aiResolutionPct / 100);
  put("First month", "@", (s) => monthLabel(s.drivers.firstMonth));
  put("Horizon (months)", "0", (s) => s.drivers.horizonMonths);
  put("Seasonality", "@", (s) => (s.drivers.seasonality === "flat" ? "flat" : "monthly factors below"));
  MONTH_NAMES.forEach((m, k) => put(`Seasonality: ${m}`, "0.00", (s) => seasonalFactors(s.drivers.seasonality)[k]));
  if (staffed.some(Boolean)) {
    const live = (s: Scenario, pick: (l: { peakIntervalShare: number; serviceLevel: number; answerSeconds: number; shrinkage?: number; maxOccupancy?: number }) => CellValue): CellValue => {
      const { staffing } = staffingDriversOf(s.drivers);
      return usesStaffing(s.drivers) && staffing.channel === "live" ? pick(staffing) : "";
    };
    const async = (s: Scenario, pick: (a: { productiveHoursPerAgentMonth: number; occupancy: number }) => CellValue): CellValue => {
      const { staffing } = staffingDriversOf(s.drivers);
      return usesStaffing(s.drivers) && staffing.channel === "async" ? pick(staffing) : "";
    };
    put("Staffing channel", "@", (s) => s.drivers.staffingChannel ?? "none");
    put("Seat policy", "@", (s) => (seatsFollowStaffing(s.drivers) ? "from staffing (one per agent scheduled)" : "fixed"));
    put("Handle time (seconds)", "#,##0", (s) => (usesStaffing(s.drivers) ? staffingDriversOf(s.drivers).handleTimeSeconds : ""));
    put("Busiest hour's share of the month", "0.00%", (s) => live(s, (l) => l.peakIntervalShare));
    put("Service level target", "0.0%", (s) => live(s, (l) => l.serviceLevel));
    put("Answer within (seconds)", "#,##0", (s) => live(s, (l) => l.answerSeconds));
    put("Shrinkage", "0.0%", (s) => live(s, (l) => l.shrinkage ?? 0));
    put("Maximum occupancy", "0.0%", (s) => live(s, (l) => l.maxOccupancy ?? 1));
    put("Productive hours per agent-month", "#,##0", (s) => async(s, (a) => a.productiveHoursPerAgentMonth));
    put("Occupancy", "0.0%", (s) => async(s, (a) => a.occupancy));
    put("Fully loaded cost per agent-month", money, (s) => (usesStaffing(s.drivers) ? staffingDriversOf(s.drivers).loadedCostPerAgentMonth : ""));
  }
  blocks.push(block(assumptionsRow, 0, as, asFmt));
  row += as.length + 1;

  // The prices behind the numbers: the rows of the plans the scenarios use, with sources and dates.
  const used = new Set(scenarios.flatMap((sc) => stackIdOf(resolveStack(prices.book, sc.drivers.stack)).split("+")));
  const [header, ...priceRows] = priceBookToRows(prices.book);
  const cat: CellValue[][] = [[`Prices used: ${prices.description}`], [...header.map(String), "Stale?"]];
  const catFmt: string[][] = [["@"], [...header.map(() => "@"), "@"]];
  for (const r of priceRows.filter((r) => used.has(String(r[0])))) {
    cat.push([...r, isStale(String(r[8]), publishedAt) ? "stale: over 12 months old" : ""]);
    catFmt.push(r.map((v, c) => (c === 5 ? (String(r[6]).startsWith("USD") ? money : "#,##0") : "@")).concat("@"));
  }
  blocks.push(block(row, 0, cat, catFmt));
  row += cat.length + 1;

  const stacksRow = row;

  // Monthly totals (chart data), to the right of the comparison.
  const monthlyCol = 2 + scenarios.length + 1;
  const months = Math.max(...scenarios.map((s) => s.drivers.horizonMonths));
  const mon: CellValue[][] = [["Month #", "Month", ...names.map((n) => `${n} total`)]];
  const monFmt: string[][] = [["@", "@", ...names.map(() => "@")]];
  for (let m = 1; m <= months; m++) {
    // The month label follows the first scenario long enough to reach this month.
    const labelled = forecasts.find((f) => f.months.length >= m) ?? forecasts[0];
    mon.push([m, monthLabel(labelled.months[m - 1].month), ...forecasts.map((f) => f.months[m - 1]?.total ?? "")]);
    monFmt.push(["0", "@", ...forecasts.map(() => money)]);
  }
  blocks.push(block(4, monthlyCol, mon, monFmt));
  // The first scenario on every stack of the book, below the prices: the question the Stacks tab answers, as values.
  blocks.push(...stacksBlocks(stacksRow, scenarios[0], prices.book, money));

  const chartCol = monthlyCol + mon[0].length + 1;
  const charts: ChartDef[] = [
    {
      name: SUMMARY_MONTHLY_CHART,
      title: "Monthly cost by scenario",
      type: "line",
      seriesBy: "columns",
      dataAddress: area(4, monthlyCol + 2, months + 1, scenarios.length),
      categoriesAddress: area(5, monthlyCol + 1, months, 1),
      topLeft: cell(4, chartCol),
      bottomRight: cell(22, chartCol + 8),
    },
    {
      name: SUMMARY_SPLIT_CHART,
      title: "Seat vs AI agent cost",
      type: "columnStacked",
      seriesBy: "rows",
      dataAddress: area(splitChartData.row, 0, splitChartData.count, 1 + scenarios.length),
      categoriesAddress: area(4, 1, 1, scenarios.length),
      topLeft: cell(24, chartCol),
      bottomRight: cell(42, chartCol + 8),
    },
  ];
  return { sheetName: SUMMARY_SHEET, blocks, charts };
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
function stacksBlocks(row: number, scenario: Scenario, book: PriceBook, money: string): Block[] {
  const input = compareInputOf(scenario);
  const comparison = compareStacks(book, input);
  const risks = stackRisks(book, input, comparison, { cv: SUMMARY_STACK_CV, paths: SUMMARY_STACK_PATHS });
  const people = comparison.rankedBy === "totalCostOfSupport";
  const title = `${asText(scenario.name)} on every stack: the bill over ${comparison.months} months, its P90 at a volatility of ${SUMMARY_STACK_CV} (${SUMMARY_STACK_PATHS.toLocaleString("en-US")} simulated futures)${people ? ", and the total cost of support" : ""}`;
  const cells: CellValue[][] = [["Stack", "Total", "P90", ...(people ? ["Total cost of support"] : []), "Conversations left to people", "Note"]];
  const formats: string[][] = [["@", "@", "@", ...(people ? ["@"] : []), "@", "@"]];
  comparison.stacks.forEach((s, i) => {
    const note = [s.stack === comparison.cheapest ? (people ? "lowest cost of support" : "lowest bill") : "", s.pausedConversations > 0 ? `AI paused at its spend cap for ${Math.round(s.pausedConversations).toLocaleString("en-US")} conversations` : ""].filter(Boolean).join("; ");
    cells.push([s.stack, s.total, risks[i].p90, ...(people ? [s.totalCostOfSupport ?? ""] : []), s.humanHandled, note]);
    formats.push(["@", money, money, ...(people ? [money] : []), "#,##0", "@"]);
  });
  return [block(row, 0, [[title]], [["@"]]), { ...block(row + 1, 0, cells, formats), table: SUMMARY_STACKS_TABLE }];
}
