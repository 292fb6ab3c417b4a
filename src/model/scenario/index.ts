/**
 * Scenarios: what a scenario is (drivers.ts: the volume chain, a stack, people), its months
 * (months.ts), its checks (validate.ts), its price through the one engine (price.ts), its total cost of
 * support with people (supportCost.ts, staffing.ts), scenarios side by side (compare.ts), and a
 * starting point from history (history.ts).
 */
export * from "./drivers";
export * from "./months";
export * from "./validate";
export * from "./price";
export * from "./compare";
export * from "./history";
export * from "./stacks";
