/**
 * The Forecast and Volatility views' shared pieces, pure (no React, no DOM): what a run produced,
 * forecast → scenario drivers, and which input a model message is about. Kept small: the pane's
 * first load imports this file's types only.
 */
import { ForecastResult } from "../model/forecast";
import { inputProblem, PricingInputError } from "../model/errors";
import { conversationsInMonth, fitHistory, MAX_GROWTH_PCT, MIN_GROWTH_PCT, ScenarioDrivers, Seasonality } from "../model/scenario";
import { VolatilityResult } from "../model/volatility";
import { describeWorkbookError } from "../workbook/port";
import type { MessageKey } from "./i18n/en";
import { englishT, MessageValues, Translate } from "./i18n/I18n";
import { translateProblem } from "./i18n/problems";

export type { ForecastRun, ForecastSettings, RiskRun, RiskSettings } from "./analysisSettings";
export { DEFAULT_FORECAST_SETTINGS, DEFAULT_RISK_SETTINGS } from "./analysisSettings";

/** What the numbers assume about people, said in the pane and written with the results (in `t`'s language). */
export function staffingAssumptionText(assumption: "planned" | "scaling", t: Translate = englishT): string {
  return t(assumption === "scaling" ? "volatility.staffing.scaling" : "volatility.staffing.planned");
}

/** "Could not write the forecast: …" in `t`'s language (`action` already in it); a workbook's own message stays. */
export function failureText(t: Translate, action: string, error: unknown): string {
  const english = describeWorkbookError(action, error);
  const prefix = `Could not ${action}: `;
  return english.startsWith(prefix) ? t("charts.couldNot", { action, message: english.slice(prefix.length) }) : english;
}

type Rule = [RegExp, MessageKey, string[]];

/** The model's "got …" value (describeValue) in `t`'s language. */
const got = (value: string, t: Translate) => (value === "not a number" ? t("charts.gotNaN") : value);

/** The Forecast and Volatility inputs' model messages, word for word the model's (forecast/index.ts, volatility/validation.ts, random.ts). */
const RULES: Rule[] = [
  [/^Horizon must be a whole number of months from 1 to (\S+); got (.+)\.$/, "forecast.problem.horizon", ["max", "value"]],
  [/^Confidence must be a number between 0 and 1, such as 0\.95 for a 95% interval; got (.+)\.$/, "forecast.problem.confidence", ["value"]],
  [/^Seasonality must be "auto", "none" or a whole number of periods from 2 to (\d+) \([^)]*\); got (.+)\.$/, "forecast.problem.seasonality", ["max", "value"]],
  [/^Seasonality must be "auto", "none" or a whole number of periods \(the history is too short for any\); got (.+)\.$/, "forecast.problem.seasonalityShort", ["value"]],
  [/^The history needs at least (\d+) numbers to forecast from; it has (\d+) \(blanks do not count\)\.$/, "forecast.problem.tooFewBlanks", ["min", "count"]],
  [/^The history needs at least (\d+) numbers to forecast from; it has (\d+)\.$/, "forecast.problem.tooFew", ["min", "count"]],
  [/^(\d+) of the (\d+) history values are blank \((\d+)%\); at most 30% may be blank\. Fill in the missing months or use a shorter range\.$/, "forecast.problem.blanks", ["blanks", "count", "pct"]],
  [/^Value (\d+) of the history is (\S+); volumes cannot be negative\. Use 0 or more, or leave it blank\.$/, "forecast.problem.negative", ["n", "value"]],
  [/^Value (\d+) of the history is (\S+), larger than any supported volume \(at most 1e15\)\. Check the units\.$/, "forecast.problem.tooLarge", ["n", "value"]],
  [/^The history has (\d+) values; at most (\d+) are supported\. Use the most recent \2 months or fewer\.$/, "forecast.problem.tooLong", ["count", "max"]],
  [/^Forecast at least 12 months to use it as a scenario's volume \(it covers (\d+)\): a scenario's seasonality needs a full year\.$/, "forecast.problem.short", ["count"]],
  [/^No forecast\.$/, "forecast.noForecast", []],
  [/^Coefficient of variation must be a number from 0 to (\S+) \(0\.2 means a month typically varies about ±20% around its expected volume\); got (.+)\.$/, "volatility.problem.cv", ["max", "value"]],
  [/^Month-to-month correlation must be at least 0 and below 1 \(e\.g\. 0\.5\); got (.+)\.$/, "volatility.problem.correlation", ["value"]],
  [/^Paths must be a whole number from (\S+) to (\S+) \(fewer gives meaningless percentiles, more only takes longer\); got (.+)\.$/, "volatility.problem.paths", ["min", "max", "value"]],
  [/^Seed must be a finite number \(any whole number will do, e\.g\. 1\); got (.+)\.$/, "volatility.problem.seed", ["value"]],
  [/^Budget must be an amount of 0 or more for the whole horizon; got (.+)\.$/, "volatility.problem.budget", ["value"]],
  [/^Percentiles must be between 0 and 1, exclusive \(0\.95 for P95\); got (.+)\.$/, "volatility.problem.percentile", ["value"]],
];

/**
 * A model message of the Forecast or Volatility tab in `t`'s language: the shapes above, then the
 * scenario's and the number reader's (i18n/problems.ts); an unknown shape stays as the model wrote it.
 */
export function analysisProblemText(message: string, t: Translate): string {
  for (const [re, key, names] of RULES) {
    const m = re.exec(message);
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, n === "value" ? got(m[i + 1], t) : m[i + 1]])) as MessageValues);
  }
  return translateProblem(message, t);
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


/**
 * The forecast method in a finance user's words, in `t`'s language: English is the model's own
 * description (word for word, as the command line and the sheets say it); others are built from its shape.
 */
export function forecastDescription(result: ForecastResult, t: Translate, english: boolean): string {
  const d = result.shape;
  if (english || !d) return result.description;
  const season = d.season === 0 ? "" : d.season === 12 ? t("forecast.shape.yearly") : t("forecast.shape.season", { m: String(d.season) });
  const trend = t(`forecast.shape.${d.trend}`);
  const shape = season ? t("forecast.shape.seasonWith", { season, trend }) : d.trend === "none" ? t("forecast.shape.steady") : t("forecast.shape.noSeason", { trend });
  const shift = d.shiftMonthsAgo === null ? "" : t("forecast.shape.shift", { count: d.shiftMonthsAgo });
  const how = d.methods > 1 ? t("forecast.shape.average", { count: String(d.methods) }) : "";
  return t("forecast.shape.from", { shape, months: String(d.months), shift, how });
}
