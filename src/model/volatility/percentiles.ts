/** Percentiles as Excel's PERCENTILE.INC computes them, by selection rather than sorting. */
import { describeValue, invalidInput } from "../errors";

/**
 * The p-th percentile of a list of numbers, interpolating between neighbours as Excel's PERCENTILE.INC
 * does. The list need not be sorted and is not changed.
 *
 * @param values numbers, sorted or not (at least one, none NaN)
 * @param p between 0 and 1 inclusive (0.95 for P95; 0 is the minimum, 1 the maximum)
 * @example percentile([10, 40, 20, 30], 0.5) // 25
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentiles(values, [p])[0];
}

/** Several percentiles of the same list at once (one partial sort instead of several). Does not change `values`. */
export function percentiles(values: ArrayLike<number>, ps: readonly number[]): number[] {
  if (values.length === 0) throw invalidInput("Percentile needs at least one number.");
  const copy = Float64Array.from(values);
  for (let i = 0; i < copy.length; i++) {
    if (Number.isNaN(copy[i])) throw invalidInput(`Percentile needs numbers; item ${i + 1} is ${describeValue(values[i])}.`);
  }
  for (const p of ps) {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw invalidInput(`A percentile must be between 0 and 1 (0.95 for P95); got ${describeValue(p)}.`);
    }
  }
  return percentilesInPlace(copy, ps);
}

/**
 * PERCENTILE.INC of an ascending array, p in [0, 1]: the same interpolation as percentilesInPlace, so
 * the same order statistics give the same bits.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return h > lo ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/** The share of an ascending array strictly above a threshold (the chance of exceeding a budget). */
export function shareAboveSorted(sorted: ArrayLike<number>, threshold: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > threshold) hi = mid;
    else lo = mid + 1;
  }
  return (sorted.length - lo) / sorted.length;
}

/**
 * Percentiles (PERCENTILE.INC) of a typed array, reordering it: a multi-way quickselect that finds only
 * the order statistics it needs, in a few passes over the data instead of a full sort. Values must not
 * be NaN and each p must lie in [0, 1]; this is the unchecked core of percentiles().
 */
export function percentilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  const ranks = ranksFor(n, ps);
  selectRanks(values, ranks, 0, ranks.length - 1, 0, n - 1);
  return interpolate(
    n,
    ps,
    ranks,
    ranks.map((r) => values[r]),
  );
}

/** The 0-based ranks PERCENTILE.INC reads for each p (⌊(n−1)p⌋, and the next when p falls between), ascending. */
export function ranksFor(n: number, ps: readonly number[]): number[] {
  const ranks = new Set<number>();
  for (const p of ps) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    ranks.add(lo);
    if (h > lo) ranks.add(lo + 1);
  }
  return [...ranks].sort((x, y) => x - y);
}

/** PERCENTILE.INC from the order statistics at `ranks` (as ranksFor gave them). */
export function interpolate(n: number, ps: readonly number[], ranks: readonly number[], stats: readonly number[]): number[] {
  const at = (r: number) => stats[ranks.indexOf(r)];
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return h > lo ? at(lo) + (h - lo) * (at(lo + 1) - at(lo)) : at(lo);
  });
}

/** Puts each rank's order statistic in place, splitting the array at the middle rank first. */
function selectRanks(a: Float64Array, ranks: readonly number[], rFirst: number, rLast: number, left: number, right: number): void {
  if (rFirst > rLast) return;
  const mid = (rFirst + rLast) >> 1;
  const k = ranks[mid];
  select(a, k, left, right);
  selectRanks(a, ranks, rFirst, mid - 1, left, k - 1);
  selectRanks(a, ranks, mid + 1, rLast, k + 1, right);
}

/**
 * Floyd–Rivest selection: afterwards a[k] is the k-th smallest of a[left..right], smaller ones before it,
 * larger ones after. Copes with many equal values (common here: every month at the minimum costs the same).
 * Its sampling uses Math.log/exp/sqrt only to choose where to look; the answer is exact regardless.
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
