/**
 * A scenario priced: month by month, its conversations run down the volume chain and its stack prices
 * each month through the price book's one monthly rule (priceHorizon, a fold of priceMonth). This file
 * never prices a month itself.
 */
import { ChainRates, volumeOf } from "../pricebook/chain";
import { DEFAULT_BOOK } from "../pricebook/builtin";
import { priceHorizon } from "../pricebook/horizon";
import { bindStack, BoundStack, StackPlans, StackTerms } from "../pricebook/month";
import { CostSummary } from "../pricebook/resolutions";
import { resolveStack, stackIdOf } from "../pricebook/stacks";
import { AiUnit, PriceBook } from "../pricebook/types";
import { stackSimulation } from "../volatility/pricing";
import { StackSimulation } from "../volatility/types";
import { Scenario, ScenarioDrivers, seasonalFactors } from "./drivers";
import { addMonths, calendarMonthIndex } from "./months";
import { usesStaffing } from "./staffing";

/** A scenario's stack in the book it is priced with, bound to its seats and billing. */
export interface ScenarioStack {
  /** The stack id as the book spells it ("freshdesk-pro+eesel"). */
  id: string;
  plans: StackPlans;
  terms: StackTerms;
  bound: BoundStack;
  /** The link of the chain its AI bills, if it has an AI. */
  aiUnit?: AiUnit;
}

export function stackOf(d: ScenarioDrivers, book: PriceBook = DEFAULT_BOOK, seats = d.seats): ScenarioStack {
  const plans = resolveStack(book, d.stack);
  const terms: StackTerms = { seats, billing: d.billing };
  return { id: stackIdOf(plans), plans, terms, bound: bindStack(plans, terms), aiUnit: plans.ai?.ai?.unit };
}

/** The scenario's chain rates as shares (the scenario keeps percents, as people type them). */
export function chainRatesOf(d: ScenarioDrivers): ChainRates {
  const rates: ChainRates = { involvement: d.aiInvolvementPct / 100, resolution: d.aiResolutionPct / 100 };
  if (d.outcomeSplit) rates.outcomeSplit = d.outcomeSplit;
  if (d.assumedResolutionPct) rates.assumedShare = d.assumedResolutionPct / 100;
  if (d.reversalPct) rates.reversalRate = d.reversalPct / 100;
  return rates;
}

/** The drivers of a scenario's volume, which the command line also takes on their own. */
export type VolumeDrivers = Pick<ScenarioDrivers, "startConversations" | "growthPct" | "seasonality" | "firstMonth" | "monthlyConversations">;

/**
 * Conversations in month `index` (1-based): monthlyConversations[index − 1] when the scenario follows
 * a month-by-month volume, else start × (1 + growth)^(index − 1) × the calendar month's factor.
 */
export function conversationsInMonth(d: VolumeDrivers, index: number): number {
  if (d.monthlyConversations) return d.monthlyConversations[index - 1];
  const factor = seasonalFactors(d.seasonality)[calendarMonthIndex(addMonths(d.firstMonth, index - 1))];
  return d.startConversations * Math.pow(1 + d.growthPct / 100, index - 1) * factor;
}

export interface ScenarioMonth {
  /** 1-based month within the horizon. */
  index: number;
  /** "YYYY-MM". */
  month: string;
  conversations: number;
  /** AI-involved conversations. */
  involved: number;
  /** AI resolutions that count (after reversals, and fewer when a spend cap paused the AI). */
  resolutions: number;
  /** Conversations people handle: conversations − AI resolutions (paused ones included). */
  humanHandled: number;
  /** AI-involved conversations a spend cap paused (they go to people). */
  pausedConversations: number;
  /** Seats and per-seat add-ons. */
  seatCost: number;
  aiCost: number;
  total: number;
}

export interface ScenarioForecast {
  scenario: Scenario;
  stack: ScenarioStack;
  months: ScenarioMonth[];
  summary: CostSummary;
}

/**
 * Month-by-month volumes and costs of a valid scenario (throws PricingInputError on invalid drivers),
 * priced with `book` (the built-in book unless the workbook has its own).
 */
export function forecastScenario(s: Scenario, book: PriceBook = DEFAULT_BOOK): ScenarioForecast {
  const d = s.drivers;
  const stack = stackOf(d, book);
  const rates = chainRatesOf(d);
  const volumes = Array.from({ length: d.horizonMonths }, (_, i) => volumeOf(conversationsInMonth(d, i + 1), rates));
  const bill = priceHorizon(stack.bound, volumes);
  const months = bill.months.map(
    (m, i): ScenarioMonth => ({
      index: i + 1,
      month: addMonths(d.firstMonth, i),
      conversations: volumes[i].conversations,
      involved: volumes[i].involved,
      resolutions: m.aiResolved,
      humanHandled: m.humanHandled,
      pausedConversations: m.pausedConversations,
      seatCost: m.addOnCost > 0 ? m.seatCost + m.addOnCost : m.seatCost,
      aiCost: m.aiCost,
      total: m.total,
    }),
  );
  const seatCost = bill.addOnCost > 0 ? bill.seatCost + bill.addOnCost : bill.seatCost;
  return { scenario: s, stack, months, summary: { seatCost, aiCost: bill.aiCost, total: bill.total, months: months.length } };
}

/**
 * What the volatility simulation prices the scenario's simulated months with: its stack, the chain
 * running forward from simulated conversations, and people per human-handled conversation when the
 * scenario prices them that way (staffed scenarios: supportCost.ts's staffedSimulationPlan).
 */
export function simulationPlanOf(f: ScenarioForecast): StackSimulation {
  const d = f.scenario.drivers;
  const human = usesStaffing(d) ? undefined : d.humanCostPerConversation;
  return stackSimulation(f.stack.plans, f.stack.terms, { volume: "conversations", rates: chainRatesOf(d), humanCostPerConversation: human });
}
