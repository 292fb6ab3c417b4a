/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000), in the form Hyndman & Billah (2003) showed
 * equivalent to simple exponential smoothing with drift, as R's forecast::thetaf computes it: the
 * series is seasonally adjusted (classical multiplicative decomposition) when it has a season,
 * forecast by SES plus half the slope of a straight line through it, and seasonality put back.
 * Two estimated numbers (alpha and the starting level): it cannot over-fit a short history, which
 * is why it also anchors the intervals (see combine.ts).
 */
import { seasonalIndices } from "./init";

export interface ComponentForecast {
  mean: Float64Array;
  /** Forecast standard deviation at each step (on the same scale as mean). */
  sd: Float64Array;
  /** Root mean square of the in-sample one-step errors, on the series' scale. */
  oneStepRmse: number;
}

/** SES fitted by least squares: alpha by golden-section search, the starting level in closed form. */
export function fitSes(y: ArrayLike<number>): { alpha: number; level: number; sse: number; residuals: Float64Array } {
  const n = y.length;
  const sseFor = (alpha: number): { sse: number; l0: number } => {
    // With l0 = 0 the errors are a_t; a start l0 adds -(1-alpha)^t·l0 to e_t, so the best l0 is a projection.
    let l = 0;
    let c = 1;
    let sac = 0;
    let scc = 0;
    let saa = 0;
    for (let t = 0; t < n; t++) {
      const a = y[t] - l;
      sac += a * c;
      scc += c * c;
      saa += a * a;
      l += alpha * a;
      c *= 1 - alpha;
    }
    const l0 = scc > 0 ? sac / scc : 0;
    return { sse: Math.max(0, saa - 2 * l0 * sac + l0 * l0 * scc), l0 };
  };
  let lo = 1e-4;
  let hi = 0.9999;
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = sseFor(x1).sse;
  let f2 = sseFor(x2).sse;
  for (let i = 0; i < 40; i++) {
    // Near-ties go left, so rounding in the last digit of the data cannot send the search into
    // another of the (possibly several) valleys: the forecast then scales exactly with the data.
    if (f1 <= f2 + 1e-9 * Math.abs(f2)) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = sseFor(x1).sse;
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = sseFor(x2).sse;
    }
  }
  const alpha = (lo + hi) / 2;
  const { l0 } = sseFor(alpha);
  const residuals = new Float64Array(n);
  let l = l0;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const e = y[t] - l;
    residuals[t] = e;
    sse += e * e;
    l += alpha * e;
  }
  return { alpha, level: l, sse, residuals };
}

/**
 * Theta forecast `horizon` steps ahead. `period` 0 means no season; otherwise the multiplicative
 * seasonal indices of a classical decomposition of the whole history are used (additive when the
 * history has zeros).
 */
export function thetaForecast(y: Float64Array, period: number, horizon: number): ComponentForecast {
  const n = y.length;
  let positive = true;
  for (let t = 0; t < n; t++) if (!(y[t] > 0)) positive = false;
  const m = period >= 2 && n >= 2 * period ? period : 0;
  const multiplicative = positive;
  const indices = m > 0 ? seasonalIndices(y, n, m, multiplicative) : null;
  const adjusted = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    if (indices === null) adjusted[t] = y[t];
    else adjusted[t] = multiplicative ? y[t] / indices[t % m] : y[t] - indices[t % m];
  }
  const ses = fitSes(adjusted);
  // Half the slope of the least-squares line through the adjusted series: the theta = 2 line's drift.
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let t = 0; t < n; t++) {
    sx += t;
    sy += adjusted[t];
    sxx += t * t;
    sxy += t * adjusted[t];
  }
  const denom = n * sxx - sx * sx;
  const drift = denom > 0 ? (n * sxy - sx * sy) / denom / 2 : 0;
  const alpha = Math.max(1e-10, ses.alpha);
  const sigma = Math.sqrt(ses.sse / Math.max(1, n - 2));
  const mean = new Float64Array(horizon);
  const sd = new Float64Array(horizon);
  const start = (1 - Math.pow(1 - alpha, n)) / alpha;
  for (let h = 0; h < horizon; h++) {
    const adj = ses.level + drift * (h + start);
    const s = sigma * Math.sqrt(1 + h * alpha * alpha);
    if (indices === null) {
      mean[h] = adj;
      sd[h] = s;
    } else {
      const idx = indices[(n + h) % m];
      mean[h] = multiplicative ? adj * idx : adj + idx;
      sd[h] = multiplicative ? s * idx : s;
    }
  }
  // One-step errors on the original scale (re-seasonalised).
  let sum = 0;
  for (let t = 1; t < n; t++) {
    const e = indices !== null && multiplicative ? ses.residuals[t] * indices[t % m] : ses.residuals[t];
    sum += e * e;
  }
  return { mean, sd, oneStepRmse: Math.sqrt(sum / Math.max(1, n - 3)) };
}

/**
 * Is there a season of length m? The test R's thetaf uses: the autocorrelation at lag m exceeds
 * 1.645 standard errors (Bartlett's formula with the lower lags), one-sided 5%.
 */
export function seasonalAutocorrelation(y: ArrayLike<number>, m: number): { r: number; limit: number } {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t] / n;
  let c0 = 0;
  for (let t = 0; t < n; t++) c0 += (y[t] - mean) ** 2;
  const acf = (k: number): number => {
    let c = 0;
    for (let t = k; t < n; t++) c += (y[t] - mean) * (y[t - k] - mean);
    return c0 > 0 ? c / c0 : 0;
  };
  let sum = 0;
  for (let k = 1; k < m; k++) sum += acf(k) ** 2;
  return { r: acf(m), limit: 1.645 * Math.sqrt((1 + 2 * sum) / n) };
}
