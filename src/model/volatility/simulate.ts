/** The simulation core and its public entry points (see index.ts for the model). */
import { Random, portableExp } from "../random";
import { interpolate, percentilesInPlace, ranksFor, select } from "./percentiles";
import { fastMonthCost } from "../pricebook/month";
import { convertResult, FxDraws, FxPath } from "./fx";
import { drawsCounting, MonthPricer, pricerOf } from "./pricing";
import { CostDistribution, CostHistogram, CountingUncertainty, STANDARD_PERCENTILES, VolatilityInput, VolatilityResult } from "./types";
import { CheckedInput, checkInput } from "./validation";
import { VolumeModel, volumeModel } from "./volumeModel";

/**
 * Bound once for the per-path loops: some hosts (Jest's sandbox, notably) make each `Math.x` lookup
 * slow, and a module loader may reach an import through a getter on every call.
 */
const { floor } = Math;
const exp = portableExp;
const monthCost = fastMonthCost;

/** The month's volume a shock gives: lognormal around a with spread b, or normal floored at 0. */
function volumeAtShock(e: number, lognormal: boolean, a: number, b: number): number {
  if (lognormal) return a * exp(b * e);
  const v = a + b * e;
  return v > 0 ? v : 0;
}

/**
 * A month's cost on a path whose volume shock is e: the stack's month at the volume the shock gives,
 * by the stack's rule as numbers where it has one (fastMonthCost, inlined into the loops), else through
 * the engine. Non-decreasing in e (more shock, more volume; more volume never costs less), which is
 * why a month's cost percentiles can be read from its shocks' order statistics.
 */
function costAtShock(e: number, lognormal: boolean, a: number, b: number, pricer: MonthPricer): number {
  const v = volumeAtShock(e, lognormal, a, b);
  const fast = pricer.fast;
  if (fast !== null) {
    const rates = pricer.rates;
    const cost = monthCost(fast, rates.resolution, rates.reversalRate, rates.assumedShare, v);
    if (cost === cost) return cost; // NaN: past the spend cap, which the engine prices
  }
  return pricer.cost(v);
}

/**
 * Shocks are counted per month in 4,096 bins of width 1/256 over [−8, 8) (the end bins also take
 * anything beyond). A bin holds at most about 0.16% of the paths, so once the counts say which bins
 * hold the wanted ranks, a selection among a few hundred shocks finishes the job: no sort, no
 * selection over all paths.
 */
const SHOCK_BINS = 4096;

function shockBin(e: number): number {
  const k = (e * 256 + 2048) | 0;
  return k < 0 ? 0 : k >= SHOCK_BINS ? SHOCK_BINS - 1 : k;
}

/** Paths simulated between progress reports: a few milliseconds of work. */
const BLOCK = 32_768;

/**
 * The hot loop: one month for a block of paths. Advances each path's AR(1) shock, prices the month,
 * adds it to the path's total, and counts the shock's bin. Returns Σ (cost − planned cost), from which
 * the mean is exact when every path costs the same.
 */
function priceBlock(
  z: Float64Array,
  count: number,
  first: number,
  shock: Float64Array,
  keep: number,
  fresh: number,
  lognormal: boolean,
  a: number,
  b: number,
  pricer: MonthPricer,
  plannedCost: number,
  shockCounts: Int32Array | null,
  totals: Float64Array,
): number {
  let deviation = 0;
  const fast = pricer.fast;
  if (fast === null) {
    for (let i = 0; i < count; i++) {
      const p = first + i;
      const e = keep * shock[p] + fresh * z[i];
      shock[p] = e;
      const cost = pricer.cost(volumeAtShock(e, lognormal, a, b));
      totals[p] += cost;
      deviation += cost - plannedCost;
      if (shockCounts !== null) shockCounts[shockBin(e)]++;
    }
    return deviation;
  }
  // The stack's rule as numbers, its rates fixed for the block: the loop the simulation spends its time in.
  const { resolution, reversalRate, assumedShare } = pricer.rates;
  for (let i = 0; i < count; i++) {
    const p = first + i;
    const e = keep * shock[p] + fresh * z[i];
    shock[p] = e;
    const v = volumeAtShock(e, lognormal, a, b);
    let cost = monthCost(fast, resolution, reversalRate, assumedShare, v);
    if (cost !== cost) cost = pricer.cost(v); // NaN: past the spend cap, which the engine prices
    totals[p] += cost;
    deviation += cost - plannedCost;
    if (shockCounts !== null) shockCounts[shockBin(e)]++;
  }
  return deviation;
}

/**
 * priceBlock when each path has a cost of its own beyond its volume shock: its own counting rates
 * (CountingDraws), or its own exchange rate this month (fx.ts: the month in dollars, by the same rule, paid
 * at the path's rate). Each path's cost is kept for the month's percentiles.
 */
function pricePathBlock(
  z: Float64Array,
  count: number,
  first: number,
  shock: Float64Array,
  keep: number,
  fresh: number,
  lognormal: boolean,
  a: number,
  b: number,
  pricer: MonthPricer,
  draws: CountingDraws | null,
  /** Each path's exchange rate this month, or null for dollars. */
  fxRates: Float64Array | null,
  plannedCost: number,
  /** Each path's cost this month, for the month's percentiles; null when none are asked for. */
  monthCosts: Float64Array | null,
  totals: Float64Array,
): number {
  let deviation = 0;
  const rates = pricer.rates;
  for (let i = 0; i < count; i++) {
    const p = first + i;
    const e = keep * shock[p] + fresh * z[i];
    shock[p] = e;
    if (draws !== null) {
      rates.resolution = draws.resolution[p];
      rates.reversalRate = draws.reversal[p];
    }
    const usd = costAtShock(e, lognormal, a, b, pricer);
    const cost = fxRates === null ? usd : usd * fxRates[p];
    totals[p] += cost;
    if (monthCosts !== null) monthCosts[p] = cost;
    deviation += cost - plannedCost;
  }
  return deviation;
}

/** Each path's AI resolution and reversal rates, drawn once, clipped to 0..1. */
interface CountingDraws {
  resolution: Float64Array;
  reversal: Float64Array;
}

/**
 * Draws the counting rates from a generator of their own (seed + 1), so the volume futures stay the
 * same with and without counting uncertainty: the difference between two runs is its effect alone.
 */
function drawCounting(counting: CountingUncertainty, base: MonthPricer["rates"], paths: number, seed: number): CountingDraws {
  const rng = new Random(seed + 1);
  const z = new Float64Array(paths);
  const clip = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
  const draw = (centre: number, sd: number) => {
    const out = new Float64Array(paths);
    if (sd > 0) rng.fillNormal(z, 0, paths);
    for (let p = 0; p < paths; p++) out[p] = sd > 0 ? clip(centre + sd * z[p]) : centre;
    return out;
  };
  return { resolution: draw(base.resolution, counting.resolutionSd ?? 0), reversal: draw(base.reversalRate, counting.reversalSd ?? 0) };
}

interface RawRun {
  totals: Float64Array;
  plannedMonthly: Float64Array;
  plannedTotal: number;
  /** Per-month distributions, when asked for. */
  monthly: CostDistribution[] | null;
}

/**
 * Simulates every path, month by month, yielding the fraction of the work done after each block.
 * The normal draws come in a fixed order (month, then path), so they depend only on seed, months and
 * paths: that is what makes runs with different inputs comparable path by path. With a moving exchange
 * rate (`fx`, its monthly spread above 0) every cost is in that currency, the planned ones at today's rate.
 */
export function* simulatePaths(
  model: VolumeModel,
  pricer: MonthPricer,
  correlation: number,
  paths: number,
  seed: number,
  monthlyPercentiles: readonly number[] | null,
  counting?: CountingUncertainty,
  fx: FxPath | null = null,
): Generator<number, RawRun, undefined> {
  const { months, lognormal, a, b, planned } = model;
  const monthPercentiles = monthlyPercentiles && [...STANDARD_PERCENTILES, ...monthlyPercentiles];
  const rng = new Random(seed);
  const totals = new Float64Array(paths);
  const shock = new Float64Array(paths);
  const draws = drawsCounting(counting) ? drawCounting(counting!, pricer.rates, paths, seed) : null;
  const base = { resolution: pricer.rates.resolution, reversalRate: pricer.rates.reversalRate };
  const fxDraws = fx !== null && fx.monthlySigma > 0 ? new FxDraws(fx, paths, seed, BLOCK) : null;
  const perPath = draws !== null || fxDraws !== null;
  const shockCounts = monthlyPercentiles && !perPath ? new Int32Array(SHOCK_BINS) : null;
  const monthCosts = monthlyPercentiles && perPath ? new Float64Array(paths) : null;
  const z = new Float64Array(Math.min(BLOCK, paths));
  const plannedMonthly = new Float64Array(months);
  const monthly: CostDistribution[] | null = monthlyPercentiles ? [] : null;
  const blocks = Math.ceil(paths / BLOCK);
  const fresh = Math.sqrt(1 - correlation * correlation);
  let plannedTotal = 0;
  for (let m = 0; m < months; m++) {
    // Priced exactly as a path is, at the planned rates, so a path that meets the plan costs the planned cost to the last bit.
    pricer.rates.resolution = base.resolution;
    pricer.rates.reversalRate = base.reversalRate;
    const plannedCost = fxDraws ? pricer.cost(planned[m]) * fxDraws.rate : pricer.cost(planned[m]);
    plannedMonthly[m] = plannedCost;
    plannedTotal += plannedCost;
    // The first month starts from the stationary distribution: e₁ = z₁.
    const keep = m === 0 ? 0 : correlation;
    const freshM = m === 0 ? 1 : fresh;
    shockCounts?.fill(0);
    let deviation = 0;
    for (let blk = 0; blk < blocks; blk++) {
      const first = blk * BLOCK;
      const count = Math.min(BLOCK, paths - first);
      rng.fillNormal(z, 0, count);
      if (fxDraws) fxDraws.advance(first, count);
      deviation += perPath
        ? pricePathBlock(z, count, first, shock, keep, freshM, lognormal[m] === 1, a[m], b[m], pricer, draws, fxDraws ? fxDraws.rates : null, plannedCost, monthCosts, totals)
        : priceBlock(z, count, first, shock, keep, freshM, lognormal[m] === 1, a[m], b[m], pricer, plannedCost, shockCounts, totals);
      yield (m * blocks + blk + 1) / (months * blocks);
    }
    if (monthly && monthPercentiles) {
      const mean = plannedCost + deviation / paths;
      if (monthCosts) monthly.push(distribution(mean, percentilesInPlace(monthCosts, monthPercentiles)));
      else if (shockCounts) {
        const costAt = (e: number) => costAtShock(e, lognormal[m] === 1, a[m], b[m], pricer);
        monthly.push(distribution(mean, percentilesOfShocks(shock, shockCounts, monthPercentiles, costAt)));
      }
    }
  }
  pricer.rates.resolution = base.resolution;
  pricer.rates.reversalRate = base.reversalRate;
  return { totals, plannedMonthly, plannedTotal, monthly };
}

/**
 * A month's cost percentiles. Cost is a non-decreasing function of the shock, so the k-th smallest cost
 * is the cost at the k-th smallest shock: find those shocks from the bin counts, then price them.
 * The result equals PERCENTILE.INC over the month's simulated costs (to the last bit, short of two shocks
 * a few units in the last place apart, where no exp implementation promises monotone rounding).
 */
function percentilesOfShocks(
  shock: Float64Array,
  counts: Int32Array,
  ps: readonly number[],
  costAt: (e: number) => number,
): number[] {
  const n = shock.length;
  const ranks = ranksFor(n, ps);
  // The bin of each wanted rank, and the rank's place within it.
  const binOfRank: number[] = [];
  const placeInBin: number[] = [];
  let bin = 0;
  let below = 0;
  for (const r of ranks) {
    while (below + counts[bin] <= r) below += counts[bin++];
    binOfRank.push(bin);
    placeInBin.push(r - below);
  }
  // Gather the shocks of those bins, each bin's into its own stretch of one buffer.
  const slotOfBin = new Int32Array(SHOCK_BINS).fill(-1);
  const starts: number[] = [];
  let size = 0;
  for (const k of binOfRank) {
    if (slotOfBin[k] >= 0) continue;
    slotOfBin[k] = starts.length;
    starts.push(size);
    size += counts[k];
  }
  const buffer = new Float64Array(size);
  const next = Int32Array.from(starts);
  for (let p = 0; p < n; p++) {
    const slot = slotOfBin[shockBin(shock[p])];
    if (slot >= 0) buffer[next[slot]++] = shock[p];
  }
  const stats = ranks.map((_, i) => {
    const k = binOfRank[i];
    const start = starts[slotOfBin[k]];
    select(buffer, start + placeInBin[i], start, start + counts[k] - 1);
    return costAt(buffer[start + placeInBin[i]]);
  });
  return interpolate(n, ps, ranks, stats);
}

/** The standard percentiles by name, then the requested ones. */
function distribution(mean: number, at: number[]): CostDistribution {
  return { mean, p5: at[0], p50: at[1], p90: at[2], p95: at[3], p99: at[4], atPercentiles: at.slice(STANDARD_PERCENTILES.length) };
}

export function meanAround(values: Float64Array, centre: number): number {
  let deviation = 0;
  for (let i = 0; i < values.length; i++) deviation += values[i] - centre;
  return centre + deviation / values.length;
}

function histogramOf(values: Float64Array, bins: number): CostHistogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Every path costs the same (no volatility): one bar in the middle of a unit-wide range.
  if (max === min) {
    min -= 0.5;
    max += 0.5;
  }
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const bin = floor((values[i] - min) / width);
    counts[bin >= bins ? bins - 1 : bin]++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  return { edges, counts };
}

function shareAbove(values: Float64Array, threshold: number): number {
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > threshold) above++;
  return above / values.length;
}

// ---- Public entry points -----------------------------------------------------------------------

/**
 * Runs the simulation step by step, for a Web Worker that reports progress (or stops early): each
 * `next()` yields the fraction of the work done (0 to 1), and the generator returns the result.
 * Inputs are checked when this is called, before the first step.
 *
 * @example
 * const steps = simulateVolatilitySteps(input);
 * let step = steps.next();
 * while (!step.done) { postMessage({ progress: step.value }); step = steps.next(); }
 * postMessage({ result: step.value });
 */
export function simulateVolatilitySteps(input: VolatilityInput): Generator<number, VolatilityResult, undefined> {
  const checked = checkInput(input);
  return runVolatility(checked, volumeModel(checked.volumes, checked.months));
}

/**
 * The budget volatility of a plan under uncertain volumes (see the file comment for the model).
 *
 * @param input plan, volumes and options; see VolatilityInput for each option's default
 * @param onProgress called with the fraction of the work done (0 to 1) as the simulation proceeds
 * @example
 * simulateVolatility({ plan: resolvePlan({ tier: "Advanced", seats: 10 }),
 *   volumes: { kind: "expected", expected: 2000, months: 12, cv: 0.3 }, budget: 40000 })
 * // → { plannedCost: 33960, total: { p50: ≈33,870, p95: ≈37,520, … }, probabilityOverBudget: ≈0.004, … }
 */
export function simulateVolatility(input: VolatilityInput, onProgress?: (fractionDone: number) => void): VolatilityResult {
  return drive(simulateVolatilitySteps(input), onProgress);
}

/** A simulation's result with every path's total cost, sorted ascending (for any percentile or budget later). */
export interface VolatilityWithTotals {
  result: VolatilityResult;
  sortedTotals: Float64Array;
}

/**
 * simulateVolatility that also keeps the sorted total of every path, so one run can answer any number
 * of percentile and budget questions (a column of =SUPPORTCOST.BUDGETRISK cells over one plan) with
 * percentileOfSorted and shareAboveSorted, giving exactly what separate runs would.
 */
export function simulateVolatilityWithTotals(input: VolatilityInput): VolatilityWithTotals {
  const checked = checkInput(input);
  let sortedTotals = new Float64Array(0);
  const result = drive(
    runVolatility(checked, volumeModel(checked.volumes, checked.months), (totals) => {
      sortedTotals = totals.slice().sort();
    }),
  );
  return { result, sortedTotals };
}

function* runVolatility(
  input: CheckedInput,
  model: VolumeModel,
  keepTotals?: (totals: Float64Array) => void,
): Generator<number, VolatilityResult, undefined> {
  const fx = input.fx;
  if (fx !== null && fx.monthlySigma === 0) {
    // A rate that stays: the dollar result converted as the last step, figure by figure; the budget given in that currency.
    const budget = input.budget === null ? null : input.budget / fx.rate;
    const usd = yield* runVolatility({ ...input, fx: null, budget }, model, keepTotals && ((totals) => keepTotals(totals.map((t) => t * fx.rate))));
    return convertResult(usd, fx.rate, input.budget);
  }
  const raw = yield* simulatePaths(model, pricerOf(input.plan), input.correlation, input.paths, input.seed, input.percentiles, input.counting, fx);
  keepTotals?.(raw.totals);
  const monthly = raw.monthly ?? [];
  const { totals, plannedTotal } = raw;
  // Order-free summaries first: the percentile search reorders the totals.
  const histogram = histogramOf(totals, input.histogramBins);
  const probabilityOverBudget = input.budget === null ? null : shareAbove(totals, input.budget);
  const total = distribution(
    meanAround(totals, plannedTotal),
    percentilesInPlace(totals, [...STANDARD_PERCENTILES, ...input.percentiles]),
  );
  let worst = 0;
  for (let m = 1; m < monthly.length; m++) if (monthly[m].p95 > monthly[worst].p95) worst = m;
  return {
    months: input.months,
    paths: input.paths,
    seed: input.seed,
    correlation: input.correlation,
    percentiles: [...input.percentiles],
    plannedCost: plannedTotal,
    total,
    monthly: monthly.map((d, m) => ({
      month: m + 1,
      plannedVolume: model.planned[m],
      plannedCost: raw.plannedMonthly[m],
      ...d,
    })),
    budget: input.budget,
    probabilityOverBudget,
    budgetAtRisk: total.p95 - plannedTotal,
    worstMonth: { month: worst + 1, p95: monthly[worst].p95 },
    histogram,
  };
}

export function drive<T>(steps: Generator<number, T, undefined>, onProgress?: (fractionDone: number) => void): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (onProgress) onProgress(step.value);
  }
}
