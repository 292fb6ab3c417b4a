/**
 * The Forecast and Volatility views' shared pieces, pure (no React, no DOM): what a run produced,
 * forecast → scenario drivers, and which input a model message is about. Kept small: the pane's
 * first load imports this file's types only.
 */
import { ForecastResult } from "../model/forecast";
import { inputProblem, PricingInputError } from "../model/errors";
import { conversationsInMonth, fitHistory, MAX_GROWTH_PCT, MIN_GROWTH_PCT, ScenarioDrivers, Seasonality } from "../model/scenario";
import { SensitivityResult, VolatilityResult } from "../model/volatility";


/** The last forecast made in the pane, kept while the pane is open (the Volatility view can use its intervals). */
export interface ForecastRun {
  history: (number | null)[];
  source: string;
  horizon: number;
  seasonality: "auto" | "none" | "12";
  confidence: number;
  result: ForecastResult;
}

/** What the Forecast view was given and asked, kept while the pane is open (a tab switch keeps it). */
export interface ForecastSettings {
  history?: { values: (number | null)[]; source: string };
  horizon: number;
  seasonality: "auto" | "none" | "12";
  confidence: number;
}

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = { horizon: 12, seasonality: "auto", confidence: 0.95 };

/** What the Volatility view was asked, as typed (numbers may be NaN while being edited). */
export interface RiskSettings {
  uncertainty: "cv" | "interval";
  cv: number;
  correlation: number;
  paths: number;
  seed: number;
  /** Blank means no budget. */
  budget: number | undefined;
  extraPercentile: number;
  /**
   * For a scenario with staffing drivers: staffing planned on expected volume (people cost fixed,
   * the default) or scaling with each simulated month. Ignored without staffing.
   */
  staffing?: "planned" | "scaling";
}

export interface RiskRun {
  scenarioId: string;
  scenarioName: string;
  settings: RiskSettings;
  /** The scenario's drivers at run time, to tell when the results no longer match them. */
  drivers: ScenarioDrivers;
  result: VolatilityResult;
  sensitivity: SensitivityResult;
  uncertaintyText: string;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  uncertainty: "cv",
  cv: 0.2,
  correlation: 0,
  paths: 10_000,
  seed: 1,
  budget: undefined,
  extraPercentile: 0.8,
};

/** What the numbers assume about people, said in the pane and written with the results. */
export function staffingAssumptionText(assumption: "planned" | "scaling"): string {
  return assumption === "scaling"
    ? "Staffing scales with each simulated month: people (and seats from staffing) move with volume."
    : "Staffing is planned on expected volume: people cost is fixed; only the AI bill moves with volume.";
}

/**
 * Each input's own problem, found by checking it alone (every other input at a value known to be
 * good), so all of them show at once, as in the scenario editor; plus any problem that only the
 * combination has (shown above the inputs). `check` throws the model's input error for bad input.
 */
export function problemsByField<S extends object, F extends keyof S & string>(
  settings: S,
  good: S,
  fields: readonly F[],
  check: (s: S) => unknown,
): { byField: Partial<Record<F, string>>; combined?: string } {
  const byField: Partial<Record<F, string>> = {};
  for (const f of fields) {
    if (Object.is(settings[f], good[f])) continue;
    const alone = inputProblem(() => check({ ...good, [f]: settings[f] }));
    if (alone) byField[f] = alone;
  }
  const combined = Object.keys(byField).length === 0 ? inputProblem(() => check(settings)) : undefined;
  return { byField, combined };
}

/**
 * Which input a model message is about, by how the model starts its messages ("Horizon must …",
 * "Paths must …"); undefined when it is about none of them (then it is shown above the inputs).
 */
export function fieldOfMessage<F extends string>(message: string, prefixes: Record<F, string>): F | undefined {
  return (Object.keys(prefixes) as F[]).find((f) => message.startsWith(prefixes[f]));
}

export interface ForecastVolume {
  startConversations: number;
  growthPct: number;
  seasonality: Seasonality;
  /** Largest gap between the scenario's conversations and the forecast, as a fraction of the forecast, over `checkedMonths`. */
  largestGap: number;
  checkedMonths: number;
  note: string;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Scenario drivers that follow a monthly forecast whose first month is `firstMonth` (the history ended
 * the month before). A scenario's volume is start × (1 + growth)^(month − 1) × the calendar month's
 * factor, so: growth is the forecast's year-over-year change (least squares on logs), and dividing that
 * growth out of the first 12 forecast months gives the level and 12 factors (fitHistory), which then
 * reproduce those 12 months. Later months follow the fitted growth; the gap is measured and reported.
 * Values are rounded as the pane shows them (whole conversations, 4 decimals). The pane uses the forecast
 * itself as the volume (monthlyConversations); these drivers are kept beside it for switching back.
 */
export function volumeFromForecast(forecast: readonly number[], drivers: Pick<ScenarioDrivers, "firstMonth" | "horizonMonths">): ForecastVolume {
  if (forecast.length < 12) {
    throw new PricingInputError("invalid", `Forecast at least 12 months to use it as a scenario's volume (it covers ${forecast.length}): a scenario's seasonality needs a full year.`);
  }
  let num = 0;
  let den = 0;
  for (let i = 12; i < forecast.length; i++) {
    const years = Math.floor(i / 12);
    const base = forecast[i % 12];
    if (forecast[i] > 0 && base > 0) {
      num += 12 * years * Math.log(forecast[i] / base);
      den += (12 * years) ** 2;
    }
  }
  const fitted = den > 0 ? (Math.exp(num / den) - 1) * 100 : 0;
  const growthPct = round(Math.min(MAX_GROWTH_PCT, Math.max(MIN_GROWTH_PCT, fitted)), 4);
  const g = 1 + growthPct / 100;
  const detrended = forecast.slice(0, 12).map((f, i) => f / g ** i);
  const fit = fitHistory(detrended, drivers.firstMonth);
  let seasonality: Seasonality = fit.seasonality === "flat" ? "flat" : fit.seasonality.map((f) => round(f, 4));
  if (seasonality !== "flat" && seasonality.every((f) => Math.abs(f - 1) < 0.005)) seasonality = "flat";
  const startConversations = Math.round(fit.startConversations);
  const checkedMonths = Math.min(forecast.length, drivers.horizonMonths);
  const d = { startConversations, growthPct, seasonality, firstMonth: drivers.firstMonth } as ScenarioDrivers;
  let largestGap = 0;
  for (let m = 1; m <= checkedMonths; m++) {
    const f = forecast[m - 1];
    const gap = Math.abs(conversationsInMonth(d, m) - f) / Math.max(f, 1);
    largestGap = Math.max(largestGap, gap);
  }
  const season = seasonality === "flat" ? "flat seasonality" : "12 monthly factors";
  const note =
    `Start ${startConversations.toLocaleString("en-US")} conversations, growth ${growthPct}% a month, ${season}. ` +
    `Over the scenario's first ${checkedMonths} months it stays within ${round(largestGap * 100, 1)}% of the forecast.`;
  return { startConversations, growthPct, seasonality, largestGap, checkedMonths, note };
}

function percentileLabel(p: number): string {
  return `P${Math.round(p * 1000) / 10}`;
}

/**
 * P5 … P99 and the extra percentiles asked for, in order of probability (P80 between P50 and P90);
 * an extra one that is already a standard row is not repeated.
 */
export function percentileRows(r: VolatilityResult): { key: string; label: string; value: number }[] {
  const standard = [
    { p: 0.05, key: "p5", label: "P5", value: r.total.p5 },
    { p: 0.5, key: "p50", label: "P50 (median)", value: r.total.p50 },
    { p: 0.9, key: "p90", label: "P90", value: r.total.p90 },
    { p: 0.95, key: "p95", label: "P95", value: r.total.p95 },
    { p: 0.99, key: "p99", label: "P99", value: r.total.p99 },
  ];
  const extra = r.percentiles
    .map((p, i) => ({ p, key: `extra${i}`, label: percentileLabel(p), value: r.total.atPercentiles[i] }))
    .filter((e) => !standard.some((s) => Math.abs(s.p - e.p) < 1e-9));
  return [...standard, ...extra].sort((a, b) => a.p - b.p).map(({ key, label, value }) => ({ key, label, value }));
}

