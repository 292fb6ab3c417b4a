/**
 * The monthly cost rule (DESIGN.md, "Pricing semantics") for today's Intercom-style plans, and the
 * totals built from it: thin wrappers over the price book engine's charge kinds (pricebook/charges.ts).
 * Any other plan of a price book is priced by pricebook/month.ts's priceMonth.
 */
import { MAX_MONTHLY_VOLUME, PricingPlan, checkMonths, checkResolutions } from "./plan";
import * as charges from "./pricebook/charges";

/**
 * The engine's charge kinds, bound once: module loaders may reach an import through a getter on every
 * call, which keeps the compiler from inlining them into the simulation's inner loop.
 */
const { perUnit, withMinimum } = charges;

/**
 * The AI agent's charge for one month: rate × max(resolutions, minimum) when the agent resolved
 * anything that month, and nothing when it resolved nothing. The minimum is per month, never yearly.
 * It is the price book engine's rule for a plan billed per AI resolution with a monthly minimum
 * (pricebook/month.ts gives the same bits), kept here for today's callers and the simulation's fast path.
 */
export function aiChargeForMonth(resolutions: number, rate: number, minimum: number): number {
  return perUnit(withMinimum(resolutions, minimum), rate);
}

/** Seats × price per seat-month for the plan's tier and billing. */
export function seatCostPerMonth(plan: PricingPlan): number {
  return plan.seats * plan.seatPricePerMonth;
}

export interface CostSummary {
  seatCost: number;
  aiCost: number;
  total: number;
  months: number;
}

export interface MonthCost {
  /** 1-based month number within the horizon. */
  month: number;
  resolutions: number;
  seatCost: number;
  aiCost: number;
  total: number;
}

/** Cost of a horizon of months with the same resolutions every month. */
export function costOfSteadyMonths(plan: PricingPlan, resolutionsPerMonth: number, months: number): CostSummary {
  checkResolutions(resolutionsPerMonth);
  checkMonths(months);
  const seatCost = seatCostPerMonth(plan) * months;
  const aiCost = aiChargeForMonth(resolutionsPerMonth, plan.aiRate, plan.aiMinimum) * months;
  return { seatCost, aiCost, total: seatCost + aiCost, months };
}

/** Monthly volumes as the surfaces take them: one volume repeated for some months, or one per month. */
export type MonthlyVolumes = { perMonth: ArrayLike<number> } | { steady: number; months: number };

/** Cost of a horizon of monthly volumes in either form. */
export function costOfVolumes(plan: PricingPlan, volumes: MonthlyVolumes): CostSummary {
  return "perMonth" in volumes ? costOfMonths(plan, volumes.perMonth) : costOfSteadyMonths(plan, volumes.steady, volumes.months);
}

/** Cost of a horizon given each month's resolutions (0 for a month the AI agent resolved nothing). */
export function costOfMonths(plan: PricingPlan, resolutionsByMonth: ArrayLike<number>): CostSummary {
  const months = checkMonths(resolutionsByMonth.length);
  let aiCost = 0;
  for (let i = 0; i < months; i++) {
    const r = resolutionsByMonth[i];
    if (!(r >= 0 && r <= MAX_MONTHLY_VOLUME)) checkResolutions(r, `Resolutions in month ${i + 1}`);
    aiCost += aiChargeForMonth(r, plan.aiRate, plan.aiMinimum);
  }
  const seatCost = seatCostPerMonth(plan) * months;
  return { seatCost, aiCost, total: seatCost + aiCost, months };
}

/** One row per month: the breakdown behind costOfMonths, for tables and charts. */
export function monthlyCosts(plan: PricingPlan, resolutionsByMonth: ArrayLike<number>): MonthCost[] {
  const months = checkMonths(resolutionsByMonth.length);
  const seatCost = seatCostPerMonth(plan);
  const rows: MonthCost[] = [];
  for (let i = 0; i < months; i++) {
    const resolutions = checkResolutions(resolutionsByMonth[i], `Resolutions in month ${i + 1}`);
    const aiCost = aiChargeForMonth(resolutions, plan.aiRate, plan.aiMinimum);
    rows.push({ month: i + 1, resolutions, seatCost, aiCost, total: seatCost + aiCost });
  }
  return rows;
}
