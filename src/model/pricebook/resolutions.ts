/**
 * Pricing a stack of a price book from AI resolutions alone — what =SUPPORTCOST.TOTAL, SEATS, AI,
 * MONTHLY and the risk functions are given — in one place for the grid and the command line. Every
 * month goes through the engine's one monthly rule (priceMonth); a steady horizon prices its month once.
 *
 * A plan that bills AI-involved conversations cannot be priced from resolutions alone (how many
 * conversations did the AI take part in?): given the AI-involved conversations too, every stack can be,
 * and without them it is refused with a message saying what to add.
 */
import { invalidInput } from "../errors";
import { checkAiMinimum, checkAiRate, checkMonths, checkResolutions } from "../plan";
import { exactCount, MonthVolume, volumeOfResolutions } from "./chain";
import { priceHorizon, priceSteady } from "./horizon";
import { BoundStack, bindStack, StackPlans, StackTerms } from "./month";
import { resolveStack, stackIdOf } from "./stacks";
import { Plan, PriceBook } from "./types";

/** Seat (with add-ons), AI and total cost of a horizon. */
export interface CostSummary {
  seatCost: number;
  aiCost: number;
  total: number;
  months: number;
}

/** Monthly volumes as the surfaces take them: one volume repeated for some months, or one per month. */
export type MonthlyVolumes = { perMonth: ArrayLike<number> } | { steady: number; months: number };

export interface MonthCost {
  /** 1-based month number within the horizon. */
  month: number;
  resolutions: number;
  seatCost: number;
  aiCost: number;
  total: number;
}

/** A formula's own AI rate or minimum, taking the place of the book's for this calculation. */
export interface AiOverrides {
  aiRate?: number;
  aiMinimum?: number;
}

/** A stack of a book, bound to its terms, ready to price months of resolutions. */
export interface ResolutionPlan {
  /** The stack id as the book spells it ("intercom-advanced"). */
  id: string;
  /** The stack's plans (with any formula overrides applied) and terms: what the simulation binds. */
  plans: StackPlans;
  terms: StackTerms;
  bound: BoundStack;
  /** The AI plan's billed link of the chain, if it has an AI. */
  aiUnit?: string;
  aiPlanId?: string;
}

const OVERRIDE_SOURCE = { source: "given in the formula", asOf: "" };

function withOverrides(plan: Plan, overrides: AiOverrides): Plan {
  if (overrides.aiRate === undefined && overrides.aiMinimum === undefined) return plan;
  if (!plan.ai) throw invalidInput(`${plan.id} has no AI agent in the price book, so an AI rate or minimum cannot apply to it.`);
  const ai = { ...plan.ai };
  if (overrides.aiRate !== undefined) ai.rate = { amount: checkAiRate(overrides.aiRate), ...OVERRIDE_SOURCE };
  if (overrides.aiMinimum !== undefined) ai.monthlyMinimum = { amount: checkAiMinimum(overrides.aiMinimum), ...OVERRIDE_SOURCE };
  return { ...plan, ai };
}

/** Finds a plan or stack id (or a tier name) in the book and binds it to seats and billing. */
export function resolutionPlan(book: PriceBook, id: string, terms: StackTerms, overrides: AiOverrides = {}): ResolutionPlan {
  const found = resolveStack(book, id);
  const ai = found.ai ? withOverrides(found.ai, overrides) : undefined;
  const stack: StackPlans = { ...found, ai, seats: found.seats === found.ai ? ai : found.seats };
  return {
    id: stackIdOf(found),
    plans: stack,
    terms,
    bound: bindStack(stack, terms),
    aiUnit: ai?.ai?.unit,
    aiPlanId: ai?.id,
  };
}

function refuseInvolvedBilling(plan: ResolutionPlan, anyVolume: boolean): void {
  if (plan.aiUnit === "ai-involved" && anyVolume) {
    throw invalidInput(
      `${plan.aiPlanId} bills every conversation its AI takes part in, which resolutions alone do not tell: give the AI-involved conversations per month too (the aiInvolved argument), or use SUPPORTCOST.COMPARE with conversations and the AI's involvement and resolution rates.`,
    );
  }
}

/**
 * The months' chain from AI resolutions and, when given, AI-involved conversations (one per month, or
 * one for every month): a month's conversations are its AI-involved ones, which is all a bill needs.
 */
function monthsOf(plan: ResolutionPlan, given: number[], involved: MonthlyVolumes | undefined): MonthVolume[] {
  // A count a sheet computed from rates (=10000*7%) is exact where the arithmetic is (chain.ts).
  const resolutions = given.map(exactCount);
  if (involved === undefined) {
    refuseInvolvedBilling(plan, resolutions.some((r) => r > 0));
    return resolutions.map(volumeOfResolutions);
  }
  const inv = "steady" in involved ? new Array<number>(resolutions.length).fill(involved.steady) : Array.from(involved.perMonth);
  if (inv.length !== resolutions.length) {
    throw invalidInput(`AI-involved conversations cover ${inv.length} months but resolutions cover ${resolutions.length}: give one per month for each, or one number for every month.`);
  }
  return resolutions.map((r, i) => {
    const c = exactCount(checkResolutions(inv[i], `AI-involved conversations in month ${i + 1}`));
    if (r > c) throw invalidInput(`Month ${i + 1} has ${r} AI resolutions but ${c} AI-involved conversations: the AI resolves only conversations it takes part in.`);
    return { conversations: c, involved: c, resolved: r };
  });
}

function eachMonth(volumes: { perMonth: ArrayLike<number> }): number[] {
  checkMonths(volumes.perMonth.length);
  return Array.from(volumes.perMonth, (r, i) => checkResolutions(r, `Resolutions in month ${i + 1}`));
}

/**
 * Seat (with add-ons), AI and total cost over the months, from AI resolutions and, for a stack that
 * bills them, AI-involved conversations.
 */
export function costOfResolutions(plan: ResolutionPlan, volumes: MonthlyVolumes, involved?: MonthlyVolumes): CostSummary {
  if ("steady" in volumes && (involved === undefined || "steady" in involved)) {
    const months = checkMonths(volumes.months);
    const [month] = monthsOf(plan, [checkResolutions(volumes.steady)], involved);
    const bill = priceSteady(plan.bound, month, months);
    return { seatCost: bill.seatCost + bill.addOnCost, aiCost: bill.aiCost, total: bill.total, months };
  }
  const months = "steady" in volumes ? new Array<number>(checkMonths(volumes.months)).fill(checkResolutions(volumes.steady)) : eachMonth(volumes);
  const bill = priceHorizon(plan.bound, monthsOf(plan, months, involved));
  return { seatCost: bill.seatCost + bill.addOnCost, aiCost: bill.aiCost, total: bill.total, months: months.length };
}

/** One row per month, as MONTHLY spills it. */
export function monthlyCostsOfResolutions(plan: ResolutionPlan, resolutionsByMonth: ArrayLike<number>, involved?: MonthlyVolumes): MonthCost[] {
  const months = eachMonth({ perMonth: resolutionsByMonth });
  return priceHorizon(plan.bound, monthsOf(plan, months, involved)).months.map((m, i) => ({
    month: i + 1,
    resolutions: months[i],
    seatCost: m.seatCost + m.addOnCost,
    aiCost: m.aiCost,
    total: m.total,
  }));
}
