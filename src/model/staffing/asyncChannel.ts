/**
 * Async channels (email, tickets): work can wait in a queue, so staffing follows the month's workload
 * rather than the busiest interval.
 */
import { describeValue, invalidInput } from "../errors";
import { checkNonNegative, checkOccupancy, checkPositive, formatCount, MAX_AGENTS } from "./checks";
import { wholeAgentsAtLeast } from "./rounding";

/** Hours in the longest month (31 × 24): no agent can be productive for more. */
export const MAX_HOURS_PER_MONTH = 744;

export interface AsyncChannelInput {
  /** Hours of human work in the month (human-handled conversations × handle time). */
  workloadHours: number;
  /** Hours one agent is available for work in a month, after breaks, training and absence (such as 140). */
  productiveHoursPerAgentMonth: number;
  /** Share of those hours spent on tickets rather than other work, above 0 to 1 (such as 0.85). */
  occupancy: number;
}

export interface AsyncStaffing {
  /** Full-time equivalents: workload ÷ (productive hours × occupancy), unrounded. */
  fte: number;
  /** Whole agents: the FTE rounded up. */
  agents: number;
}

/**
 * Agents for an async channel: workload hours ÷ (productive hours per agent-month × occupancy).
 *
 * @example staffAsyncChannel({ workloadHours: 1190, productiveHoursPerAgentMonth: 140, occupancy: 0.85 })
 *   // → { fte: 10, agents: 10 }
 */
export function staffAsyncChannel(input: AsyncChannelInput): AsyncStaffing {
  const workload = checkNonNegative(input.workloadHours, "Workload", " hours");
  const productive = checkPositive(input.productiveHoursPerAgentMonth, "Productive hours per agent-month", " (such as 140)");
  if (productive > MAX_HOURS_PER_MONTH) {
    throw invalidInput(`Productive hours per agent-month must be at most ${MAX_HOURS_PER_MONTH} (every hour of a 31-day month); got ${describeValue(productive)}.`);
  }
  const occupancy = checkOccupancy(input.occupancy, "Occupancy");
  const fte = workload / (productive * occupancy) + 0;
  if (fte > MAX_AGENTS) {
    throw invalidInput(`This workload needs more than ${formatCount(MAX_AGENTS)} agents: check the workload hours.`);
  }
  return { fte, agents: wholeAgentsAtLeast(fte) };
}
