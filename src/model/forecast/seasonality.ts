/**
 * Is there a yearly (length m) cycle? Two screens, either is enough:
 * - the month-to-month changes are autocorrelated at lag m (for long histories: differences keep a
 *   trend or a level shift from passing as seasonality);
 * - with only two or three seasons, that autocorrelation rests on too few pairs, so the history is
 *   also tested directly: do month-of-season effects explain the history, once a straight-line trend
 *   is taken out, beyond chance (an F-test at 1%)? Two years with the same December peak pass.
 * Both only rule seasonal models in or out; AICc and the combination then decide how much season.
 */
import { solveSymmetric } from "./numeric";
import { fDistributionUpperTail } from "./fTest";

/** Significance of the seasonal-effects F-test. */
const F_TEST_LEVEL = 0.01;

export function hasSeasonalSignal(y: ArrayLike<number>, m: number): boolean {
  const n = y.length;
  if (m < 2 || n < 2 * m) return false;
  return changesAutocorrelated(y, m) || seasonalEffectsSignificant(y, m);
}

/**
 * Autocorrelation of the month-to-month changes at lag m above the plain white-noise bound
 * 1.645/√N (one-sided, 10%): deliberately liberal, because it only rules seasonal models out.
 */
export function changesAutocorrelated(y: ArrayLike<number>, m: number): boolean {
  const n = y.length;
  const len = n - 1;
  const d = new Float64Array(len);
  let mean = 0;
  for (let t = 1; t < n; t++) {
    d[t - 1] = y[t] - y[t - 1];
    mean += d[t - 1];
  }
  mean /= len;
  let c0 = 0;
  for (let t = 0; t < len; t++) c0 += (d[t] - mean) * (d[t] - mean);
  if (!(c0 > 0)) return false;
  let cm = 0;
  for (let t = m; t < len; t++) cm += (d[t] - mean) * (d[t - m] - mean);
  return cm / c0 > 1.645 / Math.sqrt(len);
}

/**
 * F-test of m-1 season-position effects on top of a straight line (level and slope), by least
 * squares. Needs at least two full seasons so every position is seen twice.
 */
export function seasonalEffectsSignificant(y: ArrayLike<number>, m: number): boolean {
  const n = y.length;
  const dfResidual = n - m - 1;
  if (n < 2 * m || dfResidual < 1) return false;
  const rssLine = residualSumOfSquares(y, m, false);
  const rssSeason = residualSumOfSquares(y, m, true);
  if (!(rssLine > 0)) return false;
  if (!(rssSeason > 0)) return rssLine > 0; // a seasonal pattern that fits exactly
  const f = (rssLine - rssSeason) / (m - 1) / (rssSeason / dfResidual);
  return fDistributionUpperTail(f, m - 1, dfResidual) < F_TEST_LEVEL;
}

/** RSS of y on [1, t] (and m-1 season-position dummies when `seasonal`), via the normal equations. */
function residualSumOfSquares(y: ArrayLike<number>, m: number, seasonal: boolean): number {
  const n = y.length;
  const p = 2 + (seasonal ? m - 1 : 0);
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const x = new Float64Array(p);
  // Time centred and scaled to [-1, 1] keeps the normal equations well conditioned.
  const half = (n - 1) / 2 || 1;
  const row = (t: number): void => {
    x.fill(0);
    x[0] = 1;
    x[1] = (t - half) / half;
    const pos = t % m;
    if (seasonal && pos > 0) x[1 + pos] = 1;
  };
  let yy = 0;
  for (let t = 0; t < n; t++) {
    row(t);
    for (let i = 0; i < p; i++) {
      if (x[i] === 0) continue;
      xty[i] += x[i] * y[t];
      for (let j = 0; j < p; j++) xtx[i * p + j] += x[i] * x[j];
    }
    yy += y[t] * y[t];
  }
  const beta = solveSymmetric(xtx, xty, p, 1e-12 * n);
  if (beta === null) return 0;
  // RSS = Σ (y - xβ)², computed directly (the shortcut y'y - β'X'y cancels badly).
  let rss = 0;
  for (let t = 0; t < n; t++) {
    row(t);
    let fit = 0;
    for (let i = 0; i < p; i++) fit += x[i] * beta[i];
    rss += (y[t] - fit) ** 2;
  }
  return yy > 0 ? rss : 0;
}
