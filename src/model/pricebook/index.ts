/**
 * The price book and its engine. Files, one idea each: types.ts (a book is data), charges.ts (the
 * closed set of charge kinds), chain.ts (the volume chain), month.ts (the one monthly rule),
 * horizon.ts (months as a fold), builtin.ts (the dated editions), stacks.ts (plan and stack ids),
 * compare.ts (stacks side by side), rows.ts (the sheet and CLI form), stale.ts (as-of dates).
 */
export * from "./types";
export * from "./charges";
export * from "./chain";
export * from "./month";
export * from "./horizon";
export * from "./builtin";
export * from "./stacks";
export * from "./compare";
export * from "./stale";
export * from "./rows";
export * from "./resolutions";
