/**
 * Volume forecasting with exponential smoothing state-space models (ETS, Hyndman et al. 2008).
 *
 * forecastSeries fits every eligible ETS model by maximum likelihood, keeps the one with the lowest
 * AICc, and returns point forecasts with prediction intervals. Pure and deterministic: the same
 * input always gives the same output (intervals that need simulation use a fixed seed).
 */
import { describeValue, invalidInput } from "../errors";
import { combinedForecast } from "./combine";
import { describeForecast, ForecastShape, forecastShape, methodName, seasonLength } from "./describe";
export type { ForecastShape } from "./describe";
import { hasSeasonalSignal } from "./seasonality";

export interface ForecastOptions {
  /**
   * "auto" (default): with at least 24 points and a sign of a yearly cycle, 12-month seasonal and
   * non-seasonal models compete by AICc; "none": no seasonal model; a whole number: only seasonal
   * models with that season length.
   */
  seasonality?: "auto" | "none" | number;
  /** Coverage of the prediction interval, strictly between 0 and 1 (default 0.95). */
  confidence?: number;
}

export interface ForecastResult {
  forecast: number[];
  lower: number[];
  upper: number[];
  /** Season length of the chosen model; 0 when it has no seasonal component (as Excel's FORECAST.ETS uses 0 for none). */
  seasonality: number;
  /** The chosen model, e.g. "ETS(A,Ad,M)": error, trend (N, A, Ad damped), season (N, A, M). */
  model: string;
  /** The method in a finance user's words, e.g. "yearly season with a damped trend, from 36 months". */
  description: string;
  /** The same description as data (season, trend, months, methods, a jump), for the pane's other languages. */
  shape?: ForecastShape;
}

/** Season length tried by "auto": the history is monthly. */
export const AUTO_SEASON_LENGTH = 12;
export const MIN_HISTORY_NUMBERS = 4;
export const MAX_HORIZON = 120;
export const MAX_BLANK_SHARE = 0.3;
/** Larger than any real support volume; beyond it a value is almost certainly a typo. */
export const MAX_VOLUME = 1e15;
const DEFAULT_CONFIDENCE = 0.95;
/**
 * Longest season accepted: two years of months. Each season position is a state to estimate, and
 * the fitting work grows with the square of their number (FORECAST on 2,000 months with a season of
 * 1,000 once took over four minutes), so a longer season gets a clear error instead of a frozen grid.
 */
export const MAX_SEASON = 24;
/**
 * Longest history accepted: 250 years of months, far more than any support history. It bounds the
 * work of one forecast to well under a second (see npm run bench, "worst accepted FORECAST input").
 */
export const MAX_HISTORY = 3000;

export function forecastSeries(
  history: ReadonlyArray<number | null>,
  horizon: number,
  options: ForecastOptions = {},
): ForecastResult {
  const filled = prepareHistory(history);
  checkHorizon(horizon);
  const opts: ForecastOptions = options ?? {};
  const confidence = checkConfidence(opts.confidence);
  const n = filled.length;
  const seasonality = opts.seasonality ?? "auto";
  let period: number;
  let forceSeasonal = false;
  if (seasonality === "auto") {
    // With at least two full years showing a yearly cycle in the month-to-month changes, 12-month
    // seasonal models compete with non-seasonal ones and AICc picks the best-supported model (as
    // forecast::ets does). The screen only keeps seasonal models away from series with no sign of a
    // cycle, where their 11 free seasonal states would otherwise soak up a one-off level shift.
    period = hasSeasonalSignal(filled, AUTO_SEASON_LENGTH) ? AUTO_SEASON_LENGTH : 0;
  } else if (seasonality === "none") {
    period = 0;
  } else {
    period = checkSeasonality(seasonality, n);
    forceSeasonal = true;
  }

  // Work on a series scaled to a maximum of 1: the fit is then independent of units and cannot overflow.
  let scale = 0;
  for (let t = 0; t < n; t++) scale = Math.max(scale, filled[t]);
  if (!(scale > 0)) scale = 1;
  const y = new Float64Array(n);
  for (let t = 0; t < n; t++) y[t] = filled[t] / scale;

  const combined = combinedForecast(y, period, forceSeasonal, horizon, confidence);
  const { mean, lower, upper } = combined;

  const result: ForecastResult = {
    forecast: new Array<number>(horizon),
    lower: new Array<number>(horizon),
    upper: new Array<number>(horizon),
    seasonality: seasonLength(combined),
    model: methodName(combined),
    description: describeForecast(combined, n),
    shape: forecastShape(combined, n),
  };
  for (let h = 0; h < horizon; h++) {
    // Volumes cannot be negative: a forecast or bound below 0 (a falling trend, a wide additive
    // interval near zero) is clamped to 0. Clamping keeps lower ≤ forecast ≤ upper.
    const f = Math.max(0, mean[h] * scale);
    const lo = Math.max(0, Math.min(lower[h], mean[h]) * scale);
    const hi = Math.max(0, Math.max(upper[h], mean[h]) * scale);
    if (!Number.isFinite(f) || !Number.isFinite(lo) || !Number.isFinite(hi)) {
      throw new Error(`Forecast produced a non-finite value with ${result.model}; this is a bug.`);
    }
    result.forecast[h] = f;
    result.lower[h] = lo;
    result.upper[h] = hi;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Validation. Messages are written for the person who selected the range or typed the argument.

/**
 * Checks the history and fills blanks the way Excel's FORECAST.ETS does by default: a gap
 * between two numbers is filled by straight-line interpolation; blanks before the first or
 * after the last number take that number.
 */
function prepareHistory(history: ReadonlyArray<number | null>): Float64Array {
  if (!Array.isArray(history)) throw invalidInput("History must be a list of past volumes, one per month.");
  const n = history.length;
  if (n > MAX_HISTORY) {
    throw invalidInput(
      `The history has ${n} values; at most ${MAX_HISTORY} are supported. Use the most recent ${MAX_HISTORY} months or fewer.`,
    );
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = history[i] as unknown;
    if (v === null || v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw invalidInput(
        `Value ${i + 1} of the history is ${describeValue(v)}; each value must be a number of 0 or more, or blank.`,
      );
    }
    if (v < 0) {
      throw invalidInput(`Value ${i + 1} of the history is ${v}; volumes cannot be negative. Use 0 or more, or leave it blank.`);
    }
    if (v > MAX_VOLUME) {
      throw invalidInput(`Value ${i + 1} of the history is ${v}, larger than any supported volume (at most 1e15). Check the units.`);
    }
    count++;
  }
  if (count < MIN_HISTORY_NUMBERS) {
    throw invalidInput(
      `The history needs at least ${MIN_HISTORY_NUMBERS} numbers to forecast from; it has ${count}` +
        (count < n ? ` (blanks do not count)` : "") +
        `.`,
    );
  }
  const blanks = n - count;
  if (blanks > MAX_BLANK_SHARE * n) {
    throw invalidInput(
      `${blanks} of the ${n} history values are blank (${Math.round((100 * blanks) / n)}%); at most 30% may be blank. ` +
        `Fill in the missing months or use a shorter range.`,
    );
  }
  const out = new Float64Array(n);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const v = history[i];
    if (v === null || v === undefined) continue;
    out[i] = v;
    if (prev === -1) {
      for (let k = 0; k < i; k++) out[k] = v;
    } else {
      const from = out[prev];
      for (let k = prev + 1; k < i; k++) out[k] = from + ((v - from) * (k - prev)) / (i - prev);
    }
    prev = i;
  }
  for (let k = prev + 1; k < n; k++) out[k] = out[prev];
  return out;
}

function checkHorizon(horizon: number): void {
  if (typeof horizon !== "number" || !Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    throw invalidInput(`Horizon must be a whole number of months from 1 to ${MAX_HORIZON}; got ${describeValue(horizon)}.`);
  }
}

function checkConfidence(confidence: number | undefined | null): number {
  // Omitted (undefined, or null as Excel passes an omitted optional argument) means the default.
  if (confidence === undefined || confidence === null) return DEFAULT_CONFIDENCE;
  if (typeof confidence !== "number" || !Number.isFinite(confidence) || confidence <= 0 || confidence >= 1) {
    throw invalidInput(
      `Confidence must be a number between 0 and 1, such as 0.95 for a 95% interval; got ${describeValue(confidence)}.`,
    );
  }
  return confidence;
}

function checkSeasonality(seasonality: unknown, n: number): number {
  const half = Math.floor(n / 2);
  const max = Math.min(half, MAX_SEASON);
  if (typeof seasonality === "number" && Number.isInteger(seasonality) && seasonality >= 2 && seasonality <= max) {
    return seasonality;
  }
  const why = half <= MAX_SEASON ? "half the history length" : "the longest season supported";
  const range = max >= 2 ? `a whole number of periods from 2 to ${max} (${why})` : "a whole number of periods (the history is too short for any)";
  throw invalidInput(`Seasonality must be "auto", "none" or ${range}; got ${describeValue(seasonality)}.`);
}
