/**
 * Plans for the model's tests, through the price book as every surface builds them, and the Intercom
 * rule written out by hand as an independent oracle (rate × max(resolutions, minimum) in a month with
 * any resolution, plus seats × price): what the engine must give for Intercom, bit for bit.
 */
import { Billing } from "../../src/model/pricebook/types";
import { AiOverrides, resolutionPlan, ResolutionPlan, SEED_BOOK } from "../../src/model/pricebook";
import { stackSimulation, StackSimulation } from "../../src/model/volatility";

export function intercomPlan(tier: string, seats: number, billing: Billing = "annual", overrides: AiOverrides = {}): ResolutionPlan {
  return resolutionPlan(SEED_BOOK, tier, { seats, billing }, overrides);
}

/** An Intercom tier for the simulation, simulated from AI resolutions (as BUDGETRISK does). */
export function intercomRisk(tier: string, seats: number, overrides: AiOverrides & { billing?: Billing } = {}): StackSimulation {
  const plan = intercomPlan(tier, seats, overrides.billing ?? "annual", overrides);
  return stackSimulation(plan.plans, plan.terms, { volume: "resolutions" });
}

/** The seed guide's AI rule by hand: $rate per resolution, at least `minimum` in any month with one. */
export function handAiCharge(resolutions: number, rate = 0.99, minimum = 50): number {
  return resolutions > 0 ? rate * (resolutions > minimum ? resolutions : minimum) : 0;
}

/** Seats × the seed guide's seat price a month. */
export const SEAT_PRICE: Record<string, Record<Billing, number>> = {
  Essential: { annual: 29, monthly: 39 },
  Advanced: { annual: 85, monthly: 99 },
  Expert: { annual: 132, monthly: 139 },
};
