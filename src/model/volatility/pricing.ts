/**
 * What one simulated month costs: any stack of the price book priced through the engine's one monthly
 * rule, in its compiled form (pricebook/month.ts's compileMonth: the same bits as priceMonth, without
 * allocating), plus people where they are priced. A month's cost is non-decreasing in its volume, which
 * is what lets simulate.ts read a month's percentiles off the order of its volume shocks.
 */
import { describeValue, invalidInput } from "../errors";
import { checkChainRates, ChainRates } from "../pricebook/chain";
import { MAX_COST_PER_CONVERSATION } from "../pricebook/compare";
import { bindStack, BoundStack, compileMonth, FastMonth, StackPlans, StackTerms } from "../pricebook/month";
import { agentsForWorkload } from "../staffing/supportCost";
import { humanWorkload } from "../staffing/workload";
import { CountingUncertainty, SimulationPlan, StackSimulation } from "./types";

/**
 * A month's cost at a simulated volume. With counting uncertainty, `rates` is the pricer's own copy of
 * the chain rates: the simulation sets each path's drawn resolution and reversal rates on it before
 * pricing that path's month.
 */
export interface MonthPricer {
  cost: (volume: number) => number;
  /** The stack's rule as numbers for the inner loop (pricebook/month.ts's fastMonthCost), when it allows one. */
  fast: FastMonth | null;
  rates: Required<Pick<ChainRates, "resolution" | "reversalRate" | "assumedShare">> & ChainRates;
}


/**
 * A stack for the simulation, checked at the edge: rates are shares, the people cost an amount, and a
 * plan that bills AI-involved conversations needs conversation volumes.
 */
export function stackSimulation(
  plans: StackPlans,
  terms: StackTerms,
  options: { volume: StackSimulation["volume"]; rates?: ChainRates; humanCostPerConversation?: number },
): StackSimulation {
  const rates = options.rates ?? { resolution: 1 };
  const checked = checkChainRates(rates);
  bindStack(plans, terms); // validates seats, billing and prices now, where the caller can name the field
  if (plans.ai?.ai?.tiers?.mode === "volume") {
    // Volume tiers can make a busier month cheaper; the simulation reads percentiles off the order of the shocks.
    throw invalidInput("Volume tiers make a month's cost fall as volume rises past a band, which the simulation cannot price; use graduated tiers or compare instead.");
  }
  const billsInvolved = plans.ai?.ai?.unit === "ai-involved";
  if (options.volume === "resolutions" && billsInvolved) {
    throw invalidInput(
      `${plans.ai!.id} bills every conversation its AI takes part in, which resolutions alone do not tell: give the AI-involved conversations, or conversations with the AI's involvement and resolution rates.`,
    );
  }
  if (options.volume === "ai-involved" && !billsInvolved) {
    throw invalidInput(`${plans.ai?.id ?? "This stack"} bills ${plans.ai ? "AI resolutions" : "no AI"}, not AI-involved conversations: give its resolutions instead.`);
  }
  const human = options.humanCostPerConversation;
  if (human !== undefined && !(typeof human === "number" && human >= 0 && human <= MAX_COST_PER_CONVERSATION)) {
    throw invalidInput(`Cost per human-handled conversation must be from 0 to ${MAX_COST_PER_CONVERSATION.toLocaleString("en-US")} US dollars; got ${describeValue(human)}.`);
  }
  return {
    plans,
    terms,
    volume: options.volume,
    rates: { involvement: checked.involvement, resolution: checked.resolution, outcomeSplit: checked.outcomeSplit, assumedShare: checked.assumedShare, reversalRate: checked.reversalRate },
    ...(human ? { humanCostPerConversation: human } : {}),
  };
}

/** The month's bill of a stack at a simulated volume, plus people per human-handled conversation. */
function stackPricer(plan: StackSimulation): MonthPricer {
  const bound: BoundStack = bindStack(plan.plans, plan.terms);
  const rates = { ...plan.rates, resolution: plan.rates.resolution, reversalRate: plan.rates.reversalRate ?? 0, assumedShare: plan.rates.assumedShare ?? 0 };
  return { rates, ...compileMonth(bound, rates, plan.humanCostPerConversation ?? 0, plan.volume) };
}

/**
 * A staffed scenario's month: the bill at c conversations, plus people and the seats that follow them.
 * Under "scaling" the agents come from the month's human workload, so more conversations never mean
 * fewer agents.
 */
function staffedPricer(plan: Extract<SimulationPlan, { staffed: unknown }>): MonthPricer {
  const s = plan.staffed;
  const bill = stackPricer(s.bill);
  const perAgent = s.loadedCostPerAgentMonth + s.seatPricePerMonth;
  const seatOffset = s.billSeats * s.seatPricePerMonth;
  const agentsAt =
    s.assumption === "planned"
      ? () => s.plannedAgents
      : (c: number) =>
          agentsForWorkload(
            humanWorkload({ conversations: c, involvementRate: s.involvement, resolutionRate: bill.rates.resolution, handleTimeSeconds: s.handleTimeSeconds }),
            s.handleTimeSeconds,
            s.staffing,
          );
  return { rates: bill.rates, fast: null, cost: (c) => bill.cost(c) - seatOffset + agentsAt(c) * perAgent };
}

export function pricerOf(plan: SimulationPlan): MonthPricer {
  return "staffed" in plan ? staffedPricer(plan) : stackPricer(plan);
}

/** Whether the input draws any counting rate per path (then month percentiles come from the costs themselves). */
export function drawsCounting(counting: CountingUncertainty | undefined): boolean {
  return !!counting && ((counting.resolutionSd ?? 0) > 0 || (counting.reversalSd ?? 0) > 0);
}
