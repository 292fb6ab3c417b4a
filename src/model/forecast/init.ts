/**
 * Starting values for the ETS states, following Hyndman et al. (2008, §2.6.1 and the forecast
 * package's `initstate`): a classical decomposition of the first three seasons (or of the whole
 * history when shorter) gives the seasonal indices; a straight line through the first
 * max(10, 2m) seasonally adjusted points gives the level and trend. The optimiser refines them.
 */
import type { ModelSpec } from "./spec";

/** Classical decomposition seasonal indices (additive: sum 0; multiplicative: mean 1), one per position 0..m-1. */
export function seasonalIndices(y: ArrayLike<number>, length: number, m: number, multiplicative: boolean): Float64Array {
  const trend = new Float64Array(length).fill(NaN);
  const half = Math.floor(m / 2);
  for (let t = half; t < length - half; t++) {
    let sum = 0;
    if (m % 2 === 0) {
      sum = 0.5 * y[t - half] + 0.5 * y[t + half];
      for (let j = t - half + 1; j < t + half; j++) sum += y[j];
    } else {
      for (let j = t - half; j <= t + half; j++) sum += y[j];
    }
    trend[t] = sum / m;
  }
  const total = new Float64Array(m);
  const count = new Float64Array(m);
  for (let t = 0; t < length; t++) {
    const tr = trend[t];
    if (Number.isNaN(tr)) continue;
    if (multiplicative) {
      if (!(tr > 0)) continue;
      total[t % m] += y[t] / tr;
    } else {
      total[t % m] += y[t] - tr;
    }
    count[t % m]++;
  }
  const idx = new Float64Array(m);
  let mean = 0;
  for (let j = 0; j < m; j++) {
    idx[j] = count[j] > 0 ? total[j] / count[j] : multiplicative ? 1 : 0;
    mean += idx[j] / m;
  }
  for (let j = 0; j < m; j++) {
    if (multiplicative) idx[j] = mean > 0 ? idx[j] / mean : 1;
    else idx[j] -= mean;
  }
  return idx;
}

/**
 * Initial free states [level, trend?, s(2-m) .. s(0)] for a model. The seasonal state of time 1-m
 * is not free: it follows from the normalisation (additive indices sum to 0, multiplicative to m).
 */
export function initialStates(y: Float64Array, spec: ModelSpec): Float64Array {
  const n = y.length;
  const m = spec.season === "N" ? 1 : spec.period;
  const mult = spec.season === "M";
  const adjusted = new Float64Array(n);
  let seas: Float64Array | null = null;
  if (spec.season !== "N") {
    seas = seasonalIndices(y, Math.min(n, 3 * m), m, mult);
    if (mult) {
      // Negative or tiny indices make no sense for a multiplicative model; keep them positive.
      let sum = 0;
      for (let j = 0; j < m; j++) {
        seas[j] = Math.max(seas[j], 1e-2);
        sum += seas[j];
      }
      for (let j = 0; j < m; j++) seas[j] *= m / sum;
    }
    for (let t = 0; t < n; t++) adjusted[t] = mult ? y[t] / seas[t % m] : y[t] - seas[t % m];
  } else {
    adjusted.set(y);
  }

  const maxn = Math.min(Math.max(10, 2 * m), n);
  let level: number;
  let slope = 0;
  if (spec.trend === "N") {
    let sum = 0;
    for (let t = 0; t < maxn; t++) sum += adjusted[t];
    level = sum / maxn;
  } else {
    // Least-squares line through (t, adjusted[t-1]) for t = 1..maxn; level is its value at t = 0.
    let sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (let t = 1; t <= maxn; t++) {
      const v = adjusted[t - 1];
      sx += t;
      sy += v;
      sxx += t * t;
      sxy += t * v;
    }
    const denom = maxn * sxx - sx * sx;
    slope = denom > 0 ? (maxn * sxy - sx * sy) / denom : 0;
    level = (sy - slope * sx) / maxn;
  }
  if (spec.error === "M" || spec.season === "M") {
    // Multiplicative models need a positive level: fall back to the first positive adjusted value
    // (the data are positive whenever a multiplicative model is tried) and no trend.
    if (!(level > 0) || !(level + slope > 0)) {
      let first = 0;
      for (let t = 0; t < maxn && !(first > 0); t++) first = adjusted[t];
      level = first > 0 ? first : Math.max(Math.abs(level), Number.MIN_VALUE);
      slope = 0;
    }
  }

  const free = new Float64Array(1 + (spec.trend === "N" ? 0 : 1) + (seas ? m - 1 : 0));
  let i = 0;
  free[i++] = level;
  if (spec.trend !== "N") free[i++] = slope;
  if (seas) for (let j = 1; j < m; j++) free[i++] = seas[j];
  return free;
}
