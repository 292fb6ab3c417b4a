/**
 * Budget volatility: how far the support bill can swing when resolution volumes are uncertain.
 *
 * A Monte Carlo simulation draws many possible futures ("paths") of monthly AI-agent resolutions, prices
 * every simulated month with the one monthly cost rule (aiChargeForMonth, so the minimum applies month by
 * month) plus the plan's seat cost, and summarises the spread: percentiles per month and over the horizon,
 * the chance of exceeding a budget, budget at risk, a histogram, and a tornado of what drives the risk.
 *
 * Volume model. Each month's volume is a monotone function of a standard normal shock e:
 * - lognormal: volume = scale × exp(sigma × e), from an expected volume and a coefficient of variation, or
 *   from a forecast (the median) and its interval width;
 * - normal: volume = max(0, mean + sd × e), from a forecast and its interval (a month whose draw falls
 *   below 0 resolves nothing, so it has no AI charge).
 * Shocks are linked month to month by AR(1): e₁ = z₁, eₜ = ρ·eₜ₋₁ + √(1−ρ²)·zₜ, which keeps every
 * month's shock standard normal while making runs of busy (or quiet) months likely.
 *
 * Common random numbers: the normal draws depend only on seed, months and paths, never on volumes,
 * volatility, correlation or prices. Two runs that differ in one input see the same futures, so their
 * difference is the input's effect, not sampling noise (the sensitivity analysis relies on this).
 *
 * Pure: no Office, no DOM, no I/O. Deterministic for a given seed.
 */
import { aiChargeForMonth, seatCostPerMonth } from "./cost";
import { describeValue, invalidInput } from "./errors";
import { PricingPlan, checkAiMinimum, checkAiRate, checkSeats } from "./plan";
import { Random, checkSeed, normalQuantile, portableExp } from "./random";

/** Bound once for the per-path loops: some hosts (Jest's sandbox, notably) make each `Math.x` lookup slow. */
const { floor } = Math;

/** Longest horizon the simulation accepts: ten years of months. */
export const MAX_VOLATILITY_MONTHS = 120;
/** Fewer paths than this give percentiles that are mostly noise. */
export const MIN_PATHS = 100;
/** More paths than this add time, not accuracy worth having. */
export const MAX_PATHS = 1_000_000;
/** A coefficient of variation above this (volumes swinging by 1000%) is almost certainly a typo. */
export const MAX_CV = 10;
/** More resolutions than this in a month is almost certainly a typo; the cap keeps every cost finite. */
export const MAX_MONTHLY_RESOLUTIONS = 1e12;
/** The lognormal spread of MAX_CV; a forecast interval implying more is modelled as a normal instead. */
const MAX_SIGMA = Math.sqrt(Math.log1p(MAX_CV * MAX_CV));
/** Enough for stable P95s in a task pane, and fast (about 10 ms for three years). */
export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_HISTOGRAM_BINS = 40;
export const MAX_HISTOGRAM_BINS = 1_000;
/** The percentiles every result carries by name (p5 … p99). */
export const STANDARD_PERCENTILES: readonly number[] = [0.05, 0.5, 0.9, 0.95, 0.99];

// ---- Inputs ------------------------------------------------------------------------------------

/** Uncertainty given as each month's expected (mean) volume and one coefficient of variation. */
export interface ExpectedVolumes {
  kind: "expected";
  /** Expected resolutions: one number per month, or one number used for every month (then give months). */
  expected: number | readonly number[];
  /** Horizon in months (1 to 120); needed when expected is one number, optional otherwise. */
  months?: number;
  /**
   * Coefficient of variation: standard deviation ÷ mean of a month's volume (0.2 means a month
   * typically lands within about ±20% of its expected volume). 0 means volumes are certain. 0 to 10.
   */
  cv: number;
}

/** Uncertainty taken from a forecast and its prediction interval, month by month. */
export interface ForecastIntervalVolumes {
  kind: "interval";
  /** Point forecast of resolutions per month (read as the median); 0 or more. */
  forecast: readonly number[];
  /** Lower bound of the interval per month (may dip below 0, as additive forecasts' bounds do). */
  lower: readonly number[];
  /** Upper bound of the interval per month. */
  upper: readonly number[];
  /** Coverage of the interval, between 0 and 1 (0.95 for a 95% interval). */
  confidence: number;
  /**
   * "lognormal" (default): median = forecast, with the interval's width (volumes stay positive and
   * skew upwards). "normal": mean = forecast, standard deviation from the wider side of the interval
   * (so a bound clamped at 0 does not shrink it), floored at 0.
   * A lognormal cannot sit on a forecast of 0, nor on a tiny forecast with a wide interval (more spread
   * than a CV of 10); such months use the normal even when "lognormal" is asked for.
   */
  distribution?: "lognormal" | "normal";
}

export type VolumeUncertainty = ExpectedVolumes | ForecastIntervalVolumes;

export interface VolatilityInput {
  /** A validated plan from resolvePlan(): seats, seat price, AI rate and monthly minimum. */
  plan: PricingPlan;
  volumes: VolumeUncertainty;
  /** Month-to-month correlation of volume surprises, 0 (default) up to but not including 1. */
  correlation?: number;
  /** Simulated futures, a whole number from 100 to 1,000,000 (default 10,000). */
  paths?: number;
  /** Any finite number (default 1); the same seed gives the same result everywhere. */
  seed?: number;
  /** Budget for total cost over the whole horizon, in the catalog's currency; 0 or more. */
  budget?: number;
  /**
   * Percentiles to report in every `atPercentiles`, each between 0 and 1 exclusive (default 0.05, 0.5,
   * 0.9, 0.95, 0.99). P5 to P99 are always reported by name as well.
   */
  percentiles?: readonly number[];
  /** Bars in the total-cost histogram, 1 to 1,000 (default 40). */
  histogramBins?: number;
}

// ---- Outputs -----------------------------------------------------------------------------------

/** The spread of one simulated cost (a month's, or the horizon's total). Percentiles as in PERCENTILE.INC. */
export interface CostDistribution {
  mean: number;
  p5: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** The cost at each of the result's `percentiles`, in the same order. */
  atPercentiles: number[];
}

export interface MonthVolatility extends CostDistribution {
  /** 1-based month number. */
  month: number;
  /** The volume the plan expects: the expected volume, or the point forecast. */
  plannedResolutions: number;
  /** Seat plus AI cost at the planned volume. */
  plannedCost: number;
}

/** Total cost histogram for a chart: counts[i] paths fell in [edges[i], edges[i+1]) (the last bin is closed). */
export interface CostHistogram {
  edges: number[];
  counts: number[];
}

export interface VolatilityResult {
  months: number;
  paths: number;
  seed: number;
  correlation: number;
  /** The percentiles behind every `atPercentiles` array. */
  percentiles: number[];
  /** Total cost over the horizon at the planned volumes (no volatility). */
  plannedCost: number;
  total: CostDistribution;
  monthly: MonthVolatility[];
  /** The budget given, or null. */
  budget: number | null;
  /** Share of paths whose total cost is above the budget; null without a budget. */
  probabilityOverBudget: number | null;
  /** Total P95 minus the planned cost: what to hold back to be 95% sure of staying in budget. */
  budgetAtRisk: number;
  /** The month with the highest P95 cost (the first such month on a tie). */
  worstMonth: { month: number; p95: number };
  histogram: CostHistogram;
}

// ---- Validation --------------------------------------------------------------------------------

interface CheckedInput {
  plan: PricingPlan;
  volumes: VolumeUncertainty;
  months: number;
  correlation: number;
  paths: number;
  seed: number;
  budget: number | null;
  percentiles: number[];
  histogramBins: number;
}

function checkMonthCount(months: unknown): number {
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > MAX_VOLATILITY_MONTHS) {
    throw invalidInput(`Months must be a whole number from 1 to ${MAX_VOLATILITY_MONTHS}; got ${describeValue(months)}.`);
  }
  return months;
}

function checkVolume(value: unknown, what: string, allowNegative = false): number {
  const least = allowNegative ? -MAX_MONTHLY_RESOLUTIONS : 0;
  if (typeof value !== "number" || !(value >= least && value <= MAX_MONTHLY_RESOLUTIONS)) {
    const range = allowNegative ? "a number (it may be below 0)" : "a number of 0 or more";
    throw invalidInput(`${what} must be ${range}, at most ${MAX_MONTHLY_RESOLUTIONS.toExponential()}; got ${describeValue(value)}.`);
  }
  return value;
}

function checkSeries(values: unknown, what: string): readonly number[] {
  if (!Array.isArray(values)) throw invalidInput(`${what} must be a list with one number per month.`);
  if (values.length < 1 || values.length > MAX_VOLATILITY_MONTHS) {
    throw invalidInput(`${what} must cover 1 to ${MAX_VOLATILITY_MONTHS} months; got ${values.length}.`);
  }
  return values as readonly number[];
}

function checkCv(cv: unknown): number {
  if (typeof cv !== "number" || !Number.isFinite(cv) || cv < 0 || cv > MAX_CV) {
    throw invalidInput(
      `Coefficient of variation must be a number from 0 to ${MAX_CV} (0.2 means a month typically varies about ±20% ` +
        `around its expected volume); got ${describeValue(cv)}.`,
    );
  }
  return cv;
}

function checkCorrelation(rho: unknown): number {
  if (typeof rho !== "number" || !(rho >= 0 && rho < 1)) {
    throw invalidInput(`Month-to-month correlation must be at least 0 and below 1 (e.g. 0.5); got ${describeValue(rho)}.`);
  }
  return rho;
}

function checkPaths(paths: unknown): number {
  if (typeof paths !== "number" || !Number.isInteger(paths) || paths < MIN_PATHS || paths > MAX_PATHS) {
    throw invalidInput(
      `Paths must be a whole number from ${MIN_PATHS} to ${MAX_PATHS.toLocaleString("en-US")} (fewer gives meaningless ` +
        `percentiles, more only takes longer); got ${describeValue(paths)}.`,
    );
  }
  return paths;
}

function checkBudget(budget: unknown): number {
  if (typeof budget !== "number" || !Number.isFinite(budget) || budget < 0) {
    throw invalidInput(`Budget must be an amount of 0 or more for the whole horizon; got ${describeValue(budget)}.`);
  }
  return budget;
}

function checkPercentile(p: unknown): number {
  if (typeof p !== "number" || !(p > 0 && p < 1)) {
    throw invalidInput(`Percentiles must be between 0 and 1, exclusive (0.95 for P95); got ${describeValue(p)}.`);
  }
  return p;
}

function checkBins(bins: unknown): number {
  if (typeof bins !== "number" || !Number.isInteger(bins) || bins < 1 || bins > MAX_HISTOGRAM_BINS) {
    throw invalidInput(`Histogram bins must be a whole number from 1 to ${MAX_HISTOGRAM_BINS}; got ${describeValue(bins)}.`);
  }
  return bins;
}

/** Checks the volume inputs and returns the horizon they describe. */
function checkVolumes(volumes: VolumeUncertainty): number {
  if (volumes === null || typeof volumes !== "object" || (volumes.kind !== "expected" && volumes.kind !== "interval")) {
    throw invalidInput(
      'Volumes must be { kind: "expected", expected, cv } or { kind: "interval", forecast, lower, upper, confidence }.',
    );
  }
  if (volumes.kind === "expected") {
    checkCv(volumes.cv);
    if (typeof volumes.expected === "number") {
      checkVolume(volumes.expected, "Expected resolutions");
      if (volumes.months === undefined) {
        throw invalidInput(`Give months (1 to ${MAX_VOLATILITY_MONTHS}) when expected resolutions is a single number.`);
      }
      return checkMonthCount(volumes.months);
    }
    const expected = checkSeries(volumes.expected, "Expected resolutions");
    expected.forEach((v, i) => checkVolume(v, `Expected resolutions in month ${i + 1}`));
    if (volumes.months !== undefined && volumes.months !== expected.length) {
      throw invalidInput(
        `Expected resolutions cover ${expected.length} months but months is ${describeValue(volumes.months)}: ` +
          "give one number per month, or one number with months.",
      );
    }
    return expected.length;
  }
  const forecast = checkSeries(volumes.forecast, "Forecast");
  const lower = checkSeries(volumes.lower, "Lower bound");
  const upper = checkSeries(volumes.upper, "Upper bound");
  if (lower.length !== forecast.length || upper.length !== forecast.length) {
    throw invalidInput(
      `Forecast, lower and upper bounds must cover the same months; got ${forecast.length}, ${lower.length} and ${upper.length}.`,
    );
  }
  const c = volumes.confidence;
  if (typeof c !== "number" || !(c > 0 && c < 1)) {
    throw invalidInput(`Confidence must be a number between 0 and 1, such as 0.95 for a 95% interval; got ${describeValue(c)}.`);
  }
  const distribution = volumes.distribution ?? "lognormal";
  if (distribution !== "lognormal" && distribution !== "normal") {
    throw invalidInput(`Distribution must be "lognormal" or "normal"; got ${describeValue(distribution)}.`);
  }
  for (let i = 0; i < forecast.length; i++) {
    const f = checkVolume(forecast[i], `Forecast resolutions in month ${i + 1}`);
    const lo = checkVolume(lower[i], `Lower bound in month ${i + 1}`, true);
    const hi = checkVolume(upper[i], `Upper bound in month ${i + 1}`);
    if (!(lo <= f && f <= hi)) {
      throw invalidInput(`In month ${i + 1} the forecast (${f}) must lie between the lower (${lo}) and upper (${hi}) bounds.`);
    }
  }
  return forecast.length;
}

function checkPlan(plan: PricingPlan): PricingPlan {
  if (plan === null || typeof plan !== "object") throw invalidInput("A pricing plan is required (from resolvePlan).");
  checkSeats(plan.seats);
  checkAiRate(plan.aiRate);
  checkAiMinimum(plan.aiMinimum);
  if (!(plan.seatPricePerMonth >= 0 && Number.isFinite(plan.seatPricePerMonth))) {
    throw invalidInput(`Seat price must be an amount of 0 or more; got ${describeValue(plan.seatPricePerMonth)}.`);
  }
  return plan;
}

function checkInput(input: VolatilityInput): CheckedInput {
  if (input === null || typeof input !== "object") throw invalidInput("Volatility input is required.");
  const plan = checkPlan(input.plan);
  const months = checkVolumes(input.volumes);
  const requested = input.percentiles ?? STANDARD_PERCENTILES;
  if (!Array.isArray(requested)) throw invalidInput("Percentiles must be a list of numbers between 0 and 1.");
  return {
    plan,
    volumes: copyOf(input.volumes),
    months,
    correlation: input.correlation === undefined ? 0 : checkCorrelation(input.correlation),
    paths: input.paths === undefined ? DEFAULT_PATHS : checkPaths(input.paths),
    seed: input.seed === undefined ? DEFAULT_SEED : checkSeed(input.seed),
    budget: input.budget === undefined ? null : checkBudget(input.budget),
    percentiles: requested.map(checkPercentile),
    histogramBins: input.histogramBins === undefined ? DEFAULT_HISTOGRAM_BINS : checkBins(input.histogramBins),
  };
}

/** The caller's volumes, copied: a caller that reuses its arrays while the steps run changes nothing. */
function copyOf(volumes: VolumeUncertainty): VolumeUncertainty {
  if (volumes.kind === "expected") {
    return { ...volumes, expected: typeof volumes.expected === "number" ? volumes.expected : [...volumes.expected] };
  }
  return { ...volumes, forecast: [...volumes.forecast], lower: [...volumes.lower], upper: [...volumes.upper] };
}

// ---- The volume model: per-month parameters, computed once -------------------------------------

interface VolumeModel {
  months: number;
  /** Per month: 1 for lognormal, 0 for normal floored at 0. */
  lognormal: Uint8Array;
  /** lognormal: scale = median; normal: mean. */
  a: Float64Array;
  /** lognormal: sigma of log volume; normal: standard deviation. */
  b: Float64Array;
  /** The volume the plan expects each month. */
  planned: Float64Array;
}

/**
 * Per-month parameters from validated volumes. volumeFactor scales every volume (the tornado's ±20%);
 * spreadFactor scales the volatility (CV, or the interval's width).
 */
function volumeModel(volumes: VolumeUncertainty, months: number, volumeFactor = 1, spreadFactor = 1): VolumeModel {
  const a = new Float64Array(months);
  const b = new Float64Array(months);
  const planned = new Float64Array(months);
  const lognormal = new Uint8Array(months);
  if (volumes.kind === "expected") {
    // A lognormal with mean m and CV c: sigma² = ln(1 + c²), median = m / √(1 + c²). With c = 0 this is
    // exactly m × exp(0) = m, so a certain volume reproduces the planned cost to the last bit.
    const cv = volumes.cv * spreadFactor;
    const sigma = Math.sqrt(Math.log1p(cv * cv));
    const shrink = Math.sqrt(1 + cv * cv);
    for (let m = 0; m < months; m++) {
      const mean = (typeof volumes.expected === "number" ? volumes.expected : volumes.expected[m]) * volumeFactor;
      planned[m] = mean;
      a[m] = mean / shrink;
      b[m] = sigma;
      lognormal[m] = 1;
    }
    return { months, lognormal, a, b, planned };
  }
  const z = normalQuantile(0.5 + volumes.confidence / 2);
  const wantLognormal = (volumes.distribution ?? "lognormal") === "lognormal";
  for (let m = 0; m < months; m++) {
    const f = volumes.forecast[m] * volumeFactor;
    const lo = volumes.lower[m] * volumeFactor;
    const hi = volumes.upper[m] * volumeFactor;
    planned[m] = f;
    a[m] = f;
    // The choice does not depend on the factors, so every sensitivity run models a month the same way.
    const sigma = wantLognormal && f > 0 ? lognormalSigma(f, hi - lo, z) : Infinity;
    if (sigma <= MAX_SIGMA) {
      lognormal[m] = 1;
      b[m] = spreadFactor * sigma;
    } else {
      // Normal: the interval is f ± z·sd; a forecast's lower bound clamped at 0 must not shrink sd.
      b[m] = (spreadFactor * Math.max(hi - f, f - lo)) / z;
    }
  }
  return { months, lognormal, a, b, planned };
}

/**
 * The sigma of a lognormal with median f > 0 whose central interval (± z standard deviations) is
 * `width` wide: its interval f·e^(±zσ) has width 2f·sinh(zσ). Matches the width exactly, and both bounds
 * when they are log-symmetric (f/k and f·k).
 */
function lognormalSigma(f: number, width: number, z: number): number {
  return Math.asinh(width / (2 * f)) / z;
}

// ---- The simulation core -----------------------------------------------------------------------

interface Pricing {
  seatPerMonth: number;
  rate: number;
  minimum: number;
}

function pricingOf(plan: PricingPlan): Pricing {
  return { seatPerMonth: seatCostPerMonth(plan), rate: plan.aiRate, minimum: plan.aiMinimum };
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
function* simulatePaths(
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
    const plannedCost = pricing.seatPerMonth + chargeForMonth(planned[m], pricing.rate, pricing.minimum);
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
      deviation += priceBlock(z, count, first, shock, keep, freshM, lognormal[m] === 1, a[m], b[m], pricing, plannedCost, shockCounts, totals);
      yield (m * blocks + blk + 1) / (months * blocks);
    }
    if (monthly && shockCounts && monthPercentiles) {
      const costAt = (e: number) => costAtShock(e, lognormal[m] === 1, a[m], b[m], pricing.seatPerMonth, pricing.rate, pricing.minimum);
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

function meanAround(values: Float64Array, centre: number): number {
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

function* runVolatility(input: CheckedInput, model: VolumeModel): Generator<number, VolatilityResult, undefined> {
  const raw = yield* simulatePaths(model, pricingOf(input.plan), input.correlation, input.paths, input.seed, input.percentiles);
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

function drive<T>(steps: Generator<number, T, undefined>, onProgress?: (fractionDone: number) => void): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (onProgress) onProgress(step.value);
  }
}

// ---- Sensitivity (tornado) ---------------------------------------------------------------------

/** The statistic of total cost a tornado compares. */
export type SensitivityStatistic = "mean" | "p50" | "p90" | "p95" | "p99";

export interface SensitivityEntry {
  /** What was varied, e.g. "Expected resolutions". */
  driver: string;
  /** The low and high settings, e.g. "-20%" and "+20%", or "No minimum" and "Minimum 100". */
  lowLabel: string;
  highLabel: string;
  /** The statistic of total cost with the driver at its low and high setting (low may cost more). */
  lowValue: number;
  highValue: number;
}

export interface SensitivityResult {
  statistic: SensitivityStatistic;
  /** The statistic at the inputs as given. */
  base: number;
  /** One entry per driver, widest swing first (the order of a tornado chart). */
  entries: SensitivityEntry[];
}

export interface SensitivityOptions {
  /** Default "p95": volatility and correlation barely move the mean, but they move the P95 budget. */
  statistic?: SensitivityStatistic;
}

const STATISTICS: readonly SensitivityStatistic[] = ["mean", "p50", "p90", "p95", "p99"];

interface Variant {
  driver: string;
  label: string;
  volumeFactor?: number;
  spreadFactor?: number;
  correlation?: number;
  plan?: PricingPlan;
}

function percentText(factor: number): string {
  const pct = Math.round((factor - 1) * 100);
  return `${pct > 0 ? "+" : ""}${pct}%`;
}

function roundText(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Each driver's low and high setting. */
function variantPairs(input: CheckedInput): [Variant, Variant][] {
  const { plan, volumes, correlation } = input;
  const volume = volumes.kind === "expected" ? "Expected resolutions" : "Forecast resolutions";
  const pairs: [Variant, Variant][] = [
    [
      { driver: volume, label: percentText(0.8), volumeFactor: 0.8 },
      { driver: volume, label: percentText(1.2), volumeFactor: 1.2 },
    ],
  ];
  if (volumes.kind === "expected") {
    pairs.push([
      { driver: "Volatility (CV)", label: `CV ${roundText(volumes.cv * 0.5)}`, spreadFactor: 0.5 },
      { driver: "Volatility (CV)", label: `CV ${roundText(volumes.cv * 1.5)}`, spreadFactor: 1.5 },
    ]);
  } else {
    pairs.push([
      { driver: "Interval width", label: percentText(0.5), spreadFactor: 0.5 },
      { driver: "Interval width", label: percentText(1.5), spreadFactor: 1.5 },
    ]);
  }
  const rhoLow = Math.max(0, correlation - 0.3);
  const rhoHigh = Math.min(0.95, correlation + 0.3);
  pairs.push([
    { driver: "Month-to-month correlation", label: roundText(rhoLow), correlation: rhoLow },
    { driver: "Month-to-month correlation", label: roundText(rhoHigh), correlation: rhoHigh },
  ]);
  pairs.push([
    { driver: "AI rate", label: percentText(0.9), plan: { ...plan, aiRate: plan.aiRate * 0.9 } },
    { driver: "AI rate", label: percentText(1.1), plan: { ...plan, aiRate: plan.aiRate * 1.1 } },
  ]);
  // ±10% of seats, rounded, but at least one seat either way so a small team still shows a bar.
  const seatsLow = Math.max(0, Math.min(plan.seats - 1, Math.round(plan.seats * 0.9)));
  const seatsHigh = Math.max(plan.seats + 1, Math.round(plan.seats * 1.1));
  const seatText = (n: number) => `${n} ${n === 1 ? "seat" : "seats"}`;
  pairs.push([
    { driver: "Seats", label: seatText(seatsLow), plan: { ...plan, seats: seatsLow } },
    { driver: "Seats", label: seatText(seatsHigh), plan: { ...plan, seats: seatsHigh } },
  ]);
  pairs.push([
    { driver: "AI monthly minimum", label: "No minimum", plan: { ...plan, aiMinimum: 0 } },
    { driver: "AI monthly minimum", label: `Minimum ${plan.aiMinimum * 2}`, plan: { ...plan, aiMinimum: plan.aiMinimum * 2 } },
  ]);
  return pairs;
}

function statisticOf(totals: Float64Array, planned: number, statistic: SensitivityStatistic): number {
  if (statistic === "mean") return meanAround(totals, planned);
  const p = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 }[statistic];
  return percentilesInPlace(totals, [p])[0];
}

/**
 * Sensitivity of total cost to each driver, for a tornado chart: expected volume ±20%, volatility ±50%
 * (CV, or interval width), correlation ±0.3 (kept within 0 to 0.95), AI rate ±10%, seats ±10% (rounded,
 * at least one seat), and the AI monthly minimum at 0 and at twice its value. Every run uses the input's
 * seed, so all runs share the same futures and the bars show effects, not noise. Runs the simulation
 * 13 times without per-month statistics; use fewer paths than the main run for a quick chart.
 */
export function volatilitySensitivitySteps(
  input: VolatilityInput,
  options: SensitivityOptions = {},
): Generator<number, SensitivityResult, undefined> {
  const checked = checkInput(input);
  const statistic = options.statistic ?? "p95";
  if (!STATISTICS.includes(statistic)) {
    throw invalidInput(`Statistic must be one of ${STATISTICS.join(", ")}; got ${describeValue(statistic)}.`);
  }
  return runSensitivity(checked, statistic);
}

/** volatilitySensitivitySteps run to the end, with an optional progress callback. */
export function volatilitySensitivity(
  input: VolatilityInput,
  options: SensitivityOptions = {},
  onProgress?: (fractionDone: number) => void,
): SensitivityResult {
  return drive(volatilitySensitivitySteps(input, options), onProgress);
}

function* runSensitivity(input: CheckedInput, statistic: SensitivityStatistic): Generator<number, SensitivityResult, undefined> {
  const pairs = variantPairs(input);
  const runs = 1 + pairs.length * 2;
  let done = 0;
  function* evaluate(v: Partial<Variant>): Generator<number, number, undefined> {
    const model = volumeModel(input.volumes, input.months, v.volumeFactor ?? 1, v.spreadFactor ?? 1);
    const plan = v.plan ?? input.plan;
    const steps = simulatePaths(model, pricingOf(plan), v.correlation ?? input.correlation, input.paths, input.seed, null);
    let step = steps.next();
    while (!step.done) {
      yield (done + step.value) / runs;
      step = steps.next();
    }
    done++;
    return statisticOf(step.value.totals, step.value.plannedTotal, statistic);
  }
  const base = yield* evaluate({});
  const entries: SensitivityEntry[] = [];
  for (const [low, high] of pairs) {
    const lowValue = yield* evaluate(low);
    const highValue = yield* evaluate(high);
    entries.push({ driver: low.driver, lowLabel: low.label, highLabel: high.label, lowValue, highValue });
  }
  entries.sort((x, y) => Math.abs(y.highValue - y.lowValue) - Math.abs(x.highValue - x.lowValue));
  return { statistic, base, entries };
}

// ---- Percentiles -------------------------------------------------------------------------------

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
function ranksFor(n: number, ps: readonly number[]): number[] {
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
function interpolate(n: number, ps: readonly number[], ranks: readonly number[], stats: readonly number[]): number[] {
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
function select(a: Float64Array, k: number, left: number, right: number): void {
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
