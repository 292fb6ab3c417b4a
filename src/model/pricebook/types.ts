/**
 * A price book is data: plans whose every price carries its source and as-of date. The billable
 * metric (which link of the volume chain a vendor counts: chain.ts) is kept apart from the charge
 * model (how a count becomes money: charges.ts), as billing engines such as Lago and Stripe do.
 */
import type { ForeignCurrency } from "../currency/codes";

/** Which seat price applies: the per-month price of annual billing, or of monthly billing. */
export type Billing = "annual" | "monthly";

/** A figure and where it comes from: the vendor page or document it was read in, and when. */
export interface Price {
  /** US dollars, or a count of units for allowances, minimums and pack sizes. */
  amount: number;
  /** Where the figure was read, in words a finance reader can follow up. */
  source: string;
  /** When it was read: "2026", "2025-10" or "2025-10-27". */
  asOf: string;
}

/** Which link of the volume chain the AI charge counts. */
export type AiUnit = "ai-involved" | "ai-resolved" | "outcome";
export const AI_UNITS: readonly AiUnit[] = ["ai-involved", "ai-resolved", "outcome"];

/** Outcome types of outcome billing, one per AI-involved conversation at most. */
export type OutcomeType = "resolution" | "procedure-handoff" | "disqualification" | "qualification";
export const OUTCOME_TYPES: readonly OutcomeType[] = ["resolution", "procedure-handoff", "disqualification", "qualification"];
/** The outcome types that may carry their own rate (a resolution is billed at the plan's AI rate). */
export type OtherOutcome = Exclude<OutcomeType, "resolution">;
export const OTHER_OUTCOMES: readonly OtherOutcome[] = ["procedure-handoff", "disqualification", "qualification"];

/**
 * - helpdesk: seats (and usually an AI agent of its own);
 * - ai-only: an AI agent bought on top of another helpdesk;
 * - add-on: a per-seat extra (e.g. Copilot), bought for some of the helpdesk's seats.
 */
export type PlanKind = "helpdesk" | "ai-only" | "add-on";
export const PLAN_KINDS: readonly PlanKind[] = ["helpdesk", "ai-only", "add-on"];

/** How the AI is charged. Every field but `unit` is optional: a plan has the terms its vendor uses. */
export interface AiTerms {
  /** The counted link of the chain; allowances, minimums, packs and the cap count the same unit. */
  unit: AiUnit;
  /** Per-unit price, committed (the default). Absent when the AI is sold in packs only. */
  rate?: Price;
  /** Per-unit price without a commitment. */
  paygRate?: Price;
  /** Outcome billing: rates of the outcome types other than resolution (which uses `rate`). */
  outcomeRates?: Partial<Record<OtherOutcome, Price>>;
  /** Units billed at least, in any month with one or more units. */
  monthlyMinimum?: Price;
  /** US dollars every month, whatever the use. */
  platformFee?: Price;
  /** Units included each month (no rollover), usually with the platform fee. */
  includedPerMonth?: Price;
  /** Units included per helpdesk seat each month (no rollover). */
  includedPerSeat?: Price;
  /** Packs bought per month as needed: a started pack is a whole pack; unused units expire each cycle. */
  pack?: { size: Price; price: Price };
  /**
   * Tiered rates instead of one rate: graduated (each band's units at the band's rate) or volume (every
   * unit at the rate of the band the month reaches). Every band but the last has an upper end.
   */
  tiers?: { mode: TierMode; bands: TierBand[] };
  /** Free units once per new account, used up month by month (off unless the caller turns it on). */
  oneTimeFree?: Price;
  /** US dollars of AI charges per month, after which the AI pauses and the rest go to people. */
  spendCap?: Price;
}

export type TierMode = "graduated" | "volume";

export interface TierBand {
  /** Units up to which this band's rate applies; absent on the last band. */
  upTo?: Price;
  rate: Price;
}

/** Bands the row form can hold (AI band 1 … AI band 5). */
export const MAX_TIER_BANDS = 5;

export interface Plan {
  /** Stable id, lower case: "intercom-advanced", "fin-standalone". */
  id: string;
  vendor: string;
  name: string;
  kind: PlanKind;
  /** Per seat-month by billing; either may be absent (a vendor that does not offer it). */
  seat?: Partial<Record<Billing, Price>>;
  ai?: AiTerms;
}

export interface PriceBook {
  plans: readonly Plan[];
  /**
   * Exchange rates for showing totals in other currencies: units of each currency per US dollar, each
   * with its source and as-of date like every price (src/model/currency). Prices stay in dollars.
   */
  fx?: Partial<Record<ForeignCurrency, Price>>;
}

/** A dated edition of the built-in book. */
export interface Edition {
  id: string;
  label: string;
  /** The newest as-of date among its figures, for "which book did this number use". */
  asOf: string;
  book: PriceBook;
}
