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
 *
 * Files: types.ts (inputs, outputs, bounds), validation.ts, volumeModel.ts, simulate.ts (core and entry
 * points), sensitivity.ts (tornado), percentiles.ts (PERCENTILE.INC by selection).
 */
export * from "./types";
export { simulateVolatility, simulateVolatilitySteps, simulateVolatilityWithTotals } from "./simulate";
export type { VolatilityWithTotals } from "./simulate";
export * from "./sensitivity";
export { percentile, percentileOfSorted, percentiles, percentilesInPlace, shareAboveSorted } from "./percentiles";
export * from "./pricing";
export * from "./stackRisk";
