/**
 * Prediction intervals: analytic for additive error (Hyndman et al. 2008, class 1 variances), by
 * simulation with a fixed seed for multiplicative error. Bounds are on the model's scale; the
 * caller clamps them at 0.
 */
import { FittedModel, additiveVariances, simulatePaths } from "./ets";
import { Random, normalQuantile } from "../random";

/** Simulated paths for multiplicative-error intervals (in antithetic pairs), and their fixed seed. */
const SIMULATION_PATHS = 2000;
const SIMULATION_SEED = 20240601;

export function predictionIntervals(
  fit: FittedModel,
  mean: Float64Array,
  horizon: number,
  confidence: number,
): { lower: Float64Array; upper: Float64Array } {
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  if (fit.spec.error === "A") {
    const z = normalQuantile(0.5 + confidence / 2);
    const v = additiveVariances(fit, horizon);
    for (let h = 0; h < horizon; h++) {
      const half = z * Math.sqrt(v[h]);
      lower[h] = mean[h] - half;
      upper[h] = mean[h] + half;
    }
    return { lower, upper };
  }
  const random = new Random(SIMULATION_SEED);
  const paths = SIMULATION_PATHS;
  const sims = simulatePaths(fit, horizon, paths, random);
  let relUp = 0;
  let relDown = 0;
  for (let h = 0; h < horizon; h++) {
    const column = sims.subarray(h * paths, (h + 1) * paths);
    const lo = quantile(column, (1 - confidence) / 2);
    const hi = quantile(column, (1 + confidence) / 2);
    const f = mean[h];
    if (f > 0) {
      // Keep the relative half-widths from shrinking from one step to the next. This removes Monte
      // Carlo noise and makes the interval widen with the horizon; where the true relative spread
      // dips (a quiet month under additive seasonality), the interval is slightly conservative.
      relUp = Math.max(relUp, (hi - f) / f);
      relDown = Math.max(relDown, (f - lo) / f);
      upper[h] = f * (1 + relUp);
      lower[h] = f * (1 - relDown);
    } else {
      upper[h] = Math.max(hi, f);
      lower[h] = Math.min(lo, f);
    }
  }
  return { lower, upper };
}

/** Linear-interpolation quantile (type 7); reorders `values` (selection, not a full sort). */
function quantile(values: Float64Array, p: number): number {
  const pos = (values.length - 1) * p;
  const i = Math.floor(pos);
  const frac = pos - i;
  const a = select(values, i);
  if (frac === 0 || i + 1 >= values.length) return a;
  // The next order statistic is the smallest value above position i.
  let b = Infinity;
  for (let k = i + 1; k < values.length; k++) if (values[k] < b) b = values[k];
  return a + frac * (b - a);
}

/** k-th smallest value (0-based) by quickselect with a median-of-three pivot; partitions `a` around it. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as pivot, deterministic.
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
