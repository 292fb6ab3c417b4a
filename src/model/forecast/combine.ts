/**
 * The forecast is an equal-weight average of up to three methods that err in different ways (the
 * lesson of the M3 and M4 competitions: simple combinations beat their best member on average):
 *   - ETS chosen by AICc (select.ts): follows level, trend and season as they move;
 *   - Theta (theta.ts): two parameters, robust on short and noisy histories;
 *   - the airline ARIMA (airline.ts), when there are three seasons: carries this year's change forward.
 * Measured on the accuracy set (docs/accuracy.md), the average beats each member and R's ets,
 * auto.arima and thetaf on the tuning series.
 *
 * Intervals: each member's own interval, averaged bound by bound, then
 *   - never narrower than Theta's: a model with few parameters whose one-step errors are what the
 *     history itself supports (an ETS model with 17 parameters on 24 months can fit the history
 *     almost exactly and claim ±1%);
 *   - never narrowing with the horizon (in absolute terms for additive-error ETS, relative to the
 *     forecast for multiplicative error), as the ETS intervals alone did.
 * When ETS explains the history exactly (a constant, a straight line, a noiseless cycle), its
 * forecast is kept alone: there is nothing for the others to add.
 */
import { airlineForecast, AIRLINE_MIN_SEASONS } from "./airline";
import { FittedModel, pointForecast } from "./ets";
import { predictionIntervals } from "./intervals";
import { normalQuantile } from "../random";
import { LevelShift, shiftAdjusted } from "./levelShift";
import { selectModel } from "./select";
import { ComponentForecast, seasonalAutocorrelation, thetaForecast } from "./theta";

/** One-step RMSE (on the series scaled to a maximum of 1) below which the ETS fit counts as exact. */
const EXACT_FIT = 1e-7;

export interface CombinedForecast {
  mean: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  ets: FittedModel;
  /** Which members were averaged. */
  members: ("ets" | "theta" | "airline")[];
  /** Season length screened or asked for (0: none); the airline member uses it. */
  period: number;
  /** Season length of the Theta member (0: none). */
  thetaPeriod: number;
  /** A lasting level shift taken out of the history before fitting, if one was found. */
  shift: LevelShift | null;
}

export function combinedForecast(
  history: Float64Array,
  period: number,
  forceSeasonal: boolean,
  horizon: number,
  confidence: number,
): CombinedForecast {
  const n = history.length;
  const adjusted = shiftAdjusted(history, period >= 2 ? period : 1);
  const shift = adjusted === null ? null : adjusted.shift;
  const y = adjusted === null ? history : adjusted.history;
  const ets = selectModel(y, period, forceSeasonal);
  const etsMean = pointForecast(ets, horizon);
  const etsBounds = predictionIntervals(ets, etsMean, horizon, confidence);
  // sigma2 is of absolute errors (additive) or relative ones (multiplicative); on a series scaled to
  // at most 1, either being this small means the history is reproduced exactly.
  if (Math.sqrt(ets.sigma2) < EXACT_FIT) {
    return { mean: etsMean, lower: etsBounds.lower, upper: etsBounds.upper, ets, members: ["ets"], period, thetaPeriod: 0, shift };
  }
  const z = normalQuantile(0.5 + confidence / 2);
  const thetaPeriod = thetaSeason(y, period, forceSeasonal);
  const theta = thetaForecast(y, thetaPeriod, horizon);
  const others: ComponentForecast[] = [theta];
  const members: CombinedForecast["members"] = ["ets", "theta"];
  if (period >= 2 && n >= AIRLINE_MIN_SEASONS * period) {
    others.push(airlineForecast(y, period, horizon));
    members.push("airline");
  }
  const k = 1 + others.length;
  const mean = new Float64Array(horizon);
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  const relative = ets.spec.error === "M";
  const noise = thetaPeriod >= 2 || ets.spec.season !== "N" ? seasonalNoise(y, Math.max(thetaPeriod, ets.spec.period)) : 0;
  const floorScale = theta.sd[0] > 0 ? Math.max(1, noise / theta.sd[0]) : 1;
  let up = 0;
  // Running maxima of the half-widths: absolute for additive error, relative for multiplicative.
  let down = 0;
  for (let h = 0; h < horizon; h++) {
    let m = etsMean[h];
    let lo = etsBounds.lower[h];
    let hi = etsBounds.upper[h];
    for (const o of others) {
      m += o.mean[h];
      lo += o.mean[h] - z * o.sd[h];
      hi += o.mean[h] + z * o.sd[h];
    }
    m /= k;
    lo /= k;
    hi /= k;
    // The floor: Theta's own half-width, its first step raised to the history's own month-to-month noise.
    const floor = z * theta.sd[h] * floorScale;
    let upHalf = Math.max(hi - m, floor);
    let downHalf = Math.max(m - lo, floor);
    if (relative && m > 0) {
      up = Math.max(up, upHalf / m);
      down = Math.max(down, downHalf / m);
      upHalf = up * m;
      downHalf = down * m;
    } else if (!relative) {
      up = Math.max(up, upHalf);
      down = Math.max(down, downHalf);
      upHalf = up;
      downHalf = down;
    }
    mean[h] = m;
    upper[h] = m + upHalf;
    lower[h] = m - downHalf;
  }
  return { mean, lower, upper, ets, members, period, thetaPeriod, shift };
}

/**
 * A model-free lower bound on one month's noise in a seasonal history: the spread of the change from
 * the same month a season earlier, around its average change, divided by √2 (each change involves two
 * noisy months). A seasonal model fitted on few seasons can reproduce its history almost exactly; its
 * interval must still be as wide as the history's own month-to-month noise.
 */
function seasonalNoise(y: Float64Array, m: number): number {
  const n = y.length;
  const pairs = n - m;
  if (m < 2 || pairs < 2) return 0;
  let mean = 0;
  for (let t = m; t < n; t++) mean += (y[t] - y[t - m]) / pairs;
  let ss = 0;
  for (let t = m; t < n; t++) ss += (y[t] - y[t - m] - mean) ** 2;
  return Math.sqrt(ss / (pairs - 1) / 2);
}

/**
 * Theta's season, as R's thetaf decides it (the autocorrelation at lag m is significant), except
 * where that test has too few pairs to be trusted (up to three seasons of history: there the
 * seasonality screen's verdict stands) or the user asked for the season.
 */
function thetaSeason(y: Float64Array, period: number, forceSeasonal: boolean): number {
  const n = y.length;
  if (period < 2 || n < 2 * period) return 0;
  if (forceSeasonal || n <= 3 * period) return period;
  const { r, limit } = seasonalAutocorrelation(y, period);
  return r > limit ? period : 0;
}
