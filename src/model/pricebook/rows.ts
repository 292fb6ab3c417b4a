/**
 * The price book as rows: a header, then one row per price. This is the form the workbook sheet
 * "SupportCost Prices" holds (a custom function reads it from a range argument) and the CLI reads and
 * prints (as CSV, or as JSON objects with the same fields).
 *
 *   Plan id | Vendor | Plan | Kind | Price item | Amount | Unit | Source | As of
 *
 * Kind, Price item and Unit come from closed vocabularies (so a sheet can enforce them with list
 * validation), Amount is always a plain number of 0 or more (one decimal validation covers the
 * column). The AI billing unit is the unit of the plan's "AI rate" (or "Pack price") row; the spend
 * cap's behaviour is its unit, "USD per month, then the AI pauses".
 *
 * Exchange rates for showing totals in other currencies are rows of the same form, after the plans:
 *
 *   usd-jpy | Exchange rate | US dollar to Japanese yen | exchange-rate | Exchange rate | 156.22 | JPY per USD | … | 2025-12-24
 *
 * read back with the same checks as prices, and the rate's own bounds (src/model/currency/rate.ts).
 *
 * Bad data throws an invalidInput/unknownName error naming the row (1-based, header = row 1) and the
 * column: `Prices row 7 (intercom-advanced, Seat, annual billing), Amount: the text "abc" is not a number.`
 */
import { CURRENCY_NAMES, ForeignCurrency, FOREIGN_CURRENCIES } from "../currency/codes";
import { checkFxRate } from "../currency/rate";
import { describeValue, invalidInput, listChoices, PricingInputError, unknownName } from "../errors";
import { parseDecimal } from "../numbers";
import { isAsOfDate } from "./stale";
import { MAX_MINIMUM_UNITS, MAX_MONTHLY_FEE, MAX_UNIT_RATE } from "../plan";
import { AiTerms, AiUnit, MAX_TIER_BANDS, OtherOutcome, Plan, PLAN_KINDS, PlanKind, Price, PriceBook, TierBand, TierMode } from "./types";

export const PRICE_COLUMNS = ["Plan id", "Vendor", "Plan", "Kind", "Price item", "Amount", "Unit", "Source", "As of"] as const;
export type PriceColumn = (typeof PRICE_COLUMNS)[number];

const AI_RATE_UNITS: Record<string, AiUnit> = {
  "USD per AI-involved conversation": "ai-involved",
  "USD per AI-resolved conversation": "ai-resolved",
  "USD per outcome": "outcome",
};
const PACK_UNITS: Record<string, AiUnit> = {
  "USD per pack of AI-involved conversations": "ai-involved",
  "USD per pack of AI-resolved conversations": "ai-resolved",
  "USD per pack of outcomes": "outcome",
};

/** Tier band rates: the unit says what is counted and how the bands apply. */
const BAND_UNITS: Record<string, [AiUnit, TierMode]> = {};
for (const [rateUnit, unit] of Object.entries(AI_RATE_UNITS)) {
  for (const mode of ["graduated", "volume"] as const) BAND_UNITS[`${rateUnit}, ${mode}`] = [unit, mode];
}

type Field =
  | { at: "seat"; billing: "annual" | "monthly" }
  | { at: "rate" }
  | { at: "payg" }
  | { at: "outcome"; type: OtherOutcome }
  | { at: "ai"; key: "monthlyMinimum" | "platformFee" | "includedPerMonth" | "includedPerSeat" | "oneTimeFree" | "spendCap" }
  | { at: "packSize" }
  | { at: "packPrice" }
  | { at: "bandRate"; band: number }
  | { at: "bandUpTo"; band: number }
  | { at: "fx" };

interface ItemSpec {
  item: string;
  field: Field;
  /** The units this item may carry; the first is what a book without an AI unit choice writes. */
  units: readonly string[];
  whole?: boolean;
  positive?: boolean;
}

/** The closed vocabulary of price items, in the order a plan's rows are written. */
export const PRICE_ITEMS: readonly ItemSpec[] = [
  { item: "Seat, annual billing", field: { at: "seat", billing: "annual" }, units: ["USD per seat-month"] },
  { item: "Seat, monthly billing", field: { at: "seat", billing: "monthly" }, units: ["USD per seat-month"] },
  { item: "AI rate", field: { at: "rate" }, units: Object.keys(AI_RATE_UNITS) },
  { item: "AI rate, pay-as-you-go", field: { at: "payg" }, units: Object.keys(AI_RATE_UNITS) },
  { item: "AI rate, procedure handoff", field: { at: "outcome", type: "procedure-handoff" }, units: ["USD per outcome"] },
  { item: "AI rate, disqualification", field: { at: "outcome", type: "disqualification" }, units: ["USD per outcome"] },
  { item: "AI rate, qualification", field: { at: "outcome", type: "qualification" }, units: ["USD per outcome"] },
  { item: "Monthly minimum", field: { at: "ai", key: "monthlyMinimum" }, units: ["units per month with use"], whole: true },
  { item: "Platform fee", field: { at: "ai", key: "platformFee" }, units: ["USD per month"] },
  { item: "Included per month", field: { at: "ai", key: "includedPerMonth" }, units: ["units per month"], whole: true },
  { item: "Included per seat", field: { at: "ai", key: "includedPerSeat" }, units: ["units per seat-month"], whole: true },
  { item: "Pack size", field: { at: "packSize" }, units: ["units per pack"], whole: true, positive: true },
  { item: "Pack price", field: { at: "packPrice" }, units: Object.keys(PACK_UNITS) },
  ...Array.from({ length: MAX_TIER_BANDS }, (_, i): ItemSpec[] => [
    { item: `AI band ${i + 1} rate`, field: { at: "bandRate", band: i + 1 }, units: Object.keys(BAND_UNITS) },
    { item: `AI band ${i + 1} up to`, field: { at: "bandUpTo", band: i + 1 }, units: ["units per month"], whole: true, positive: true },
  ]).flat(),
  { item: "One-time free units", field: { at: "ai", key: "oneTimeFree" }, units: ["units, once per new account"], whole: true },
  { item: "Spend cap", field: { at: "ai", key: "spendCap" }, units: ["USD per month, then the AI pauses"] },
  { item: "Exchange rate", field: { at: "fx" }, units: FOREIGN_CURRENCIES.map(fxUnit), positive: true },
];

/** What an exchange-rate row holds in Kind: it is not a plan, so it has a kind of its own. */
export const FX_KIND = "exchange-rate";
/** Every value the Kind column may hold: the plan kinds, and the exchange-rate rows' kind. */
export const ROW_KINDS: readonly string[] = [...PLAN_KINDS, FX_KIND];
const FX_ITEM = PRICE_ITEMS.find((s) => s.field.at === "fx")!;
const FX_VENDOR = "Exchange rate";

/** The unit of an exchange-rate row: "JPY per USD". */
function fxUnit(currency: ForeignCurrency): string {
  return `${currency} per USD`;
}

/** The Plan id of an exchange-rate row: "usd-jpy". */
export function fxRowId(currency: ForeignCurrency): string {
  return `usd-${currency.toLowerCase()}`;
}

/** Every unit any item may carry (for the sheet's list validation of the Unit column). */
export const PRICE_UNITS: readonly string[] = [...new Set(PRICE_ITEMS.flatMap((s) => s.units))];

const ITEM_BY_KEY = new Map(PRICE_ITEMS.map((s) => [s.item.toLowerCase(), s]));
const KIND_BY_KEY = new Map(PLAN_KINDS.map((k) => [k, k]));
const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;

export type PriceCell = string | number;
/** The row form: PRICE_COLUMNS, then one row per price. */
export type PriceRows = PriceCell[][];

// ---- Book → rows -------------------------------------------------------------------------------

function unitOfRate(unit: AiUnit): string {
  return Object.keys(AI_RATE_UNITS).find((u) => AI_RATE_UNITS[u] === unit)!;
}

function unitOfPack(unit: AiUnit): string {
  return Object.keys(PACK_UNITS).find((u) => PACK_UNITS[u] === unit)!;
}

function unitOfBand(unit: AiUnit, mode: TierMode): string {
  return Object.keys(BAND_UNITS).find((u) => BAND_UNITS[u][0] === unit && BAND_UNITS[u][1] === mode)!;
}

function priceAt(plan: Plan, field: Field): Price | undefined {
  const ai = plan.ai;
  switch (field.at) {
    case "seat":
      return plan.seat?.[field.billing];
    case "rate":
      return ai?.rate;
    case "payg":
      return ai?.paygRate;
    case "outcome":
      return ai?.outcomeRates?.[field.type];
    case "ai":
      return ai?.[field.key];
    case "packSize":
      return ai?.pack?.size;
    case "packPrice":
      return ai?.pack?.price;
    case "bandRate":
      return ai?.tiers?.bands[field.band - 1]?.rate;
    case "bandUpTo":
      return ai?.tiers?.bands[field.band - 1]?.upTo;
    case "fx":
      return undefined;
  }
}

/** The book as a header row and one row per price, plans in book order, items in PRICE_ITEMS order. */
export function priceBookToRows(book: PriceBook): PriceRows {
  const rows: PriceRows = [[...PRICE_COLUMNS]];
  for (const plan of book.plans) {
    for (const spec of PRICE_ITEMS) {
      const p = priceAt(plan, spec.field);
      if (!p) continue;
      let unit = spec.units[0];
      if (spec.field.at === "rate" || spec.field.at === "payg") unit = unitOfRate(plan.ai!.unit);
      if (spec.field.at === "packPrice") unit = unitOfPack(plan.ai!.unit);
      if (spec.field.at === "bandRate") unit = unitOfBand(plan.ai!.unit, plan.ai!.tiers!.mode);
      rows.push([plan.id, plan.vendor, plan.name, plan.kind, spec.item, p.amount, unit, p.source, p.asOf]);
    }
  }
  for (const currency of FOREIGN_CURRENCIES) {
    const rate = book.fx?.[currency];
    if (rate) rows.push([fxRowId(currency), FX_VENDOR, fxRowName(currency), FX_KIND, FX_ITEM.item, rate.amount, fxUnit(currency), rate.source, rate.asOf]);
  }
  return rows;
}

function fxRowName(currency: ForeignCurrency): string {
  return `US dollar to ${CURRENCY_NAMES[currency]}`;
}

// ---- Rows → book -------------------------------------------------------------------------------

/** Where a problem is, for messages: "Prices row 7 (intercom-advanced, Seat, annual billing)". */
type Locate = (index: number) => string;

const sheetRows: Locate = (i) => `Prices row ${i + 1}`;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text in a text column; a number there (a year typed as 2026, a date Excel stored as a serial) is read as text. */
function textCell(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return String(v).toUpperCase();
  return String(v);
}

/** As of: text as typed, a year number as its text, or an Excel date serial as YYYY-MM-DD. */
function asOfCell(v: unknown): string {
  if (typeof v === "number" && Number.isInteger(v) && v > 9999 && v < 2958466) {
    // Excel's day 1 is 1900-01-01 and it counts a 29 Feb 1900 that never was: serial 25569 is 1970-01-01.
    return new Date((v - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  return textCell(v);
}

interface Built {
  plan: Plan;
  kindRow: number;
  firstRow: number;
  /** Row of each item given, by item name. */
  rowOf: Map<string, number>;
  rateUnit?: AiUnit;
  packUnit?: AiUnit;
  packSize?: Price;
  packPrice?: Price;
  /** Tier bands by number: rate (with what it counts and the mode) and upper end. */
  bandRates: Map<number, { price: Price; unit: AiUnit; mode: TierMode }>;
  bandUpTos: Map<number, Price>;
}

function fail(kind: "invalid" | "unknown", message: string): PricingInputError {
  return kind === "invalid" ? invalidInput(message) : unknownName(message);
}

/**
 * Reads a price book from rows (a header, then one row per price). Entirely blank rows are skipped,
 * so a range with room to spare reads fine. Round trip: priceBookFromRows(priceBookToRows(b)) equals b.
 */
export function priceBookFromRows(rows: readonly (readonly unknown[])[], locate: Locate = sheetRows, header = true): PriceBook {
  if (!Array.isArray(rows)) throw invalidInput("Prices: the price book must be a range of rows.");
  let start = 0;
  if (header) {
    const h = rows[0];
    if (!h) throw invalidInput(`Prices: the range is empty; it needs the header ${PRICE_COLUMNS.join(" | ")} and one row per price.`);
    for (let c = 0; c < PRICE_COLUMNS.length; c++) {
      if (textCell(h[c]).toLowerCase() !== PRICE_COLUMNS[c].toLowerCase()) {
        throw invalidInput(`${locate(0)}, column ${c + 1}: the header must be ${PRICE_COLUMNS.join(" | ")}; column ${c + 1} holds ${isBlank(h[c]) ? "nothing" : describeValue(h[c])}, not "${PRICE_COLUMNS[c]}".`);
      }
    }
    start = 1;
  }
  const plans = new Map<string, Built>();
  const fx = new Map<ForeignCurrency, { price: Price; row: number }>();
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) throw invalidInput(`${locate(r)}: is not a row of cells.`);
    if (row.every(isBlank)) continue;
    readRow(row, r, locate, plans, fx);
  }
  if (plans.size === 0) throw invalidInput("Prices: the price book has no prices; add one row per price under the header.");
  const book: PriceBook = { plans: [...plans.values()].map((b) => finishPlan(b, locate)) };
  if (fx.size > 0) book.fx = Object.fromEntries(FOREIGN_CURRENCIES.filter((c) => fx.has(c)).map((c) => [c, fx.get(c)!.price]));
  return book;
}

/** Where a cell is, kept as parts; the message text is made only for an error. */
interface Here {
  locate: Locate;
  r: number;
  id: string;
  item: string;
}

function at(h: Here, column: PriceColumn): string {
  const row = h.locate(h.r);
  return `${h.id && h.item ? `${row} (${h.id}, ${h.item})` : h.id ? `${row} (${h.id})` : row}, ${column}:`;
}

function readRow(row: readonly unknown[], r: number, locate: Locate, plans: Map<string, Built>, fx: Map<ForeignCurrency, { price: Price; row: number }>): void {
  const id = textCell(row[0]);
  const itemText = textCell(row[4]);
  // Messages are built only when something is wrong: a good row costs no string work (and no closure).
  const here: Here = { locate, r, id, item: itemText };
  if (id === "") throw invalidInput(`${at(here, "Plan id")} is blank; every price row names its plan, such as intercom-advanced.`);
  if (!PLAN_ID.test(id)) throw invalidInput(`${at(here, "Plan id")} "${id}" is not a plan id: use lower-case letters, digits and hyphens, such as intercom-advanced.`);
  const spec = ITEM_BY_KEY.get(itemText.toLowerCase());
  if (itemText === "") throw invalidInput(`${at(here, "Price item")} is blank; use one of ${listChoices(PRICE_ITEMS.map((s) => s.item))}.`);
  if (!spec) throw unknownName(`${at(here, "Price item")} unknown price item "${itemText}": use ${listChoices(PRICE_ITEMS.map((s) => s.item))}.`);
  const vendor = textCell(row[1]);
  const name = textCell(row[2]);
  const kindText = textCell(row[3]);
  if (vendor === "") throw invalidInput(`${at(here, "Vendor")} is blank.`);
  if (name === "") throw invalidInput(`${at(here, "Plan")} is blank.`);
  if (spec.field.at === "fx") return readFxRow(row, spec, kindText, here, fx);
  if (kindText.toLowerCase() === FX_KIND) throw invalidInput(`${at(here, "Kind")} an ${FX_KIND} row's Price item is ${FX_ITEM.item}; a plan's Kind is ${listChoices(PLAN_KINDS)}.`);
  const kind = KIND_BY_KEY.get(kindText.toLowerCase() as PlanKind);
  if (!kind) throw unknownName(`${at(here, "Kind")} unknown kind ${kindText === "" ? "(blank)" : `"${kindText}"`}: use ${listChoices(PLAN_KINDS)}.`);
  const amount = amountCell(row[5], spec, here);
  const bound = amountBound(String(row[6] ?? ""));
  if (amount > bound.max) throw invalidInput(`${at(here, "Amount")} must be at most ${bound.what}; got ${describeValue(amount)}.`);
  const unit = textCell(row[6]);
  if (!spec.units.includes(unit)) {
    throw unknownName(`${at(here, "Unit")} ${unit === "" ? "is blank" : `"${unit}" is not a unit of ${spec.item}`}: use ${listChoices(spec.units.map((u) => `"${u}"`))}.`);
  }
  const source = textCell(row[7]);
  if (source === "") throw invalidInput(`${at(here, "Source")} is blank; say where the price was read.`);
  const asOf = asOfCell(row[8]);
  if (!isAsOfDate(asOf)) throw invalidInput(`${at(here, "As of")} ${asOf === "" ? "is blank" : `"${asOf}" is not a date`}; write YYYY, YYYY-MM or YYYY-MM-DD.`);

  let b = plans.get(id);
  if (!b) {
    b = { plan: { id, vendor, name, kind }, kindRow: r, firstRow: r, rowOf: new Map(), bandRates: new Map(), bandUpTos: new Map() };
    plans.set(id, b);
  } else {
    const p = b.plan;
    const first = `row ${b.firstRow + 1}`;
    if (p.vendor !== vendor) throw invalidInput(`${at(here, "Vendor")} "${vendor}" differs from ${first}'s "${p.vendor}"; every row of a plan names the same vendor.`);
    if (p.name !== name) throw invalidInput(`${at(here, "Plan")} "${name}" differs from ${first}'s "${p.name}"; every row of a plan gives the same name.`);
    if (p.kind !== kind) throw invalidInput(`${at(here, "Kind")} "${kind}" differs from ${first}'s "${p.kind}"; every row of a plan gives the same kind.`);
  }
  const earlier = b.rowOf.get(spec.item);
  if (earlier !== undefined) throw invalidInput(`${at(here, "Price item")} ${spec.item} for ${id} is already given in row ${earlier + 1}; keep one.`);
  b.rowOf.set(spec.item, r);
  place(b, spec, { amount, source, asOf }, unit, here);
}

/**
 * An exchange-rate row: Kind exchange-rate, Unit "JPY per USD" (which says the currency), the Plan id
 * naming the same pair (usd-jpy), and an amount read as every price is, then held to the rate's bounds.
 */
function readFxRow(row: readonly unknown[], spec: ItemSpec, kindText: string, here: Here, fx: Map<ForeignCurrency, { price: Price; row: number }>): void {
  if (kindText.toLowerCase() !== FX_KIND) throw unknownName(`${at(here, "Kind")} an ${spec.item} row has the Kind ${FX_KIND}; got ${kindText === "" ? "a blank" : `"${kindText}"`}.`);
  const unit = textCell(row[6]);
  const currency = FOREIGN_CURRENCIES.find((c) => fxUnit(c) === unit);
  if (!currency) throw unknownName(`${at(here, "Unit")} ${unit === "" ? "is blank" : `"${unit}" is not a unit of ${spec.item}`}: use ${listChoices(spec.units.map((u) => `"${u}"`))}.`);
  if (here.id !== fxRowId(currency)) throw invalidInput(`${at(here, "Plan id")} a rate in ${unit} has the Plan id ${fxRowId(currency)}; got "${here.id}".`);
  const amount = checkFxRate(currency, amountCell(row[5], spec, here), `${at(here, "Amount")} the rate`);
  const source = textCell(row[7]);
  if (source === "") throw invalidInput(`${at(here, "Source")} is blank; say where the rate was read.`);
  const asOf = asOfCell(row[8]);
  if (!isAsOfDate(asOf)) throw invalidInput(`${at(here, "As of")} ${asOf === "" ? "is blank" : `"${asOf}" is not a date`}; write YYYY, YYYY-MM or YYYY-MM-DD.`);
  const earlier = fx.get(currency);
  if (earlier) throw invalidInput(`${at(here, "Price item")} the ${unit} rate is already given in row ${earlier.row + 1}; keep one.`);
  fx.set(currency, { price: { amount, source, asOf }, row: here.r });
}

function amountCell(v: unknown, spec: ItemSpec, here: Here): number {
  if (typeof v === "number" && v >= 0 && Number.isFinite(v) && (!spec.whole || Number.isInteger(v)) && (!spec.positive || v > 0)) return v;
  const where = at(here, "Amount");
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    if (v.trim() === "") throw invalidInput(`${where} is blank; a number of 0 or more is needed.`);
    n = parseDecimal(v);
    if (n === undefined) throw invalidInput(`${where} the text ${JSON.stringify(v)} is not a number.`);
  } else if (v === null || v === undefined) throw invalidInput(`${where} is blank; a number of 0 or more is needed.`);
  else throw invalidInput(`${where} ${describeValue(v)} is not a number.`);
  if (!Number.isFinite(n)) throw invalidInput(`${where} ${describeValue(n)} is not a number.`);
  if (n < 0) throw invalidInput(`${where} must be 0 or more; got ${describeValue(n)}.`);
  if (spec.positive && n === 0) throw invalidInput(`${where} must be more than 0; got 0.`);
  if (spec.whole && !Number.isInteger(n)) throw invalidInput(`${where} must be a whole number of units; got ${describeValue(n)}.`);
  return n;
}

/**
 * The most an amount may be, by its unit — the same bounds the functions, the CLI and the engine hold
 * (plan.ts): a price per seat, unit, pack or outcome at most $10,000; a monthly fee or cap at most
 * $10,000,000; a count of units at most 10⁹. Beyond, a figure is a typo, and priced it would be a
 * silent $300-billion plan.
 */
function amountBound(unit: string): { max: number; what: string } {
  if (/^USD per month/.test(unit)) return { max: MAX_MONTHLY_FEE, what: `${MAX_MONTHLY_FEE.toLocaleString("en-US")} US dollars a month` };
  if (/^USD/.test(unit)) return { max: MAX_UNIT_RATE, what: `${MAX_UNIT_RATE.toLocaleString("en-US")} US dollars` };
  return { max: MAX_MINIMUM_UNITS, what: `${MAX_MINIMUM_UNITS.toExponential()} units` };
}

function aiOf(b: Built): AiTerms {
  if (!b.plan.ai) b.plan.ai = { unit: "ai-resolved" };
  return b.plan.ai;
}

function place(b: Built, spec: ItemSpec, price: Price, unit: string, here: Here): void {
  const f = spec.field;
  const plan = b.plan;
  if (f.at === "seat") {
    if (plan.kind === "ai-only") throw invalidInput(`${at(here, "Price item")} an AI-only plan has no seats; make its Kind helpdesk, or move the seat price to the helpdesk's plan.`);
    plan.seat = { ...plan.seat, [f.billing]: price };
    return;
  }
  if (plan.kind === "add-on") throw invalidInput(`${at(here, "Price item")} an add-on is priced per seat only; use Seat, annual billing or Seat, monthly billing.`);
  const ai = aiOf(b);
  switch (f.at) {
    case "rate":
      ai.rate = price;
      b.rateUnit = AI_RATE_UNITS[unit];
      return;
    case "payg":
      ai.paygRate = price;
      if (b.rateUnit === undefined) b.rateUnit = AI_RATE_UNITS[unit];
      else if (b.rateUnit !== AI_RATE_UNITS[unit]) throw invalidInput(`${at(here, "Unit")} "${unit}" differs from the unit of the plan's AI rate; both count the same thing.`);
      return;
    case "outcome":
      ai.outcomeRates = { ...ai.outcomeRates, [f.type]: price };
      return;
    case "ai":
      ai[f.key] = price;
      return;
    case "packSize":
      b.packSize = price;
      return;
    case "packPrice":
      b.packPrice = price;
      b.packUnit = PACK_UNITS[unit];
      return;
    case "bandRate": {
      const [counted, mode] = BAND_UNITS[unit];
      for (const other of b.bandRates.values()) {
        if (other.mode !== mode) throw invalidInput(`${at(here, "Unit")} "${unit}" is ${mode}, but an earlier band of ${plan.id} is ${other.mode}; all bands apply the same way.`);
        if (other.unit !== counted) throw invalidInput(`${at(here, "Unit")} "${unit}" counts something other than an earlier band of ${plan.id}; all bands count the same thing.`);
      }
      b.bandRates.set(f.band, { price, unit: counted, mode });
      return;
    }
    case "bandUpTo":
      b.bandUpTos.set(f.band, price);
  }
}

/** The tiers of a plan from its band rows, checked: bands 1..n, each but the last with a rising upper end. */
function finishTiers(b: Built, locate: Locate): AiTerms["tiers"] {
  const plan = b.plan;
  if (b.bandRates.size === 0 && b.bandUpTos.size === 0) return undefined;
  const where = (item: string) => `${locate(b.rowOf.get(item)!)} (${plan.id}, ${item})`;
  const n = Math.max(0, ...b.bandRates.keys());
  for (const k of b.bandUpTos.keys()) {
    if (!b.bandRates.has(k)) throw invalidInput(`${where(`AI band ${k} up to`)}, Price item: band ${k} of ${plan.id} has an upper end but no AI band ${k} rate row.`);
  }
  const bands: TierBand[] = [];
  let previous = 0;
  for (let k = 1; k <= n; k++) {
    const rate = b.bandRates.get(k);
    if (!rate) throw invalidInput(`${where(`AI band ${n} rate`)}, Price item: ${plan.id} has band ${n} but no AI band ${k} rate row; number the bands from 1.`);
    const upTo = b.bandUpTos.get(k);
    if (k < n && !upTo) throw invalidInput(`${where(`AI band ${k} rate`)}, Price item: band ${k} of ${plan.id} needs an AI band ${k} up to row (only the last band is open-ended).`);
    if (k === n && upTo) throw invalidInput(`${where(`AI band ${k} up to`)}, Price item: the last band of ${plan.id} has no upper end; remove this row or add band ${k + 1}.`);
    if (upTo && upTo.amount <= previous) throw invalidInput(`${where(`AI band ${k} up to`)}, Amount: must be more than band ${k - 1}'s ${previous}; got ${upTo.amount}.`);
    if (upTo) previous = upTo.amount;
    bands.push(upTo ? { upTo, rate: rate.price } : { rate: rate.price });
  }
  return { mode: b.bandRates.get(1)!.mode, bands };
}

function finishPlan(b: Built, locate: Locate): Plan {
  const plan = b.plan;
  const rowOf = (item: string) => b.rowOf.get(item);
  const where = (item: string) => `${locate(rowOf(item)!)} (${plan.id}, ${item})`;
  const anyRow = `${locate(b.firstRow)} (${plan.id})`;
  if ((plan.kind === "helpdesk" || plan.kind === "add-on") && !plan.seat) {
    throw invalidInput(`${anyRow}, Price item: ${plan.id} is a${plan.kind === "add-on" ? "n add-on" : " helpdesk"} but has no Seat, annual billing or Seat, monthly billing row.`);
  }
  if (plan.kind === "ai-only" && !plan.ai) throw invalidInput(`${anyRow}, Price item: ${plan.id} is AI-only but has no AI rate or Pack price row.`);
  if (!plan.ai) return plan;
  const ai = plan.ai;
  if (b.packSize && !b.packPrice) throw invalidInput(`${where("Pack size")}, Price item: a Pack size needs a Pack price row for ${plan.id}.`);
  if (b.packPrice && !b.packSize) throw invalidInput(`${where("Pack price")}, Price item: a Pack price needs a Pack size row for ${plan.id}.`);
  if (ai.paygRate && !ai.rate) throw invalidInput(`${where("AI rate, pay-as-you-go")}, Price item: ${plan.id} needs an AI rate (committed) row as well.`);
  const tiers = finishTiers(b, locate);
  const bandUnit = b.bandRates.get(1)?.unit;
  if (tiers && b.packPrice) throw invalidInput(`${where("Pack price")}, Price item: ${plan.id} has both packs and tier bands; keep one.`);
  if (tiers && b.rateUnit !== undefined && b.rateUnit !== bandUnit) throw invalidInput(`${where("AI band 1 rate")}, Unit: the bands and the AI rate of ${plan.id} count different things; use the same unit.`);
  const unit = b.rateUnit ?? b.packUnit ?? bandUnit;
  if (unit === undefined) {
    const first = PRICE_ITEMS.find((s) => rowOf(s.item) !== undefined && s.field.at !== "seat")!;
    throw invalidInput(`${where(first.item)}, Price item: ${plan.id} has AI terms but no AI rate, AI band or Pack price row, so what its AI charge counts is unknown.`);
  }
  if (b.rateUnit !== undefined && b.packUnit !== undefined && b.rateUnit !== b.packUnit) {
    throw invalidInput(`${where("Pack price")}, Unit: packs and the AI rate of ${plan.id} count different things; use the same unit.`);
  }
  if (ai.outcomeRates && unit !== "outcome") {
    const item = PRICE_ITEMS.find((s) => s.field.at === "outcome" && rowOf(s.item) !== undefined)!.item;
    throw invalidInput(`${where(item)}, Price item: outcome rates need the AI rate in "USD per outcome".`);
  }
  const pack = b.packSize && b.packPrice ? { size: b.packSize, price: b.packPrice } : undefined;
  // Rebuild in a fixed key order, with no undefined keys, so a round trip gives an equal object.
  const terms: AiTerms = { unit };
  for (const key of ["rate", "paygRate", "outcomeRates", "monthlyMinimum", "platformFee", "includedPerMonth", "includedPerSeat"] as const) {
    if (ai[key] !== undefined) (terms as unknown as Record<string, unknown>)[key] = ai[key];
  }
  if (pack) terms.pack = pack;
  if (tiers) terms.tiers = tiers;
  if (ai.oneTimeFree) terms.oneTimeFree = ai.oneTimeFree;
  if (ai.spendCap) terms.spendCap = ai.spendCap;
  return { ...plan, ai: terms };
}

// ---- JSON form ---------------------------------------------------------------------------------

/** One price as the CLI's JSON form writes it: the row form's columns as fields. */
export interface PriceRowObject {
  planId: string;
  vendor: string;
  plan: string;
  kind: PlanKind | typeof FX_KIND;
  item: string;
  amount: number;
  unit: string;
  source: string;
  asOf: string;
}

const JSON_KEYS = ["planId", "vendor", "plan", "kind", "item", "amount", "unit", "source", "asOf"] as const;

export function priceBookToJson(book: PriceBook): PriceRowObject[] {
  return priceBookToRows(book)
    .slice(1)
    .map((r) => Object.fromEntries(JSON_KEYS.map((k, i) => [k, r[i]])) as unknown as PriceRowObject);
}

/** Reads the JSON form (an array of PriceRowObject); messages name the entry (1-based) and field. */
export function priceBookFromJson(value: unknown): PriceBook {
  if (!Array.isArray(value)) throw invalidInput(`Price book: the JSON must be an array of objects with ${JSON_KEYS.join(", ")}.`);
  const rows = value.map((entry, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw invalidInput(`Price book entry ${i + 1}: is not an object with ${JSON_KEYS.join(", ")}.`);
    const o = entry as Record<string, unknown>;
    const unknownKey = Object.keys(o).find((k) => !(JSON_KEYS as readonly string[]).includes(k));
    if (unknownKey) throw invalidInput(`Price book entry ${i + 1}: unknown field "${unknownKey}"; use ${JSON_KEYS.join(", ")}.`);
    return JSON_KEYS.map((k) => o[k]);
  });
  return priceBookFromRows(rows, (i) => `Price book entry ${i + 1}`, false);
}

// ---- Cache -------------------------------------------------------------------------------------

/** Books remembered, oldest dropped first: a workbook rarely has more than a few price ranges. */
const CACHE_SIZE = 16;
const cache = new Map<string, PriceBook | PricingInputError>();

/** A content fingerprint of a range: equal cells give equal keys (types kept apart: 12 ≠ "12"). */
export function rowsFingerprint(rows: readonly (readonly unknown[])[]): string {
  // JSON keeps 12 and "12" apart and is written natively, several times faster than a loop of concatenations.
  return JSON.stringify(rows);
}

/**
 * priceBookFromRows, remembered by content: during one recalculation every function that reads the
 * same price range parses it once. A bad book is remembered too, and its error thrown again.
 */
export function priceBookFromRowsCached(rows: readonly (readonly unknown[])[]): PriceBook {
  const key = Array.isArray(rows) ? rowsFingerprint(rows) : "";
  let hit = cache.get(key);
  if (hit === undefined) {
    try {
      hit = priceBookFromRows(rows);
    } catch (error) {
      if (!(error instanceof PricingInputError)) throw error;
      hit = error;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, hit);
  }
  if (hit instanceof PricingInputError) throw fail(hit.kind, hit.message);
  return hit;
}

// ---- The workbook's table ----------------------------------------------------------------------

/**
 * The workbook's Prices table adds a calculated column after PRICE_COLUMNS that shows CHECK_MISSING for
 * a row whose Amount cell is empty: desktop Excel hands an empty cell to a custom function as 0, so
 * without it an emptied price would read as $0 on desktop and as an error on the web.
 */
export const CHECK_COLUMN = "Check";
export const CHECK_MISSING = "missing";

/**
 * A price book from the workbook's table (PRICE_COLUMNS, then the Check column): a row the Check column
 * marks missing is refused by name, the rest read by priceBookFromRowsCached.
 */
export function priceBookFromTable(rows: readonly (readonly unknown[])[]): PriceBook {
  const header = rows[0] ?? [];
  const check = header.findIndex((h) => typeof h === "string" && h.trim().toLowerCase() === CHECK_COLUMN.toLowerCase());
  if (check >= 0) {
    for (let r = 1; r < rows.length; r++) {
      if (rows[r][check] === CHECK_MISSING) {
        throw invalidInput(`Prices row ${r + 1} (${String(rows[r][0])}, ${String(rows[r][4])}), Amount: the cell is empty; enter the price (0 if it is free).`);
      }
    }
  }
  return priceBookFromRowsCached(rows);
}
