/**
 * supportcost variance: the month-end bridge from plan to invoice for any stack — planned cost, volume
 * effect, AI-rate effect, billing effect, invoice — month by month and year to date, and with fewer
 * months of actuals than --months, the year-end landing.
 */
import { ActualMonth, landingOf, PlannedMonth, varianceOf } from "../../model/actuals";
import { numberListOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { printJson, usd } from "../money";
import { BOOK_OPTIONS } from "./book";
import { billingOption } from "./compare";
import { planFromOptions } from "./pricing";

export const VARIANCE_OPTIONS = [
  "plan", "tier", "seats", "billing", ...BOOK_OPTIONS, "months",
  "planned-conversations", "planned-ai-involvement", "planned-ai-resolution",
  "actual-conversations", "actual-ai-involvement", "actual-ai-resolution", "actual-ai-involved", "actual-ai-resolved",
  "invoice", "tolerance", "budget", "volatility", "paths", "seed", "json",
];

/** A list option with one value per month, or one value for every month; checked against `months`. */
function perMonth(options: Options, name: string, months: number, required: boolean): number[] | undefined {
  const text = textOption(options, name);
  if (text === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  const values = numberListOption(text, name, NaN);
  const bad = values.findIndex((v) => Number.isNaN(v));
  if (bad >= 0) throw new UsageError(`--${name} item ${bad + 1} is empty: give a number for every month`);
  if (values.length === 1) return new Array<number>(months).fill(values[0]);
  if (values.length !== months) throw new UsageError(`--${name} lists ${values.length} months but the actuals cover ${months}: give one value per month, or one for every month`);
  return values;
}

export function runVariance(options: Options, io: Io): void {
  onlyOptions(options, "variance", VARIANCE_OPTIONS);
  billingOption(options);
  const plan = planFromOptions(options, io);
  const actualText = textOption(options, "actual-conversations");
  if (actualText === undefined) throw new UsageError("--actual-conversations is required: conversations per month, one value per month with actuals");
  const months = numberListOption(actualText, "actual-conversations", NaN).length;
  const horizon = numberOptionOf(options, "months") ?? months;
  if (!(Number.isInteger(horizon) && horizon >= months && horizon <= 600)) {
    throw new UsageError(`--months must be a whole number from ${months} (the months of actuals) to 600, got ${horizon}`);
  }
  const actualConversations = perMonth(options, "actual-conversations", months, true)!;
  const invoices = perMonth(options, "invoice", months, true)!;
  const involvement = perMonth(options, "actual-ai-involvement", months, false);
  const resolution = perMonth(options, "actual-ai-resolution", months, false);
  const involved = perMonth(options, "actual-ai-involved", months, false);
  const resolved = perMonth(options, "actual-ai-resolved", months, false);
  if (!involvement && !involved) throw new UsageError("give --actual-ai-involvement (a share) or --actual-ai-involved (counts)");
  if (!resolution && !resolved) throw new UsageError("give --actual-ai-resolution (a share of the involved) or --actual-ai-resolved (counts)");
  const actual: ActualMonth[] = actualConversations.map((conversations, i) => ({
    conversations,
    invoice: invoices[i],
    ...(involved ? { involved: involved[i] } : { involvement: involvement![i] }),
    ...(resolved ? { resolved: resolved[i] } : { resolution: resolution![i] }),
  }));
  const plannedText = textOption(options, "planned-conversations");
  if (plannedText === undefined) throw new UsageError("--planned-conversations is required: the plan's conversations, one value or one per month of --months");
  const plannedList = numberListOption(plannedText, "planned-conversations", NaN);
  if (plannedList.length !== 1 && plannedList.length !== horizon) throw new UsageError(`--planned-conversations lists ${plannedList.length} months but --months is ${horizon}`);
  const pInvolvement = numberOptionOf(options, "planned-ai-involvement");
  const pResolution = numberOptionOf(options, "planned-ai-resolution");
  if (pInvolvement === undefined || pResolution === undefined) throw new UsageError("--planned-ai-involvement and --planned-ai-resolution are required: the plan's shares, 0 to 1");
  const planned: PlannedMonth[] = Array.from({ length: horizon }, (_, i) => ({ conversations: plannedList.length === 1 ? plannedList[0] : plannedList[i], involvement: pInvolvement, resolution: pResolution }));

  const rows = varianceOf(plan.plans, plan.terms, planned, actual, { tolerance: numberOptionOf(options, "tolerance") });
  const landing =
    horizon > months
      ? landingOf(plan.plans, plan.terms, planned, actual, { cv: numberOptionOf(options, "volatility"), paths: numberOptionOf(options, "paths"), seed: numberOptionOf(options, "seed"), budget: numberOptionOf(options, "budget") })
      : undefined;
  // The year to date carries the landing: a YTD row whenever there is more than one month or a landing.
  const out: Record<string, unknown>[] = rows.map((r) => ({ ...r }));
  if (landing) {
    if (out[out.length - 1].month !== "YTD") out.push({ ...rows[0], month: "YTD" });
    Object.assign(out[out.length - 1], {
      landing: landing.landing,
      landingP50: landing.landingP50,
      landingP90: landing.landingP90,
      ...(landing.probabilityOverBudget === null ? {} : { probabilityOverBudget: landing.probabilityOverBudget }),
      runRate: landing.runRate,
      remainingMonths: landing.remainingMonths,
    });
  }
  if (options.has("json")) {
    printJson(io, out);
    return;
  }
  io.out(`${"Month".padEnd(6)} ${"Planned".padStart(12)} ${"Volume".padStart(11)} ${"AI rate".padStart(11)} ${"Billing".padStart(11)} ${"Invoice".padStart(12)}`);
  for (const r of rows) {
    const flag = r.flagged ? "  ← invoice differs from the modelled bill" : "";
    io.out(`${String(r.month).padEnd(6)} ${usd.format(r.planned).padStart(12)} ${usd.format(r.volumeEffect).padStart(11)} ${usd.format(r.rateEffect).padStart(11)} ${usd.format(r.billingEffect).padStart(11)} ${usd.format(r.invoice).padStart(12)}${flag}`);
  }
  io.out("Planned + volume effect + AI-rate effect + billing effect = invoice, to the cent.");
  if (landing) {
    const over = landing.probabilityOverBudget === null ? "" : `; chance of landing above the budget ${(100 * landing.probabilityOverBudget).toFixed(1)}%`;
    io.out(`Landing: ${usd.format(landing.landing)} (P50 ${usd.format(landing.landingP50)}, P90 ${usd.format(landing.landingP90)}) after ${months} months of actuals at ${(100 * landing.runRate).toFixed(1)}% of planned volume${over}.`);
  }
}
