/**
 * The pricing catalog: every price and default the add-in uses, each with where it comes from and
 * when it was read (shared/PRICING-SOURCES.md). This is data; no other file may hold a price.
 */

export type Billing = "annual" | "monthly";

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

const GUIDE = "Intercom pricing as described in \"Intercom SOC 2 compliance guide\"";
const GUIDE_DATE = "2025-10-27";
const HELP_CENTER = "Intercom help center article on plans";
const HELP_CENTER_DATE = "2026";

export const INTERCOM_CATALOG: Catalog = {
  vendor: "Intercom",
  currency: "USD",
  currencyFormat: "[$$-409]#,##0.00",
  defaultBilling: "annual",
  tiers: [
    {
      name: "Essential",
      addsFeatures: ["Shared inbox", "Ticketing", "Help center"],
      seat: {
        annual: { usdPerSeatMonth: 29, source: GUIDE, asOf: GUIDE_DATE },
        monthly: { usdPerSeatMonth: 39, source: HELP_CENTER, asOf: HELP_CENTER_DATE },
      },
    },
    {
      name: "Advanced",
      addsFeatures: ["Workflows", "Multiple inboxes", "Private help center"],
      seat: {
        annual: { usdPerSeatMonth: 85, source: GUIDE, asOf: GUIDE_DATE },
        monthly: { usdPerSeatMonth: 99, source: HELP_CENTER, asOf: HELP_CENTER_DATE },
      },
    },
    {
      name: "Expert",
      addsFeatures: ["SSO", "HIPAA support", "SLAs", "Multi-brand"],
      seat: {
        annual: { usdPerSeatMonth: 132, source: GUIDE, asOf: GUIDE_DATE },
        monthly: { usdPerSeatMonth: 139, source: HELP_CENTER, asOf: HELP_CENTER_DATE },
      },
    },
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
    usdPerResolution: 0.99,
    monthlyMinimumResolutions: 50,
    rateSource: { source: GUIDE, asOf: GUIDE_DATE },
    minimumSource: {
      source: `${GUIDE} ("from a minimum of 50 resolutions per month", standalone Fin)`,
      asOf: GUIDE_DATE,
    },
  },
};

/** The catalog every surface uses unless the workbook overrides it. */
export const DEFAULT_CATALOG: Catalog = INTERCOM_CATALOG;
