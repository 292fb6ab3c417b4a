/**
 * supportcost compare: helpdesk and helpdesk+AI stacks side by side for one volume scenario — month by
 * month volumes and the chain's rates, people priced per human-handled conversation, and each stack's
 * budget risk under the same simulated futures.
 */
import { CompareInput, compareStacks, StackComparison } from "../../model/pricebook/compare";
import { comparisonHeadline } from "../../model/pricebook/headline";
import { RateBasis } from "../../model/pricebook/month";
import { parseBilling } from "../../model/plan";
import { Billing } from "../../model/pricebook/types";
import { StackRisk, stackRisks } from "../../model/volatility/stackRisk";
import { numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { CURRENCY_OPTIONS, currencyJson, Display, displayFromOptions, moneyText, rateLine, shown } from "../currency";
import { printJson, tidyNumber, usd } from "../money";
import { BOOK_OPTIONS, bookFromOptions } from "./book";
import { conversationsFromOptions, RATE_OPTIONS, ratesFromOptions, RISK_OPTIONS, riskFromOptions, VOLUME_OPTIONS } from "./chain";

export const COMPARE_OPTIONS = [...VOLUME_OPTIONS, ...RATE_OPTIONS, ...RISK_OPTIONS, "seats", "billing", "rate", "stacks", "new-account", "human-cost-per-conversation", ...BOOK_OPTIONS, ...CURRENCY_OPTIONS, "json"];

/** The money fields of a compared stack and of its risk: what --currency converts. */
const MONEY_FIELDS: ReadonlySet<string> = new Set([
  "seatCost", "aiCost", "addOnCost", "total", "costPerResolution", "aiCostPerResolution", "costPerConversation", "peopleCost", "totalCostOfSupport", "p50", "p90", "p95",
]);

/** --billing as the model reads a billing name (one message for every surface). */
export function billingOption(options: Options): Billing | undefined {
  const b = textOption(options, "billing");
  return b === undefined ? undefined : parseBilling(b);
}

function rateOption(options: Options): RateBasis | undefined {
  const r = textOption(options, "rate");
  if (r === undefined) return undefined;
  if (r !== "committed" && r !== "payg") throw new UsageError(`--rate must be committed or payg, got "${r}"`);
  return r;
}

function required(options: Options, name: string, what: string): number {
  const v = numberOptionOf(options, name);
  if (v === undefined) throw new UsageError(`--${name} is required: ${what}`);
  return v;
}

const whole = (x: number) => Math.round(x).toLocaleString("en-US");
const pct = (x: number) => `${tidyNumber(x * 100)}%`;

export function runCompare(options: Options, io: Io): void {
  onlyOptions(options, "compare", COMPARE_OPTIONS);
  if (!options.has("ai-involvement")) throw new UsageError("--ai-involvement is required: the share of conversations the AI takes part in, 0 to 1");
  const list = conversationsFromOptions(options, 12);
  const rates = ratesFromOptions(options);
  const seats = required(options, "seats", "helpdesk seats");
  const stacks = textOption(options, "stacks")?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const chosen = bookFromOptions(options, io);
  const display = displayFromOptions(options, chosen.book);
  const input: CompareInput = {
    conversations: list,
    involvement: rates.involvement!,
    resolution: rates.resolution,
    assumedShare: rates.assumedShare,
    reversalRate: rates.reversalRate,
    seats,
    billing: billingOption(options),
    rateBasis: rateOption(options),
    oneTimeFree: options.has("new-account"),
    stacks,
    humanCostPerConversation: numberOptionOf(options, "human-cost-per-conversation"),
  };
  const result = compareStacks(chosen.book, input);
  const riskOptions = riskFromOptions(options);
  // With --currency the budget is in that currency: the bill's percentiles are the dollar ones × the rate.
  if (riskOptions?.budget !== undefined && display) riskOptions.budget /= display.rate.amount;
  const risks = riskOptions ? stackRisks(chosen.book, input, result, riskOptions) : undefined;
  if (options.has("json")) {
    // A figure with nothing to divide by, or people not priced, is left out, never null.
    const rows = result.stacks.map((s, i) => {
      const risk = risks?.[i];
      const extra = risk ? { p50: risk.p50, p90: risk.p90, p95: risk.p95, probabilityOverBudget: risk.probabilityOverBudget } : {};
      const entries = Object.entries({ ...s, ...extra, cheapest: s.stack === result.cheapest }).filter(([, v]) => v !== null);
      const converted = entries.map(([k, v]) => [k, MONEY_FIELDS.has(k) ? shown(display, v as number) : v]);
      return Object.fromEntries(display ? [...converted, ...Object.entries(currencyJson(display))] : converted);
    });
    printJson(io, rows);
    return;
  }
  printTable(result, io, { list, involvement: input.involvement, resolution: input.resolution, seats, billing: billingOption(options) ?? "annual", label: chosen.label, risks, display });
}

function printTable(
  r: StackComparison,
  io: Io,
  s: { list: number[]; involvement: number; resolution: number; seats: number; billing: Billing; label: string; risks?: StackRisk[]; display?: Display },
): void {
  const money = (x: number | null) => (x === null ? "–" : s.display ? moneyText(s.display, x) : usd.format(x));
  const steady = s.list.every((c) => c === s.list[0]);
  const volume = steady ? `${whole(s.list[0])} conversations a month for ${r.months} months` : `${whole(s.list.reduce((a, b) => a + b, 0))} conversations over ${r.months} months`;
  io.out(`${volume}; AI involved in ${pct(s.involvement)}, resolving ${pct(s.resolution)} of those; ${s.seats} seats, ${s.billing} billing.`);
  io.out(`Price book: ${s.label}.`);
  if (s.display && s.display.currency !== "USD") io.out(rateLine(s.display));
  io.out("");
  const width = Math.max(5, ...r.stacks.map((x) => x.stack.length));
  const people = r.rankedBy === "totalCostOfSupport";
  const riskHead = s.risks ? `  ${"P50".padStart(11)}  ${"P90".padStart(11)}${s.risks.some((k) => k.probabilityOverBudget !== null) ? `  ${"Over budget".padStart(11)}` : ""}` : "";
  const peopleHead = people ? `  ${"People".padStart(11)}  ${"Cost of support".padStart(15)}` : "";
  io.out(`${"Stack".padEnd(width)}  ${"Seats".padStart(11)}  ${"AI".padStart(11)}  ${"Total".padStart(11)}${riskHead}${peopleHead}  ${"Per resolution".padStart(14)}  ${"Per conversation".padStart(16)}`);
  r.stacks.forEach((x, i) => {
    const mark = x.stack === r.cheapest ? `  ← cheapest${people ? " (cost of support)" : ""}` : "";
    const paused = x.pausedConversations > 0 ? `  (AI paused for ${whole(x.pausedConversations)} conversations at its spend cap: people handle them)` : "";
    const k = s.risks?.[i];
    const risk = k ? `  ${money(k.p50).padStart(11)}  ${money(k.p90).padStart(11)}${k.probabilityOverBudget !== null ? `  ${`${(k.probabilityOverBudget * 100).toFixed(1)}%`.padStart(11)}` : ""}` : "";
    const peopleCols = people ? `  ${money(x.peopleCost).padStart(11)}  ${money(x.totalCostOfSupport).padStart(15)}` : "";
    io.out(
      `${x.stack.padEnd(width)}  ${money(x.seatCost + x.addOnCost).padStart(11)}  ${money(x.aiCost).padStart(11)}  ${money(x.total).padStart(11)}${risk}${peopleCols}  ${money(x.costPerResolution).padStart(14)}  ${money(x.costPerConversation).padStart(16)}${mark}${paused}`,
    );
  });
  for (const skipped of r.skipped) io.out(`Left out ${skipped.stack}: ${skipped.reason}`);
  io.out("Per resolution = total ÷ AI resolutions; per conversation = total ÷ conversations.");
  io.out(comparisonHeadline(r, { money, count: whole, pricePeople: "give --human-cost-per-conversation" }));
  io.out("");
  // The break-even scan compares bills (the same rates, steady volumes); say so when people are priced.
  const label = r.rankedBy === "totalCostOfSupport" ? "Break-even of the bill alone" : "Break-even";
  if (r.breakEvens.length === 0) io.out(`${label}: ${r.cheapest} stays the cheapest from 0 to ${whole(r.chart.conversations[r.chart.conversations.length - 1])} conversations a month.`);
  for (const b of r.breakEvens) io.out(`${label}: from ${whole(b.conversations)} conversations a month, ${b.to} is cheaper than ${b.from}.`);
}
