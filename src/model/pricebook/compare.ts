/**
 * Compare stacks for one volume scenario: each stack's seat, AI and add-on cost over the horizon, its
 * effective cost per resolution and per conversation, the cheapest stack, the monthly volumes at which
 * the cheapest stack changes (same rates, steady volume), and the data for a chart of total cost
 * against monthly conversations. Every figure comes from priceHorizon, i.e. from priceMonth.
 */
import { describeValue, invalidInput, PricingInputError } from "../errors";
import { checkMonths, MAX_MONTHLY_CONVERSATIONS } from "../plan";
import { ChainRates, checkChainRates, MonthVolume, OutcomeSplit, volumeOf } from "./chain";
import { priceHorizon } from "./horizon";
import { BoundStack, bindStack, RateBasis } from "./month";
import { resolveStack, stackIdOf } from "./stacks";
import { Billing, PriceBook } from "./types";

/** The stacks compared when none are named: five vendors, helpdesks with their own AI and AI on top of another helpdesk. */
export const DEFAULT_STACKS: readonly string[] = [
  "intercom-essential",
  "intercom-advanced",
  "intercom-expert",
  "zendesk-team",
  "zendesk-professional",
  "freshdesk-growth",
  "freshdesk-pro",
  "freshdesk-enterprise",
  "zendesk-professional+fin-standalone",
  "zendesk-professional+agentforce",
  "zendesk-professional+eesel",
  "freshdesk-pro+fin-standalone",
  "freshdesk-pro+eesel",
];


export interface CompareInput {
  /** Conversations per month: one number for every month, or one per month. */
  conversations: number | readonly number[];
  /** Months of the horizon (default 12 with one number; the list's length with a list). */
  months?: number;
  /** Share of conversations the AI takes part in, 0..1. */
  involvement: number;
  /** Share of AI-involved conversations the AI resolves, 0..1. */
  resolution: number;
  seats: number;
  billing?: Billing;
  rateBasis?: RateBasis;
  outcomeSplit?: OutcomeSplit;
  assumedShare?: number;
  reversalRate?: number;
  /** Use one-time free allowances of new accounts (default false). */
  oneTimeFree?: boolean;
  /** Stack ids (default DEFAULT_STACKS, keeping those the book has). */
  stacks?: readonly string[];
  /**
   * US dollars per human-handled conversation (conversations − AI resolutions, including those a spend
   * cap pauses). Given, each stack carries its people cost and total cost of support, and "cheapest"
   * ranks by that total: a stack whose AI leaves more to people costs what it leaves.
   */
  humanCostPerConversation?: number;
}

export interface StackCost {
  stack: string;
  vendors: string[];
  seatCost: number;
  aiCost: number;
  addOnCost: number;
  total: number;
  conversations: number;
  /** AI resolutions over the horizon (after any pause at a spend cap). */
  resolutions: number;
  /** Total ÷ AI resolutions: what each resolution costs with the seats included; null with none. */
  costPerResolution: number | null;
  /** AI cost ÷ AI resolutions: the effective AI price per resolution; null with none. */
  aiCostPerResolution: number | null;
  /** Total ÷ conversations; null with none. */
  costPerConversation: number | null;
  pausedConversations: number;
  humanHandled: number;
  /** Human-handled conversations × the cost per conversation; null when people are not priced. */
  peopleCost: number | null;
  /** total + peopleCost; null when people are not priced. */
  totalCostOfSupport: number | null;
}

export interface BreakEven {
  /** The smallest whole number of conversations per month at which `to` becomes the cheapest. */
  conversations: number;
  from: string;
  to: string;
}

export interface CostCurve {
  /** Monthly conversations along the x axis (steady for the whole horizon). */
  conversations: number[];
  /** One line per stack: the horizon's total cost at each x. */
  lines: { stack: string; totals: number[] }[];
}

export interface StackComparison {
  months: number;
  stacks: StackCost[];
  /** Lowest total cost of support when people are priced, else lowest total (see `rankedBy`). */
  cheapest: string;
  rankedBy: "totalCostOfSupport" | "total";
  /** Stacks left out, with why (e.g. no monthly billing price in the book). */
  skipped: { stack: string; reason: string }[];
  breakEvens: BreakEven[];
  chart: CostCurve;
}

function checkConversations(value: number, where: string): number {
  if (!(typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_MONTHLY_CONVERSATIONS)) {
    throw invalidInput(`${where} must be a number from 0 to ${MAX_MONTHLY_CONVERSATIONS.toLocaleString("en-US")}; got ${describeValue(value)}.`);
  }
  return value;
}

/** Most a person's handling of one conversation may cost: far beyond any loaded cost; keeps totals finite. */
export const MAX_COST_PER_CONVERSATION = 10_000;

function checkHumanCost(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!(typeof value === "number" && value >= 0 && value <= MAX_COST_PER_CONVERSATION)) {
    throw invalidInput(`Cost per human-handled conversation must be from 0 to ${MAX_COST_PER_CONVERSATION.toLocaleString("en-US")} US dollars; got ${describeValue(value)}.`);
  }
  return value;
}

function monthlyConversations(input: CompareInput): number[] {
  if (typeof input.conversations === "number") {
    const months = checkMonths(input.months ?? 12);
    return new Array<number>(months).fill(checkConversations(input.conversations, "Conversations per month"));
  }
  const list = Array.from(input.conversations, (c, i) => checkConversations(c, `Conversations in month ${i + 1}`));
  checkMonths(list.length);
  if (input.months !== undefined && input.months !== list.length) {
    throw invalidInput(`Months is ${describeValue(input.months)} but the conversations list ${list.length} months.`);
  }
  return list;
}

interface Bound {
  id: string;
  vendors: string[];
  stack: BoundStack;
}

function totalAt(b: Bound, conversations: number, months: number, rates: ChainRates): number {
  const v = volumeOf(conversations, rates);
  return priceHorizon(b.stack, new Array<MonthVolume>(months).fill(v)).total;
}

function cheapestAt(bound: readonly Bound[], conversations: number, months: number, rates: ChainRates): number {
  let best = 0;
  let bestTotal = Infinity;
  bound.forEach((b, i) => {
    const t = totalAt(b, conversations, months, rates);
    if (t < bestTotal) {
      bestTotal = t;
      best = i;
    }
  });
  return best;
}

/** A round upper end for the volume axis: at least 3× the busiest month, and at least 1,000. */
function axisEnd(conversations: readonly number[]): number {
  const target = Math.max(1000, 3 * Math.max(...conversations));
  const step = Math.pow(10, Math.floor(Math.log10(target)));
  return Math.ceil(target / step) * step;
}

const CHART_POINTS = 50;
const SCAN_POINTS = 400;

/**
 * Compares stacks for one volume scenario.
 *
 * @example
 * compareStacks(SEED_BOOK, { conversations: 5000, involvement: 0.5, resolution: 0.6, seats: 12 })
 * // → stacks: intercom-advanced 30,060 · zendesk-professional 41,400 · freshdesk-pro 22,620 · …
 */
export function compareStacks(book: PriceBook, input: CompareInput): StackComparison {
  const perMonth = monthlyConversations(input);
  const months = perMonth.length;
  const rates = checkChainRates({
    involvement: input.involvement,
    resolution: input.resolution,
    outcomeSplit: input.outcomeSplit,
    assumedShare: input.assumedShare,
    reversalRate: input.reversalRate,
  });
  const named = input.stacks !== undefined;
  const ids = input.stacks ?? DEFAULT_STACKS.filter((id) => id.split("+").every((part) => book.plans.some((p) => p.id === part)));
  if (ids.length === 0) throw invalidInput("Name at least one stack to compare.");
  const skipped: StackComparison["skipped"] = [];
  const bound: Bound[] = [];
  for (const id of ids) {
    const plans = resolveStack(book, id);
    try {
      const stack = bindStack(plans, { seats: input.seats, billing: input.billing, rateBasis: input.rateBasis, oneTimeFree: input.oneTimeFree });
      const vendors = [...new Set([plans.seats, plans.ai, ...(plans.addOns ?? [])].filter((p) => p !== undefined).map((p) => p.vendor))];
      bound.push({ id: stackIdOf(plans), vendors, stack });
    } catch (error) {
      // A stack the book cannot price with these terms (no monthly price) is left out and said so.
      if (!(error instanceof PricingInputError) || named && ids.length === 1) throw error;
      skipped.push({ stack: id, reason: error.message });
    }
  }
  if (bound.length === 0) throw invalidInput(`No stack can be priced: ${skipped.map((s) => s.reason).join(" ")}`);
  const human = checkHumanCost(input.humanCostPerConversation);
  const volumes = perMonth.map((c) => volumeOf(c, rates));
  const stacks = bound.map((b): StackCost => {
    const h = priceHorizon(b.stack, volumes);
    const peopleCost = human === undefined ? null : h.humanHandled * human;
    return {
      stack: b.id,
      vendors: b.vendors,
      seatCost: h.seatCost,
      aiCost: h.aiCost,
      addOnCost: h.addOnCost,
      total: h.total,
      conversations: h.conversations,
      resolutions: h.aiResolved,
      costPerResolution: h.aiResolved > 0 ? h.total / h.aiResolved : null,
      aiCostPerResolution: h.aiResolved > 0 ? h.aiCost / h.aiResolved : null,
      costPerConversation: h.conversations > 0 ? h.total / h.conversations : null,
      pausedConversations: h.pausedConversations,
      humanHandled: h.humanHandled,
      peopleCost,
      totalCostOfSupport: peopleCost === null ? null : h.total + peopleCost,
    };
  });
  const rankedBy = human === undefined ? "total" : "totalCostOfSupport";
  const rank = (s: StackCost) => (rankedBy === "total" ? s.total : s.totalCostOfSupport!);
  let cheapest = stacks[0];
  for (const s of stacks) if (rank(s) < rank(cheapest)) cheapest = s;

  const end = axisEnd(perMonth);
  const breakEvens: BreakEven[] = [];
  let previous = cheapestAt(bound, 0, months, rates);
  let previousX = 0;
  for (let k = 1; k <= SCAN_POINTS; k++) {
    const x = Math.round((end * k) / SCAN_POINTS);
    const now = cheapestAt(bound, x, months, rates);
    if (now !== previous) {
      // The first whole volume after previousX where the cheapest stops being `previous`.
      let lo = previousX;
      let hi = x;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (cheapestAt(bound, mid, months, rates) === previous) lo = mid;
        else hi = mid;
      }
      const to = cheapestAt(bound, hi, months, rates);
      breakEvens.push({ conversations: hi, from: bound[previous].id, to: bound[to].id });
      previous = to;
      // Another change between hi and x is picked up from hi onwards.
      if (to !== now) {
        k--;
        previousX = hi;
        continue;
      }
    }
    previous = now;
    previousX = x;
  }

  const xs = Array.from({ length: CHART_POINTS + 1 }, (_, i) => Math.round((end * i) / CHART_POINTS));
  const chart: CostCurve = { conversations: xs, lines: bound.map((b) => ({ stack: b.id, totals: xs.map((x) => totalAt(b, x, months, rates)) })) };
  return { months, stacks, cheapest: cheapest.stack, rankedBy, skipped, breakEvens, chart };
}
