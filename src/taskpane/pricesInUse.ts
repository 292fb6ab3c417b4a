/**
 * The price book the pane prices with, as the first screen needs it: the built-in default and how old
 * a book's figures are. Reading the workbook's book is in prices.ts (a lazy chunk). Pure.
 */
import { DEFAULT_BOOK, DEFAULT_EDITION } from "../model/pricebook/builtin";
import { staleness } from "../model/pricebook/stale";
import type { PriceBook } from "../model/pricebook/types";
import type { WorkbookPriceBook } from "../workbook/port";

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

