/** supportcost compare: helpdesk and helpdesk+AI stacks side by side for one volume scenario. */
import { Billing } from "../../model/catalog";
import { compareStacks, StackComparison } from "../../model/pricebook/compare";
import { RateBasis } from "../../model/pricebook/month";
import { numberListOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { printJson, tidyNumber, usd } from "../money";
import { BOOK_OPTIONS, bookFromOptions } from "./book";

export const COMPARE_OPTIONS = ["conversations", "ai-involvement", "ai-resolution", "seats", "months", "billing", "rate", "stacks", "new-account", ...BOOK_OPTIONS, "json"];

export function billingOption(options: Options): Billing | undefined {
  const b = textOption(options, "billing");
  if (b === undefined) return undefined;
  const key = b.trim().toLowerCase();
  if (key !== "annual" && key !== "monthly") throw new UsageError(`--billing must be annual or monthly, got "${b}"`);
  return key;
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
const money = (x: number | null) => (x === null ? "–" : usd.format(x));
const pct = (x: number) => `${tidyNumber(x * 100)}%`;

export function runCompare(options: Options, io: Io): void {
  onlyOptions(options, "compare", COMPARE_OPTIONS);
  const text = textOption(options, "conversations");
  if (text === undefined) throw new UsageError("--conversations is required: conversations per month, one number or one per month");
  const list = numberListOption(text, "conversations", 0);
  const involvement = required(options, "ai-involvement", "the share of conversations the AI takes part in, 0 to 1");
  const resolution = required(options, "ai-resolution", "the share of AI-involved conversations the AI resolves, 0 to 1");
  const seats = required(options, "seats", "helpdesk seats");
  const months = numberOptionOf(options, "months");
  const stacks = textOption(options, "stacks")?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const chosen = bookFromOptions(options, io);
  const result = compareStacks(chosen.book, {
    conversations: list.length === 1 ? list[0] : list,
    months,
    involvement,
    resolution,
    seats,
    billing: billingOption(options),
    rateBasis: rateOption(options),
    oneTimeFree: options.has("new-account"),
    stacks,
  });
  if (options.has("json")) {
    // A per-resolution or per-conversation cost with nothing to divide by is left out, never null.
    const rows = result.stacks.map((s) => Object.fromEntries(Object.entries({ ...s, cheapest: s.stack === result.cheapest }).filter(([, v]) => v !== null)));
    printJson(io, rows);
    return;
  }
  printTable(result, io, { list, involvement, resolution, seats, billing: billingOption(options) ?? "annual", label: chosen.label });
}

function printTable(
  r: StackComparison,
  io: Io,
  s: { list: number[]; involvement: number; resolution: number; seats: number; billing: Billing; label: string },
): void {
  const volume = s.list.length === 1 ? `${whole(s.list[0])} conversations a month` : `${whole(s.list.reduce((a, b) => a + b, 0))} conversations over ${s.list.length} months`;
  io.out(`${volume} for ${r.months} months; AI involved in ${pct(s.involvement)}, resolving ${pct(s.resolution)} of those; ${s.seats} seats, ${s.billing} billing.`);
  io.out(`Price book: ${s.label}.`);
  io.out("");
  const width = Math.max(5, ...r.stacks.map((x) => x.stack.length));
  io.out(`${"Stack".padEnd(width)}  ${"Seats".padStart(11)}  ${"AI".padStart(11)}  ${"Total".padStart(11)}  ${"Per resolution".padStart(14)}  ${"Per conversation".padStart(16)}`);
  for (const x of r.stacks) {
    const mark = x.stack === r.cheapest ? "  ← cheapest" : "";
    const paused = x.pausedConversations > 0 ? `  (AI paused for ${whole(x.pausedConversations)} conversations at its spend cap)` : "";
    io.out(
      `${x.stack.padEnd(width)}  ${money(x.seatCost + x.addOnCost).padStart(11)}  ${money(x.aiCost).padStart(11)}  ${money(x.total).padStart(11)}  ${money(x.costPerResolution).padStart(14)}  ${money(x.costPerConversation).padStart(16)}${mark}${paused}`,
    );
  }
  for (const skipped of r.skipped) io.out(`Left out ${skipped.stack}: ${skipped.reason}`);
  io.out("Per resolution = total ÷ AI resolutions; per conversation = total ÷ conversations. Conversations a capped AI");
  io.out("pauses go to people, whose time is not priced here.");
  io.out("");
  if (r.breakEvens.length === 0) io.out(`Break-even: ${r.cheapest} stays the cheapest from 0 to ${whole(r.chart.conversations[r.chart.conversations.length - 1])} conversations a month.`);
  for (const b of r.breakEvens) io.out(`Break-even: from ${whole(b.conversations)} conversations a month, ${b.to} is cheaper than ${b.from}.`);
}
