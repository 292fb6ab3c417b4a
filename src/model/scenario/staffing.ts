/**
 * A scenario's optional staffing drivers: how human workload becomes agents (a live channel by
 * Erlang C at the busiest hour, or an async one by monthly hours), whether seats follow those agents,
 * and what an agent costs. The drivers are flat fields of the scenario, in the pane's units
 * (percentages, seconds, hours, money), so each field has its own message. A scenario without a
 * staffing channel is priced exactly as before.
 */
import { MAX_HANDLE_TIME_SECONDS } from "../staffing/checks";
import { MAX_HOURS_PER_MONTH } from "../staffing/asyncChannel";
import { StaffingDrivers } from "../staffing/supportCost";

export type StaffingChannel = "live" | "async";
/** "fixed": seats are the number typed (the default); "fromStaffing": one seat per agent scheduled, month by month. */
export type ScenarioSeatPolicy = "fixed" | "fromStaffing";

/** The staffing fields of ScenarioDrivers, all optional. */
export interface ScenarioStaffingFields {
  /** Absent: the scenario has no staffing (seats and AI only, as before). */
  staffingChannel?: StaffingChannel;
  /** Average seconds a person spends on one human-handled conversation (live: AHT incl. wrap-up). */
  handleTimeSeconds?: number;
  /** Live: share of the month's human-handled conversations arriving in the busiest hour, in percent. */
  peakHourSharePct?: number;
  /** Live: target share answered within answerSeconds, in percent. */
  serviceLevelPct?: number;
  /** Live: the "within T seconds" of the target. */
  answerSeconds?: number;
  /** Live: share of paid time agents are not available, in percent. */
  shrinkagePct?: number;
  /** Live: highest share of on-duty time spent on conversations, in percent. */
  maxOccupancyPct?: number;
  /** Async: hours one agent is available for work in a month. */
  productiveHoursPerAgentMonth?: number;
  /** Async: share of those hours spent on tickets, in percent. */
  occupancyPct?: number;
  /** Absent: "fixed". */
  seatPolicy?: ScenarioSeatPolicy;
  /** Fully loaded cost of one agent for a month (salary, benefits, overhead); absent: 0, people left out. */
  loadedCostPerAgentMonth?: number;
}

export type StaffingField = keyof ScenarioStaffingFields;

/**
 * What the editor fills in when the user turns staffing on, and what an absent field means.
 * Sources: the 80/20 service level and 30% shrinkage are the industry's common planning figures
 * (the staffing reference of the price sources); 85% occupancy cap and 140 productive hours a month are
 * typical planning values; 1% of a month's conversations in the busiest hour is ~2× an even spread
 * over 22 working days of 10 hours. The loaded cost is a placeholder the user should replace.
 */
export const DEFAULT_STAFFING: Required<Omit<ScenarioStaffingFields, "staffingChannel" | "seatPolicy">> = {
  handleTimeSeconds: 360,
  peakHourSharePct: 1,
  serviceLevelPct: 80,
  answerSeconds: 20,
  shrinkagePct: 30,
  maxOccupancyPct: 85,
  productiveHoursPerAgentMonth: 140,
  occupancyPct: 85,
  loadedCostPerAgentMonth: 6000,
};

/** Most a fully loaded agent may cost a month: beyond this a number is a typo (a year typed as a month). */
export const MAX_LOADED_COST_PER_AGENT_MONTH = 1_000_000;
/** Longest answer-time target accepted, in seconds (one hour). */
export const MAX_ANSWER_SECONDS = 3600;

export function usesStaffing(d: ScenarioStaffingFields): boolean {
  return d.staffingChannel !== undefined;
}

export function seatsFollowStaffing(d: ScenarioStaffingFields): boolean {
  return d.staffingChannel !== undefined && d.seatPolicy === "fromStaffing";
}

/** The handle time in seconds, the staffing model's drivers (shares 0..1) and the loaded cost, defaults filled in. */
export function staffingDriversOf(d: ScenarioStaffingFields): { handleTimeSeconds: number; staffing: StaffingDrivers; loadedCostPerAgentMonth: number } {
  const v = <K extends keyof typeof DEFAULT_STAFFING>(key: K): number => d[key] ?? DEFAULT_STAFFING[key];
  const staffing: StaffingDrivers =
    d.staffingChannel === "async"
      ? { channel: "async", productiveHoursPerAgentMonth: v("productiveHoursPerAgentMonth"), occupancy: v("occupancyPct") / 100 }
      : {
          channel: "live",
          peakIntervalShare: v("peakHourSharePct") / 100,
          serviceLevel: v("serviceLevelPct") / 100,
          answerSeconds: v("answerSeconds"),
          shrinkage: v("shrinkagePct") / 100,
          maxOccupancy: v("maxOccupancyPct") / 100,
        };
  return { handleTimeSeconds: v("handleTimeSeconds"), staffing, loadedCostPerAgentMonth: d.loadedCostPerAgentMonth ?? 0 };
}

function range(value: number | undefined, label: string, ok: (v: number) => boolean, rule: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) return `${label} must be a number (${rule}).`;
  return ok(value) ? undefined : `${label} must be ${rule}; got ${value.toLocaleString("en-US", { maximumFractionDigits: 6 })}.`;
}

/** Problems with the staffing fields, by field, in the pane's units. Empty when there are none. */
export function validateStaffingFields(d: ScenarioStaffingFields): Partial<Record<StaffingField, string>> {
  const errors: Partial<Record<StaffingField, string>> = {};
  const put = (field: StaffingField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  if (d.staffingChannel !== undefined && d.staffingChannel !== "live" && d.staffingChannel !== "async") {
    put("staffingChannel", 'Channel must be "live" (chat, phone) or "async" (email, tickets).');
  }
  if (d.seatPolicy !== undefined && d.seatPolicy !== "fixed" && d.seatPolicy !== "fromStaffing") {
    put("seatPolicy", 'Seats must be "fixed" or "fromStaffing".');
  } else if (d.seatPolicy === "fromStaffing" && d.staffingChannel === undefined) {
    put("seatPolicy", "Seats from staffing needs the staffing drivers: choose a channel (live or async) first, or keep seats fixed.");
  }
  put(
    "handleTimeSeconds",
    range(d.handleTimeSeconds, "Handle time", (v) => v > 0 && v <= MAX_HANDLE_TIME_SECONDS, `more than 0 and at most ${MAX_HANDLE_TIME_SECONDS.toLocaleString("en-US")} seconds, such as 360`),
  );
  put("peakHourSharePct", range(d.peakHourSharePct, "Busiest-hour share", (v) => v > 0 && v <= 100, "more than 0% and at most 100% of the month's conversations, such as 1"));
  put("serviceLevelPct", range(d.serviceLevelPct, "Service level", (v) => v > 0 && v < 100, "more than 0% and less than 100%, such as 80"));
  put("answerSeconds", range(d.answerSeconds, "Answer within", (v) => v >= 0 && v <= MAX_ANSWER_SECONDS, `from 0 to ${MAX_ANSWER_SECONDS.toLocaleString("en-US")} seconds, such as 20`));
  put("shrinkagePct", range(d.shrinkagePct, "Shrinkage", (v) => v >= 0 && v < 100, "from 0% up to but not including 100%, such as 30"));
  put("maxOccupancyPct", range(d.maxOccupancyPct, "Maximum occupancy", (v) => v > 0 && v <= 100, "more than 0% and at most 100%, such as 85"));
  put(
    "productiveHoursPerAgentMonth",
    range(d.productiveHoursPerAgentMonth, "Productive hours per agent-month", (v) => v > 0 && v <= MAX_HOURS_PER_MONTH, `more than 0 and at most ${MAX_HOURS_PER_MONTH} (every hour of a 31-day month), such as 140`),
  );
  put("occupancyPct", range(d.occupancyPct, "Occupancy", (v) => v > 0 && v <= 100, "more than 0% and at most 100%, such as 85"));
  put(
    "loadedCostPerAgentMonth",
    range(
      d.loadedCostPerAgentMonth,
      "Cost per agent-month",
      (v) => v >= 0 && v <= MAX_LOADED_COST_PER_AGENT_MONTH,
      `from 0 to ${MAX_LOADED_COST_PER_AGENT_MONTH.toLocaleString("en-US")} (salary, benefits and overhead for one month), such as 6000`,
    ),
  );
  return errors;
}
