/**
 * The bounds and checks of what a user types for any stack (billing, seats, months, volumes, an AI rate
 * or minimum a formula gives), once, at the edge, so the engine itself stays plain arithmetic.
 */
import { describeValue, invalidInput, listChoices, unknownName } from "./errors";
import { Billing } from "./pricebook/types";

/** Longest horizon any surface accepts: 50 years of months. */
export const MAX_MONTHS = 600;
/** More seats than any helpdesk has; beyond this a number is almost certainly a typo. */
export const MAX_SEATS = 1_000_000;
/**
 * Bounds that keep every cost finite (1e12 resolutions × $10,000 × 600 months is about 6e18): beyond them
 * a number is a typo, and the user gets a message instead of an Infinity.
 */
export const MAX_MONTHLY_VOLUME = 1e12;
/** More conversations a month than any helpdesk handles (every surface: scenarios, comparisons, staffing). */
export const MAX_MONTHLY_CONVERSATIONS = 100_000_000;
export const MAX_UNIT_RATE = 10_000;
/** A platform fee or spend cap a month: far beyond any AI agent's; keeps every total finite. */
export const MAX_MONTHLY_FEE = 10_000_000;
export const MAX_MINIMUM_UNITS = 1e9;

const BILLINGS: readonly Billing[] = ["annual", "monthly"];

/** Every surface's billing when none is given: the per-month price of annual billing, as vendors quote it. */
export const DEFAULT_BILLING: Billing = "annual";

/** Reads a billing name ("annual" or "monthly", any case); blank means annual. */
export function parseBilling(name: string | undefined): Billing {
  if (name === undefined) return DEFAULT_BILLING;
  const key = name.trim().toLowerCase();
  if (key === "") return DEFAULT_BILLING;
  if (key === "annual" || key === "monthly") return key;
  throw unknownName(`Unknown billing "${name.trim()}": use ${listChoices(BILLINGS.map((b) => `"${b}"`))}.`);
}

export function checkSeats(seats: number): number {
  if (!Number.isFinite(seats) || seats < 0 || !Number.isInteger(seats)) {
    throw invalidInput(`Seats must be a whole number of 0 or more; got ${describeValue(seats)}.`);
  }
  if (seats > MAX_SEATS) throw invalidInput(`Seats must be at most ${MAX_SEATS.toLocaleString("en-US")}; got ${describeValue(seats)}.`);
  return seats;
}

export function checkMonths(months: number): number {
  if (!Number.isFinite(months) || !Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw invalidInput(`Months must be a whole number from 1 to ${MAX_MONTHS}; got ${describeValue(months)}.`);
  }
  return months;
}

/** A month's resolutions: any number of 0 or more (forecast volumes may be fractional). */
export function checkResolutions(resolutions: number, where = "Resolutions"): number {
  if (!Number.isFinite(resolutions) || resolutions < 0) {
    throw invalidInput(`${where} must be a number of 0 or more; got ${describeValue(resolutions)}.`);
  }
  if (resolutions > MAX_MONTHLY_VOLUME) throw invalidInput(`${where} must be at most ${MAX_MONTHLY_VOLUME.toExponential()} a month; got ${describeValue(resolutions)}.`);
  return resolutions;
}

export function checkAiRate(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0) {
    throw invalidInput(`AI rate must be US dollars per resolution, 0 or more; got ${describeValue(rate)}.`);
  }
  if (rate > MAX_UNIT_RATE) throw invalidInput(`AI rate must be US dollars per resolution, at most ${MAX_UNIT_RATE.toLocaleString("en-US")}; got ${describeValue(rate)}.`);
  return rate;
}

export function checkAiMinimum(minimum: number): number {
  if (!Number.isFinite(minimum) || minimum < 0 || !Number.isInteger(minimum)) {
    throw invalidInput(`AI minimum must be a whole number of resolutions, 0 or more; got ${describeValue(minimum)}.`);
  }
  if (minimum > MAX_MINIMUM_UNITS) throw invalidInput(`AI minimum must be at most ${MAX_MINIMUM_UNITS.toExponential()} resolutions; got ${describeValue(minimum)}.`);
  return minimum;
}
