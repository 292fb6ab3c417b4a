/**
 * Validation of a scenario: one message per field, written for the field that shows it, so the pane
 * puts each next to its field and nothing reaches the engine that it would refuse.
 */
import { inputProblem } from "../errors";
import { checkChainRates } from "../pricebook/chain";
import { DEFAULT_BOOK } from "../pricebook/builtin";
import { PriceBook } from "../pricebook/types";
import { checkSeats, MAX_MONTHLY_CONVERSATIONS } from "../plan";
import { agentsForWorkload } from "../staffing/supportCost";
import { humanWorkload } from "../staffing/workload";
import { MAX_COST_PER_CONVERSATION } from "../pricebook/compare";
import { MAX_GROWTH_PCT, MAX_HORIZON, MAX_NAME_LENGTH, MAX_SEASONAL_FACTOR, MIN_GROWTH_PCT, MIN_HORIZON, Scenario, ScenarioDrivers } from "./drivers";
import { isMonth, MONTH_NAMES } from "./months";
import { conversationsInMonth, stackOf } from "./price";
import { seatsFollowStaffing, staffingDriversOf, usesStaffing, validateStaffingFields } from "./staffing";

/** More conversations a month than any helpdesk handles; beyond this a number is a typo. */
export const MAX_CONVERSATIONS = MAX_MONTHLY_CONVERSATIONS;

export type DriverField = keyof ScenarioDrivers;
export type ScenarioField = DriverField | "name";
export type FieldErrors = Partial<Record<ScenarioField, string>>;

function checkNumber(value: number, label: string, min: number, max: number, whole = false): string | undefined {
  if (!Number.isFinite(value)) return `${label} must be a number.`;
  if (whole && !Number.isInteger(value)) return `${label} must be a whole number.`;
  if (value < min || value > max) return `${label} must be from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}.`;
  return undefined;
}

/** Problems with the drivers, by field; an empty object means they can be priced and written. */
export function validateDrivers(d: ScenarioDrivers, book: PriceBook = DEFAULT_BOOK): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: DriverField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  put("startConversations", checkNumber(d.startConversations, "Conversations per month", 0, MAX_CONVERSATIONS));
  put("growthPct", checkNumber(d.growthPct, "Monthly growth", MIN_GROWTH_PCT, MAX_GROWTH_PCT));
  put("aiInvolvementPct", checkNumber(d.aiInvolvementPct, "AI involvement (% of conversations)", 0, 100));
  put("aiResolutionPct", checkNumber(d.aiResolutionPct, "AI resolution (% of AI-involved conversations)", 0, 100));
  if (d.outcomeSplit !== undefined) {
    put("outcomeSplit", inputProblem(() => checkChainRates({ resolution: (d.aiResolutionPct || 0) / 100, outcomeSplit: d.outcomeSplit })));
  }
  if (d.assumedResolutionPct !== undefined) put("assumedResolutionPct", checkNumber(d.assumedResolutionPct, "Assumed resolutions (% of AI resolutions)", 0, 100));
  if (d.reversalPct !== undefined) put("reversalPct", checkNumber(d.reversalPct, "Reversed (% of assumed resolutions)", 0, 100));
  put("seats", inputProblem(() => checkSeats(d.seats)));
  if (d.billing !== "annual" && d.billing !== "monthly") put("billing", 'Billing must be "annual" or "monthly".');
  else if (typeof d.stack !== "string") put("stack", "Choose a stack of the price book.");
  else if (!errors.seats) put("stack", inputProblem(() => stackOf(d, book)));
  if (d.humanCostPerConversation !== undefined) {
    put("humanCostPerConversation", checkNumber(d.humanCostPerConversation, "Cost per human-handled conversation", 0, MAX_COST_PER_CONVERSATION));
    if (!errors.humanCostPerConversation && usesStaffing(d) && d.humanCostPerConversation > 0) {
      put("humanCostPerConversation", "Staffing prices people in this scenario (cost per agent-month): clear the cost per conversation, or turn staffing off to price people per conversation.");
    }
  }
  put("horizonMonths", checkNumber(d.horizonMonths, "Horizon", MIN_HORIZON, MAX_HORIZON, true));
  if (!isMonth(d.firstMonth)) put("firstMonth", "First month must be a month, such as Jan 2027 or 2027-01.");
  if (d.monthlyConversations !== undefined) put("monthlyConversations", checkMonthlyConversations(d.monthlyConversations, d.horizonMonths));
  if (d.seasonality !== "flat") {
    if (!Array.isArray(d.seasonality) || d.seasonality.length !== 12) {
      put("seasonality", "Seasonality needs 12 monthly factors, January to December.");
    } else {
      const bad = d.seasonality.findIndex((f) => !(Number.isFinite(f) && f > 0 && f <= MAX_SEASONAL_FACTOR));
      if (bad >= 0) put("seasonality", `The ${MONTH_NAMES[bad]} factor must be more than 0 and at most ${MAX_SEASONAL_FACTOR}.`);
    }
  }
  if (Object.keys(errors).length === 0) put(volumeField(d), checkBusiestMonth(d));
  const staffingErrors = validateStaffingFields(d);
  Object.assign(errors, staffingErrors);
  if (usesStaffing(d) && Object.keys(errors).length === 0) put("staffingChannel", inputProblem(() => checkBusiestMonthStaffing(d)));
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
    involvementRate: d.aiInvolvementPct / 100,
    resolutionRate: d.aiResolutionPct / 100,
    handleTimeSeconds,
  });
  const agents = agentsForWorkload(workload, handleTimeSeconds, staffing);
  if (seatsFollowStaffing(d)) checkSeats(agents);
}

/** The field whose value drives the busiest month: the list, else growth when it compounds, else the level. */
function volumeField(d: ScenarioDrivers): DriverField {
  if (d.monthlyConversations) return "monthlyConversations";
  return d.growthPct > 0 ? "growthPct" : "startConversations";
}

/**
 * Each field may be in range while together they are not: 1,000,000 conversations growing 50% a month
 * for 36 months compound past any helpdesk's volume (and the engine's bounds). Said at the field that
 * drives it, with the month and the number, instead of a failure where the plan is priced.
 */
function checkBusiestMonth(d: ScenarioDrivers): string | undefined {
  for (let i = 1; i <= d.horizonMonths; i++) {
    const c = conversationsInMonth(d, i);
    if (!(c <= MAX_CONVERSATIONS)) {
      const n = Number.isFinite(c) ? (c >= 1e9 ? c.toExponential(2) : Math.round(c).toLocaleString("en-US")) : "more than any number";
      const why = d.growthPct > 0 && !d.monthlyConversations ? ` With ${d.growthPct}% growth a month, month ${i} reaches ${n}:` : ` Month ${i} reaches ${n}:`;
      return `${why.trim()} the model takes at most ${MAX_CONVERSATIONS.toLocaleString("en-US")} conversations a month. Lower the growth, the horizon or the starting volume.`;
    }
  }
  return undefined;
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
  // Any printable text ("Base, FY27", "Q1/Q2 plan", "High – stretch", "O'Brien's team"), but no control
  // characters, and no leading = + - @, which a spreadsheet reads as the start of a formula.
  if (/[\p{Cc}\p{Cf}]/u.test(trimmed)) return "Use letters, digits, spaces and punctuation only: the name has an invisible control character.";
  if (/^[=+\-@]/.test(trimmed)) return `Start with a letter or digit: a name starting with "${trimmed[0]}" would be read as a formula in a sheet.`;
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

