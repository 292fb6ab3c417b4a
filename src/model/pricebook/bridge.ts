/**
 * Between the price book and today's API (plan.ts's PricingPlan, cost.ts, the volatility fast path).
 * A book plan whose AI rule is today's — per AI resolution, committed rate, an optional monthly
 * minimum and nothing else — becomes a PricingPlan, so it is priced by the same code and gives the same
 * bits as before. Any other plan is priced month by month through priceMonth.
 */
import { Billing, TierEntry } from "../catalog";
import { invalidInput } from "../errors";
import { PricingPlan, checkSeats } from "../plan";
import { MonthVolume } from "./chain";
import { BoundStack, StackPlans, StackTerms } from "./month";
import { Plan } from "./types";

/** Whether a plan's AI terms are exactly today's rule (rate × max(resolutions, minimum)). */
export function hasSimpleAiRule(plan: Plan): boolean {
  const ai = plan.ai;
  if (!ai || ai.unit !== "ai-resolved" || !ai.rate) return false;
  const extras = ai.paygRate || ai.outcomeRates || ai.platformFee || ai.includedPerMonth || ai.includedPerSeat || ai.pack || ai.tiers || ai.oneTimeFree || ai.spendCap;
  return !extras;
}

/**
 * The PricingPlan of a stack when today's code prices it exactly (one helpdesk with its own AI on
 * today's rule, both billings in the book, committed rate, no add-ons); undefined otherwise.
 */
export function simplePricingPlan(stack: StackPlans, terms: StackTerms): PricingPlan | undefined {
  const plan = stack.seats;
  if (!plan || stack.ai !== plan || (stack.addOns?.length ?? 0) > 0 || terms.rateBasis === "payg") return undefined;
  if (!hasSimpleAiRule(plan) || !plan.seat?.annual || !plan.seat.monthly) return undefined;
  const billing: Billing = terms.billing ?? "annual";
  const seat = (b: Billing) => ({ usdPerSeatMonth: plan.seat![b]!.amount, source: plan.seat![b]!.source, asOf: plan.seat![b]!.asOf });
  const tier: TierEntry = { name: plan.name, addsFeatures: [], seat: { annual: seat("annual"), monthly: seat("monthly") } };
  return {
    tier,
    billing,
    seats: checkSeats(terms.seats),
    seatPricePerMonth: plan.seat[billing]!.amount,
    aiRate: plan.ai!.rate!.amount,
    aiMinimum: plan.ai!.monthlyMinimum?.amount ?? 0,
  };
}

/**
 * A bound stack priced from AI resolutions alone (the simulation's volume), with the chain's rates to
 * recover the other links: involved = resolutions ÷ resolution rate, conversations = involved ÷
 * involvement. Linear, so a month's cost stays non-decreasing in the resolutions. Plain data, so it can
 * be posted to a Web Worker and cached by its content.
 */
export interface StackPricing {
  stack: BoundStack;
  involvement: number;
  resolution: number;
}

export function stackPricing(stack: BoundStack, rates: { involvement?: number; resolution?: number } = {}): StackPricing {
  if (stack.ai?.charge.kind === "volume") {
    // Volume tiers can make a busier month cheaper; the simulation reads percentiles off the order of the shocks.
    throw invalidInput("Volume tiers make a month's cost fall as volume rises past a band, which the simulation cannot price; use graduated tiers or compare instead.");
  }
  return { stack, involvement: rates.involvement ?? 1, resolution: rates.resolution ?? 1 };
}

/** The month's chain behind `resolutions` AI resolutions of a stack priced by resolutions. */
export function volumeOfStackResolutions(p: StackPricing, resolutions: number): MonthVolume {
  const involved = p.resolution > 0 ? resolutions / p.resolution : resolutions;
  return { conversations: p.involvement > 0 ? involved / p.involvement : involved, involved, resolved: resolutions };
}
