/** The pricing model's public surface. Pure: no Office, no DOM, no I/O. */
export * from "./catalog";
export * from "./errors";
export * from "./plan";
export * from "./cost";
export * from "./tiers";
