/**
 * Month-end: the plan meets the invoice. A month's variance is sequential and additive, each step
 * priced by the stack's own rules through the one engine:
 *   planned cost
 *   + volume effect:  the actual conversations at the planned involvement and resolution, minus planned
 *   + AI-rate effect: the actual involvement and resolution at the actual volume, minus the step before
 *   + billing effect: the invoice minus the modelled cost at the actual counts (assumed resolutions
 *                     reversed, count lags, price changes: what the model of the bill does not explain)
 *   = the invoice.
 * Every figure is rounded to the cent first and the effects are differences of those cents, so the
 * identity holds to the cent in every month and in the year to date, whatever floating point does.
 */
import { describeValue, invalidInput } from "../errors";
import { atMost, exactCount, MonthVolume } from "../pricebook/chain";
import { bindStack, BoundStack, priceMonth, StackPlans, StackTerms } from "../pricebook/month";

/** A planned month: conversations and the chain's shares (0..1). */
export interface PlannedMonth {
  conversations: number;
  involvement: number;
  resolution: number;
}

/** An actual month: conversations, the AI's counts (or its shares), and the invoice in US dollars. */
export interface ActualMonth {
  conversations: number;
  /** AI-involved conversations, or give `involvement`. */
  involved?: number;
  /** AI resolutions that were billed, or give `resolution` (a share of the involved). */
  resolved?: number;
  involvement?: number;
  resolution?: number;
  invoice: number;
}

export interface VarianceRow {
  /** 1-based month, or "YTD" for the year to date. */
  month: number | "YTD";
  planned: number;
  volumeEffect: number;
  rateEffect: number;
  billingEffect: number;
  invoice: number;
  /** The stack's bill at the actual counts (planned + volume + rate effects). */
  modelled: number;
  /** Whether the billing effect is larger than the tolerance: the invoice does not match the model of it. */
  flagged: boolean;
}

export interface VarianceOptions {
  /** US dollars the invoice may differ from the modelled bill before it is flagged (default 1). */
  tolerance?: number;
}

/** Most an invoice may be: keeps every figure finite, far beyond any support bill. */
export const MAX_INVOICE = 1e12;

const cents = (x: number) => Math.round(x * 100);
const dollars = (c: number) => c / 100;

function checkCount(x: number | undefined, what: string): number {
  if (!(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1e12)) throw invalidInput(`${what} must be a number of 0 or more; got ${describeValue(x)}.`);
  return x;
}

function checkShare(x: number | undefined, what: string): number {
  if (!(typeof x === "number" && x >= 0 && x <= 1)) throw invalidInput(`${what} must be a share from 0 to 1; got ${describeValue(x)}.`);
  return x;
}

/** The chain of a month from conversations and shares, exact where the arithmetic is. */
function chainOf(conversations: number, involvement: number, resolution: number): MonthVolume {
  const involved = atMost(exactCount(conversations * involvement), conversations);
  return { conversations, involved, resolved: atMost(exactCount(involved * resolution), involved) };
}

/** The actual month's chain: its counts where given, else its shares. */
export function actualChain(a: ActualMonth, month: number): MonthVolume {
  const where = `Month ${month}`;
  const conversations = checkCount(a.conversations, `${where}: actual conversations`);
  const involved = a.involved !== undefined ? checkCount(a.involved, `${where}: AI-involved conversations`) : atMost(exactCount(conversations * checkShare(a.involvement, `${where}: actual AI involvement`)), conversations);
  const resolved = a.resolved !== undefined ? checkCount(a.resolved, `${where}: AI resolutions`) : atMost(exactCount(involved * checkShare(a.resolution, `${where}: actual AI resolution`)), involved);
  if (involved > conversations) throw invalidInput(`${where}: ${involved} AI-involved conversations but ${conversations} conversations; the AI takes part in at most every conversation.`);
  if (resolved > involved) throw invalidInput(`${where}: ${resolved} AI resolutions but ${involved} AI-involved conversations; the AI resolves only conversations it takes part in.`);
  return { conversations, involved, resolved };
}

function checkInvoice(x: number, month: number): number {
  if (!(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= MAX_INVOICE)) {
    throw invalidInput(`Month ${month}: the invoice must be an amount of 0 or more US dollars; got ${describeValue(x)}.`);
  }
  return x;
}

/**
 * The variance of each actual month against the plan, and the year to date.
 *
 * @example
 * varianceOf(resolveStack(SEED_BOOK, "intercom-advanced"), { seats: 12 },
 *   [{ conversations: 5000, involvement: 0.5, resolution: 0.6 }],
 *   [{ conversations: 6000, involvement: 0.5, resolution: 0.7, invoice: 3150 }])
 * // → [{ month: 1, planned: 2505, volumeEffect: 297, rateEffect: 297, billingEffect: 51, invoice: 3150, … }]
 */
export function varianceOf(plans: StackPlans, terms: StackTerms, planned: readonly PlannedMonth[], actual: readonly ActualMonth[], options: VarianceOptions = {}): VarianceRow[] {
  if (actual.length === 0) throw invalidInput("Give at least one month of actuals.");
  if (actual.length > planned.length) throw invalidInput(`${actual.length} months of actuals but the plan has ${planned.length}: give the plan for every month with actuals.`);
  const tolerance = options.tolerance ?? 1;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) throw invalidInput(`The tolerance must be an amount of 0 or more US dollars; got ${describeValue(tolerance)}.`);
  const stack: BoundStack = bindStack(plans, terms);
  const bill = (v: MonthVolume) => cents(priceMonth(stack, v).total);
  const rows = actual.map((a, i): { planned: number; atPlannedRates: number; modelled: number; invoice: number } => {
    const p = planned[i];
    const month = i + 1;
    const plannedCents = bill(chainOf(checkCount(p.conversations, `Month ${month}: planned conversations`), checkShare(p.involvement, `Month ${month}: planned AI involvement`), checkShare(p.resolution, `Month ${month}: planned AI resolution`)));
    const actualVolume = actualChain(a, month);
    return {
      planned: plannedCents,
      atPlannedRates: bill(chainOf(actualVolume.conversations, p.involvement, p.resolution)),
      modelled: bill(actualVolume),
      invoice: cents(checkInvoice(a.invoice, month)),
    };
  });
  const row = (month: VarianceRow["month"], r: { planned: number; atPlannedRates: number; modelled: number; invoice: number }): VarianceRow => ({
    month,
    planned: dollars(r.planned),
    volumeEffect: dollars(r.atPlannedRates - r.planned),
    rateEffect: dollars(r.modelled - r.atPlannedRates),
    billingEffect: dollars(r.invoice - r.modelled),
    invoice: dollars(r.invoice),
    modelled: dollars(r.modelled),
    flagged: Math.abs(r.invoice - r.modelled) > cents(tolerance),
  });
  const out = rows.map((r, i) => row(i + 1, r));
  if (rows.length > 1) {
    const sum = (k: keyof (typeof rows)[number]) => rows.reduce((s, r) => s + r[k], 0);
    out.push(row("YTD", { planned: sum("planned"), atPlannedRates: sum("atPlannedRates"), modelled: sum("modelled"), invoice: sum("invoice") }));
  }
  return out;
}
