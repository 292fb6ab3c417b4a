/**
 * The built-in price book: every plan of the vendors' published pricing, each figure with its source
 * and as-of date. Two dated editions: the seed list (the default, which today's Intercom numbers come
 * from) and Intercom's 2026 billing (outcomes, Essential at $19, Fin standalone's platform fee, Copilot).
 * A workbook copies a book and edits it; this file is only the starting point.
 */
import type { ForeignCurrency } from "../currency/codes";
import { Edition, Plan, Price, PriceBook } from "./types";

function price(amount: number, source: string, asOf: string): Price {
  return { amount, source, asOf };
}

// Intercom, seed edition (src/model/catalog.ts reads its tiers' prices from here).
const GUIDE = 'Intercom pricing as described in "Intercom SOC 2 compliance guide"';
const GUIDE_DATE = "2025-10-27";
const HELP_CENTER = "Intercom help center article on plans";
const HELP_CENTER_DATE = "2026";
const MINIMUM = `${GUIDE} ("from a minimum of 50 resolutions per month", standalone Fin)`;
const FIN_STANDALONE = "Intercom help article on Fin standalone";
const FIN_STANDALONE_DATE = "2026";
// Intercom, 2026 edition.
const OUTCOMES = "Intercom help center articles on Fin outcomes";
const OUTCOMES_DATE = "2026";
const PRICING_COPY = "Copy of intercom.com/pricing (one source only)";
const PRICING_COPY_DATE = "2026-09-20";
// Other vendors.
const ZENDESK = "Zendesk pricing page copy";
const ZENDESK_DATE = "2026-10";
const ZENDESK_AR = "Third-party write-ups on Zendesk automated resolutions";
const ZENDESK_AR_DATE = "2026";
const FRESHWORKS = "Freshworks support articles";
const FRESHWORKS_DATE = "2025-11-13";
const AGENTFORCE = "Public write-ups on Salesforce Agentforce pricing";
const AGENTFORCE_DATE = "2025-05";
const EESEL = "eesel AI docs";
const EESEL_DATE = "2026";

function intercomSeed(tier: string, annual: number, monthly: number): Plan {
  return {
    id: `intercom-${tier.toLowerCase()}`,
    vendor: "Intercom",
    name: `Intercom ${tier}`,
    kind: "helpdesk",
    seat: { annual: price(annual, GUIDE, GUIDE_DATE), monthly: price(monthly, HELP_CENTER, HELP_CENTER_DATE) },
    ai: {
      unit: "ai-resolved",
      rate: price(0.99, GUIDE, GUIDE_DATE),
      monthlyMinimum: price(50, MINIMUM, GUIDE_DATE),
    },
  };
}

const outcomeRates = {
  "procedure-handoff": price(0.99, OUTCOMES, OUTCOMES_DATE),
  disqualification: price(0.99, OUTCOMES, OUTCOMES_DATE),
  qualification: price(9.99, OUTCOMES, OUTCOMES_DATE),
};

function intercom2026(tier: string, annual: number, annualSource: string, annualDate: string, monthly: number): Plan {
  return {
    id: `intercom-${tier.toLowerCase()}`,
    vendor: "Intercom",
    name: `Intercom ${tier}`,
    kind: "helpdesk",
    seat: { annual: price(annual, annualSource, annualDate), monthly: price(monthly, HELP_CENTER, HELP_CENTER_DATE) },
    ai: {
      unit: "outcome",
      rate: price(0.99, OUTCOMES, OUTCOMES_DATE),
      outcomeRates,
      monthlyMinimum: price(50, `${PRICING_COPY}: "a minimum monthly commitment (e.g. 50 outcomes)"`, PRICING_COPY_DATE),
    },
  };
}

function zendesk(tier: string, annual: number, monthly: number, includedPerSeat: number): Plan {
  return {
    id: `zendesk-${tier.toLowerCase()}`,
    vendor: "Zendesk",
    name: `Zendesk Suite ${tier}`,
    kind: "helpdesk",
    seat: { annual: price(annual, ZENDESK, ZENDESK_DATE), monthly: price(monthly, ZENDESK, ZENDESK_DATE) },
    ai: {
      unit: "ai-resolved",
      rate: price(1.5, ZENDESK_AR, ZENDESK_AR_DATE),
      paygRate: price(2, ZENDESK_AR, ZENDESK_AR_DATE),
      includedPerSeat: price(includedPerSeat, ZENDESK, ZENDESK_DATE),
    },
  };
}

function freshdesk(tier: string, annual: number): Plan {
  return {
    id: `freshdesk-${tier.toLowerCase()}`,
    vendor: "Freshworks",
    name: `Freshdesk ${tier}`,
    kind: "helpdesk",
    seat: { annual: price(annual, FRESHWORKS, FRESHWORKS_DATE) },
    ai: {
      unit: "ai-involved",
      pack: { size: price(100, FRESHWORKS, FRESHWORKS_DATE), price: price(49, FRESHWORKS, FRESHWORKS_DATE) },
      oneTimeFree: price(500, FRESHWORKS, FRESHWORKS_DATE),
    },
  };
}

const OTHER_VENDORS: Plan[] = [
  zendesk("Team", 55, 69, 5),
  zendesk("Professional", 115, 149, 10),
  freshdesk("Growth", 19),
  freshdesk("Pro", 55),
  freshdesk("Enterprise", 89),
  {
    id: "agentforce",
    vendor: "Salesforce",
    name: "Salesforce Agentforce",
    kind: "ai-only",
    ai: { unit: "ai-involved", rate: price(2, AGENTFORCE, AGENTFORCE_DATE) },
  },
  {
    id: "eesel",
    vendor: "eesel AI",
    name: "eesel AI",
    kind: "ai-only",
    ai: { unit: "ai-involved", rate: price(0.4, EESEL, EESEL_DATE), spendCap: price(250, EESEL, EESEL_DATE) },
  },
];

/**
 * Exchange rates, units per US dollar, for showing totals in other currencies (prices stay in dollars).
 * The yen rate is the Japanese banks' customer mid rate (TTM) that finance teams in Japan book at; the
 * euro and the pound are the ECB's reference rates, which quote every currency per euro, crossed through
 * the dollar's (1 EUR = 1.0889 USD = 0.84183 GBP on 14 March 2025: USD→EUR 1 / 1.0889, USD→GBP
 * 0.84183 / 1.0889, to five significant digits). A workbook overrides them with its own dated rows.
 */
const ECB_REFERENCE = "ECB euro foreign exchange reference rates of 14 March 2025 (1 EUR = 1.0889 USD = 0.84183 GBP), crossed through the dollar";
const ECB_REFERENCE_DATE = "2025-03-14";
const FX_RATES: Partial<Record<ForeignCurrency, Price>> = {
  JPY: price(156.22, "MUFG Bank's published USD/JPY customer mid rate, TTM, of 24 December 2025", "2025-12-24"),
  EUR: price(0.91836, ECB_REFERENCE, ECB_REFERENCE_DATE),
  GBP: price(0.7731, ECB_REFERENCE, ECB_REFERENCE_DATE),
};

/** The seed list: the default book (every plan with its published price). */
export const SEED_BOOK: PriceBook = {
  plans: [
    intercomSeed("Essential", 29, 39),
    intercomSeed("Advanced", 85, 99),
    intercomSeed("Expert", 132, 139),
    {
      id: "fin-standalone",
      vendor: "Intercom",
      name: "Fin AI agent (standalone)",
      kind: "ai-only",
      ai: {
        unit: "ai-resolved",
        rate: price(0.99, FIN_STANDALONE, FIN_STANDALONE_DATE),
        platformFee: price(49, FIN_STANDALONE, FIN_STANDALONE_DATE),
        includedPerMonth: price(50, FIN_STANDALONE, FIN_STANDALONE_DATE),
      },
    },
    ...OTHER_VENDORS,
  ],
  fx: FX_RATES,
};

/** Intercom's 2026 billing: outcomes, Essential at $19 (one source), Fin standalone on outcomes, Copilot. */
export const INTERCOM_2026_BOOK: PriceBook = {
  plans: [
    intercom2026("Essential", 19, PRICING_COPY, PRICING_COPY_DATE, 39),
    intercom2026("Advanced", 85, PRICING_COPY, PRICING_COPY_DATE, 99),
    intercom2026("Expert", 132, PRICING_COPY, PRICING_COPY_DATE, 139),
    {
      id: "fin-standalone",
      vendor: "Intercom",
      name: "Fin AI agent (standalone)",
      kind: "ai-only",
      ai: {
        unit: "outcome",
        rate: price(0.99, OUTCOMES, OUTCOMES_DATE),
        outcomeRates,
        platformFee: price(49, FIN_STANDALONE, FIN_STANDALONE_DATE),
        includedPerMonth: price(50, FIN_STANDALONE, FIN_STANDALONE_DATE),
      },
    },
    {
      id: "intercom-copilot",
      vendor: "Intercom",
      name: "Intercom Copilot",
      kind: "add-on",
      seat: { annual: price(29, PRICING_COPY, PRICING_COPY_DATE), monthly: price(35, PRICING_COPY, PRICING_COPY_DATE) },
    },
    ...OTHER_VENDORS,
  ],
  fx: FX_RATES,
};

export const EDITIONS: readonly Edition[] = [
  { id: "seed", label: "Seed list (default)", asOf: "2026-10", book: SEED_BOOK },
  { id: "intercom-2026", label: "Intercom 2026 billing (outcomes)", asOf: "2026-10", book: INTERCOM_2026_BOOK },
];

export const DEFAULT_EDITION: Edition = EDITIONS[0];
export const DEFAULT_BOOK: PriceBook = SEED_BOOK;
