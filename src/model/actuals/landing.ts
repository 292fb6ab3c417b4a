/**
 * The year-end landing: what was invoiced so far plus the months still to come, re-fitted on the
 * actuals and simulated through the stack's own rules (the same engine and the same simulation as the
 * plan's volatility).
 *
 * The re-fit, in a finance user's terms: the remaining months keep the plan's shape (growth and season)
 * at the run rate of the actual months — actual conversations ÷ planned conversations to date — with the
 * AI's involvement and resolution as the actual months measured them. Their uncertainty is the spread
 * of the actual months around the plan (the coefficient of variation of actual ÷ planned, at least 5%),
 * (0.15 from a single month), unless a volatility is given.
 */
import { describeValue, invalidInput } from "../errors";
import { StackPlans, StackTerms } from "../pricebook/month";
import { stackSimulation } from "../volatility/pricing";
import { simulateVolatility } from "../volatility/simulate";
import { ActualMonth, actualChain, PlannedMonth } from "./variance";

export interface LandingOptions {
  /** Coefficient of variation of a remaining month's conversations (default: from the actuals, at least 0.05). */
  cv?: number;
  paths?: number;
  seed?: number;
  /** Annual budget in US dollars, for the chance the year lands above it. */
  budget?: number;
}

export interface Landing {
  /** Invoices of the actual months. */
  actualToDate: number;
  remainingMonths: number;
  /** Actual ÷ planned conversations over the actual months. */
  runRate: number;
  cv: number;
  /** Invoiced so far + the remaining months at their re-fitted expected volumes. */
  landing: number;
  landingP50: number;
  landingP90: number;
  landingP95: number;
  /** Chance the year lands above the budget; null without one. */
  probabilityOverBudget: number | null;
}

/** Least volatility assumed for the remaining months: a few months of actuals understate it. */
export const MIN_LANDING_CV = 0.05;

export function landingOf(plans: StackPlans, terms: StackTerms, planned: readonly PlannedMonth[], actual: readonly ActualMonth[], options: LandingOptions = {}): Landing {
  if (actual.length === 0) throw invalidInput("Give at least one month of actuals for a landing.");
  if (actual.length > planned.length) throw invalidInput(`${actual.length} months of actuals but the plan has ${planned.length}.`);
  const chains = actual.map((a, i) => actualChain(a, i + 1));
  const actualToDate = actual.reduce((s, a) => s + a.invoice, 0);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const plannedToDate = sum(planned.slice(0, actual.length).map((p) => p.conversations));
  const actualConversations = sum(chains.map((c) => c.conversations));
  const runRate = plannedToDate > 0 ? actualConversations / plannedToDate : 1;
  const involved = sum(chains.map((c) => c.involved));
  const resolved = sum(chains.map((c) => c.resolved));
  const last = planned[planned.length - 1];
  const rates = {
    involvement: actualConversations > 0 ? involved / actualConversations : last.involvement,
    resolution: involved > 0 ? resolved / involved : last.resolution,
  };
  const cv = options.cv ?? estimatedCv(planned, chains.map((c) => c.conversations));
  if (!(cv >= 0 && cv <= 10)) throw invalidInput(`The volatility must be a coefficient of variation from 0 to 10; got ${describeValue(cv)}.`);
  const remaining = planned.slice(actual.length).map((p) => p.conversations * runRate);
  const budget = options.budget;
  if (budget !== undefined && !(budget >= 0 && Number.isFinite(budget))) throw invalidInput(`The budget must be an amount of 0 or more US dollars; got ${describeValue(budget)}.`);
  if (remaining.length === 0) {
    return { actualToDate, remainingMonths: 0, runRate, cv, landing: actualToDate, landingP50: actualToDate, landingP90: actualToDate, landingP95: actualToDate, probabilityOverBudget: budget === undefined ? null : actualToDate > budget ? 1 : 0 };
  }
  const r = simulateVolatility({
    plan: stackSimulation(plans, terms, { volume: "conversations", rates }),
    volumes: { kind: "expected", expected: remaining, cv },
    paths: options.paths,
    seed: options.seed,
    // The year lands over the budget when the rest of it costs more than what is left of the budget.
    budget: budget === undefined ? undefined : Math.max(0, budget - actualToDate),
  });
  const overBudget = budget === undefined ? null : budget - actualToDate < 0 ? 1 : r.probabilityOverBudget;
  return {
    actualToDate,
    remainingMonths: remaining.length,
    runRate,
    cv,
    landing: actualToDate + r.plannedCost,
    landingP50: actualToDate + r.total.p50,
    landingP90: actualToDate + r.total.p90,
    landingP95: actualToDate + r.total.p95,
    probabilityOverBudget: overBudget,
  };
}

/** The spread of the actual months around the plan: CV of actual ÷ planned conversations, at least MIN_LANDING_CV. */
function estimatedCv(planned: readonly PlannedMonth[], actual: number[]): number {
  const ratios = actual.map((c, i) => (planned[i].conversations > 0 ? c / planned[i].conversations : 1));
  if (ratios.length < 2) return Math.max(MIN_LANDING_CV, 0.15);
  const mean = ratios.reduce((s, x) => s + x, 0) / ratios.length;
  const variance = ratios.reduce((s, x) => s + (x - mean) ** 2, 0) / (ratios.length - 1);
  return Math.max(MIN_LANDING_CV, mean > 0 ? Math.sqrt(variance) / mean : MIN_LANDING_CV);
}
