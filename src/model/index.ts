/** The pricing model's public surface. Pure: no Office, no DOM, no I/O. */
export * from "./catalog";
export * from "./errors";
export * from "./plan";
export * from "./tiers";
export * from "./random";
export * from "./volatility";
export * from "./forecast";
export * from "./staffing";
export * from "./pricebook";
export * from "./numbers";
