/** Forecast-accuracy measures used by the comparison (Hyndman & Koehler 2006; M4 competition). */

/** Symmetric MAPE in percent: mean of 200·|y - f| / (|y| + |f|) (a point where both are 0 counts as 0). */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const denom = Math.abs(actual[i]) + Math.abs(forecast[i]);
    sum += denom === 0 ? 0 : (200 * Math.abs(actual[i] - forecast[i])) / denom;
  }
  return sum / actual.length;
}

/** Mean absolute error of the in-sample seasonal-naive forecast (lag m): MASE's scale. */
export function seasonalNaiveScale(train: readonly number[], m: number): number {
  let sum = 0;
  for (let t = m; t < train.length; t++) sum += Math.abs(train[t] - train[t - m]);
  return sum / (train.length - m);
}

/** Mean absolute scaled error with seasonal-naive in-sample scaling. */
export function mase(train: readonly number[], actual: readonly number[], forecast: readonly number[], m: number): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
  return sum / actual.length / seasonalNaiveScale(train, m);
}

/** Seasonal naive: repeat the last full season. */
export function seasonalNaive(train: readonly number[], horizon: number, m: number): number[] {
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) out.push(train[train.length - m + (h % m)]);
  return out;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Share (0–1) of actual values inside [lower, upper]. */
export function coverage(actual: readonly number[], lower: readonly number[], upper: readonly number[]): number {
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] >= lower[i] && actual[i] <= upper[i]) inside++;
  return inside / actual.length;
}
