/**
 * A lasting level shift in the history (a law change, a new product line, a channel switched on):
 * found as a block of changes over lag L (L = the season, else 1 month) that all jump by about the
 * same amount, and taken out by moving the months before the shift to the new level. The models are
 * then fitted on the adjusted history, so a shift is neither read as a trend (Theta's drift, the
 * airline's year-on-year change) nor slowly averaged in by the level (ETS).
 *
 * A step of size δ at month τ adds δ to y_t − y_{t−L} for τ ≤ t < τ + L and nothing elsewhere; a
 * trend or a recession raises those changes for longer than one block, which is not a shift.
 */

/** How many robust standard errors the block's mean change must stand out by. */
const SHIFT_THRESHOLD = 6;
/** Share of the block's changes that must lie on the shift's side, beyond SIDE_MARGIN robust SDs. */
const SIDE_SHARE = 0.8;
const SIDE_MARGIN = 1;
/** At a step, the change before the block is within this share of the shift, its first change beyond 1 − this. */
const SHARP = 0.35;
/** The block's second half may differ from its first by at most this share of the shift. */
const FLAT = 0.4;

export interface LevelShift {
  /** First month at the new level (0-based). */
  at: number;
  /** Size of the shift (new level − old level, on the scale searched), net of the usual change over the lag. */
  size: number;
}

function median(values: Float64Array): number {
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The most pronounced lasting shift, or null. `lag` ≥ 1. */
export function findLevelShift(y: ArrayLike<number>, lag: number): LevelShift | null {
  const n = y.length;
  const count = n - lag;
  // Enough changes to know what a normal one looks like: at least two blocks' worth and 8.
  if (count < Math.max(8, 3 * lag)) return null;
  const d = new Float64Array(count);
  for (let t = lag; t < n; t++) d[t - lag] = y[t] - y[t - lag];
  const center = median(d);
  const dev = new Float64Array(count);
  for (let i = 0; i < count; i++) dev[i] = Math.abs(d[i] - center);
  // Robust spread of the changes (MAD). When most changes are identical the MAD is 0 (or a rounding
  // error away from it), and the mean absolute deviation, scaled the same way for normal data, takes
  // its place; spreads below a billionth of the series' size count as 0, so that rounding in the
  // last digit of the data cannot change the verdict.
  let size = 0;
  for (let t = 0; t < n; t++) size = Math.max(size, Math.abs(y[t]));
  const negligible = 1e-9 * size;
  let unit = 1.4826 * median(dev);
  if (!(unit > negligible)) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += dev[i];
    unit = (1.2533 * sum) / count;
    if (!(unit > negligible)) return null;
  }
  let best: LevelShift | null = null;
  let bestScore = SHIFT_THRESHOLD;
  // Blocks start at month τ (change index τ − lag); the first lag months have no change to compare.
  // Only a shift in the later half of the history: the models have adapted to older ones (and moving
  // years of history for them did worse on the tuning series, where the 2001 recession would count).
  const recent = Math.max(0, Math.ceil(n / 2) - lag);
  for (let start = recent; start < count; start++) {
    const len = Math.min(lag, count - start);
    let sum = 0;
    for (let i = start; i < start + len; i++) sum += d[i] - center;
    const mean = sum / len;
    const score = Math.abs(mean) / (unit / Math.sqrt(len));
    if (!(score > bestScore)) continue;
    let side = 0;
    for (let i = start; i < start + len; i++) if ((d[i] - center) * Math.sign(mean) > SIDE_MARGIN * unit) side++;
    if (side < SIDE_SHARE * len) continue;
    // A step, not a ramp: the block starts sharply (the change just before it is ordinary, its first
    // change is already most of the shift). A recession that builds up over months fails this.
    if (start > 0 && Math.abs(d[start - 1] - center) > SHARP * Math.abs(mean)) continue;
    if ((d[start] - center) * Math.sign(mean) < (1 - SHARP) * Math.abs(mean)) continue;
    // Flat, not still growing: the block's two halves jump by about the same amount.
    if (len >= 4) {
      const halfLen = len >> 1;
      let first = 0;
      let second = 0;
      for (let i = 0; i < halfLen; i++) first += d[start + i] - center;
      for (let i = len - halfLen; i < len; i++) second += d[start + i] - center;
      if (Math.abs(second - first) / halfLen > FLAT * Math.abs(mean)) continue;
    }
    // A lasting shift: the changes right after the block are ordinary again (no second block the same way).
    let after = 0;
    const afterLen = Math.min(lag, count - start - len);
    for (let i = start + len; i < start + len + afterLen; i++) after += d[i] - center;
    if (afterLen > 0 && Math.abs(after / afterLen) > 0.5 * Math.abs(mean)) continue;
    // For a one-month lag, a spike that reverses at once is an outlier, not a shift (covered above).
    // A truncated block (a shift within the last season) needs half a season of months after it.
    if (len < Math.ceil(lag / 2)) continue;
    bestScore = score;
    best = { at: start + lag, size: mean };
  }
  return best;
}

/**
 * The history with every month before a lasting shift moved to the new level, or null when there is
 * no shift. A positive history is searched on the log scale and scaled (a 30% drop scales the
 * earlier months, and their seasonal swings, by 0.7); one with zeros is searched and moved as is.
 */
export function shiftAdjusted(y: Float64Array, lag: number): { history: Float64Array; shift: LevelShift } | null {
  const n = y.length;
  let positive = true;
  for (let t = 0; t < n; t++) if (!(y[t] > 0)) positive = false;
  const out = new Float64Array(n);
  if (positive) {
    const logs = y.map(Math.log);
    const shift = findLevelShift(logs, lag);
    if (shift === null) return null;
    const factor = Math.exp(shift.size);
    for (let t = 0; t < n; t++) out[t] = t < shift.at ? y[t] * factor : y[t];
    return { history: out, shift };
  }
  const shift = findLevelShift(y, lag);
  if (shift === null) return null;
  for (let t = 0; t < n; t++) out[t] = t < shift.at ? Math.max(0, y[t] + shift.size) : y[t];
  return { history: out, shift };
}
