/** Month-end: actuals against the plan (variance.ts), the invoice check (invoiceCheck.ts) and the year-end landing (landing.ts). */
export * from "./variance";
export * from "./invoiceCheck";
export * from "./landing";
export * from "./imports";
