/** The simulation core and its public entry points (see index.ts for the model). */
import { aiChargeForMonth, seatCostPerMonth } from "../cost";
import { volumeOfStackResolutions } from "../pricebook/bridge";
import { priceMonth } from "../pricebook/month";
import { Random, portableExp } from "../random";
import { interpolate, percentilesInPlace, ranksFor, select } from "./percentiles";
import { agentsForWorkload } from "../staffing/supportCost";
import { humanWorkload } from "../staffing/workload";
import { CostDistribution, CostHistogram, SimulationPlan, StaffedPricing, STANDARD_PERCENTILES, VolatilityInput, VolatilityResult } from "./types";
import { CheckedInput, checkInput } from "./validation";
import { VolumeModel, volumeModel } from "./volumeModel";

/** Bound once for the per-path loops: some hosts (Jest's sandbox, notably) make each `Math.x` lookup slow. */
const { floor } = Math;

interface Pricing {
  seatPerMonth: number;
  rate: number;
  minimum: number;
  /**
   * A month's whole cost at a volume, for a price-book plan without today's rule (null: the fast path,
   * seatPerMonth + chargeForMonth). Non-decreasing in the volume, as the percentile search needs.
   */
  month: ((resolutions: number) => number) | null;
}

/**
 * A staffed plan's month: the bill at r resolutions, plus people and the seats that follow them (see
 * StaffedPricing). Under "scaling" the agents come from the month's human workload: conversations
 * = r ÷ (involvement × resolution), so more resolutions never mean fewer agents.
 */
function staffedMonth(plan: StaffedPricing): (resolutions: number) => number {
  const s = plan.staffed;
  const bill = pricingOf(s.bill);
  const billAt = (r: number) => (bill.month ? bill.month(r) : bill.seatPerMonth + chargeForMonth(r, bill.rate, bill.minimum));
  const perAgent = s.loadedCostPerAgentMonth + s.seatPricePerMonth;
  const seatOffset = s.billSeats * s.seatPricePerMonth;
  const perResolution = 1 / (s.involvement * s.resolution);
  const agentsAt =
    s.assumption === "planned"
      ? () => s.plannedAgents
      : (r: number) =>
          agentsForWorkload(
            humanWorkload({ conversations: r * perResolution, involvementRate: s.involvement, resolutionRate: s.resolution, handleTimeSeconds: s.handleTimeSeconds }),
            s.handleTimeSeconds,
            s.staffing,
          );
  return (r) => billAt(r) - seatOffset + agentsAt(r) * perAgent;
}

export function pricingOf(plan: SimulationPlan): Pricing {
  if ("staffed" in plan) return { seatPerMonth: 0, rate: 0, minimum: 0, month: staffedMonth(plan) };
  if ("stack" in plan) {
    return { seatPerMonth: 0, rate: 0, minimum: 0, month: (r) => priceMonth(plan.stack, volumeOfStackResolutions(plan, r)).total };
  }
  return { seatPerMonth: seatCostPerMonth(plan), rate: plan.aiRate, minimum: plan.aiMinimum, month: null };
}

/**
 * The monthly rule, bound once: bundlers and module loaders may reach an import through a getter on
 * every call, which can stop the compiler from inlining it into the simulation's inner loop.
 */
const chargeForMonth = aiChargeForMonth;

/**
 * A month's cost on a path whose volume shock is e: seats plus the monthly AI rule on the volume the
 * shock gives. Non-decreasing in e (more shock, more volume; more volume never costs less), which is
 * why a month's cost percentiles can be read from its shocks' order statistics.
 */
function costAtShock(e: number, lognormal: boolean, a: number, b: number, seat: number, rate: number, minimum: number): number {
  if (lognormal) return seat + chargeForMonth(a * portableExp(b * e), rate, minimum);
  const v = a + b * e;
  return seat + chargeForMonth(v > 0 ? v : 0, rate, minimum);
}

/** costAtShock for a price-book plan priced by the engine's month rule. */
function costAtShockBy(e: number, lognormal: boolean, a: number, b: number, month: (resolutions: number) => number): number {
  if (lognormal) return month(a * portableExp(b * e));
  const v = a + b * e;
  return month(v > 0 ? v : 0);
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
  pricing: Pricing,
  plannedCost: number,
  shockCounts: Int32Array | null,
  totals: Float64Array,
): number {
  const { seatPerMonth, rate, minimum } = pricing;
  let deviation = 0;
  for (let i = 0; i < count; i++) {
    const p = first + i;
    const e = keep * shock[p] + fresh * z[i];
    shock[p] = e;
    const cost = costAtShock(e, lognormal, a, b, seatPerMonth, rate, minimum);
    totals[p] += cost;
    deviation += cost - plannedCost;
    if (shockCounts !== null) shockCounts[shockBin(e)]++;
  }
  return deviation;
}

/** priceBlock for a price-book plan: the same steps, each month priced by the engine. */
function priceBlockBy(
  z: Float64Array,
  count: number,
  first: number,
  shock: Float64Array,
  keep: number,
  fresh: number,
  lognormal: boolean,
  a: number,
  b: number,
  month: (resolutions: number) => number,
  plannedCost: number,
  shockCounts: Int32Array | null,
  totals: Float64Array,
): number {
  let deviation = 0;
  for (let i = 0; i < count; i++) {
    const p = first + i;
    const e = keep * shock[p] + fresh * z[i];
    shock[p] = e;
    const cost = costAtShockBy(e, lognormal, a, b, month);
    totals[p] += cost;
    deviation += cost - plannedCost;
    if (shockCounts !== null) shockCounts[shockBin(e)]++;
  }
  return deviation;
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
 * paths: that is what makes runs with different inputs comparable path by path.
 */
export function* simulatePaths(
  model: VolumeModel,
  pricing: Pricing,
  correlation: number,
  paths: number,
  seed: number,
  monthlyPercentiles: readonly number[] | null,
): Generator<number, RawRun, undefined> {
  const { months, lognormal, a, b, planned } = model;
  const monthPercentiles = monthlyPercentiles && [...STANDARD_PERCENTILES, ...monthlyPercentiles];
  const rng = new Random(seed);
  const totals = new Float64Array(paths);
  const shock = new Float64Array(paths);
  const shockCounts = monthlyPercentiles ? new Int32Array(SHOCK_BINS) : null;
  const z = new Float64Array(Math.min(BLOCK, paths));
  const plannedMonthly = new Float64Array(months);
  const monthly: CostDistribution[] | null = monthlyPercentiles ? [] : null;
  const blocks = Math.ceil(paths / BLOCK);
  const fresh = Math.sqrt(1 - correlation * correlation);
  let plannedTotal = 0;
  for (let m = 0; m < months; m++) {
    // Priced exactly as a path is, so a path that meets the plan costs the planned cost to the last bit.
    const month = pricing.month;
    const plannedCost = month ? month(planned[m]) : pricing.seatPerMonth + chargeForMonth(planned[m], pricing.rate, pricing.minimum);
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
      deviation += month
        ? priceBlockBy(z, count, first, shock, keep, freshM, lognormal[m] === 1, a[m], b[m], month, plannedCost, shockCounts, totals)
        : priceBlock(z, count, first, shock, keep, freshM, lognormal[m] === 1, a[m], b[m], pricing, plannedCost, shockCounts, totals);
      yield (m * blocks + blk + 1) / (months * blocks);
    }
    if (monthly && shockCounts && monthPercentiles) {
      const costAt = month
        ? (e: number) => costAtShockBy(e, lognormal[m] === 1, a[m], b[m], month)
        : (e: number) => costAtShock(e, lognormal[m] === 1, a[m], b[m], pricing.seatPerMonth, pricing.rate, pricing.minimum);
      monthly.push(distribution(plannedCost + deviation / paths, percentilesOfShocks(shock, shockCounts, monthPercentiles, costAt)));
    }
  }
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
  const raw = yield* simulatePaths(model, pricingOf(input.plan), input.correlation, input.paths, input.seed, input.percentiles);
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
      plannedResolutions: model.planned[m],
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
