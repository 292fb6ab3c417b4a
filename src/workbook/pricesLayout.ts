/**
 * The workbook's own price book: the sheet "SupportCost Prices", laid out once here for the Excel and
 * in-memory workbooks. A native table starting at A1 holds the book's row form (src/model/pricebook/
 * rows.ts) — one row per price with its source and as-of date — so "Prices row 7" in an error message
 * is the sheet's row 7. A calculated Check column tells the functions an emptied Amount cell from a 0
 * (desktop Excel passes both as 0). The vocabularies for list validation sit to the right, and the
 * workbook name SupportCost_Prices points at the whole table, for formulas to pass as their price book.
 */
// File by file rather than the pricebook index: the index would pull compare.ts into the pane's first-load chunk.
import { EDITIONS } from "../model/pricebook/builtin";
import { CHECK_COLUMN, CHECK_MISSING, PRICE_COLUMNS, PRICE_ITEMS, PRICE_UNITS, priceBookToRows } from "../model/pricebook/rows";
import { Edition, PLAN_KINDS } from "../model/pricebook/types";
import { cell as a1 } from "./a1";
import { ENGLISH, SheetText } from "./i18n";
import { Block, CellValue } from "./planLayout";

export const PRICES_SHEET = "SupportCost Prices";
export const PRICES_TABLE = "SupportCostPrices";
/** The workbook name formulas pass as their price book: the table with its header. */
export const PRICES_NAME = "SupportCost_Prices";
export const PRICES_NAME_FORMULA = `=${PRICES_TABLE}[#All]`;

export const PRICE_HEADER: readonly string[] = [...PRICE_COLUMNS, CHECK_COLUMN];
/** 0-based columns of the table. */
export const AMOUNT_COLUMN = PRICE_COLUMNS.indexOf("Amount");
export const ITEM_COLUMN = PRICE_COLUMNS.indexOf("Price item");
export const UNIT_COLUMN = PRICE_COLUMNS.indexOf("Unit");
export const KIND_COLUMN = PRICE_COLUMNS.indexOf("Kind");
export const AS_OF_COLUMN = PRICE_COLUMNS.indexOf("As of");
export const SOURCE_COLUMN = PRICE_COLUMNS.indexOf("Source");

/**
 * What a price typed in the pane is sourced as: the user's own figure (a negotiated price, say), as of
 * the day it was typed — so it is not shown with the list price's source and "older than 12 months" flag.
 */
export const TYPED_PRICE_SOURCE = "Typed in the workbook (your own figure, such as a negotiated price)";
const CHECK_INDEX = PRICE_HEADER.length - 1;
/** The note about the book and the validation lists start two columns right of the table. */
const SIDE_COLUMN = PRICE_HEADER.length + 1;
/** The first line of the note: which edition, and its date. */
export const PRICES_NOTE_CELL = a1(0, SIDE_COLUMN);

/** What a Check cell shows: computed by Excel from the Amount cell of the same row. */
export function checkFormula(row: number): string {
  const amount = a1(row, AMOUNT_COLUMN);
  return `=IF(ISBLANK(${amount}),"${CHECK_MISSING}",IF(ISNUMBER(${amount}),"ok","not a number"))`;
}

/** The value the Check formula gives for an Amount cell's value (for the in-memory workbook). */
export function checkValue(amount: unknown): string {
  if (amount === "" || amount === null || amount === undefined) return CHECK_MISSING;
  return typeof amount === "number" ? "ok" : "not a number";
}

export function findEdition(id: string): Edition {
  const edition = EDITIONS.find((e) => e.id === id);
  if (!edition) throw new Error(`Unknown edition "${id}"`);
  return edition;
}

export interface ValidationList {
  /** 0-based table column the list applies to. */
  column: number;
  /** The sheet range holding the allowed values, e.g. "$N$2:$N$33". */
  source: string;
}

export interface PricesLayout {
  table: Block;
  /** The table's address, header included, e.g. "A1:J41". */
  tableAddress: string;
  /** Data rows: the Amount column's address (decimal ≥ 0 validation). */
  amountAddress: string;
  /** The other validated columns' addresses with their lists. */
  lists: { address: string; source: string }[];
  side: Block;
}

/**
 * `text` words the note and the lists' titles; the table (its header, vocabularies, Check values) is
 * what the functions read, so it is the same in every language.
 */
export function pricesLayout(edition: Edition, writtenAt: string, { t }: SheetText = ENGLISH): PricesLayout {
  const bookRows = priceBookToRows(edition.book);
  const cells: CellValue[][] = [[...PRICE_HEADER]];
  const formats: string[][] = [PRICE_HEADER.map(() => "@")];
  bookRows.slice(1).forEach((row, i) => {
    const r = i + 1;
    cells.push([...row.map((v) => v as CellValue), checkFormula(r)]);
    formats.push(PRICE_HEADER.map((_, c) => (c === AMOUNT_COLUMN ? "#,##0.00##" : c === CHECK_INDEX ? "General" : "@")));
  });
  const last = cells.length - 1;
  const vocab: [string, readonly string[], number][] = [
    [t("prices.list.items"), PRICE_ITEMS.map((s) => s.item), ITEM_COLUMN],
    [t("prices.list.units"), PRICE_UNITS, UNIT_COLUMN],
    [t("prices.list.kinds"), PLAN_KINDS, KIND_COLUMN],
  ];
  const longest = Math.max(...vocab.map(([, v]) => v.length));
  const sideCells: CellValue[][] = [];
  const sideFormats: string[][] = [];
  const note = [
    t("prices.note.book", { label: edition.label, asOf: edition.asOf }),
    t("prices.note.written", { at: writtenAt, name: PRICES_NAME }),
    t("prices.note.add"),
  ];
  for (let r = 0; r <= Math.max(longest, note.length + 1); r++) {
    sideCells.push([r < note.length ? note[r] : "", "", ...vocab.map(([title, values]) => (r === 0 ? title : (values[r - 1] ?? "")))]);
    sideFormats.push(["@", "@", ...vocab.map(() => "@")]);
  }
  const listColumn = (k: number) => SIDE_COLUMN + 2 + k;
  return {
    table: { topLeft: "A1", address: `A1:${a1(last, CHECK_INDEX)}`, cells, numberFormats: formats },
    tableAddress: `A1:${a1(last, CHECK_INDEX)}`,
    amountAddress: `${a1(1, AMOUNT_COLUMN)}:${a1(last, AMOUNT_COLUMN)}`,
    lists: vocab.map(([, values, column], k) => ({
      address: `${a1(1, column)}:${a1(last, column)}`,
      source: `=$${colLetters(listColumn(k))}$2:$${colLetters(listColumn(k))}$${values.length + 1}`,
    })),
    side: {
      topLeft: a1(0, SIDE_COLUMN),
      address: `${a1(0, SIDE_COLUMN)}:${a1(sideCells.length - 1, listColumn(vocab.length - 1))}`,
      cells: sideCells,
      numberFormats: sideFormats,
    },
  };
}

function colLetters(col: number): string {
  return a1(0, col).replace(/\d+$/, "");
}

/** The book's source line for the pane and the summary, from the note the layout writes. */
export function pricesNote(sideFirstCell: unknown): string {
  return typeof sideFirstCell === "string" ? sideFirstCell : "";
}
