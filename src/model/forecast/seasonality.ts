/**
 * A screen for a yearly cycle: is the autocorrelation of the month-to-month changes at lag m
 * positive and significant? Differences keep a trend or a level shift from passing as seasonality.
 * The bound is the plain white-noise one, 1.645/√N (one-sided, 10%): deliberately liberal,
 * because it only rules seasonal models out; AICc then chooses among the models that remain.
 */
export function hasSeasonalSignal(y: ArrayLike<number>, m: number): boolean {
  const n = y.length;
  if (m < 2 || n < 2 * m) return false;
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
