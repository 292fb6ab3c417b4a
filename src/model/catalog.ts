/**
 * The Intercom catalog of today's API (tiers, features, the AI agent's terms), derived from the
 * built-in price book, where every price lives with its source and date.
 */
import { SEED_BOOK } from "./pricebook/builtin";
import type { Billing, Plan, Price } from "./pricebook/types";

export type { Billing } from "./pricebook/types";

export interface PriceSource {
  /** Where the figure was read, in words a finance reader can follow up. */
  source: string;
  /** ISO date (or year) the figure was read. */
  asOf: string;
}

export interface SeatPrice extends PriceSource {
  /** US dollars per seat per month. */
  usdPerSeatMonth: number;
}

export interface TierEntry {
  name: string;
  /** Features this tier adds on top of the tier before it. */
  addsFeatures: string[];
  seat: Record<Billing, SeatPrice>;
}

export interface FeatureEntry {
  /** Display name, as the vendor's plan table writes it. */
  name: string;
  /** Other spellings a user may type (compared case- and punctuation-insensitively). */
  aliases: string[];
}

export interface AiAgentPricing {
  name: string;
  usdPerResolution: number;
  /** Billable resolutions per month once the agent resolves anything that month. */
  monthlyMinimumResolutions: number;
  rateSource: PriceSource;
  minimumSource: PriceSource;
}

export interface Catalog {
  vendor: string;
  currency: "USD";
  /** Excel number format for money in this catalog's currency (en-US format codes). */
  currencyFormat: string;
  /** Tiers from cheapest to dearest; each includes every feature of the tiers before it. */
  tiers: TierEntry[];
  features: FeatureEntry[];
  ai: AiAgentPricing;
  defaultBilling: Billing;
}

/**
 * Intercom's tiers as today's API sees them. The prices are not written here: they are read from the
 * built-in price book's seed edition (pricebook/builtin.ts), their one home, with their sources and
 * dates. What lives here is what the book does not hold: the tiers' order and the feature table.
 */
function seedPlan(id: string): Plan {
  const plan = SEED_BOOK.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`The seed price book has no plan ${id}`);
  return plan;
}

function seatPrice(price: Price | undefined, id: string): SeatPrice {
  if (!price) throw new Error(`The seed price book has no seat price for ${id}`);
  return { usdPerSeatMonth: price.amount, source: price.source, asOf: price.asOf };
}

function intercomTier(name: string, addsFeatures: string[]): TierEntry {
  const id = `intercom-${name.toLowerCase()}`;
  const plan = seedPlan(id);
  return { name, addsFeatures, seat: { annual: seatPrice(plan.seat?.annual, id), monthly: seatPrice(plan.seat?.monthly, id) } };
}

const finTerms = seedPlan("intercom-essential").ai!;

export const INTERCOM_CATALOG: Catalog = {
  vendor: "Intercom",
  currency: "USD",
  currencyFormat: "[$$-409]#,##0.00",
  defaultBilling: "annual",
  tiers: [
    intercomTier("Essential", ["Shared inbox", "Ticketing", "Help center"]),
    intercomTier("Advanced", ["Workflows", "Multiple inboxes", "Private help center"]),
    intercomTier("Expert", ["SSO", "HIPAA support", "SLAs", "Multi-brand"]),
  ],
  features: [
    { name: "Shared inbox", aliases: ["inbox"] },
    { name: "Ticketing", aliases: ["tickets"] },
    { name: "Help center", aliases: ["help centre", "knowledge base"] },
    { name: "Workflows", aliases: ["workflow"] },
    { name: "Multiple inboxes", aliases: ["multiple inbox", "multi inbox"] },
    { name: "Private help center", aliases: ["private help centre"] },
    { name: "SSO", aliases: ["single sign-on", "single sign on"] },
    { name: "HIPAA support", aliases: ["HIPAA"] },
    { name: "SLAs", aliases: ["SLA", "service level agreements"] },
    { name: "Multi-brand", aliases: ["multibrand", "multiple brands"] },
  ],
  ai: {
    name: "Fin AI agent",
    usdPerResolution: finTerms.rate!.amount,
    monthlyMinimumResolutions: finTerms.monthlyMinimum!.amount,
    rateSource: { source: finTerms.rate!.source, asOf: finTerms.rate!.asOf },
    minimumSource: { source: finTerms.monthlyMinimum!.source, asOf: finTerms.monthlyMinimum!.asOf },
  },
};

/** The catalog every surface uses unless the workbook overrides it. */
export const DEFAULT_CATALOG: Catalog = INTERCOM_CATALOG;
