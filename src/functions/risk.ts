/**
 * =SUPPORTCOST.FORECAST, BUDGETRISK and RISKTABLE: volume forecasts and budget volatility in the grid.
 * Thin adapters like functions.ts; the forecasting and Monte Carlo live in src/model. Their work runs in
 * a Web Worker (heavy/), so a heavy cell never freezes Excel or the task pane, and every cell that asks
 * about the same plan shares one simulation.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { invalidInput } from "../model/errors";
import { ForecastOptions } from "../model/forecast";
import { ResolutionPlan } from "../model/pricebook";
import { percentileOfSorted, shareAboveSorted, stackSimulation, StackSimulation, VolatilityWithTotals, VolumeUncertainty } from "../model/volatility";
import { asRange, CellInput, plainValue, readNumber, readNumberList, readNumberTable, readOptionalNumber, readSeries } from "./args";
import type { SimulationJob } from "./heavy/jobs";
import { runHeavy } from "./heavy/run";
import { isBlankArgument, readMonths, readPlan } from "./readers";
import { money, CellNumber, excelResultAsync, percent } from "./results";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const FORECAST_HEADER = ["Period", "Forecast", "Lower", "Upper"];

function readSeasonality(value: CellInput): ForecastOptions["seasonality"] {
  const v = plainValue(value);
  if (typeof v === "string") {
    const key = v.trim().toLowerCase();
    if (key === "" || key === "auto") return "auto";
    if (key === "none") return "none";
    throw invalidInput(`Seasonality must be "auto", "none" or a season length in months from 2 to 24, such as 12; got "${v.trim()}".`);
  }
  // Excel's FORECAST.ETS convention, except 0: blank or 1 = detect automatically, n = n periods. Desktop
  // Excel passes an empty cell as 0, so 0 cannot mean "no season" there and "detect" on the web.
  const n = readNumber(v, "Seasonality");
  if (n === undefined || n === 1) return "auto";
  if (n === 0) {
    throw invalidInput('Seasonality 0 cannot be used: desktop Excel passes an empty cell as 0, so it would mean something else on the web. Write "none" for no season, or leave the argument out to detect it.');
  }
  return n;
}

/**
 * The history of a FORECAST: blanks are 0 (see readSeries), #N/A marks a missing month. A history that
 * ends in blank or 0 cells is almost always a range selected past the last month with data, which
 * would drag the forecast to zero: refused with the cells named.
 */
function readHistory(range: CellInput): (number | null)[] {
  const series = readSeries(range, "History");
  let end = series.length;
  while (end > 0 && series[end - 1] === 0) end--;
  const trailing = series.length - end;
  if (trailing > 0 && series.some((v) => v !== null && v !== 0)) {
    const cells = trailing === 1 ? `cell ${series.length}` : `cells ${end + 1}–${series.length}`;
    throw invalidInput(
      `History ends with ${trailing} blank or 0 month${trailing === 1 ? "" : "s"} (${cells} of ${series.length}): select only the months with data, or mark a missing month with =NA().`,
    );
  }
  return series;
}

/**
 * Forecasts monthly volumes from history and spills Period, Forecast, Lower and Upper for each future month. The forecast is the average of three proven methods (exponential smoothing, Theta and, from three years of history, a seasonal ARIMA); it finds a yearly season even in two years of history and starts from the new level after a recent jump. The Lower–Upper interval is never narrower than the history's own ups and downs. Works in every Excel, including the web, where FORECAST.ETS is missing.
 * @customfunction FORECAST
 * @param history Past monthly volumes, one row or column, oldest first, at most 3,000 cells. Mark a missing month with =NA() (up to 30%); a blank cell counts as 0, as desktop Excel reads it.
 * @param horizon Months to forecast, 1 to 120.
 * @param [seasonality] "auto" or 1 (default: detect a 12-month season), "none", or a season length from 2 to 24 months. 0 is refused: desktop Excel reads an empty cell as 0.
 * @param [confidence] Coverage of the Lower–Upper interval, between 0 and 1 (default 0.95, also for a blank or 0).
 * @returns A table: header row, then one row per future month.
 */
export function forecast(history: any[][], horizon: any, seasonality?: any, confidence?: any): any[][] {
  return excelResultAsync(async () => {
    const steps = readNumber(horizon, "Horizon");
    if (steps === undefined) throw invalidInput("Horizon is required: the number of months to forecast, 1 to 120.");
    const result = await runHeavy({
      kind: "forecast",
      series: readHistory(history),
      horizon: steps,
      options: { seasonality: readSeasonality(seasonality), confidence: readOptionalNumber(confidence, "Confidence") },
    });
    const rows: (string | number)[][] = [FORECAST_HEADER];
    result.forecast.forEach((f, h) => rows.push([h + 1, f, result.lower[h], result.upper[h]]));
    return rows;
  }) as unknown as any[][];
}

/**
 * Volumes for the simulation: expected monthly resolutions with a volatility (CV), or the three
 * columns Forecast, Lower, Upper of SUPPORTCOST.FORECAST, whose interval then sets the spread.
 */
function readUncertainty(resolutionsArg: CellInput, volatility: CellInput, months: CellInput): VolumeUncertainty {
  const resolutions = asRange(resolutionsArg);
  const columns = resolutions[0]?.length ?? 0;
  if (resolutions.length > 1 && columns === 3) {
    const table = readNumberTable(resolutions, "Forecast range");
    // Blank (0 on desktop) means the FORECAST default of 0.95, as the help says.
    const confidence = readOptionalNumber(volatility, "Volatility") ?? 0.95;
    if (!(confidence > 0 && confidence < 1)) {
      throw invalidInput(`With a Forecast, Lower, Upper range, volatility is the interval's confidence, between 0 and 1 (such as 0.95); got ${confidence}.`);
    }
    const given = readMonths(months);
    if (given !== undefined && given !== table.length) {
      throw invalidInput(`Months is ${given} but the forecast range has ${table.length} months: leave months blank or make it ${table.length}.`);
    }
    return { kind: "interval", forecast: table.map((r) => r[0]), lower: table.map((r) => r[1]), upper: table.map((r) => r[2]), confidence };
  }
  const expected = readNumberList(resolutions, "Resolutions");
  const cv = readNumber(volatility, "Volatility", 0);
  if (expected.length === 1) return { kind: "expected", expected: expected[0], months: readMonths(months) ?? 12, cv };
  const given = readMonths(months);
  if (given !== undefined && given !== expected.length) {
    throw invalidInput(`Months is ${given} but the resolutions range has ${expected.length} monthly values: leave months blank or make it ${expected.length}.`);
  }
  return { kind: "expected", expected, cv };
}

/** A plan of the formula, simulated in the unit it bills: AI-involved conversations or AI resolutions. */
function simulationOfPlan(plan: ResolutionPlan, byInvolved: boolean): StackSimulation {
  return stackSimulation(plan.plans, plan.terms, { volume: byInvolved ? "ai-involved" : "resolutions" });
}

/** The shared simulation for a plan and its uncertain volumes (see heavy/run.ts). */
function simulate(
  tier: CellInput,
  seats: CellInput,
  resolutions: CellInput,
  volatility: CellInput,
  months: CellInput,
  billing: CellInput,
  correlation: CellInput,
  priceBook: CellInput,
  aiInvolved: CellInput,
): Promise<VolatilityWithTotals> {
  const plan = readPlan(tier, seats, billing, null, null, priceBook);
  // A stack billed per AI-involved conversation is simulated from those (its bill depends on nothing else).
  const byInvolved = plan.aiUnit === "ai-involved" && !isBlankArgument(aiInvolved);
  return runHeavy<SimulationJob>({
    kind: "simulate",
    input: {
      plan: simulationOfPlan(plan, byInvolved),
      volumes: readUncertainty(byInvolved ? aiInvolved : resolutions, volatility, months),
      correlation: readNumber(correlation, "Correlation"),
    },
  });
}

/**
 * Budget risk of a plan whose AI volume is uncertain (10,000 simulated futures, same answer on every recalculation). With a percentile such as 0.95 it returns the total cost you stay under with that probability; with a budget amount it returns the chance that total cost exceeds it.
 * @customfunction BUDGETRISK
 * @param tier Stack: a tier ("Essential", "Advanced" or "Expert"), a plan id of the price book such as "freshdesk-pro", or a stack such as "freshdesk-pro+eesel".
 * @param seats Number of helpdesk seats.
 * @param resolutions Expected AI resolutions per month: one number, or a row or column of monthly volumes; or the Forecast, Lower and Upper columns of SUPPORTCOST.FORECAST.
 * @param volatility How much a month can swing: the coefficient of variation of monthly volume (0.25 = a typical month within about ±25%). With a Forecast, Lower, Upper range, the interval's confidence instead (default 0.95).
 * @param [months] Months in the horizon: with one expected volume, default 12; with a range, leave blank.
 * @param [percentileOrBudget] A fraction between 0 and 1 (default 0.95, also for a blank or 0) returns that percentile of total cost; an amount of 1 or more is a budget and returns the probability of exceeding it.
 * @param [billing] "annual" (default) or "monthly".
 * @param [correlation] Month-to-month correlation of volume surprises, 0 (default) to just under 1: busy months tend to follow busy months.
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @param [aiInvolved] Expected AI-involved conversations per month, for a stack that bills every conversation its AI takes part in (Freshdesk, Agentforce, eesel): its risk is simulated from these instead of the resolutions. One number, a row or column, or Forecast, Lower and Upper columns. Not needed for a stack billed per resolution.
 * @returns Total cost at the percentile (US dollars), or the probability of exceeding the budget.
 */
export function budgetRisk(
  tier: any,
  seats: any,
  resolutions: any[][],
  volatility: any,
  months?: any,
  percentileOrBudget?: any,
  billing?: any,
  correlation?: any,
  priceBook?: any[][],
  aiInvolved?: any[][],
): any {
  return excelResultAsync(async () => {
    // Blank (0 on desktop) means the default percentile, 0.95.
    const target = readOptionalNumber(percentileOrBudget, "Percentile or budget") ?? 0.95;
    if (!(target > 0)) {
      throw invalidInput(`Percentile or budget must be a fraction between 0 and 1 (a percentile) or an amount of 1 or more (a budget); got ${target}.`);
    }
    const run = await simulate(tier, seats, resolutions, volatility, months, billing, correlation, priceBook, aiInvolved);
    if (target >= 1) return percent(shareAboveSorted(run.sortedTotals, target));
    return money(percentileOfSorted(run.sortedTotals, target));
  });
}

/**
 * Spills the budget-risk table of a plan with uncertain AI volume: planned cost, mean, P5, P50, P90, P95 and P99 of total cost, budget at risk (P95 minus plan), the worst month, and the chance of exceeding a budget.
 * @customfunction RISKTABLE
 * @param tier Stack: a tier ("Essential", "Advanced" or "Expert"), a plan id of the price book such as "freshdesk-pro", or a stack such as "freshdesk-pro+eesel".
 * @param seats Number of helpdesk seats.
 * @param resolutions Expected AI resolutions per month: one number, a row or column of monthly volumes, or the Forecast, Lower and Upper columns of SUPPORTCOST.FORECAST.
 * @param volatility Coefficient of variation of monthly volume (0.25 = about ±25%); with a Forecast, Lower, Upper range, the interval's confidence (default 0.95).
 * @param [months] Months in the horizon: with one expected volume, default 12; with a range, leave blank.
 * @param [budget] Total budget for the horizon in US dollars, to get the chance of exceeding it (blank or 0: no budget).
 * @param [billing] "annual" (default) or "monthly".
 * @param [correlation] Month-to-month correlation of volume surprises, 0 (default) to just under 1.
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @param [aiInvolved] Expected AI-involved conversations per month, for a stack that bills every conversation its AI takes part in (Freshdesk, Agentforce, eesel): its risk is simulated from these instead of the resolutions. One number, a row or column, or Forecast, Lower and Upper columns. Not needed for a stack billed per resolution.
 * @returns A two-column table: statistic and value.
 */
export function riskTable(
  tier: any,
  seats: any,
  resolutions: any[][],
  volatility: any,
  months?: any,
  budget?: any,
  billing?: any,
  correlation?: any,
  priceBook?: any[][],
  aiInvolved?: any[][],
): any[][] {
  return excelResultAsync(async () => {
    const amount = readOptionalNumber(budget, "Budget");
    const { result: r, sortedTotals } = await simulate(tier, seats, resolutions, volatility, months, billing, correlation, priceBook, aiInvolved);
    const rows: (string | CellNumber)[][] = [
      ["Statistic", "Total cost"],
      ["Planned (expected volumes)", money(r.plannedCost)],
      ["Mean", money(r.total.mean)],
      ["P5", money(r.total.p5)],
      ["P50 (median)", money(r.total.p50)],
      ["P90", money(r.total.p90)],
      ["P95", money(r.total.p95)],
      ["P99", money(r.total.p99)],
      ["Budget at risk (P95 − planned)", money(r.budgetAtRisk)],
      [`Worst month: month ${r.worstMonth.month}, P95`, money(r.worstMonth.p95)],
    ];
    if (amount === undefined) rows.push(["Chance of exceeding budget", "give a budget"]);
    else {
      if (!(amount > 0)) throw invalidInput(`Budget must be an amount of US dollars above 0; got ${amount}.`);
      rows.push([`Chance of exceeding ${usd.format(amount)}`, percent(shareAboveSorted(sortedTotals, amount))]);
    }
    return rows;
  }) as unknown as any[][];
}
