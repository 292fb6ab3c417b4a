/**
 * Which price book the pane prices with, and the workbook's book as rows the Prices editor shows.
 * Pure: no React, no DOM, no Office. Loaded with the Prices tab's chunk (the pane reads the book
 * after it is interactive); what the first screen needs is in pricesInUse.ts.
 *
 * The workbook's own book wins when it reads cleanly. A broken book (a cell the model refuses) is
 * never used: the pane keeps the last book that read cleanly (or the built-in one) and says so, with
 * the model's message naming the row and column.
 */
import { PRICE_COLUMNS, priceBookFromTable } from "../model/pricebook/rows";
import { isAsOfDate, isStale } from "../model/pricebook/stale";
import type { WorkbookPriceBook } from "../workbook/port";
import { BUILT_IN_PRICES, PricesInUse, workbookDescription } from "./pricesInUse";

export { agingMessage, agingText, BUILT_IN_PRICES, editionLabel, pricesDescription } from "./pricesInUse";
export type { PricesInUse } from "./pricesInUse";

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
        lastGoodAddress: previous.table?.address,
      };
    }
    return { ...BUILT_IN_PRICES, table: read, problem };
  }
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
