/** supportcost total and supportcost tiers: the pricing engine on the command line. */
import { DEFAULT_CATALOG } from "../../model/catalog";
import { costOfVolumes, MonthlyVolumes } from "../../model/cost";
import { checkMonths, checkResolutions, PricingPlan, resolvePlan } from "../../model/plan";
import { simplePricingPlan } from "../../model/pricebook/bridge";
import { checkChainRates, MonthVolume, volumeOf, volumeOfResolutions } from "../../model/pricebook/chain";
import { priceHorizon } from "../../model/pricebook/horizon";
import { bindStack, StackPlans, StackTerms } from "../../model/pricebook/month";
import { resolveStack, stackIdOf } from "../../model/pricebook/stacks";
import { catalogRows } from "../../model/tiers";
import { numberListOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { printJson, tidyNumber, usd } from "../money";
import { BOOK_OPTIONS, bookFromOptions } from "./book";
import { billingOption } from "./compare";

export const PLAN_OPTIONS = ["tier", "plan", "seats", "billing", "ai-rate", "ai-minimum", ...BOOK_OPTIONS];

/** The plan named by --tier, --seats, --billing, --ai-rate and --ai-minimum. */
export function planFromOptions(options: Options): PricingPlan {
  const tier = textOption(options, "tier");
  if (tier === undefined) throw new UsageError("--tier is required (Essential, Advanced or Expert)");
  const seats = numberOptionOf(options, "seats");
  if (seats === undefined) throw new UsageError("--seats is required");
  return resolvePlan({
    tier,
    seats,
    billing: textOption(options, "billing"),
    aiRate: numberOptionOf(options, "ai-rate"),
    aiMinimum: numberOptionOf(options, "ai-minimum"),
  });
}

/** Whether the command prices from a price book (--plan, --price-book or --edition) rather than --tier alone. */
export function usesBook(options: Options): boolean {
  return options.has("plan") || options.has("price-book") || options.has("edition");
}

export interface BookPlan {
  id: string;
  stack: StackPlans;
  terms: StackTerms;
}

/**
 * The stack named by --plan (a plan or stack id; a tier name such as Advanced works too) in the book
 * of --price-book/--edition, with --seats and --billing.
 */
export function bookPlanFromOptions(options: Options, io: Io): BookPlan {
  if (options.has("plan") && options.has("tier")) throw new UsageError("give --plan or --tier, not both");
  for (const name of ["ai-rate", "ai-minimum"]) {
    if (options.has(name)) throw new UsageError(`--${name} applies to --tier alone; with a price book, edit the book (supportcost pricebook > book.csv, then --price-book book.csv)`);
  }
  const id = textOption(options, "plan") ?? textOption(options, "tier");
  if (id === undefined) throw new UsageError("--plan is required: a plan id such as intercom-advanced (see supportcost pricebook)");
  const seats = numberOptionOf(options, "seats");
  if (seats === undefined) throw new UsageError("--seats is required");
  const { book } = bookFromOptions(options, io);
  const stack = resolveStack(book, id);
  return { id: stackIdOf(stack), stack, terms: { seats, billing: billingOption(options) } };
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

export function runTotal(options: Options, io: Io): void {
  onlyOptions(options, "total", [...PLAN_OPTIONS, "resolutions", "months", "conversations", "ai-involvement", "ai-resolution", "json"]);
  if (usesBook(options)) {
    totalFromBook(options, io);
    return;
  }
  for (const name of ["conversations", "ai-involvement", "ai-resolution"]) {
    if (options.has(name)) throw new UsageError(`--${name} needs --plan (a plan of the price book); --tier takes --resolutions`);
  }
  const plan = planFromOptions(options);
  const volumes = volumesFromOptions(options, 1);
  const cost = costOfVolumes(plan, volumes);
  if (options.has("json")) {
    const { seatCost, aiCost, total, months } = cost;
    io.out(JSON.stringify({ seatCost: tidyNumber(seatCost), aiCost: tidyNumber(aiCost), total: tidyNumber(total), months }));
    return;
  }
  io.out(`Months:    ${cost.months}`);
  io.out(`Seat cost: ${usd.format(cost.seatCost)}`);
  io.out(`AI cost:   ${usd.format(cost.aiCost)}`);
  io.out(`Total:     ${usd.format(cost.total)}`);
}

function totalFromBook(options: Options, io: Io): void {
  const { id, stack, terms } = bookPlanFromOptions(options, io);
  let result: { seatCost: number; aiCost: number; addOnCost: number; total: number; months: number; pausedConversations: number };
  if (options.has("conversations")) {
    if (options.has("resolutions")) throw new UsageError("give --conversations (with --ai-involvement and --ai-resolution) or --resolutions, not both");
    const resolution = numberOptionOf(options, "ai-resolution");
    if (resolution === undefined) throw new UsageError("--ai-resolution is required with --conversations: the share of AI-involved conversations the AI resolves, 0 to 1");
    const rates = checkChainRates({ involvement: numberOptionOf(options, "ai-involvement"), resolution });
    const months = eachMonth(volumesFromOptions(options, 1, "conversations")).map((c, i) => volumeOf(checkResolutions(c, `Conversations in month ${i + 1}`), rates));
    result = { ...priceHorizon(bindStack(stack, terms), months), months: months.length };
  } else {
    for (const name of ["ai-involvement", "ai-resolution"]) if (options.has(name)) throw new UsageError(`--${name} goes with --conversations`);
    const volumes = volumesFromOptions(options, 1);
    const perMonth = eachMonth(volumes).map((r, i) => checkResolutions(r, `Resolutions in month ${i + 1}`));
    if (stack.ai?.ai?.unit === "ai-involved" && perMonth.some((r) => r > 0)) {
      throw new UsageError(`${stack.ai.id} bills AI-involved conversations, which resolutions alone do not tell: give --conversations with --ai-involvement and --ai-resolution`);
    }
    const simple = simplePricingPlan(stack, terms);
    if (simple) {
      // Today's rule: priced by the same code as --tier, to the same bits.
      const c = costOfVolumes(simple, volumes);
      result = { ...c, addOnCost: 0, pausedConversations: 0 };
    } else {
      const months: MonthVolume[] = perMonth.map(volumeOfResolutions);
      result = { ...priceHorizon(bindStack(stack, terms), months), months: months.length };
    }
  }
  if (options.has("json")) {
    const out: Record<string, number | string> = { plan: id, seatCost: result.seatCost, aiCost: result.aiCost };
    if (result.addOnCost > 0) out.addOnCost = result.addOnCost;
    out.total = result.total;
    out.months = result.months;
    if (result.pausedConversations > 0) out.pausedConversations = result.pausedConversations;
    printJson(io, out);
    return;
  }
  io.out(`Plan:      ${id}`);
  io.out(`Months:    ${result.months}`);
  io.out(`Seat cost: ${usd.format(result.seatCost)}`);
  io.out(`AI cost:   ${usd.format(result.aiCost)}`);
  if (result.addOnCost > 0) io.out(`Add-ons:   ${usd.format(result.addOnCost)}`);
  io.out(`Total:     ${usd.format(result.total)}`);
  if (result.pausedConversations > 0) io.out(`The AI paused at its spend cap for ${Math.round(result.pausedConversations).toLocaleString("en-US")} conversations; people handled them.`);
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
