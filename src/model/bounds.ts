/**
 * The one table of bounds: every limit on what a person types, with the unit it is in and the checks that
 * apply it. The pane's fields, the functions, the CLI and the price book's sheet all read these same
 * constants (each lives beside the check that applies it); this table names them in one place, and
 * test/input/bounds.test.ts drives every surface just past each one. Beyond a bound a number is a typo,
 * and the user gets a message at the field, the cell or the command line instead of a number.
 */
import { MAX_MINIMUM_UNITS, MAX_MONTHLY_CONVERSATIONS, MAX_MONTHLY_FEE, MAX_MONTHLY_VOLUME, MAX_MONTHS, MAX_SEATS, MAX_UNIT_RATE } from "./plan";
import { MAX_COST_PER_CONVERSATION } from "./pricebook/compare";
import { MAX_GROWTH_PCT, MAX_HORIZON, MAX_SEASONAL_FACTOR, MIN_GROWTH_PCT, MIN_HORIZON } from "./scenario/drivers";
import { MAX_ANSWER_SECONDS, MAX_LOADED_COST_PER_AGENT_MONTH } from "./scenario/staffing";
import { FX_RATE_BOUNDS } from "./currency/rate";
import { MAX_CV, MAX_FX_VOLATILITY, MAX_PATHS } from "./volatility/types";

export interface Bound {
  /** What is bounded, as the message names it. */
  what: string;
  min: number;
  max: number;
  unit: string;
}

export const BOUNDS = {
  conversationsPerMonth: { what: "Conversations in a month", min: 0, max: MAX_MONTHLY_CONVERSATIONS, unit: "conversations" },
  countsPerMonth: { what: "Resolutions or AI-involved conversations in a month", min: 0, max: MAX_MONTHLY_VOLUME, unit: "units" },
  seats: { what: "Seats", min: 0, max: MAX_SEATS, unit: "seats" },
  months: { what: "Months of a calculation (functions, CLI)", min: 1, max: MAX_MONTHS, unit: "months" },
  horizon: { what: "A scenario's horizon", min: MIN_HORIZON, max: MAX_HORIZON, unit: "months" },
  growth: { what: "Monthly growth", min: MIN_GROWTH_PCT, max: MAX_GROWTH_PCT, unit: "% a month" },
  seasonalFactor: { what: "A month's seasonal factor", min: 0, max: MAX_SEASONAL_FACTOR, unit: "× the average month" },
  share: { what: "A share (AI involvement, resolution, outcome mix)", min: 0, max: 1, unit: "fraction (0%–100%)" },
  unitPrice: { what: "A price per seat, unit, pack or outcome", min: 0, max: MAX_UNIT_RATE, unit: "US dollars" },
  monthlyFee: { what: "A platform fee or spend cap", min: 0, max: MAX_MONTHLY_FEE, unit: "US dollars a month" },
  minimumUnits: { what: "A monthly minimum or included units", min: 0, max: MAX_MINIMUM_UNITS, unit: "units" },
  costPerConversation: { what: "Cost per human-handled conversation", min: 0, max: MAX_COST_PER_CONVERSATION, unit: "US dollars" },
  costPerAgentMonth: { what: "Loaded cost per agent-month", min: 0, max: MAX_LOADED_COST_PER_AGENT_MONTH, unit: "US dollars" },
  answerSeconds: { what: "Answer-time target", min: 0, max: MAX_ANSWER_SECONDS, unit: "seconds" },
  volatility: { what: "Coefficient of variation of monthly volume", min: 0, max: MAX_CV, unit: "fraction" },
  paths: { what: "Simulated futures", min: 1, max: MAX_PATHS, unit: "paths" },
  usdJpy: { what: "The USD→JPY rate", ...FX_RATE_BOUNDS.JPY, unit: "yen per US dollar" },
  usdEur: { what: "The USD→EUR rate", ...FX_RATE_BOUNDS.EUR, unit: "euros per US dollar" },
  usdGbp: { what: "The USD→GBP rate", ...FX_RATE_BOUNDS.GBP, unit: "pounds per US dollar" },
  fxVolatility: { what: "The exchange rate's annualised volatility", min: 0, max: MAX_FX_VOLATILITY, unit: "fraction a year" },
} as const satisfies Record<string, Bound>;

export type BoundName = keyof typeof BOUNDS;
