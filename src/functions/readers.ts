/** Readers shared by the custom functions: a plan of a price book, a month count, and monthly volumes. */
import { invalidInput } from "../model/errors";
import { checkMonths, parseBilling } from "../model/plan";
import { AiOverrides, MonthlyVolumes, PriceBook, ResolutionPlan, resolutionPlan } from "../model/pricebook";
import { asRange, CellInput, isBlank, plainValue, readNumber, readNumberList, readOptionalNumber, readOverride, readText } from "./args";
import { readPriceBook } from "./book";

export const TIER_ARG = "Plan";
export const BILLING_ARG = "Billing";

/**
 * Plans bound per book, plan name (as typed), seats and billing: a column of formulas over one plan
 * binds it once. Nested maps rather than a composite string key: building that key cost more than the
 * whole calculation (the bench's TOTAL per call).
 */
const boundPlans = new WeakMap<PriceBook, Map<string, Map<number, Partial<Record<"annual" | "monthly", ResolutionPlan>>>>>();
const NAMES_KEPT = 256;

function boundPlan(book: PriceBook, id: string, seats: number, billing: CellInput, overrides: AiOverrides): ResolutionPlan {
  const billingName = parseBilling(readText(billing, BILLING_ARG));
  // A formula's own AI rate or minimum is rare: bound afresh, not kept.
  if (overrides.aiRate !== undefined || overrides.aiMinimum !== undefined) return resolutionPlan(book, id, { seats, billing: billingName }, overrides);
  let byName = boundPlans.get(book);
  if (!byName) boundPlans.set(book, (byName = new Map()));
  let bySeats = byName.get(id);
  if (!bySeats) {
    if (byName.size >= NAMES_KEPT) byName.clear();
    byName.set(id, (bySeats = new Map()));
  }
  let byBilling = bySeats.get(seats);
  if (!byBilling) bySeats.set(seats, (byBilling = {}));
  return (byBilling[billingName] ??= resolutionPlan(book, id, { seats, billing: billingName }));
}

/**
 * A plan of the formula's price book: a tier name (Essential, Advanced, Expert: Intercom's), a plan id
 * (zendesk-professional) or a stack (zendesk-professional+fin-standalone), with seats, billing and any
 * AI rate or minimum given in the formula.
 */
export function readPlan(
  tier: CellInput,
  seats: CellInput,
  billing: CellInput,
  aiRate: CellInput,
  aiMinimum: CellInput,
  priceBook: CellInput,
): ResolutionPlan {
  const id = readText(tier, TIER_ARG);
  if (id === undefined) throw invalidInput("Plan is required: a tier such as Advanced, or a plan id of the price book such as zendesk-professional.");
  const book = readPriceBook(priceBook);
  return boundPlan(book, id, readNumber(seats, "Seats", 0), billing, {
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

/**
 * The AI-involved conversations a stack that bills them is priced with (Freshdesk's sessions,
 * Agentforce's conversations, eesel's tickets): one value for every month, or one per month. Omitted,
 * or blank and 0 throughout (desktop reads an empty cell as 0, the web as nothing), means not given.
 */
export function readInvolved(aiInvolved: CellInput): MonthlyVolumes | undefined {
  if (isBlankArgument(aiInvolved)) return undefined;
  const values = readNumberList(aiInvolved, "AI-involved conversations");
  return values.length === 1 ? { steady: values[0], months: 1 } : { perMonth: values };
}

/** An optional range argument left out, or blank (or 0, as desktop reads a blank) in every cell. */
export function isBlankArgument(value: CellInput): boolean {
  if (value === null || value === undefined) return true;
  return asRange(value).every((row) => row.every((cell) => isBlank(cell) || plainValue(cell) === 0));
}
