/**
 * The one monthly rule for any plan of a price book: seats + AI + add-ons → a month's bill. A stack is
 * first bound to its terms (seats, billing, rate basis) as plain numbers, once; priceMonth then runs
 * on those numbers, so a horizon, a comparison scan or a simulation can call it in a loop.
 *
 * The AI charge of a month, in order (each step one charge kind of charges.ts):
 * 1. count the plan's unit on the volume chain (AI-involved, AI-resolved, or outcomes by type);
 * 2. deduct the included units (per month, per seat; no rollover), then any one-time free units left;
 * 3. in a month with use, bill at least the monthly minimum;
 * 4. price the billed units (per unit, graduated or volume tiers, or packs rounded up) and add the
 *    platform fee;
 * 5. at a spend cap the AI pauses: the conversations after that point go to people, and the bill says
 *    how many were paused.
 */
import { Billing } from "../catalog";
import { describeValue, invalidInput } from "../errors";
import { checkSeats } from "../plan";
import { beyondIncluded, chargeFor, UnitCharge } from "./charges";
import { MonthVolume } from "./chain";
import { AiUnit, OTHER_OUTCOMES, Plan } from "./types";

/** Which per-unit rate applies: committed (the default) or pay-as-you-go. */
export type RateBasis = "committed" | "payg";

/** The plans a stack is made of: who sells the seats, who sells the AI, and per-seat add-ons. */
export interface StackPlans {
  /** The helpdesk whose seats are bought (absent: no seats, e.g. an AI-only plan on its own). */
  seats?: Plan;
  /** The plan whose AI terms apply (a helpdesk's own AI, or an AI-only plan on top of it). */
  ai?: Plan;
  addOns?: readonly Plan[];
}

export interface StackTerms {
  seats: number;
  billing?: Billing;
  rateBasis?: RateBasis;
  /** Seats that get each add-on (default: all seats). */
  addOnSeats?: number;
  /** Use the one-time free allowance of a new account (default false: most teams have an account). */
  oneTimeFree?: boolean;
}

/** The AI terms as plain numbers. */
export interface BoundAi {
  unit: AiUnit;
  charge: UnitCharge;
  /** Rate for a resolution and for minimum shortfalls under outcome billing. */
  baseRate: number;
  /** Outcome billing: rates of procedure handoff, disqualification, qualification. */
  outcomeRates: [number, number, number];
  minimum: number;
  platformFee: number;
  included: number;
  oneTimeFree: number;
  /** Infinity without a cap. */
  spendCap: number;
}

/** A stack bound to its terms: what priceMonth needs, as plain numbers. */
export interface BoundStack {
  seatCost: number;
  addOnCost: number;
  ai: BoundAi | null;
}

export interface MonthBill {
  seatCost: number;
  aiCost: number;
  addOnCost: number;
  total: number;
  /** Units the AI charge billed (after allowances, with the minimum); packs × size for pack plans. */
  billedUnits: number;
  /** AI-involved conversations the AI did not take because the spend cap was reached. */
  pausedConversations: number;
  /** AI resolutions that happened (fewer than the chain's when the AI paused). */
  aiResolved: number;
  /** Conversations people handled: conversations − AI resolutions. */
  humanHandled: number;
  /** One-time free units used this month. */
  freeUnitsUsed: number;
}

function seatPrice(plan: Plan, billing: Billing): number {
  const price = plan.seat?.[billing];
  if (!price) {
    const offered = plan.seat ? Object.keys(plan.seat).filter((b) => plan.seat?.[b as Billing]) : [];
    throw invalidInput(
      offered.length > 0
        ? `${plan.id} has no ${billing} billing price in the price book; use ${offered.map((b) => `"${b}"`).join(" or ")}.`
        : `${plan.id} has no seat price in the price book.`,
    );
  }
  return price.amount;
}

function bindAi(plan: Plan, terms: StackTerms, seats: number): BoundAi | null {
  const ai = plan.ai;
  if (!ai) return null;
  const rate = terms.rateBasis === "payg" ? (ai.paygRate ?? ai.rate) : ai.rate;
  let charge: UnitCharge;
  if (ai.pack) charge = { kind: "package", size: ai.pack.size.amount, price: ai.pack.price.amount };
  else if (ai.tiers) charge = { kind: ai.tiers.mode, bands: ai.tiers.bands.map((b) => ({ upTo: b.upTo ? b.upTo.amount : null, rate: b.rate.amount })) };
  else if (rate) charge = { kind: "per-unit", rate: rate.amount };
  else throw invalidInput(`${plan.id} has AI terms but neither an AI rate, tiers nor packs.`);
  const baseRate = rate?.amount ?? ai.tiers?.bands[0].rate.amount ?? 0;
  const other = OTHER_OUTCOMES.map((t) => ai.outcomeRates?.[t]?.amount ?? baseRate) as [number, number, number];
  return {
    unit: ai.unit,
    charge,
    baseRate,
    outcomeRates: other,
    minimum: ai.monthlyMinimum?.amount ?? 0,
    platformFee: ai.platformFee?.amount ?? 0,
    included: (ai.includedPerMonth?.amount ?? 0) + (ai.includedPerSeat ? ai.includedPerSeat.amount * seats : 0),
    oneTimeFree: terms.oneTimeFree ? (ai.oneTimeFree?.amount ?? 0) : 0,
    spendCap: ai.spendCap ? ai.spendCap.amount : Infinity,
  };
}

/** Binds a stack to its terms once (validating them); priceMonth then prices months of it. */
export function bindStack(stack: StackPlans, terms: StackTerms): BoundStack {
  const seats = checkSeats(terms.seats);
  const billing = terms.billing ?? "annual";
  if (billing !== "annual" && billing !== "monthly") throw invalidInput(`Billing must be "annual" or "monthly"; got ${describeValue(billing)}.`);
  const addOnSeats = terms.addOnSeats === undefined ? seats : checkSeats(terms.addOnSeats);
  let addOnCost = 0;
  for (const addOn of stack.addOns ?? []) addOnCost += addOnSeats * seatPrice(addOn, billing);
  return {
    seatCost: stack.seats ? seats * seatPrice(stack.seats, billing) : 0,
    addOnCost,
    ai: stack.ai ? bindAi(stack.ai, terms, seats) : null,
  };
}

/** The units the plan counts, from the month's chain. */
function unitsOf(ai: BoundAi, v: MonthVolume): number {
  if (ai.unit === "ai-involved") return v.involved;
  if (ai.unit === "ai-resolved" || !v.outcomes) return v.resolved;
  const o = v.outcomes;
  return o.resolution + o["procedure-handoff"] + o.disqualification + o.qualification;
}

interface AiCharge {
  cost: number;
  billed: number;
  freeUsed: number;
}

/**
 * The uncapped AI charge when a share `s` (0..1) of the month's volume reaches the AI.
 * Written so that Intercom's rule, rate × max(resolutions, minimum) in a month with use, comes out
 * to the same bits as src/model/cost.ts always computed.
 */
function aiCharge(ai: BoundAi, v: MonthVolume, s: number, freeLeft: number): AiCharge {
  const units = s === 1 ? unitsOf(ai, v) : unitsOf(ai, v) * s;
  const afterIncluded = beyondIncluded(units, ai.included);
  const freeUsed = afterIncluded < freeLeft ? afterIncluded : freeLeft;
  const billable = afterIncluded - freeUsed;
  const billed = units > 0 ? (billable > ai.minimum ? billable : ai.minimum) : 0;
  if (ai.unit === "outcome" && v.outcomes) return { cost: ai.platformFee + outcomeCost(ai, v, s, units, billed), billed, freeUsed };
  const cost = chargeFor(ai.charge, billed);
  const packed = ai.charge.kind === "package" ? Math.ceil(billed / ai.charge.size) * ai.charge.size : billed;
  return { cost: ai.platformFee > 0 ? ai.platformFee + cost : cost, billed: packed, freeUsed };
}

/**
 * Outcome billing: allowances cover outcomes in the order resolution, procedure handoff,
 * disqualification, qualification; the rest are billed each at its type's rate, and a minimum
 * shortfall at the resolution rate.
 */
function outcomeCost(ai: BoundAi, v: MonthVolume, s: number, units: number, billed: number): number {
  const o = v.outcomes!;
  const counts = [o.resolution * s, o["procedure-handoff"] * s, o.disqualification * s, o.qualification * s];
  const rates = [ai.baseRate, ...ai.outcomeRates];
  let notBilled = units - (billed < units ? billed : units); // allowances, taken from the first types
  let cost = 0;
  for (let t = 0; t < 4; t++) {
    const covered = counts[t] < notBilled ? counts[t] : notBilled;
    notBilled -= covered;
    cost += (counts[t] - covered) * rates[t];
  }
  if (billed > units) cost += (billed - units) * ai.baseRate;
  return cost;
}

/**
 * Prices one month of a bound stack for the month's volume chain.
 *
 * @param stack    from bindStack
 * @param volume   the month's counts (chain.ts)
 * @param freeLeft one-time free units not yet used (0 unless the allowance is on)
 * @example
 * priceMonth(bindStack({ seats: plan, ai: plan }, { seats: 12 }), volumeOf(5000, { involvement: 0.5, resolution: 0.6 }))
 * // intercom-advanced → { seatCost: 1020, aiCost: 1485, total: 2505, … }
 */
export function priceMonth(stack: BoundStack, volume: MonthVolume, freeLeft = 0): MonthBill {
  const { seatCost, addOnCost, ai } = stack;
  if (ai === null) {
    return { seatCost, aiCost: 0, addOnCost, total: seatCost + addOnCost, billedUnits: 0, pausedConversations: 0, aiResolved: 0, humanHandled: volume.conversations, freeUnitsUsed: 0 };
  }
  let charge = aiCharge(ai, volume, 1, freeLeft);
  let share = 1;
  if (charge.cost > ai.spendCap) {
    share = shareWithinCap(ai, volume, freeLeft);
    charge = aiCharge(ai, volume, share, freeLeft);
  }
  const aiResolved = share === 1 ? volume.resolved : volume.resolved * share;
  const aiCost = charge.cost;
  return {
    seatCost,
    aiCost,
    addOnCost,
    total: addOnCost > 0 ? seatCost + aiCost + addOnCost : seatCost + aiCost,
    billedUnits: charge.billed,
    pausedConversations: share === 1 ? 0 : volume.involved * (1 - share),
    aiResolved,
    humanHandled: volume.conversations - aiResolved,
    freeUnitsUsed: charge.freeUsed,
  };
}

/** The largest share of the month's AI volume whose charge stays within the cap (bisection: cost is monotone). */
function shareWithinCap(ai: BoundAi, volume: MonthVolume, freeLeft: number): number {
  let lo = 0;
  let hi = 1;
  if (aiCharge(ai, volume, 0, freeLeft).cost > ai.spendCap) return 0;
  for (let i = 0; i < 64 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (aiCharge(ai, volume, mid, freeLeft).cost <= ai.spendCap) lo = mid;
    else hi = mid;
  }
  return lo;
}
