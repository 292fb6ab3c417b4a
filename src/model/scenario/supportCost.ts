/**
 * A scenario's total cost of support, month by month: people + seats + AI. People are agents scheduled
 * × fully loaded cost per agent-month (with staffing drivers), or human-handled conversations × a cost
 * per conversation, or not priced. Seats and AI are always priced through the workbook's price book;
 * with seats fixed they are exactly forecastScenario's. With seats from staffing each month is priced
 * with that month's agents as its seats.
 */
import { PricingInputError } from "../errors";
import { DEFAULT_BOOK } from "../pricebook/builtin";
import { volumeOf } from "../pricebook/chain";
import { priceHorizon } from "../pricebook/horizon";
import { priceMonth } from "../pricebook/month";
import { PriceBook } from "../pricebook/types";
import { PriceStaffedMonth, StackMonthCost, supportCostForMonth, SupportMonthCost } from "../staffing/supportCost";
import { AiTradeOff, aiTradeOff } from "../staffing/tradeOff";
import { stackSimulation } from "../volatility/pricing";
import { SimulationPlan } from "../volatility/types";
import { Scenario, ScenarioDrivers } from "./drivers";
import { chainRatesOf, forecastScenario, ScenarioForecast, ScenarioMonth, simulationPlanOf, stackOf } from "./price";
import { seatsFollowStaffing, staffingDriversOf, usesStaffing } from "./staffing";

export interface SupportMonth extends ScenarioMonth {
  /** Agents scheduled for the month's human workload (after shrinkage for a live channel). */
  agentsScheduled: number;
  /** Seats priced: the fixed number, or the agents scheduled. */
  seats: number;
  peopleCost: number;
  /** people + seats + AI. */
  totalCostOfSupport: number;
}

export interface SupportForecast {
  forecast: ScenarioForecast;
  months: SupportMonth[];
  peopleCost: number;
  seatCost: number;
  aiCost: number;
  totalCostOfSupport: number;
  /** Most agents scheduled in any month of the horizon. */
  peakAgents: number;
  /** (people + seats) ÷ human-handled conversations over the horizon; undefined when people handled none. */
  costPerHumanHandled: number | undefined;
  /** AI cost ÷ AI resolutions over the horizon; undefined when the AI resolved none. */
  costPerAiResolved: number | undefined;
}

function involvementShare(d: ScenarioDrivers): number {
  return d.aiInvolvementPct / 100;
}

/**
 * Prices months of the scenario with a given number of seats. The stack bound to n seats prices the
 * whole horizon once (so a rule spanning months sees the same months as the plan sheet) and the month
 * asked for is read from that; bound stacks are cached by seat count.
 */
function seatPricer(book: PriceBook, d: ScenarioDrivers, forecast: ScenarioForecast): (seats: number, monthIndex: number) => StackMonthCost {
  const bySeats = new Map<number, StackMonthCost[]>();
  const rates = chainRatesOf(d);
  const volumes = forecast.months.map((m) => volumeOf(m.conversations, rates));
  return (seats, monthIndex) => {
    let costs = bySeats.get(seats);
    if (!costs) {
      costs = priceHorizon(stackOf(d, book, seats).bound, volumes).months.map((m) => ({ seatCost: m.seatCost + m.addOnCost, aiCost: m.aiCost }));
      bySeats.set(seats, costs);
    }
    return costs[monthIndex];
  };
}

/**
 * Total cost of support for a valid scenario (throws PricingInputError otherwise). Without staffing
 * drivers, people cost the human-handled conversations × the cost per conversation (0 when not given),
 * and with no people cost the total of support is the forecast's total, bit for bit.
 */
export function supportForecast(s: Scenario, book: PriceBook = DEFAULT_BOOK): SupportForecast {
  const forecast = forecastScenario(s, book);
  const d = s.drivers;
  if (!usesStaffing(d)) {
    const perConversation = d.humanCostPerConversation ?? 0;
    const months = forecast.months.map((m): SupportMonth => {
      const peopleCost = m.humanHandled * perConversation;
      return { ...m, agentsScheduled: 0, seats: d.seats, peopleCost, totalCostOfSupport: peopleCost > 0 ? m.total + peopleCost : m.total };
    });
    return summarise(forecast, months);
  }
  const { handleTimeSeconds, staffing, loadedCostPerAgentMonth } = staffingDriversOf(d);
  const fromStaffing = seatsFollowStaffing(d);
  const priceWithSeats = seatPricer(book, d, forecast);
  const months = forecast.months.map((m, i): SupportMonth => {
    // Seats fixed: the forecast's own seat and AI costs, untouched. Seats from staffing: this month's agents.
    const price: PriceStaffedMonth = (v) => (fromStaffing ? priceWithSeats(v.seats, i) : { seatCost: m.seatCost, aiCost: m.aiCost });
    let month: SupportMonthCost;
    try {
      month = supportCostForMonth({
        conversations: m.conversations,
        involvementRate: involvementShare(d),
        resolutionRate: d.aiResolutionPct / 100,
        handleTimeSeconds,
        staffing,
        loadedCostPerAgentMonth,
        seats: fromStaffing ? { kind: "fromStaffing" } : { kind: "fixed", seats: d.seats },
        price,
      });
    } catch (error) {
      if (error instanceof PricingInputError) throw new PricingInputError(error.kind, `${m.month}: ${error.message}`);
      throw error;
    }
    return {
      ...m,
      seatCost: month.seatCost,
      aiCost: month.aiCost,
      total: month.seatCost + month.aiCost,
      agentsScheduled: month.agentsScheduled,
      seats: month.seats,
      peopleCost: month.peopleCost,
      totalCostOfSupport: month.total,
      humanHandled: month.workload.humanHandled,
    };
  });
  return summarise(forecast, months);
}

function summarise(forecast: ScenarioForecast, months: SupportMonth[]): SupportForecast {
  const sum = (pick: (m: SupportMonth) => number) => months.reduce((a, m) => a + pick(m), 0);
  const peopleCost = sum((m) => m.peopleCost);
  const seatCost = sum((m) => m.seatCost);
  const aiCost = sum((m) => m.aiCost);
  const humanHandled = sum((m) => m.humanHandled);
  const resolutions = sum((m) => m.resolutions);
  return {
    forecast,
    months,
    peopleCost,
    seatCost,
    aiCost,
    totalCostOfSupport: sum((m) => m.totalCostOfSupport),
    peakAgents: months.reduce((a, m) => Math.max(a, m.agentsScheduled), 0),
    costPerHumanHandled: humanHandled > 0 ? (peopleCost + seatCost) / humanHandled : undefined,
    costPerAiResolved: resolutions > 0 ? aiCost / resolutions : undefined,
  };
}

export interface ScenarioTradeOff extends AiTradeOff {
  /** Conversations of the month the trade-off is drawn for: the horizon's average month. */
  conversations: number;
  /** The scenario's resolution rate today, as a share of AI-involved conversations (0..1). */
  currentResolutionRate: number;
}

/**
 * The AI trade-off for a scenario that uses staffing: total cost of support for the horizon's average
 * month against the AI resolution rate, 0 to 100% of AI-involved conversations, priced with the
 * scenario's plan in `book` (seats fixed or from staffing, as the scenario says). Marks today's rate
 * and the break-even rate (aiTradeOff).
 */
export function scenarioTradeOff(s: Scenario, book: PriceBook = DEFAULT_BOOK, curveStep?: number): ScenarioTradeOff {
  const d = s.drivers;
  if (!usesStaffing(d)) {
    throw new PricingInputError("invalid", "The AI trade-off needs the staffing drivers: turn on Staffing for this scenario and choose a channel.");
  }
  const forecast = forecastScenario(s, book);
  const conversations = forecast.months.reduce((a, m) => a + m.conversations, 0) / forecast.months.length;
  const { handleTimeSeconds, staffing, loadedCostPerAgentMonth } = staffingDriversOf(d);
  const stacks = new Map<number, ReturnType<typeof stackOf>>();
  const stackFor = (seats: number) => {
    let stack = stacks.get(seats);
    if (!stack) stacks.set(seats, (stack = stackOf(d, book, seats)));
    return stack;
  };
  // The month's chain as the trade-off varies the resolution rate; the stack bills whichever link it counts.
  const price: PriceStaffedMonth = (v) => {
    const bill = priceMonth(stackFor(v.seats).bound, { conversations: v.conversations, involved: v.aiInvolved, resolved: v.aiResolved });
    return { seatCost: bill.seatCost + bill.addOnCost, aiCost: bill.aiCost };
  };
  const currentResolutionRate = d.aiResolutionPct / 100;
  const trade = aiTradeOff({
    conversations,
    involvementRate: involvementShare(d),
    handleTimeSeconds,
    staffing,
    loadedCostPerAgentMonth,
    seats: seatsFollowStaffing(d) ? { kind: "fromStaffing" } : { kind: "fixed", seats: d.seats },
    price,
    currentResolutionRate,
    curveStep,
  });
  return { ...trade, conversations, currentResolutionRate };
}

/** How simulated volume moves the people cost: staffing planned on expected volume, or following each simulated month. */
export type StaffingAssumption = "planned" | "scaling";

/**
 * What the volatility simulation prices a scenario with staffing drivers with. "planned": agents (and
 * seats that follow them) are the plan's average month, so only the AI bill moves with volume.
 * "scaling": each simulated month is staffed for its own volume. A scenario without staffing gets
 * simulationPlanOf's plan, so its results stay exactly as before.
 */
export function staffedSimulationPlan(sf: SupportForecast, assumption: StaffingAssumption, book: PriceBook = DEFAULT_BOOK): SimulationPlan {
  const f = sf.forecast;
  const d = f.scenario.drivers;
  if (!usesStaffing(d)) return simulationPlanOf(f);
  const { handleTimeSeconds, staffing, loadedCostPerAgentMonth } = staffingDriversOf(d);
  const plannedAgents = sf.months.reduce((a, m) => a + m.agentsScheduled, 0) / sf.months.length;
  const fromStaffing = seatsFollowStaffing(d);
  const billSeats = fromStaffing ? Math.round(plannedAgents) : d.seats;
  const billStack = stackOf(d, book, billSeats);
  let seatPricePerMonth = 0;
  if (fromStaffing) {
    // One more seat's cost a month, read from the book at no volume.
    const none = { conversations: 0, involved: 0, resolved: 0 };
    const seatCostWith = (seats: number) => {
      const bill = priceMonth(stackOf(d, book, seats).bound, none);
      return bill.seatCost + bill.addOnCost;
    };
    seatPricePerMonth = Math.max(0, seatCostWith(billSeats + 1) - seatCostWith(billSeats));
  }
  return {
    staffed: {
      bill: stackSimulation(billStack.plans, billStack.terms, { volume: "conversations", rates: chainRatesOf(d) }),
      assumption,
      billSeats,
      seatPricePerMonth,
      plannedAgents,
      loadedCostPerAgentMonth,
      involvement: involvementShare(d),
      resolution: d.aiResolutionPct / 100,
      handleTimeSeconds,
      staffing,
    },
  };
}
