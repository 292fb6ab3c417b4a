/**
 * The price book the pane prices with, as the first screen needs it: the built-in default and how old
 * a book's figures are. Reading the workbook's book is in prices.ts (a lazy chunk). Pure.
 */
import { DEFAULT_BOOK, DEFAULT_EDITION } from "../model/pricebook/builtin";
import { staleness } from "../model/pricebook/stale";
import type { PriceBook } from "../model/pricebook/types";
import type { WorkbookPriceBook } from "../workbook/port";
import type { MessageKey } from "./i18n/en";
import type { Translate } from "./i18n/I18n";

export interface PricesInUse {
  book: PriceBook;
  /** Where `book` comes from. "last-good": the workbook's book as it last read cleanly. */
  origin: "built-in" | "workbook" | "last-good";
  /** How the pane names the book, e.g. "the workbook's price book ('SupportCost Prices'!A1:J41; Seed list …)". */
  description: string;
  /** The workbook's table as last read (also when broken, so its cells can be fixed here). */
  table?: WorkbookPriceBook;
  /** Why the workbook's book is not used (the model's message, naming the row and column). */
  problem?: string;
  /** For "last-good": the address the book last read cleanly from (none: "earlier"). */
  lastGoodAddress?: string;
}

export const BUILT_IN_PRICES: PricesInUse = {
  book: DEFAULT_BOOK,
  origin: "built-in",
  description: `the built-in price book, ${DEFAULT_EDITION.label}`,
};

export function workbookDescription(table: WorkbookPriceBook): string {
  return `the workbook's price book (${table.address}${table.note ? `; ${table.note}` : ""})`;
}

/** Oldest as-of date and how many figures are older than 12 months, in words. */
export function agingText(book: PriceBook, today: Date): { oldestAsOf?: string; stalePrices: number; text: string } {
  const { oldestAsOf, stalePrices } = staleness(book, today);
  const oldest = oldestAsOf ? `Oldest figure as of ${oldestAsOf}.` : "";
  const stale = stalePrices === 0 ? " No figure is older than 12 months." : ` ${stalePrices} ${stalePrices === 1 ? "figure is" : "figures are"} older than 12 months: check them before relying on the numbers.`;
  return { oldestAsOf, stalePrices, text: oldest + stale };
}


/** The built-in editions' labels in the pane's language, by edition id; an unknown edition keeps its label. */
const EDITION_KEYS: Record<string, MessageKey> = { seed: "prices.edition.seed", "intercom-2026": "prices.edition.intercom2026" };

export function editionLabel(edition: { id: string; label: string }, t: Translate): string {
  const key = EDITION_KEYS[edition.id];
  return key ? t(key) : edition.label;
}

/** `prices.description` in the pane's language (in English, word for word the same). */
export function pricesDescription(prices: PricesInUse, t: Translate): string {
  if (prices.origin === "built-in") return t("prices.builtInBook", { edition: editionLabel(DEFAULT_EDITION, t) });
  if (prices.origin === "last-good") {
    return prices.lastGoodAddress === undefined ? t("prices.lastGoodBookEarlier") : t("prices.lastGoodBook", { address: prices.lastGoodAddress });
  }
  if (!prices.table) return prices.description;
  const { address, note } = prices.table;
  return note ? t("prices.workbookBookNote", { address, note }) : t("prices.workbookBook", { address });
}

/** agingText's sentences in the pane's language. */
export function agingMessage(book: PriceBook, today: Date, t: Translate): string {
  const { oldestAsOf, stalePrices } = staleness(book, today);
  const oldest = oldestAsOf ? t("prices.oldest", { date: oldestAsOf }) : "";
  const stale = stalePrices === 0 ? t("prices.noneStale") : t("prices.stale", { count: stalePrices });
  return oldest ? `${oldest} ${stale}` : stale;
}
