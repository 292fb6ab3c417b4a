/**
 * Finding plans in a book and reading stack ids: `helpdesk` (a helpdesk with its own AI) or
 * `helpdesk+ai` (an AI-only plan on top of another helpdesk's seats); an add-on may follow either
 * (`intercom-advanced+intercom-copilot`). An AI-only plan alone prices the AI without seats.
 */
import { listChoices, unknownName, invalidInput } from "../errors";
import { StackPlans } from "./month";
import { Plan, PriceBook } from "./types";

const indexCache = new WeakMap<PriceBook, Map<string, Plan>>();

function planIndex(book: PriceBook): Map<string, Plan> {
  let index = indexCache.get(book);
  if (!index) {
    index = new Map(book.plans.map((p) => [p.id.toLowerCase(), p]));
    indexCache.set(book, index);
  }
  return index;
}

/** The vendor whose tier names ("Advanced") stand for its plans ("intercom-advanced"): the seed guide's. */
export const TIER_VENDOR = "Intercom";

/**
 * A plan by id, ignoring case and surrounding spaces. Tier names keep working: "Advanced" means
 * TIER_VENDOR's helpdesk plan of that tier ("intercom-advanced").
 */
export function findPlan(book: PriceBook, idOrTier: string): Plan {
  const key = idOrTier.trim().toLowerCase();
  const index = planIndex(book);
  const prefix = `${TIER_VENDOR.toLowerCase()}-`;
  const plan = index.get(key) ?? index.get(`${prefix}${key}`);
  if (plan) return plan;
  if (key === "") throw invalidInput("Plan is required: give a plan id such as intercom-advanced.");
  const tiers = book.plans.filter((p) => p.kind === "helpdesk" && p.vendor === TIER_VENDOR && p.id.startsWith(prefix)).map((p) => p.name.replace(/^Intercom\s+/i, ""));
  const ids = listChoices(book.plans.map((p) => p.id));
  throw unknownName(`Unknown plan "${idOrTier.trim()}": use ${tiers.length > 0 ? `a tier (${listChoices(tiers)}) or ` : ""}a plan of the price book: ${ids}.`);
}

/** The plans of a stack id; "zendesk-professional+fin-standalone" → Zendesk's seats, Fin's AI. */
export function resolveStack(book: PriceBook, stackId: string): StackPlans {
  const parts = stackId.split("+").map((part) => findPlan(book, part));
  const [first, ...rest] = parts;
  const addOns = rest.filter((p) => p.kind === "add-on");
  const ais = rest.filter((p) => p.kind === "ai-only");
  const helpdesks = rest.filter((p) => p.kind === "helpdesk");
  if (helpdesks.length > 0) throw invalidInput(`Stack "${stackId}": ${helpdesks[0].id} is a helpdesk; a stack has one helpdesk, first.`);
  if (ais.length > 1) throw invalidInput(`Stack "${stackId}" has two AI agents (${ais.map((p) => p.id).join(", ")}); keep one.`);
  if (first.kind === "add-on") throw invalidInput(`Stack "${stackId}": ${first.id} is an add-on; start with a helpdesk or an AI agent.`);
  if (first.kind === "ai-only") {
    if (ais.length > 0) throw invalidInput(`Stack "${stackId}" has two AI agents; keep one.`);
    return { ai: first, addOns };
  }
  return { seats: first, ai: ais[0] ?? first, addOns };
}

/** The canonical id of a stack, as its plans are spelt in the book. */
export function stackIdOf(stack: StackPlans): string {
  const ids: string[] = [];
  if (stack.seats) ids.push(stack.seats.id);
  if (stack.ai && stack.ai !== stack.seats) ids.push(stack.ai.id);
  for (const a of stack.addOns ?? []) ids.push(a.id);
  return ids.join("+");
}
