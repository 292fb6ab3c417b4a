/**
 * The sentence under a comparison of stacks, one wording for the pane and the command line. Ranked by
 * total cost of support when people are priced; ranked by the bill alone, a stack is never called the
 * cheapest without saying, in the same sentence, how many conversations its AI leaves to people.
 */
import { StackComparison } from "./compare";

export interface HeadlineFormat {
  money: (usd: number) => string;
  count: (n: number) => string;
  /** How to name a stack (its id, or its plans' names). */
  stack?: (id: string) => string;
  /** What to say where the people cost could be given (the CLI's option, the pane's field). */
  pricePeople: string;
}

export function comparisonHeadline(r: StackComparison, f: HeadlineFormat): string {
  const cheapest = r.stacks.find((s) => s.stack === r.cheapest)!;
  const name = f.stack ? f.stack(cheapest.stack) : cheapest.stack;
  if (r.rankedBy === "totalCostOfSupport") {
    return `Lowest total cost of support: ${name}, ${f.money(cheapest.totalCostOfSupport!)} (people handle ${f.count(cheapest.humanHandled)} conversations).`;
  }
  const paused = cheapest.pausedConversations > 0 ? `, ${f.count(cheapest.pausedConversations)} of them paused at its spend cap` : "";
  return `Lowest bill: ${name}, ${f.money(cheapest.total)}, with people handling ${f.count(cheapest.humanHandled)} conversations its AI does not resolve${paused}; their cost is not priced (${f.pricePeople} to rank by total cost of support).`;
}
