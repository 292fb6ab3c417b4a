/** Readers shared by the custom functions: a plan, a month count, and monthly volumes. */
import { MonthlyVolumes } from "../model/cost";
import { invalidInput } from "../model/errors";
import { checkMonths, PricingPlan, resolvePlan } from "../model/plan";
import { CellInput, readNumber, readNumberList, readOptionalNumber, readOverride, readText } from "./args";

export const TIER_ARG = "Tier";
export const BILLING_ARG = "Billing";

export function readPlan(tier: CellInput, seats: CellInput, billing: CellInput, aiRate: CellInput, aiMinimum: CellInput): PricingPlan {
  return resolvePlan({
    tier: readText(tier, TIER_ARG) ?? "",
    seats: readNumber(seats, "Seats", 0),
    billing: readText(billing, BILLING_ARG),
    aiRate: readOverride(aiRate, "An AI rate", "Leave the argument out (or the cell blank on the web) for the price book's rate; for a free AI agent, set its rate to 0 in the price book."),
    aiMinimum: readOverride(aiMinimum, "An AI minimum", "Leave the argument out for the price book's minimum; for no minimum, set it to 0 in the price book."),
  });
}

/** Months as given, or undefined when blank or 0 (an omitted argument arrives as null; 0 months means nothing). */
export function readMonths(months: CellInput): number | undefined {
  const value = readOptionalNumber(months, "Months");
  return value === undefined ? undefined : checkMonths(value);
}

/**
 * Monthly volumes from a resolutions argument: one value repeated for `months` (default 1), or a
 * one-row/one-column range with one month per cell, in which case months must be blank or match.
 */
export function readVolumes(resolutions: CellInput, months: CellInput): MonthlyVolumes {
  const volumes = readNumberList(resolutions, "Resolutions");
  const given = readMonths(months);
  if (volumes.length === 1) return { steady: volumes[0], months: given ?? 1 };
  if (given !== undefined && given !== volumes.length) {
    throw invalidInput(
      `Months is ${given} but the resolutions range has ${volumes.length} monthly values: leave months blank or make it ${volumes.length}.`,
    );
  }
  return { perMonth: volumes };
}
