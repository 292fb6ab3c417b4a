/** supportcost total and supportcost tiers: the pricing engine on the command line. */
import { DEFAULT_CATALOG } from "../../model/catalog";
import { checkMonths, checkResolutions } from "../../model/plan";
import { volumeOf, volumeOfResolutions } from "../../model/pricebook/chain";
import { priceHorizon, priceSteady } from "../../model/pricebook/horizon";
import { MonthlyVolumes, ResolutionPlan, resolutionPlan } from "../../model/pricebook/resolutions";
import { catalogRows } from "../../model/tiers";
import { numberListOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { CURRENCY_OPTIONS, currencyJson, Display, displayFromOptions, moneyText, rateLine, shown } from "../currency";
import { printJson, tidyNumber, usd } from "../money";
import { BOOK_OPTIONS, bookFromOptions, ChosenBook } from "./book";
import { billingOption } from "./compare";

export const PLAN_OPTIONS = ["tier", "plan", "seats", "billing", "ai-rate", "ai-minimum", ...BOOK_OPTIONS];

/** Whether the command names a price-book stack (--plan, --price-book or --edition) rather than --tier alone. */
export function usesBook(options: Options): boolean {
  return options.has("plan") || options.has("price-book") || options.has("edition");
}

/**
 * The stack named by --plan or --tier (a plan or stack id; a tier name such as Advanced means
 * Intercom's plan of that tier) in the book of --price-book/--edition (the seed list by default),
 * with --seats, --billing, and --ai-rate/--ai-minimum in place of the book's for this run.
 */
export function planFromOptions(options: Options, io: Io, chosen?: ChosenBook): ResolutionPlan {
  if (options.has("plan") && options.has("tier")) throw new UsageError("give --plan or --tier, not both");
  const id = textOption(options, "plan") ?? textOption(options, "tier");
  if (id === undefined) throw new UsageError("--plan is required: a stack id such as intercom-advanced or freshdesk-pro+eesel (see supportcost pricebook); --tier Advanced works too");
  const seats = numberOptionOf(options, "seats");
  if (seats === undefined) throw new UsageError("--seats is required");
  const { book } = chosen ?? bookFromOptions(options, io);
  return resolutionPlan(book, id, { seats, billing: billingOption(options) }, { aiRate: numberOptionOf(options, "ai-rate"), aiMinimum: numberOptionOf(options, "ai-minimum") });
}

/**
 * --resolutions and --months: one volume repeated for --months (default `defaultMonths`), or a list
 * with one volume per month (then --months, if given, must equal its length).
 */
export function volumesFromOptions(options: Options, defaultMonths: number, name = "resolutions"): MonthlyVolumes {
  const months = numberOptionOf(options, "months");
  if (months !== undefined) checkMonths(months);
  const volumes = numberListOption(textOption(options, name) ?? "0", name, 0);
  if (volumes.length === 1) return { steady: volumes[0], months: months ?? defaultMonths };
  if (months !== undefined && months !== volumes.length) {
    throw new UsageError(`--months is ${months} but --${name} lists ${volumes.length} months: drop --months or make it ${volumes.length}`);
  }
  return { perMonth: volumes };
}

function eachMonth(volumes: MonthlyVolumes): number[] {
  return "perMonth" in volumes ? Array.from(volumes.perMonth) : new Array<number>(checkMonths(volumes.months)).fill(volumes.steady);
}

interface TotalResult {
  seatCost: number;
  aiCost: number;
  addOnCost: number;
  total: number;
  months: number;
  pausedConversations: number;
}

export function runTotal(options: Options, io: Io): void {
  onlyOptions(options, "total", [...PLAN_OPTIONS, ...CURRENCY_OPTIONS, "resolutions", "months", "conversations", "ai-involvement", "ai-resolution", "json"]);
  const chosen = bookFromOptions(options, io);
  const plan = planFromOptions(options, io, chosen);
  const display = displayFromOptions(options, chosen.book);
  let result: TotalResult;
  if (options.has("conversations")) {
    if (options.has("resolutions")) throw new UsageError("give --conversations (with --ai-involvement and --ai-resolution) or --resolutions, not both");
    const resolution = numberOptionOf(options, "ai-resolution");
    if (resolution === undefined) throw new UsageError("--ai-resolution is required with --conversations: the share of AI-involved conversations the AI resolves, 0 to 1");
    const rates = { involvement: numberOptionOf(options, "ai-involvement"), resolution };
    const months = eachMonth(volumesFromOptions(options, 1, "conversations")).map((c, i) => volumeOf(checkResolutions(c, `Conversations in month ${i + 1}`), rates));
    result = { ...priceHorizon(plan.bound, months), months: months.length };
  } else {
    for (const name of ["ai-involvement", "ai-resolution"]) if (options.has(name)) throw new UsageError(`--${name} goes with --conversations`);
    if (plan.aiUnit === "ai-involved" && options.has("resolutions")) {
      throw new UsageError(`${plan.aiPlanId} bills AI-involved conversations, which resolutions alone do not tell: give --conversations with --ai-involvement and --ai-resolution`);
    }
    const volumes = volumesFromOptions(options, 1);
    const bill =
      "steady" in volumes
        ? priceSteady(plan.bound, volumeOfResolutions(checkResolutions(volumes.steady)), volumes.months)
        : priceHorizon(plan.bound, eachMonth(volumes).map((r, i) => volumeOfResolutions(checkResolutions(r, `Resolutions in month ${i + 1}`))));
    result = { ...bill, months: "steady" in volumes ? volumes.months : volumes.perMonth.length };
  }
  if (options.has("json")) {
    const money = (x: number) => shown(display, x);
    const rate = display ? currencyJson(display) : {};
    if (!usesBook(options)) {
      printJson(io, { seatCost: tidyNumber(money(result.seatCost)), aiCost: tidyNumber(money(result.aiCost)), total: tidyNumber(money(result.total)), months: result.months, ...rate });
      return;
    }
    const out: Record<string, unknown> = { plan: plan.id, seatCost: money(result.seatCost), aiCost: money(result.aiCost) };
    if (result.addOnCost > 0) out.addOnCost = money(result.addOnCost);
    out.total = money(result.total);
    out.months = result.months;
    if (result.pausedConversations > 0) out.pausedConversations = result.pausedConversations;
    printJson(io, { ...out, ...rate });
    return;
  }
  const money = (x: number) => (display ? moneyText(display, x) : usd.format(x));
  if (usesBook(options)) io.out(`Plan:      ${plan.id}`);
  io.out(`Months:    ${result.months}`);
  io.out(`Seat cost: ${money(result.seatCost)}`);
  io.out(`AI cost:   ${money(result.aiCost)}`);
  if (result.addOnCost > 0) io.out(`Add-ons:   ${money(result.addOnCost)}`);
  io.out(`Total:     ${money(result.total)}`);
  if (display) printRate(display, io);
  if (result.pausedConversations > 0) io.out(`The AI paused at its spend cap for ${Math.round(result.pausedConversations).toLocaleString("en-US")} conversations; people handled them.`);
}

/** The rate line under converted output; nothing for US dollars, where nothing was converted. */
export function printRate(display: Display, io: Io): void {
  if (display.currency !== "USD") io.out(rateLine(display));
}

export function runTiers(options: Options, io: Io): void {
  onlyOptions(options, "tiers", ["json"]);
  const rows = catalogRows();
  if (options.has("json")) {
    io.out(JSON.stringify({ vendor: DEFAULT_CATALOG.vendor, currency: DEFAULT_CATALOG.currency, rows }));
    return;
  }
  for (const r of rows) {
    const price = r.billing === "per month" ? String(r.price) : usd.format(r.price);
    io.out(`${r.item} (${r.billing}): ${price} ${r.unit}`);
    if (r.features) io.out(`  features: ${r.features}`);
    io.out(`  source: ${r.source}, as of ${r.asOf}`);
  }
}
