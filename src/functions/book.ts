/**
 * Which price book a formula prices with: its last argument, `priceBook`. Blank or left out means the
 * built-in book (its default edition); text names a built-in edition ("seed", "intercom-2026"); a
 * range is a price book in the row form of src/model/pricebook/rows.ts — normally the workbook's own,
 * the table on the sheet "SupportCost Prices", passed by its name SupportCost_Prices.
 *
 * Passing the book as an argument keeps prices auditable (the formula shows which book it used, and
 * Trace Precedents finds it) and current (Excel recalculates every formula that uses a price cell when
 * it changes; nothing is cached across edits), and no function reads the workbook itself. Parsing is
 * remembered by the range's content, so a sheet of formulas reads one book once.
 *
 * Excel's conventions: an empty cell inside the range is 0 on desktop and null on the web. In text
 * columns a 0 is read as blank. For the Amount column the two cannot be told apart, so the workbook's
 * table carries a calculated "Check" column (=IF(ISBLANK([@Amount]),"missing",…)); a row it marks
 * missing is refused by name on both platforms, rather than priced at $0 on desktop.
 */
import { invalidInput, listChoices, unknownName } from "../model/errors";
import { DEFAULT_BOOK, EDITIONS, PRICE_COLUMNS, priceBookFromTable, PriceBook } from "../model/pricebook";
import { asRange, CellInput, isBlank, plainValue } from "./args";

const AMOUNT = PRICE_COLUMNS.indexOf("Amount");

function editionBook(text: string): PriceBook {
  const key = text.trim().toLowerCase();
  const edition = EDITIONS.find((e) => e.id === key);
  if (edition) return edition.book;
  throw unknownName(`Unknown price book "${text.trim()}": give the range of a price book (such as SupportCost_Prices), or a built-in edition: ${listChoices(EDITIONS.map((e) => `"${e.id}"`))}.`);
}

/** The cells as the row parser reads them: data types unwrapped, a desktop 0 in a text column as blank. */
function normalised(range: CellInput[][]): unknown[][] {
  return range.map((row) => row.map((cell, c) => {
    const v = plainValue(cell);
    return c !== AMOUNT && v === 0 ? "" : v;
  }));
}

/** The book a formula's `priceBook` argument names. */
export function readPriceBook(value: CellInput): PriceBook {
  const v = plainValue(value);
  if (isBlank(v) || v === 0) return DEFAULT_BOOK;
  if (typeof v === "string") return editionBook(v);
  const range = asRange(v);
  if (range.length === 1 && range[0].length === 1) {
    const only = plainValue(range[0][0]);
    if (isBlank(only) || only === 0) return DEFAULT_BOOK;
    if (typeof only === "string") return editionBook(only);
    throw invalidInput("Price book must be the range of a price book (such as SupportCost_Prices) or the name of a built-in edition; got a single cell that is neither.");
  }
  return priceBookFromTable(normalised(range));
}
