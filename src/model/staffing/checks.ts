/**
 * Validation of staffing inputs, in one place, so the formulas elsewhere stay plain arithmetic.
 * Every message names the input, says what range it takes and what it got.
 */
import { describeValue, invalidInput } from "../errors";

/**
 * Most traffic one calculation accepts, in Erlangs (contacts per interval × handle time ÷ interval
 * length). 100,000 Erlangs is about 100,000 agents busy at once, ten times the largest contact centre
 * the issue asks for; the Erlang recursion is linear in agents, so this also bounds one call's work.
 */
export const MAX_TRAFFIC_ERLANGS = 100_000;

/** Most agents on duty a result may ask for (a very low occupancy cap on heavy traffic can ask for more). */
export const MAX_AGENTS = 10_000_000;

/** Longest average handle time accepted: one day of work for one contact. */
export const MAX_HANDLE_TIME_SECONDS = 86_400;

/** A count or amount of 0 or more (contacts, conversations, hours, seconds, money). */
export function checkNonNegative(value: number, what: string, unit = ""): number {
  if (!Number.isFinite(value) || value < 0) {
    throw invalidInput(`${what} must be a number of 0 or more${unit}; got ${describeValue(value)}.`);
  }
  return value;
}

/** A positive amount such as a handle time or an interval length. */
export function checkPositive(value: number, what: string, hint: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw invalidInput(`${what} must be more than 0${hint}; got ${describeValue(value)}.`);
  }
  return value;
}

/** A share strictly between 0 and 1, such as a service-level target. */
export function checkOpenShare(value: number, what: string, example: string): number {
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw invalidInput(`${what} must be a share between 0 and 1, not including either (such as ${example}); got ${describeValue(value)}.`);
  }
  return value;
}

/** A share in [0, 1], such as an AI involvement or resolution rate. */
export function checkShare(value: number, what: string, example: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw invalidInput(`${what} must be a share from 0 to 1 (such as ${example}); got ${describeValue(value)}.`);
  }
  return value;
}

/** Shrinkage: the share of paid time agents are not available, in [0, 1). */
export function checkShrinkage(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value >= 1) {
    throw invalidInput(`Shrinkage must be a share from 0 up to but not including 1 (such as 0.3 for 30% of paid time off the phones); got ${describeValue(value)}.`);
  }
  return value;
}

/** Occupancy (a cap or a planning figure): the share of on-duty time spent handling contacts, in (0, 1]. */
export function checkOccupancy(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw invalidInput(`${what} must be a share more than 0 and at most 1 (such as 0.85 for 85%); got ${describeValue(value)}.`);
  }
  return value;
}

export function checkTraffic(erlangs: number): number {
  if (erlangs > MAX_TRAFFIC_ERLANGS) {
    throw invalidInput(
      `The busiest interval's traffic is ${formatCount(erlangs)} Erlangs (contacts × handle time ÷ interval), more than the ${formatCount(MAX_TRAFFIC_ERLANGS)} this calculation takes: check the contacts and handle time, or split the queue.`,
    );
  }
  return erlangs;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
