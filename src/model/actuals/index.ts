/** Month-end: actuals against the plan (variance.ts) and the year-end landing (landing.ts). */
export * from "./variance";
export * from "./landing";
