/**
 * The invoice check: does the invoice match the bill the price book gives for the month's actual
 * counts, and where it does not, which rule of the bill explains the gap? Each explanation is the same
 * month priced again through the one engine (bindStack + priceMonth) with one rule changed — without
 * the monthly minimum, with a pack more or fewer, without the spend cap, with an outcome type at
 * another rate, with more or fewer seats, with the other billing — and it explains the invoice when
 * that bill is within the tolerance of it. Only when no rule does is a difference in the count itself
 * offered (the vendor billed more or fewer units than the actuals counted).
 *
 * Explanations are data (rule and figures) with an English sentence; the pane words them in its own
 * language from the data.
 */
import { describeValue, invalidInput } from "../errors";
import { MAX_SEATS } from "../plan";
import { MonthVolume } from "../pricebook/chain";
import { bindStack, BoundAi, BoundStack, priceMonth, StackPlans, StackTerms } from "../pricebook/month";
import { AiUnit, Billing, OTHER_OUTCOMES, OtherOutcome } from "../pricebook/types";
import { ActualMonth, actualChain, MAX_INVOICE } from "./variance";

/** An actual month for the check: its counts (or shares), its invoice, and for outcome billing the other outcomes by type. */
export interface CheckedMonth extends ActualMonth {
  outcomes?: Partial<Record<OtherOutcome, number>>;
}

interface ExplanationBase {
  /** The bill with the rule changed, to the cent. */
  modelled: number;
  /** Invoice − that bill, to the cent (within the tolerance). */
  gap: number;
  /** The explanation in English (the CLI's and the functions' wording). */
  message: string;
}

/** Which rule explains the gap, with the figures a translation needs. */
export type Explanation = ExplanationBase &
  (
    | { rule: "minimum"; minimum: number; unit: AiUnit }
    | { rule: "packs"; /** Packs more (+) or fewer (−) than the model's. */ packs: number; modelPacks: number; size: number; price: number; vendor: string }
    | { rule: "spend-cap"; cap: number }
    | { rule: "outcome-price"; outcome: OtherOutcome; rate: number; bookRate: number }
    | { rule: "seats"; seats: number; bookSeats: number }
    | { rule: "billing"; billing: Billing }
    | { rule: "count"; /** Units more (+) or fewer (−) than counted. */ units: number; counted: number; unit: AiUnit }
  );

export type InvoiceRule = Explanation["rule"];

export interface InvoiceCheck {
  /** 1-based month of the actuals. */
  month: number;
  /** The price book's bill at the actual counts, to the cent. */
  modelled: number;
  invoice: number;
  /** Invoice − modelled, to the cent (the variance's billing effect). */
  difference: number;
  /** The difference is beyond the tolerance. */
  flagged: boolean;
  /** Rules that explain a flagged difference, closest first; empty when none does (or nothing is flagged). */
  explanations: Explanation[];
}

export interface InvoiceCheckOptions {
  /** US dollars the invoice may differ from a bill and still match it (default 1). */
  tolerance?: number;
}

/** Seats tried either side of the book's: a seat change the invoice shows is rarely larger. */
export const SEAT_SEARCH = 25;
/** Packs tried either side of the model's. */
export const PACK_SEARCH = 5;

const cents = (x: number) => Math.round(x * 100);
const usd = (x: number) => x.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: Number.isInteger(x) ? 0 : 2, maximumFractionDigits: 2 });
const count = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The counted unit in words, singular and plural. */
export function unitWords(unit: AiUnit): [string, string] {
  if (unit === "ai-involved") return ["AI-involved conversation", "AI-involved conversations"];
  if (unit === "outcome") return ["outcome", "outcomes"];
  return ["resolution", "resolutions"];
}

const OUTCOME_WORDS: Record<OtherOutcome, string> = { "procedure-handoff": "procedure handoffs", disqualification: "disqualifications", qualification: "qualifications" };

function checkTolerance(tolerance: number): number {
  if (!(typeof tolerance === "number" && Number.isFinite(tolerance) && tolerance >= 0 && tolerance <= MAX_INVOICE)) {
    throw invalidInput(`The tolerance must be an amount of 0 or more US dollars; got ${describeValue(tolerance)}.`);
  }
  return tolerance;
}

/** The month's chain, with the other outcomes by type when given. */
function volumeOf(m: CheckedMonth, month: number): MonthVolume {
  const v = actualChain(m, month);
  if (!m.outcomes) return v;
  const other = (t: OtherOutcome) => {
    const x = m.outcomes?.[t] ?? 0;
    if (!(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= v.involved)) {
      throw invalidInput(`Month ${month}: ${OUTCOME_WORDS[t]} must be a count from 0 to the ${v.involved} AI-involved conversations; got ${describeValue(x)}.`);
    }
    return x;
  };
  return { ...v, outcomes: { resolution: v.resolved, "procedure-handoff": other("procedure-handoff"), disqualification: other("disqualification"), qualification: other("qualification") } };
}

/** The month's counted link, changed by `delta` units (the unit the AI charge counts). */
function withUnits(v: MonthVolume, unit: AiUnit, delta: number): MonthVolume | null {
  if (unit === "ai-involved") return v.involved + delta < 0 ? null : { ...v, involved: v.involved + delta };
  if (v.resolved + delta < 0) return null;
  return { ...v, resolved: v.resolved + delta, ...(v.outcomes ? { outcomes: { ...v.outcomes, resolution: v.resolved + delta } } : {}) };
}

function countedUnits(ai: BoundAi, v: MonthVolume): number {
  if (ai.unit === "ai-involved") return v.involved;
  return v.resolved;
}

/** An explanation before it is measured against the invoice (each member of the union without modelled and gap). */
type Detail = Explanation extends infer E ? (E extends Explanation ? Omit<E, "modelled" | "gap"> : never) : never;

interface Alternative {
  bill: number;
  explanation: Detail;
}

/** The rules of the bill, each changed in turn, priced through the engine. */
function alternatives(plans: StackPlans, terms: StackTerms, bound: BoundStack, v: MonthVolume, modelledCents: number): Alternative[] {
  const out: Alternative[] = [];
  const bill = (stack: BoundStack, volume: MonthVolume = v) => cents(priceMonth(stack, volume).total);
  const ai = bound.ai;
  const aiPlan = plans.ai;
  if (ai && aiPlan) {
    const [one, many] = unitWords(ai.unit);
    if (ai.minimum > 0) {
      out.push({
        bill: bill({ ...bound, ai: { ...ai, minimum: 0 } }),
        explanation: { rule: "minimum", minimum: ai.minimum, unit: ai.unit, message: `The invoice matches the model without the ${count(ai.minimum)}-${one} monthly minimum.` },
      });
    }
    if (ai.charge.kind === "package") {
      const { size, price } = ai.charge;
      const modelPacks = Math.round(priceMonth(bound, v).billedUnits / size);
      for (let k = -PACK_SEARCH; k <= PACK_SEARCH; k++) {
        if (k === 0) continue;
        const shifted = withUnits(v, ai.unit, k * size);
        if (!shifted) continue;
        const packs = Math.round(priceMonth(bound, shifted).billedUnits / size) - modelPacks;
        // Only where the engine bills exactly k more packs (an allowance or a minimum may absorb them).
        if (packs !== k) continue;
        const word = Math.abs(k) === 1 ? "pack" : "packs";
        out.push({
          bill: bill(bound, shifted),
          explanation: { rule: "packs", packs: k, modelPacks, size, price, vendor: aiPlan.vendor, message: `The invoice matches ${Math.abs(k)} ${k > 0 ? "more" : "fewer"} ${aiPlan.vendor} ${word} (${modelPacks + k} packs of ${count(size)} ${many} instead of ${modelPacks}).` },
        });
      }
    }
    if (Number.isFinite(ai.spendCap)) {
      out.push({
        bill: bill({ ...bound, ai: { ...ai, spendCap: Infinity } }),
        explanation: { rule: "spend-cap", cap: ai.spendCap, message: `The invoice matches the model without the ${usd(ai.spendCap)} spend cap: the AI was not paused.` },
      });
    }
    if (ai.unit === "outcome" && v.outcomes) {
      const rates = [...new Set([ai.baseRate, ...ai.outcomeRates, 0])];
      OTHER_OUTCOMES.forEach((t, i) => {
        if (!(v.outcomes![t] > 0)) return;
        for (const rate of rates) {
          if (rate === ai.outcomeRates[i]) continue;
          const outcomeRates = [...ai.outcomeRates] as BoundAi["outcomeRates"];
          outcomeRates[i] = rate;
          out.push({
            bill: bill({ ...bound, ai: { ...ai, outcomeRates } }),
            explanation: {
              rule: "outcome-price",
              outcome: t,
              rate,
              bookRate: ai.outcomeRates[i],
              message: rate === 0 ? `The invoice matches with ${OUTCOME_WORDS[t]} not billed (the book prices them at ${usd(ai.outcomeRates[i])}).` : `The invoice matches with ${OUTCOME_WORDS[t]} billed at ${usd(rate)} instead of ${usd(ai.outcomeRates[i])}.`,
            },
          });
        }
      });
    }
  }
  // Seats: a change the book does not know of yet (seats and per-seat allowances and add-ons follow).
  if (plans.seats || (plans.addOns?.length ?? 0) > 0 || (ai && ai.included > 0)) {
    const lo = Math.max(0, terms.seats - SEAT_SEARCH);
    const hi = Math.min(MAX_SEATS, terms.seats + SEAT_SEARCH);
    for (let s = lo; s <= hi; s++) {
      if (s === terms.seats) continue;
      const b = bill(bindStack(plans, { ...terms, seats: s }));
      if (b === modelledCents) continue;
      out.push({ bill: b, explanation: { rule: "seats", seats: s, bookSeats: terms.seats, message: `The invoice matches ${count(s)} seats instead of ${count(terms.seats)}.` } });
    }
  }
  // Billing: the seats billed monthly instead of annually, or the other way round, where the plan offers it.
  const other: Billing = (terms.billing ?? "annual") === "annual" ? "monthly" : "annual";
  const seatPlans = [plans.seats, ...(plans.addOns ?? [])].filter((p) => p !== undefined);
  if (seatPlans.length > 0 && seatPlans.every((p) => p.seat?.[other])) {
    out.push({ bill: bill(bindStack(plans, { ...terms, billing: other })), explanation: { rule: "billing", billing: other, message: `The invoice matches the seats billed ${other} instead of ${terms.billing ?? "annual"}.` } });
  }
  return out.filter((a) => a.bill !== modelledCents);
}

/**
 * When no rule explains the gap: the units the vendor would have billed for the invoice, where a
 * whole number of them matches (per-unit and tiered AI charges).
 */
function countAlternative(bound: BoundStack, v: MonthVolume, invoiceCents: number, modelledCents: number, toleranceCents: number): Alternative | null {
  const ai = bound.ai;
  if (!ai || ai.charge.kind === "package") return null;
  const counted = countedUnits(ai, v);
  const bill = (delta: number) => {
    const w = withUnits(v, ai.unit, delta);
    return w ? cents(priceMonth(bound, w).total) : NaN;
  };
  // The bill is non-decreasing in the units: bisect for the delta whose bill is nearest the invoice.
  const up = invoiceCents > modelledCents;
  let lo = 0;
  let hi = 1;
  const past = (d: number) => (up ? !(bill(d) < invoiceCents) : !(bill(-d) > invoiceCents));
  while (!past(hi) && hi < 1e9) hi *= 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (past(mid)) hi = mid;
    else lo = mid;
  }
  const candidates = [lo, hi].filter((d) => d > 0).map((d) => (up ? d : -d));
  let best: { delta: number; bill: number } | null = null;
  for (const delta of candidates) {
    const b = bill(delta);
    if (Number.isNaN(b)) continue;
    if (!best || Math.abs(b - invoiceCents) < Math.abs(best.bill - invoiceCents)) best = { delta, bill: b };
  }
  if (!best || Math.abs(best.bill - invoiceCents) > toleranceCents) return null;
  const [, many] = unitWords(ai.unit);
  const n = Math.abs(best.delta);
  return {
    bill: best.bill,
    explanation: {
      rule: "count",
      units: best.delta,
      counted,
      unit: ai.unit,
      message: `No rule of the bill explains it; it matches ${count(n)} ${best.delta > 0 ? "more" : "fewer"} ${many} billed than the actuals count (${count(counted + best.delta)} instead of ${count(counted)}): check the vendor's count.`,
    },
  };
}

/**
 * Checks one month's invoice against the price book's bill at its actual counts.
 *
 * @example
 * checkInvoice(resolveStack(SEED_BOOK, "intercom-advanced"), { seats: 12 },
 *   { conversations: 6000, involved: 3000, resolved: 2100, invoice: 3184 })
 * // → { modelled: 3099, difference: 85, flagged: true, explanations: [{ rule: "seats", seats: 13, … }] }
 */
export function checkInvoice(plans: StackPlans, terms: StackTerms, m: CheckedMonth, options: InvoiceCheckOptions = {}, month = 1): InvoiceCheck {
  const tolerance = cents(checkTolerance(options.tolerance ?? 1));
  const bound = bindStack(plans, terms);
  const v = volumeOf(m, month);
  if (!(typeof m.invoice === "number" && Number.isFinite(m.invoice) && m.invoice >= 0 && m.invoice <= MAX_INVOICE)) {
    throw invalidInput(`Month ${month}: the invoice must be an amount of 0 or more US dollars; got ${describeValue(m.invoice)}.`);
  }
  const invoice = cents(m.invoice);
  const modelled = cents(priceMonth(bound, v).total);
  const flagged = Math.abs(invoice - modelled) > tolerance;
  const explanations: Explanation[] = [];
  if (flagged) {
    const matching = alternatives(plans, terms, bound, v, modelled).filter((a) => Math.abs(invoice - a.bill) <= tolerance);
    const found = matching.length > 0 ? matching : [countAlternative(bound, v, invoice, modelled, tolerance)].filter((a) => a !== null);
    found.sort((a, b) => Math.abs(invoice - a.bill) - Math.abs(invoice - b.bill));
    for (const a of found) explanations.push({ ...a.explanation, modelled: a.bill / 100, gap: (invoice - a.bill) / 100 } as Explanation);
  }
  return { month, modelled: modelled / 100, invoice: invoice / 100, difference: (invoice - modelled) / 100, flagged, explanations };
}

/** Every month's invoice checked. */
export function checkInvoices(plans: StackPlans, terms: StackTerms, months: readonly CheckedMonth[], options: InvoiceCheckOptions = {}): InvoiceCheck[] {
  if (months.length === 0) throw invalidInput("Give at least one month of actuals to check an invoice.");
  return months.map((m, i) => checkInvoice(plans, terms, m, options, i + 1));
}
