/**
 * Volume scenarios for the task pane: named sets of drivers (conversations, growth, seasonality, AI
 * resolution share, plan) turned into monthly conversations → resolutions → costs. Costs always come
 * from the price book (pricebook/resolutions.ts); this file never prices a month itself.
 */
import { Billing } from "./catalog";
import { CostSummary } from "./cost";
import { PricingInputError } from "./errors";
import { checkSeats, MAX_MONTHLY_CONVERSATIONS, PricingPlan } from "./plan";
import { StackPricing, stackPricing } from "./pricebook/bridge";
import { DEFAULT_BOOK } from "./pricebook/builtin";
import { checkChainRates, OutcomeSplit } from "./pricebook/chain";
import { costOfResolutions, monthlyCostsOfResolutions, ResolutionPlan, resolutionPlan } from "./pricebook/resolutions";
import { PriceBook } from "./pricebook/types";
import { ScenarioStaffingFields, seatsFollowStaffing, staffingDriversOf, usesStaffing, validateStaffingFields } from "./scenarioStaffing";
import { agentsForWorkload } from "./staffing/supportCost";
import { humanWorkload } from "./staffing/workload";

/** Shortest and longest planning horizon the pane offers, in months. */
export const MIN_HORIZON = 12;
export const MAX_HORIZON = 36;
/** Monthly growth beyond ±50 % is almost certainly a typo for a yearly figure. */
export const MAX_GROWTH_PCT = 50;
export const MIN_GROWTH_PCT = -50;
/** More conversations a month than any helpdesk handles; beyond this a number is a typo. */
export const MAX_CONVERSATIONS = MAX_MONTHLY_CONVERSATIONS;
/** A seasonal factor of 10 means ten times the average month: anything above is a typo. */
export const MAX_SEASONAL_FACTOR = 10;
export const MAX_NAME_LENGTH = 40;

export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Flat, or 12 factors for January..December that multiply the month's volume (1 = an average month). */
export type Seasonality = "flat" | number[];

/** The staffing fields (scenarioStaffing.ts) are optional: without a channel, seats and AI only, as before. */
export interface ScenarioDrivers extends ScenarioStaffingFields {
  /** Conversations in the first month, before seasonality. */
  startConversations: number;
  /** Compound growth of conversations per month, in percent. */
  growthPct: number;
  seasonality: Seasonality;
  /**
   * Share the AI agent resolves, in percent: of all conversations when aiInvolvementPct is absent (as
   * every scenario saved before the volume chain), else of the AI-involved conversations.
   */
  aiResolutionPct: number;
  /** Share of conversations the AI takes part in, in percent (absent: 100, so older scenarios keep their numbers). */
  aiInvolvementPct?: number;
  /** Outcome billing: shares (0..1) of AI-involved conversations ending in each outcome other than a resolution. */
  outcomeSplit?: OutcomeSplit;
  tier: string;
  seats: number;
  billing: Billing;
  horizonMonths: number;
  /** First month of the plan, "YYYY-MM". */
  firstMonth: string;
  /**
   * Conversations month by month from firstMonth (for example a forecast), at least one per horizon
   * month. When present it is the volume, and startConversations, growthPct and seasonality are kept
   * (so the user can switch back) but ignored for volume.
   */
  monthlyConversations?: number[];
}

export interface Scenario {
  id: string;
  name: string;
  drivers: ScenarioDrivers;
}

export type TemplateName = "Base" | "Low" | "High";
export const TEMPLATE_NAMES: readonly TemplateName[] = ["Base", "Low", "High"];

const TEMPLATE_DRIVERS: Record<TemplateName, Omit<ScenarioDrivers, "firstMonth">> = {
  Base: { startConversations: 20_000, growthPct: 2, seasonality: "flat", aiResolutionPct: 45, tier: "Advanced", seats: 25, billing: "annual", horizonMonths: 12 },
  Low: { startConversations: 16_000, growthPct: 0.5, seasonality: "flat", aiResolutionPct: 35, tier: "Advanced", seats: 20, billing: "annual", horizonMonths: 12 },
  High: { startConversations: 26_000, growthPct: 4, seasonality: "flat", aiResolutionPct: 60, tier: "Advanced", seats: 32, billing: "annual", horizonMonths: 12 },
};

/** The month after `today`, as "YYYY-MM": a plan usually starts next month. */
export function nextMonth(today: Date): string {
  return addMonths(`${today.getFullYear()}-${pad2(today.getMonth() + 1)}`, 1);
}

export function templateDrivers(template: TemplateName, firstMonth: string): ScenarioDrivers {
  const t = TEMPLATE_DRIVERS[template];
  return { ...t, seasonality: t.seasonality === "flat" ? "flat" : [...t.seasonality], firstMonth };
}

/** The three starting scenarios, ids s1..s3. */
export function defaultScenarios(firstMonth: string): Scenario[] {
  return TEMPLATE_NAMES.map((name, i) => ({ id: `s${i + 1}`, name, drivers: templateDrivers(name, firstMonth) }));
}

/** An id not used by any of the scenarios (s1, s2, ...). */
export function newScenarioId(existing: readonly Scenario[]): string {
  let max = 0;
  for (const s of existing) {
    const m = /^s(\d+)$/.exec(s.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `s${max + 1}`;
}

/** "Base" → "Base copy", then "Base copy 2", ... whichever is free. */
export function copyName(name: string, existing: readonly Scenario[]): string {
  const taken = new Set(existing.map((s) => s.name.trim().toLowerCase()));
  const stem = `${name} copy`.slice(0, MAX_NAME_LENGTH - 3);
  if (!taken.has(stem.toLowerCase())) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem} ${i}`.toLowerCase())) return `${stem} ${i}`;
}

// ---------------------------------------------------------------------------------------------
// Months

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isMonth(text: string): boolean {
  const m = MONTH_RE.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1900 && Number(m[1]) <= 9999;
}

/** "2027-11" + 3 → "2028-02". */
export function addMonths(month: string, count: number): string {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + count;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

/** 0 for January .. 11 for December. */
export function calendarMonthIndex(month: string): number {
  return Number(month.slice(5, 7)) - 1;
}

/** "2027-01" → "Jan 2027". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[calendarMonthIndex(month)]} ${month.slice(0, 4)}`;
}

export function seasonalFactors(seasonality: Seasonality): number[] {
  return seasonality === "flat" ? new Array<number>(12).fill(1) : seasonality;
}

// ---------------------------------------------------------------------------------------------
// Validation: one message per field, written for the Field that shows it.

export type DriverField = keyof ScenarioDrivers;
export type ScenarioField = DriverField | "name";
export type FieldErrors = Partial<Record<ScenarioField, string>>;

function checkNumber(value: number, label: string, min: number, max: number, whole = false): string | undefined {
  if (!Number.isFinite(value)) return `${label} must be a number.`;
  if (whole && !Number.isInteger(value)) return `${label} must be a whole number.`;
  if (value < min || value > max) return `${label} must be from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}.`;
  return undefined;
}

function modelMessage(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof PricingInputError) return error.message;
    throw error;
  }
}

/** Problems with the drivers, by field; an empty object means they can be priced and written. */
export function validateDrivers(d: ScenarioDrivers, book: PriceBook = DEFAULT_BOOK): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: DriverField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  put("startConversations", checkNumber(d.startConversations, "Conversations per month", 0, MAX_CONVERSATIONS));
  put("growthPct", checkNumber(d.growthPct, "Monthly growth", MIN_GROWTH_PCT, MAX_GROWTH_PCT));
  put("aiResolutionPct", checkNumber(d.aiResolutionPct, "AI resolution rate", 0, 100));
  if (d.aiInvolvementPct !== undefined) put("aiInvolvementPct", checkNumber(d.aiInvolvementPct, "AI involvement", 0, 100));
  if (d.outcomeSplit !== undefined) {
    put("outcomeSplit", modelMessage(() => checkChainRates({ resolution: (d.aiResolutionPct || 0) / 100, outcomeSplit: d.outcomeSplit })));
  }
  put("tier", modelMessage(() => checkScenarioPlan(book, d.tier)));
  put("seats", modelMessage(() => checkSeats(d.seats)));
  if (d.billing !== "annual" && d.billing !== "monthly") put("billing", 'Billing must be "annual" or "monthly".');
  put("horizonMonths", checkNumber(d.horizonMonths, "Horizon", MIN_HORIZON, MAX_HORIZON, true));
  if (!isMonth(d.firstMonth)) put("firstMonth", "First month must be a month written as YYYY-MM, for example 2027-01.");
  if (d.monthlyConversations !== undefined) put("monthlyConversations", checkMonthlyConversations(d.monthlyConversations, d.horizonMonths));
  if (d.seasonality !== "flat") {
    if (!Array.isArray(d.seasonality) || d.seasonality.length !== 12) {
      put("seasonality", "Seasonality needs 12 monthly factors, January to December.");
    } else {
      const bad = d.seasonality.findIndex((f) => !(Number.isFinite(f) && f > 0 && f <= MAX_SEASONAL_FACTOR));
      if (bad >= 0) put("seasonality", `The ${MONTH_NAMES[bad]} factor must be more than 0 and at most ${MAX_SEASONAL_FACTOR}.`);
    }
  }
  const staffingErrors = validateStaffingFields(d);
  Object.assign(errors, staffingErrors);
  if (usesStaffing(d) && Object.keys(errors).length === 0) put("staffingChannel", modelMessage(() => checkBusiestMonthStaffing(d)));
  return errors;
}

/**
 * Staffing the month with the most conversations must be possible (traffic within what Erlang C
 * takes) and, when seats follow staffing, its agents must be seats the plan can price. More volume
 * never needs fewer agents, so the busiest month is the one to check.
 */
function checkBusiestMonthStaffing(d: ScenarioDrivers): void {
  let busiest = 0;
  for (let i = 1; i <= d.horizonMonths; i++) busiest = Math.max(busiest, conversationsInMonth(d, i));
  const { handleTimeSeconds, staffing } = staffingDriversOf(d);
  const workload = humanWorkload({
    conversations: busiest,
    involvementRate: (d.aiInvolvementPct ?? 100) / 100,
    resolutionRate: d.aiResolutionPct / 100,
    handleTimeSeconds,
  });
  const agents = agentsForWorkload(workload, handleTimeSeconds, staffing);
  if (seatsFollowStaffing(d)) checkSeats(agents);
}

function checkMonthlyConversations(values: unknown, horizonMonths: number): string | undefined {
  if (!Array.isArray(values)) return "Month-by-month conversations must be a list of numbers.";
  const months = Number.isInteger(horizonMonths) && horizonMonths > 0 ? horizonMonths : 0;
  if (values.length < months) {
    return `Month-by-month conversations cover ${values.length} month${values.length === 1 ? "" : "s"}; the horizon needs ${months}. Run the forecast for ${months} months, or use level, growth and seasonality instead.`;
  }
  const bad = values.findIndex((v) => !(typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_CONVERSATIONS));
  if (bad >= 0) return `Month-by-month conversations: month ${bad + 1} must be a number from 0 to ${MAX_CONVERSATIONS.toLocaleString("en-US")}.`;
  return undefined;
}

/** Problems with a scenario's name among the others (blank, too long, or used twice). */
export function validateName(name: string, id: string, all: readonly Scenario[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return "Give the scenario a name.";
  if (trimmed.length > MAX_NAME_LENGTH) return `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _\-().&+]*$/u.test(trimmed)) {
    return "Start with a letter or digit; use letters, digits, spaces and - _ ( ) . & + only.";
  }
  if (all.some((s) => s.id !== id && s.name.trim().toLowerCase() === trimmed.toLowerCase())) {
    return `Another scenario is already called "${trimmed}".`;
  }
  return undefined;
}

export function validateScenario(s: Scenario, all: readonly Scenario[], book: PriceBook = DEFAULT_BOOK): FieldErrors {
  const errors = validateDrivers(s.drivers, book);
  const name = validateName(s.name, s.id, all);
  if (name) errors.name = name;
  return errors;
}

/** The first problem in any scenario, named, or undefined when every scenario is valid. */
export function firstProblem(all: readonly Scenario[], book: PriceBook = DEFAULT_BOOK): string | undefined {
  if (all.length === 0) return "Add at least one scenario.";
  for (const s of all) {
    const errors = Object.values(validateScenario(s, all, book));
    if (errors.length > 0) return `${s.name.trim() || "A scenario"}: ${errors[0]}`;
  }
  return undefined;
}

/**
 * Reads what a user typed into a number field. Accepts "12,500", "2.5" and "2.5%"; blank is an
 * error, since every driver needs a value.
 */
export function parseNumberInput(text: string): number | undefined {
  const cleaned = text.trim().replace(/,/g, "").replace(/%$/, "").trim();
  if (cleaned === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  return Number(cleaned);
}

// ---------------------------------------------------------------------------------------------
// Forecast and costs

export interface ScenarioMonth {
  /** 1-based month within the horizon. */
  index: number;
  /** "YYYY-MM". */
  month: string;
  conversations: number;
  resolutions: number;
  seatCost: number;
  aiCost: number;
  total: number;
}

export interface ScenarioForecast {
  scenario: Scenario;
  /** The scenario's plan in the price book it was priced with, bound to its seats and billing. */
  plan: ResolutionPlan;
  months: ScenarioMonth[];
  summary: CostSummary;
}

/**
 * Conversations in month `index` (1-based): monthlyConversations[index − 1] when the scenario follows
 * a month-by-month volume, else start × (1 + growth)^(index − 1) × the calendar month's factor.
 */
export function conversationsInMonth(d: ScenarioDrivers, index: number): number {
  if (d.monthlyConversations) return d.monthlyConversations[index - 1];
  const factor = seasonalFactors(d.seasonality)[calendarMonthIndex(addMonths(d.firstMonth, index - 1))];
  return d.startConversations * Math.pow(1 + d.growthPct / 100, index - 1) * factor;
}

/**
 * AI resolutions in a month of `conversations`: conversations × involvement × resolution rate. Without
 * an involvement rate this is conversations × aiResolutionPct / 100, computed exactly as before.
 */
export function aiResolutionsOf(d: ScenarioDrivers, conversations: number): number {
  const involved = d.aiInvolvementPct === undefined ? conversations : conversations * (d.aiInvolvementPct / 100);
  return (involved * d.aiResolutionPct) / 100;
}

/**
 * A scenario's plan must be one the plan sheet's formulas can price from AI resolutions (a plan billed
 * per resolution or per outcome); plans billed per AI-involved conversation are compared under
 * Compare stacks and with =SUPPORTCOST.COMPARE instead.
 */
function checkScenarioPlan(book: PriceBook, id: string): void {
  const plan = resolutionPlan(book, id, { seats: 0 });
  if (plan.aiUnit === "ai-involved") {
    throw new PricingInputError(
      "invalid",
      `${plan.aiPlanId} bills every conversation its AI takes part in; a scenario's plan sheet prices AI resolutions. Compare it under Compare stacks instead.`,
    );
  }
}

/**
 * What the volatility simulation prices a scenario's simulated months with: today's plan (the fast
 * path), or the bound stack with the scenario's chain rates (so a plan billing AI-involved
 * conversations recovers them from the simulated resolutions).
 */
export function simulationPlanOf(f: ScenarioForecast): PricingPlan | StackPricing {
  if (f.plan.simple) return f.plan.simple;
  const d = f.scenario.drivers;
  const share = (pct: number | undefined) => (pct === undefined || pct <= 0 ? 1 : pct / 100);
  return stackPricing(f.plan.bound, { involvement: share(d.aiInvolvementPct), resolution: share(d.aiResolutionPct) });
}

export function planOf(d: ScenarioDrivers, book: PriceBook = DEFAULT_BOOK): ResolutionPlan {
  return resolutionPlan(book, d.tier, { seats: d.seats, billing: d.billing });
}

/**
 * Month-by-month volumes and costs of a valid scenario (throws PricingInputError on invalid drivers),
 * priced with `book` (the built-in book unless the workbook has its own): today's Intercom plans by
 * cost.ts exactly as before, any other plan of the book month by month through priceMonth.
 */
export function forecastScenario(s: Scenario, book: PriceBook = DEFAULT_BOOK): ScenarioForecast {
  const d = s.drivers;
  const plan = planOf(d, book);
  const conversations: number[] = [];
  const resolutions: number[] = [];
  for (let i = 1; i <= d.horizonMonths; i++) {
    const c = conversationsInMonth(d, i);
    conversations.push(c);
    resolutions.push(aiResolutionsOf(d, c));
  }
  const costs = monthlyCostsOfResolutions(plan, resolutions);
  const months = costs.map((m, i) => ({
    index: m.month,
    month: addMonths(d.firstMonth, i),
    conversations: conversations[i],
    resolutions: m.resolutions,
    seatCost: m.seatCost,
    aiCost: m.aiCost,
    total: m.total,
  }));
  return { scenario: s, plan, months, summary: costOfResolutions(plan, { perMonth: resolutions }) };
}

// ---------------------------------------------------------------------------------------------
// Comparison

export interface ScenarioComparison {
  id: string;
  name: string;
  /** Cost of each 12-month year of the horizon (the last may be shorter if the horizon is not whole years). */
  annualTotals: number[];
  total: number;
  seatCost: number;
  aiCost: number;
  /** AI share of the total, 0..1. */
  aiShare: number;
  conversations: number;
  resolutions: number;
  peakMonth: string;
  peakCost: number;
  /** Total cost ÷ conversations (undefined with no conversations). */
  costPerConversation: number | undefined;
  /** AI cost ÷ AI resolutions: the effective price per resolution, minimums included. */
  costPerResolution: number | undefined;
  /** Total minus the reference scenario's total, and the same as a fraction of it. */
  differenceFromReference: number;
  differenceFromReferencePct: number | undefined;
}

export function compareForecasts(forecasts: readonly ScenarioForecast[]): ScenarioComparison[] {
  const reference = forecasts[0]?.summary.total ?? 0;
  return forecasts.map((f) => {
    const annualTotals: number[] = [];
    let conversations = 0;
    let resolutions = 0;
    let peak = f.months[0];
    f.months.forEach((m, i) => {
      const year = Math.floor(i / 12);
      annualTotals[year] = (annualTotals[year] ?? 0) + m.total;
      conversations += m.conversations;
      resolutions += m.resolutions;
      if (m.total > peak.total) peak = m;
    });
    const { total, seatCost, aiCost } = f.summary;
    return {
      id: f.scenario.id,
      name: f.scenario.name,
      annualTotals,
      total,
      seatCost,
      aiCost,
      aiShare: total > 0 ? aiCost / total : 0,
      conversations,
      resolutions,
      peakMonth: peak.month,
      peakCost: peak.total,
      costPerConversation: conversations > 0 ? total / conversations : undefined,
      costPerResolution: resolutions > 0 ? aiCost / resolutions : undefined,
      differenceFromReference: total - reference,
      differenceFromReferencePct: reference > 0 ? (total - reference) / reference : undefined,
    };
  });
}

/** Forecasts and compares; the first scenario is the reference ("Base"). */
export function compareScenarios(scenarios: readonly Scenario[], book: PriceBook = DEFAULT_BOOK): ScenarioComparison[] {
  return compareForecasts(scenarios.map((s) => forecastScenario(s, book)));
}

// ---------------------------------------------------------------------------------------------
// History → starting level and seasonality

export interface HistoryFit {
  startConversations: number;
  seasonality: Seasonality;
  /** What was inferred, in words for the pane's status line. */
  note: string;
}

/**
 * Starting level and seasonality from monthly history, oldest first, whose last value is the month
 * before `firstMonth`. With 12 or more months, the last 12 give the seasonal factors (each month ÷
 * their mean) and the level (their mean); with fewer, the level is the mean and seasonality is flat.
 */
export function fitHistory(history: readonly number[], firstMonth: string): HistoryFit {
  const values = history.filter((v) => Number.isFinite(v));
  if (values.length !== history.length) throw new PricingInputError("invalid", "The selection has cells that are not numbers.");
  if (values.length === 0) throw new PricingInputError("invalid", "Select a row or column of monthly conversation counts first.");
  if (values.some((v) => v < 0)) throw new PricingInputError("invalid", "Monthly conversations cannot be negative.");
  if (values.length < 12) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return { startConversations: mean, seasonality: "flat", note: `Average of ${values.length} months; seasonality needs 12 or more months, so it is flat.` };
  }
  const last = values.slice(-12);
  const mean = last.reduce((a, b) => a + b, 0) / 12;
  if (mean <= 0) throw new PricingInputError("invalid", "The last 12 months have no conversations.");
  const factors = new Array<number>(12).fill(1);
  // last[11] is the month before firstMonth; last[0] is 12 months before it.
  last.forEach((v, i) => {
    factors[calendarMonthIndex(addMonths(firstMonth, i - 12))] = v / mean;
  });
  if (factors.some((f) => f <= 0 || f > MAX_SEASONAL_FACTOR)) {
    return { startConversations: mean, seasonality: "flat", note: "Level from the last 12 months; a month with no conversations leaves seasonality flat." };
  }
  return { startConversations: mean, seasonality: factors, note: `Level and seasonality from the last 12 of ${values.length} months.` };
}
