/**
 * =SUPPORTCOST.FORECAST, BUDGETRISK and RISKTABLE: volume forecasts and budget volatility in the grid.
 * Thin adapters like functions.ts; the forecasting and Monte Carlo live in src/model.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { invalidInput } from "../model/errors";
import { forecastSeries, ForecastOptions } from "../model/forecast";
import { simulateVolatility, VolatilityResult, VolumeUncertainty } from "../model/volatility";
import { CellInput, isBlank, readNumber, readNumberList, readNumberTable, readSeries } from "./args";
import { readMonths, readPlan } from "./readers";
import { money, CellNumber, percent, toExcelError } from "./results";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const FORECAST_HEADER = ["Period", "Forecast", "Lower", "Upper"];

function readSeasonality(value: CellInput): ForecastOptions["seasonality"] {
  if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    if (key === "" || key === "auto") return "auto";
    if (key === "none") return "none";
    throw invalidInput(`Seasonality must be "auto", "none" or a season length in months from 2 to 24, such as 12; got "${value.trim()}".`);
  }
  // Excel's FORECAST.ETS convention: blank or 1 = detect automatically, 0 = none, n = n periods.
  const n = readNumber(value, "Seasonality");
  if (n === undefined || n === 1) return "auto";
  if (n === 0) return "none";
  return n;
}

/**
 * Forecasts monthly volumes from history and spills Period, Forecast, Lower and Upper for each future month. The forecast is the average of three proven methods (exponential smoothing, Theta and, from three years of history, a seasonal ARIMA); it finds a yearly season even in two years of history and starts from the new level after a recent jump. The Lower–Upper interval is never narrower than the history's own ups and downs. Works in every Excel, including the web, where FORECAST.ETS is missing.
 * @customfunction FORECAST
 * @param history Past monthly volumes, one row or column, oldest first, at most 3,000 cells. Blank cells are missing months (up to 30%).
 * @param horizon Months to forecast, 1 to 120.
 * @param [seasonality] "auto" or 1 (default: detect a 12-month season), "none" or 0, or a season length from 2 to 24 months.
 * @param [confidence] Coverage of the Lower–Upper interval, between 0 and 1 (default 0.95).
 * @returns A table: header row, then one row per future month.
 */
export function forecast(history: any[][], horizon: any, seasonality?: any, confidence?: any): any[][] {
  try {
    const steps = readNumber(horizon, "Horizon");
    if (steps === undefined) throw invalidInput("Horizon is required: the number of months to forecast, 1 to 120.");
    const result = forecastSeries(readSeries(history, "History"), steps, {
      seasonality: readSeasonality(seasonality),
      confidence: readNumber(confidence, "Confidence"),
    });
    const rows: (string | number)[][] = [FORECAST_HEADER];
    result.forecast.forEach((f, h) => rows.push([h + 1, f, result.lower[h], result.upper[h]]));
    return rows;
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Volumes for the simulation: expected monthly resolutions with a volatility (CV), or the three
 * columns Forecast, Lower, Upper of SUPPORTCOST.FORECAST, whose interval then sets the spread.
 */
function readUncertainty(resolutions: CellInput[][], volatility: CellInput, months: CellInput): VolumeUncertainty {
  const columns = resolutions[0]?.length ?? 0;
  if (resolutions.length > 1 && columns === 3) {
    const table = readNumberTable(resolutions, "Forecast range");
    const confidence = readNumber(volatility, "Volatility", 0.95);
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

function simulate(
  tier: CellInput,
  seats: CellInput,
  resolutions: CellInput[][],
  volatility: CellInput,
  months: CellInput,
  billing: CellInput,
  correlation: CellInput,
  ask: { budget?: number; percentile?: number },
): VolatilityResult {
  return simulateVolatility({
    plan: readPlan(tier, seats, billing, null, null),
    volumes: readUncertainty(resolutions, volatility, months),
    correlation: readNumber(correlation, "Correlation"),
    budget: ask.budget,
    percentiles: ask.percentile === undefined ? undefined : [ask.percentile],
  });
}

/**
 * Budget risk of a plan whose AI volume is uncertain (10,000 simulated futures, same answer on every recalculation). With a percentile such as 0.95 it returns the total cost you stay under with that probability; with a budget amount it returns the chance that total cost exceeds it.
 * @customfunction BUDGETRISK
 * @param tier Plan tier: "Essential", "Advanced" or "Expert".
 * @param seats Number of helpdesk seats.
 * @param resolutions Expected AI resolutions per month: one number, or a row or column of monthly volumes; or the Forecast, Lower and Upper columns of SUPPORTCOST.FORECAST.
 * @param volatility How much a month can swing: the coefficient of variation of monthly volume (0.25 = a typical month within about ±25%). With a Forecast, Lower, Upper range, the interval's confidence instead (default 0.95).
 * @param [months] Months in the horizon: with one expected volume, default 12; with a range, leave blank.
 * @param [percentileOrBudget] A fraction between 0 and 1 (default 0.95) returns that percentile of total cost; an amount of 1 or more is a budget and returns the probability of exceeding it.
 * @param [billing] "annual" (default) or "monthly".
 * @param [correlation] Month-to-month correlation of volume surprises, 0 (default) to just under 1: busy months tend to follow busy months.
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
): any {
  try {
    const target = readNumber(percentileOrBudget, "Percentile or budget", 0.95);
    if (!(target > 0)) {
      throw invalidInput(`Percentile or budget must be a fraction between 0 and 1 (a percentile) or an amount of 1 or more (a budget); got ${target}.`);
    }
    if (target >= 1) {
      const result = simulate(tier, seats, resolutions, volatility, months, billing, correlation, { budget: target });
      return percent(result.probabilityOverBudget ?? 0);
    }
    const result = simulate(tier, seats, resolutions, volatility, months, billing, correlation, { percentile: target });
    return money(result.total.atPercentiles[0]);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Spills the budget-risk table of a plan with uncertain AI volume: planned cost, mean, P5, P50, P90, P95 and P99 of total cost, budget at risk (P95 minus plan), the worst month, and the chance of exceeding a budget.
 * @customfunction RISKTABLE
 * @param tier Plan tier: "Essential", "Advanced" or "Expert".
 * @param seats Number of helpdesk seats.
 * @param resolutions Expected AI resolutions per month: one number, a row or column of monthly volumes, or the Forecast, Lower and Upper columns of SUPPORTCOST.FORECAST.
 * @param volatility Coefficient of variation of monthly volume (0.25 = about ±25%); with a Forecast, Lower, Upper range, the interval's confidence (default 0.95).
 * @param [months] Months in the horizon: with one expected volume, default 12; with a range, leave blank.
 * @param [budget] Total budget for the horizon in US dollars, to get the chance of exceeding it.
 * @param [billing] "annual" (default) or "monthly".
 * @param [correlation] Month-to-month correlation of volume surprises, 0 (default) to just under 1.
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
): any[][] {
  try {
    const amount = isBlank(budget) || budget === 0 ? undefined : readNumber(budget, "Budget");
    const r = simulate(tier, seats, resolutions, volatility, months, billing, correlation, { budget: amount });
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
    rows.push(r.budget === null ? ["Chance of exceeding budget", "give a budget"] : [`Chance of exceeding ${usd.format(r.budget)}`, percent(r.probabilityOverBudget ?? 0)]);
    return rows;
  } catch (error) {
    throw toExcelError(error);
  }
}
