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
import { describeValue, invalidInput } from "../errors";
import { checkSeats } from "../plan";
import { beyondIncluded, chargeFor, UnitCharge } from "./charges";
import { ChainRates, exactCount, fillVolume, MonthVolume } from "./chain";
import { AiUnit, Billing, OTHER_OUTCOMES, Plan } from "./types";

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

/**
 * The last AI charge worked out, written in place rather than returned: the simulation prices millions
 * of months, and a fresh object per month (and per step of the cap search) would dominate its time.
 * Read it right after aiCharge; nothing else writes it.
 */
const charged = { cost: 0, billed: 0, freeUsed: 0 };

/**
 * The uncapped AI charge when a share `s` (0..1) of the month's volume reaches the AI, into `charged`.
 * Written so that Intercom's rule, rate × max(resolutions, minimum) in a month with use, comes out
 * to the same bits as rate × max(resolutions, minimum) computed directly.
 */
function aiCharge(ai: BoundAi, v: MonthVolume, s: number, freeLeft: number): void {
  const units = s === 1 ? unitsOf(ai, v) : unitsOf(ai, v) * s;
  const afterIncluded = beyondIncluded(units, ai.included);
  const freeUsed = afterIncluded < freeLeft ? afterIncluded : freeLeft;
  const billable = afterIncluded - freeUsed;
  const billed = units > 0 ? (billable > ai.minimum ? billable : ai.minimum) : 0;
  charged.freeUsed = freeUsed;
  if (ai.unit === "outcome" && v.outcomes) {
    charged.cost = ai.platformFee + outcomeCost(ai, v, s, units, billed);
    charged.billed = billed;
    return;
  }
  const cost = chargeFor(ai.charge, billed);
  charged.cost = ai.platformFee > 0 ? ai.platformFee + cost : cost;
  charged.billed = ai.charge.kind === "package" ? Math.ceil(billed / ai.charge.size) * ai.charge.size : billed;
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
  const total = monthTotal(stack, volume, freeLeft);
  const { seatCost, addOnCost, ai } = stack;
  if (ai === null) {
    return { seatCost, aiCost: 0, addOnCost, total, billedUnits: 0, pausedConversations: 0, aiResolved: 0, humanHandled: volume.conversations, freeUnitsUsed: 0 };
  }
  const share = lastShare;
  const aiResolved = share === 1 ? volume.resolved : volume.resolved * share;
  return {
    seatCost,
    aiCost: charged.cost,
    addOnCost,
    total,
    billedUnits: charged.billed,
    pausedConversations: share === 1 ? 0 : volume.involved * (1 - share),
    aiResolved,
    humanHandled: volume.conversations - aiResolved,
    freeUnitsUsed: charged.freeUsed,
  };
}

/** The share of the AI volume the last monthTotal let through (1 unless the spend cap paused the AI). */
let lastShare = 1;

/**
 * The month's total bill, without building a MonthBill: the one rule priceMonth reports on, and what the
 * simulation calls in its inner loop. After it, `charged` and `lastShare` hold the AI charge's details.
 */
export function monthTotal(stack: BoundStack, volume: MonthVolume, freeLeft = 0): number {
  const { seatCost, addOnCost, ai } = stack;
  lastShare = 1;
  if (ai === null) return seatCost + addOnCost;
  aiCharge(ai, volume, 1, freeLeft);
  if (charged.cost > ai.spendCap) {
    lastShare = shareWithinCap(ai, volume, freeLeft);
    aiCharge(ai, volume, lastShare, freeLeft);
  }
  const aiCost = charged.cost;
  return addOnCost > 0 ? seatCost + aiCost + addOnCost : seatCost + aiCost;
}

/**
 * A stack's month compiled for the simulation: `cost(volume)` prices one month through monthTotal
 * itself (always right; allocates nothing), and `fast`, when the stack allows it, holds the same rule
 * as plain numbers for fastMonthCost, which the simulation's inner loop calls directly. The volume is
 * conversations run down the chain at `rates` (which the caller may change between calls: the
 * simulation sets each path's resolution and reversal rates on it), or with `volume` "resolutions"
 * the AI resolutions themselves (volumeOfResolutions). With a people cost, each human-handled
 * conversation (paused ones included) adds it. Non-decreasing in the volume, as the simulation needs.
 * With "ai-involved", the volume is the AI-involved conversations of a plan that bills them.
 */
export interface CompiledMonth {
  cost: (volume: number) => number;
  fast: FastMonth | null;
}

/** The monthly rule of a stack whose AI bills per unit or per pack on one link of the chain, as numbers. */
export interface FastMonth {
  seatCost: number;
  addOnCost: number;
  included: number;
  minimum: number;
  platformFee: number;
  spendCap: number;
  /** Units per pack; 0 for a per-unit rate. */
  packSize: number;
  /** The per-unit rate, or the price of a pack. */
  unitPrice: number;
  involvement: number;
  billsInvolved: boolean;
  /** The volume is the billed unit itself (volumeOfResolutions), not conversations down the chain. */
  byCount: boolean;
  people: number;
}

/**
 * What a simulated volume counts: conversations (the chain runs forward through the rates), or the
 * very unit a plan bills, AI resolutions or AI-involved conversations, as the functions are given them.
 */
export type SimulatedVolume = "conversations" | "resolutions" | "ai-involved";

export function compileMonth(stack: BoundStack, rates: ChainRates, humanCostPerConversation = 0, volume: SimulatedVolume = "conversations"): CompiledMonth {
  const scratch: MonthVolume = { conversations: 0, involved: 0, resolved: 0 };
  const people = humanCostPerConversation;
  const { ai } = stack;
  const byCount = volume !== "conversations";
  const cost = (x: number) => {
    const v = byCount ? ((scratch.conversations = x), (scratch.involved = x), (scratch.resolved = x), scratch) : fillVolume(scratch, x, rates);
    const bill = monthTotal(stack, v);
    if (people === 0) return bill;
    const aiResolved = lastShare === 1 ? v.resolved : v.resolved * lastShare;
    return bill + (ai === null ? v.conversations : v.conversations - aiResolved) * people;
  };
  const simple = ai !== null && ai.unit !== "outcome" && rates.outcomeSplit === undefined && (ai.charge.kind === "per-unit" || ai.charge.kind === "package");
  if (!simple) return { cost, fast: null };
  const charge = ai.charge as Extract<UnitCharge, { kind: "per-unit" | "package" }>;
  return {
    cost,
    fast: {
      seatCost: stack.seatCost,
      addOnCost: stack.addOnCost,
      included: ai.included,
      minimum: ai.minimum,
      platformFee: ai.platformFee,
      spendCap: ai.spendCap,
      packSize: charge.kind === "package" ? charge.size : 0,
      unitPrice: charge.kind === "package" ? charge.price : charge.rate,
      involvement: rates.involvement ?? 1,
      billsInvolved: ai.unit === "ai-involved",
      byCount,
      people,
    },
  };
}

/**
 * Bound once for the simulation's inner loop: a module loader may reach an import through a getter on
 * every call, which keeps the compiler from inlining it (the cost showed as half the loop's time).
 */
const snap = exactCount;
const { ceil } = Math;

/**
 * fillVolume's and aiCharge's arithmetic, step for step, on a FastMonth: the same bits as the month's
 * cost through monthTotal, with no one-time allowance left. Past the spend cap, the share the cap
 * lets through by shareWithinCap's closed form; NaN where that needs the bisection (packs, or a
 * minimum that binds): the caller then prices the month with CompiledMonth.cost.
 */
export function fastMonthCost(f: FastMonth, resolution: number, reversalRate: number, assumedShare: number, x: number): number {
  let units: number;
  let resolved: number;
  if (f.byCount) {
    units = x;
    resolved = x;
  } else {
    // fillVolume's arithmetic, step for step: each share snapped where exact, never above its whole.
    let involved = x;
    if (f.involvement !== 1) {
      involved = snap(x * f.involvement);
      if (involved > x) involved = x;
    }
    let gross = snap(involved * resolution);
    if (gross > involved) gross = involved;
    let reversed = reversalRate && assumedShare ? snap(gross * assumedShare * reversalRate) : 0;
    if (reversed > gross) reversed = gross;
    resolved = reversed > 0 ? snap(gross - reversed) : gross;
    units = f.billsInvolved ? involved : resolved;
  }
  const afterIncluded = units > f.included ? units - f.included : 0;
  const billed = units > 0 ? (afterIncluded > f.minimum ? afterIncluded : f.minimum) : 0;
  const cost = f.packSize > 0 ? (billed > 0 ? ceil(billed / f.packSize) : 0) * f.unitPrice : f.unitPrice * billed;
  let aiCost = f.platformFee > 0 ? f.platformFee + cost : cost;
  let aiResolved = resolved;
  if (aiCost > f.spendCap) {
    // Past the cap: shareWithinCap's closed form for a per-unit rate, with its check, step for step.
    if (f.packSize > 0 || !(f.unitPrice > 0) || !(units > 0)) return NaN;
    let share = (f.included + (f.spendCap - f.platformFee) / f.unitPrice) / units;
    if (!(share > 0 && share < 1)) return NaN;
    let capped = NaN;
    for (let i = 0; i < 8; i++) {
      const shared = units * share;
      const after = shared > f.included ? shared - f.included : 0;
      const billedShare = shared > 0 ? (after > f.minimum ? after : f.minimum) : 0;
      const charge = f.unitPrice * billedShare;
      const total = f.platformFee > 0 ? f.platformFee + charge : charge;
      if (total <= f.spendCap && share * units - f.included >= f.minimum) {
        capped = total;
        break;
      }
      share *= 1 - 4 * Number.EPSILON;
    }
    if (capped !== capped) return NaN;
    aiCost = capped;
    aiResolved = resolved * share;
  }
  const bill = f.addOnCost > 0 ? f.seatCost + aiCost + f.addOnCost : f.seatCost + aiCost;
  return f.people > 0 ? bill + (x - aiResolved) * f.people : bill;
}

/**
 * The largest share of the month's AI volume whose charge stays within the cap. Under a per-unit rate
 * the charge is fee + rate × (share × units − included − free units) once past the minimum, so the
 * share has a closed form, checked (and nudged down a few units in the last place where rounding
 * lands it a hair over the cap). Packs and tiers, and a minimum that binds, take a bisection: the
 * charge is non-decreasing in the share.
 */
function shareWithinCap(ai: BoundAi, volume: MonthVolume, freeLeft: number): number {
  const units = unitsOf(ai, volume);
  if (ai.charge.kind === "per-unit" && ai.charge.rate > 0 && ai.unit !== "outcome" && units > 0) {
    let s = (ai.included + freeLeft + (ai.spendCap - ai.platformFee) / ai.charge.rate) / units;
    if (s > 0 && s < 1) {
      for (let i = 0; i < 8; i++) {
        aiCharge(ai, volume, s, freeLeft);
        if (charged.cost <= ai.spendCap && s * units - ai.included - freeLeft >= ai.minimum) return s;
        s *= 1 - 4 * Number.EPSILON;
      }
    }
  }
  return shareByBisection(ai, volume, freeLeft);
}

function shareByBisection(ai: BoundAi, volume: MonthVolume, freeLeft: number): number {
  let lo = 0;
  let hi = 1;
  aiCharge(ai, volume, 0, freeLeft);
  if (charged.cost > ai.spendCap) return 0;
  for (let i = 0; i < 64 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    aiCharge(ai, volume, mid, freeLeft);
    if (charged.cost <= ai.spendCap) lo = mid;
    else hi = mid;
  }
  return lo;
}
