/**
 * Which price book the pane prices with, and the workbook's book as rows the Prices editor shows.
 * Pure: no React, no DOM, no Office.
 *
 * The workbook's own book wins when it reads cleanly. A broken book (a cell the model refuses) is
 * never used: the pane keeps the last book that read cleanly (or the built-in one) and says so, with
 * the model's message naming the row and column.
 */
import { DEFAULT_BOOK, DEFAULT_EDITION, isAsOfDate, isStale, PRICE_COLUMNS, PriceBook, priceBookFromTable, staleness } from "../model/pricebook";
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

function workbookDescription(table: WorkbookPriceBook): string {
  return `the workbook's price book (${table.address}${table.note ? `; ${table.note}` : ""})`;
}

/**
 * The prices to use after reading the workbook: its book when it parses, else what was in use before
 * (a workbook book that read cleanly is kept as "last-good"), with the problem.
 */
export function pricesFromWorkbook(read: WorkbookPriceBook | null, previous: PricesInUse): PricesInUse {
  if (!read) return BUILT_IN_PRICES;
  try {
    return { book: priceBookFromTable(read.rows), origin: "workbook", description: workbookDescription(read), table: read };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    if (previous.origin === "workbook" || previous.origin === "last-good") {
      return {
        book: previous.book,
        origin: "last-good",
        description: `the workbook's price book as it last read without problems (${previous.table ? previous.table.address : "earlier"})`,
        table: read,
        problem,
      };
    }
    return { ...BUILT_IN_PRICES, table: read, problem };
  }
}

/** Oldest as-of date and how many figures are older than 12 months, in words. */
export function agingText(book: PriceBook, today: Date): { oldestAsOf?: string; stalePrices: number; text: string } {
  const { oldestAsOf, stalePrices } = staleness(book, today);
  const oldest = oldestAsOf ? `Oldest figure as of ${oldestAsOf}.` : "";
  const stale = stalePrices === 0 ? " No figure is older than 12 months." : ` ${stalePrices} ${stalePrices === 1 ? "figure is" : "figures are"} older than 12 months: check them before relying on the numbers.`;
  return { oldestAsOf, stalePrices, text: oldest + stale };
}

/** One price row of the workbook's table, as the editor shows it. */
export interface PriceRowView {
  /** 1-based row of the Prices sheet (the table starts at A1, the header is row 1). */
  sheetRow: number;
  planId: string;
  plan: string;
  item: string;
  /** The Amount cell as read: a number, or whatever else the user put there. */
  amount: unknown;
  unit: string;
  source: string;
  asOf: string;
  /** As of more than 12 months before today. */
  stale: boolean;
}

const col = (name: (typeof PRICE_COLUMNS)[number]) => PRICE_COLUMNS.indexOf(name);

/** The table's price rows for the editor (header first in `rows`; the table's first row is sheet row 1). */
export function priceRowViews(rows: readonly (readonly unknown[])[], today: Date): PriceRowView[] {
  const header = (rows[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const at = (name: (typeof PRICE_COLUMNS)[number]) => {
    const i = header.indexOf(name.toLowerCase());
    return i >= 0 ? i : col(name);
  };
  const text = (row: readonly unknown[], name: (typeof PRICE_COLUMNS)[number]) => {
    const v = row[at(name)];
    return v === undefined || v === null ? "" : String(v);
  };
  return rows.slice(1).map((row, i) => {
    const asOf = text(row, "As of");
    return {
      sheetRow: i + 2,
      planId: text(row, "Plan id"),
      plan: text(row, "Plan"),
      item: text(row, "Price item"),
      amount: row[at("Amount")],
      unit: text(row, "Unit"),
      source: text(row, "Source"),
      asOf,
      stale: isAsOfDate(asOf) && isStale(asOf, today),
    };
  });
}

/**
 * What is wrong with an amount the user typed, or undefined when it can be written: a number, 0 or more.
 * `parsed` is the number read from the text (undefined when the text is not a number).
 */
export function amountProblem(parsed: number | undefined, typedProblem: string): string | undefined {
  if (typedProblem) return typedProblem;
  if (parsed === undefined || !Number.isFinite(parsed)) return "Amount must be a number.";
  if (parsed < 0) return "Amount must be 0 or more.";
  return undefined;
}
