/**
 * Total cost of support for a month: people (agents scheduled × fully loaded cost per agent-month)
 * + seats + AI. The seat and AI charges come from a pricing callback, so any pricing engine (today's
 * Intercom plans, or a price book's stack) can be plugged in without this file knowing its rules.
 */
import { describeValue, invalidInput, PricingInputError } from "../errors";
import { staffAsyncChannel } from "./asyncChannel";
import { checkNonNegative, formatCount } from "./checks";
import { staffLiveChannel } from "./liveChannel";
import { busiestIntervalContacts, HumanWorkload, humanWorkload } from "./workload";

/** Most seats or agents a month may hold, as the pricing plans accept. */
const MAX_FIXED_SEATS = 1_000_000;

/** The month's volumes along the chain, and the seats to price, as handed to a pricing callback. */
export interface StaffingMonthVolumes {
  conversations: number;
  aiInvolved: number;
  aiResolved: number;
  humanHandled: number;
  /** Seats to license: the fixed number, or the agents scheduled when seats follow staffing. */
  seats: number;
}

export interface StackMonthCost {
  seatCost: number;
  aiCost: number;
}

/** Prices one month of a helpdesk + AI stack. Throw a PricingInputError for inputs it cannot price. */
export type PriceStaffedMonth = (volumes: StaffingMonthVolumes) => StackMonthCost;

/** How agents follow human workload: live (Erlang C at the busiest interval) or async (monthly hours). */
export type StaffingDrivers =
  | {
      channel: "live";
      /** Share of the month's human-handled conversations that arrive in the busiest interval. */
      peakIntervalShare: number;
      /** Length of that interval in seconds (default 3600). */
      intervalSeconds?: number;
      serviceLevel: number;
      answerSeconds: number;
      shrinkage?: number;
      maxOccupancy?: number;
    }
  | {
      channel: "async";
      productiveHoursPerAgentMonth: number;
      occupancy: number;
    };

/** Seats fixed at a number the user types, or one seat per agent scheduled. */
export type SeatPolicy = { kind: "fixed"; seats: number } | { kind: "fromStaffing" };

export interface SupportMonthInput {
  conversations: number;
  involvementRate: number;
  resolutionRate: number;
  /** Average seconds a person spends on a human-handled conversation. */
  handleTimeSeconds: number;
  staffing: StaffingDrivers;
  /** Fully loaded cost of one agent for a month (salary, benefits, overhead); 0 leaves people out. */
  loadedCostPerAgentMonth: number;
  seats: SeatPolicy;
  price: PriceStaffedMonth;
}

export interface SupportMonthCost {
  workload: HumanWorkload;
  /** Agents scheduled (after shrinkage for a live channel; whole FTEs for an async one). */
  agentsScheduled: number;
  seats: number;
  peopleCost: number;
  seatCost: number;
  aiCost: number;
  total: number;
  /** (people + seats) ÷ human-handled conversations; null when people handled none. */
  costPerHumanHandled: number | null;
  /** AI cost ÷ AI-resolved conversations; null when the AI resolved none. */
  costPerAiResolved: number | null;
}

/** Agents scheduled for a month's human workload under the staffing drivers. */
export function agentsForWorkload(workload: HumanWorkload, handleTimeSeconds: number, staffing: StaffingDrivers): number {
  if (staffing.channel === "async") {
    return staffAsyncChannel({ workloadHours: workload.workloadHours, ...staffing }).agents;
  }
  return staffLiveChannel({
    contactsPerInterval: busiestIntervalContacts(workload.humanHandled, staffing.peakIntervalShare),
    ahtSeconds: handleTimeSeconds,
    intervalSeconds: staffing.intervalSeconds,
    serviceLevel: staffing.serviceLevel,
    answerSeconds: staffing.answerSeconds,
    shrinkage: staffing.shrinkage,
    maxOccupancy: staffing.maxOccupancy,
  }).scheduled;
}

function checkPrice(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw invalidInput(`The stack's ${what} for the month must be an amount of 0 or more; the pricing gave ${describeValue(value)}.`);
  }
  return value + 0;
}

function seatsFor(policy: SeatPolicy, agentsScheduled: number): number {
  if (policy.kind === "fromStaffing") return agentsScheduled;
  const seats = policy.seats;
  if (!Number.isInteger(seats) || seats < 0 || seats > MAX_FIXED_SEATS) {
    throw invalidInput(`Seats must be a whole number from 0 to ${formatCount(MAX_FIXED_SEATS)}; got ${describeValue(seats)}.`);
  }
  return seats;
}

function perUnit(amount: number, units: number): number | null {
  return units > 0 ? amount / units : null;
}

/**
 * One month's total cost of support: people + seats + AI.
 *
 * @example supportCostForMonth({ conversations: 5000, involvementRate: 0.5, resolutionRate: 0.6,
 *   handleTimeSeconds: 360, staffing: { channel: "async", productiveHoursPerAgentMonth: 140, occupancy: 0.85 },
 *   loadedCostPerAgentMonth: 6000, seats: { kind: "fromStaffing" }, price: intercomAdvanced })
 *   // → 3 agents: people 18,000 + seats 3 × 85 + AI 1,500 × 0.99
 */
export function supportCostForMonth(input: SupportMonthInput): SupportMonthCost {
  const workload = humanWorkload(input);
  const loaded = checkNonNegative(input.loadedCostPerAgentMonth, "Fully loaded cost per agent-month");
  const agentsScheduled = agentsForWorkload(workload, input.handleTimeSeconds, input.staffing);
  const seats = seatsFor(input.seats, agentsScheduled);
  const priced = input.price({
    conversations: workload.conversations,
    aiInvolved: workload.aiInvolved,
    aiResolved: workload.aiResolved,
    humanHandled: workload.humanHandled,
    seats,
  });
  const seatCost = checkPrice(priced.seatCost, "seat cost");
  const aiCost = checkPrice(priced.aiCost, "AI cost");
  const peopleCost = agentsScheduled * loaded + 0;
  return {
    workload,
    agentsScheduled,
    seats,
    peopleCost,
    seatCost,
    aiCost,
    total: peopleCost + seatCost + aiCost,
    costPerHumanHandled: perUnit(peopleCost + seatCost, workload.humanHandled),
    costPerAiResolved: perUnit(aiCost, workload.aiResolved),
  };
}

export interface SupportCostOverMonths {
  months: SupportMonthCost[];
  peopleCost: number;
  seatCost: number;
  aiCost: number;
  total: number;
}

/** Total cost of support month by month for a series of monthly conversation volumes. */
export function supportCostOverMonths(input: Omit<SupportMonthInput, "conversations"> & { conversationsByMonth: readonly number[] }): SupportCostOverMonths {
  if (input.conversationsByMonth.length === 0) throw invalidInput("Give at least one month of conversations.");
  const months = input.conversationsByMonth.map((conversations, i) => {
    try {
      return supportCostForMonth({ ...input, conversations });
    } catch (error) {
      if (error instanceof PricingInputError) throw new PricingInputError(error.kind, `Month ${i + 1}: ${error.message}`);
      throw error;
    }
  });
  const sum = (pick: (m: SupportMonthCost) => number) => months.reduce((s, m) => s + pick(m), 0);
  return { months, peopleCost: sum((m) => m.peopleCost), seatCost: sum((m) => m.seatCost), aiCost: sum((m) => m.aiCost), total: sum((m) => m.total) };
}
