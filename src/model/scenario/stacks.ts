/** A scenario on every stack: the comparison's input from the scenario itself, so Stacks prices the same question. */
import { CompareInput } from "../pricebook/compare";
import { Scenario } from "./drivers";
import { chainRatesOf, conversationsInMonth } from "./price";
import { usesStaffing } from "./staffing";

/**
 * The scenario's month-by-month conversations, chain, seats and billing, and people per human-handled
 * conversation when it prices them that way (with staffing, people are priced by agents in the
 * scenario; a comparison of stacks compares their bills).
 */
export function compareInputOf(s: Scenario): CompareInput {
  const d = s.drivers;
  const rates = chainRatesOf(d);
  return {
    // The volume alone: no need to price the scenario (with a book that may not even hold its stack).
    conversations: Array.from({ length: d.horizonMonths }, (_, i) => conversationsInMonth(d, i + 1)),
    involvement: rates.involvement ?? 1,
    resolution: rates.resolution,
    assumedShare: rates.assumedShare,
    reversalRate: rates.reversalRate,
    outcomeSplit: rates.outcomeSplit,
    seats: d.seats,
    billing: d.billing,
    humanCostPerConversation: usesStaffing(d) ? undefined : d.humanCostPerConversation,
  };
}
