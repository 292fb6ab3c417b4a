/**
 * Which price book a command prices with (--price-book <file> or --edition <id>; the seed list by
 * default), and `supportcost pricebook`, which prints a book in the form --price-book reads: CSV with
 * the header Plan id,Vendor,Plan,Kind,Price item,Amount,Unit,Source,As of, or with --json an array of
 * {planId, vendor, plan, kind, item, amount, unit, source, asOf}.
 */
import { listChoices } from "../../model/errors";
import { DEFAULT_EDITION, EDITIONS } from "../../model/pricebook/builtin";
import { priceBookFromJson, priceBookFromRows, priceBookToJson, priceBookToRows } from "../../model/pricebook/rows";
import { Edition, PriceBook } from "../../model/pricebook/types";
import { onlyOptions, Options, textOption, UsageError } from "../args";
import { parseCsv, toCsv } from "../csv";
import { Io } from "../io";

export const BOOK_OPTIONS = ["price-book", "edition"];

export interface ChosenBook {
  book: PriceBook;
  /** What the book is, for output: "seed list (default)", "intercom-2026", or the file's name. */
  label: string;
}

function editionOf(id: string): Edition {
  const edition = EDITIONS.find((e) => e.id === id.trim().toLowerCase());
  if (!edition) throw new UsageError(`unknown --edition "${id}": use ${listChoices(EDITIONS.map((e) => e.id))}`);
  return edition;
}

/** Reads a price-book file: JSON when it starts with "[", CSV otherwise. */
export function readPriceBook(text: string, source: string): PriceBook {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("[")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
    }
    return priceBookFromJson(value);
  }
  return priceBookFromRows(parseCsv(trimmed, source));
}

export function bookFromOptions(options: Options, io: Io): ChosenBook {
  const file = textOption(options, "price-book");
  const edition = textOption(options, "edition");
  if (file !== undefined && edition !== undefined) throw new UsageError("give --price-book or --edition, not both");
  if (file === undefined) {
    const e = edition === undefined ? DEFAULT_EDITION : editionOf(edition);
    return { book: e.book, label: `built-in edition "${e.id}": ${e.label}` };
  }
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    throw new UsageError(`cannot read --price-book ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { book: readPriceBook(text, file === "-" ? "standard input" : file), label: file === "-" ? "standard input" : file };
}

export function runPricebook(options: Options, io: Io): void {
  onlyOptions(options, "pricebook", [...BOOK_OPTIONS, "json"]);
  const { book } = bookFromOptions(options, io);
  io.out(options.has("json") ? JSON.stringify(priceBookToJson(book), null, 1) : toCsv(priceBookToRows(book)));
}
