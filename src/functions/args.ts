/**
 * Turning what Excel hands a custom function into model inputs, in one place (one shared coercion
 * routine). Excel's conventions differ by platform, as desktop and web Excel pass arguments:
 * - an omitted optional argument arrives as null;
 * - an empty cell arrives as 0 in desktop Excel and as null on the web (and "" from a formula like =""),
 *   also inside a range;
 * - a range arrives as a 2-D array, rows of cells; an error cell arrives as an error object;
 * - a cell holding a data type (a formatted number, such as our own money results, a Double, a String
 *   or an entity card) may arrive as an object with `type` and `basicValue`.
 *
 * The same workbook must give the same number on desktop and on the web. So every parameter says what a
 * blank means, and where a blank would read as 0 on desktop but as "use the default" on the web, 0 either
 * means the default too (where 0 makes no sense: months, confidence) or is refused with a message asking
 * to fill the cell or leave the argument out (where 0 is a real value: an AI rate, a minimum).
 * Text where a number belongs is read by the one number reader every surface uses ("1,500", "$1.5k",
 * "45%", a Japanese IME's "１５００"), as Excel itself reads "1,500" typed as text; text that could mean
 * two things ("1,5"), words and amounts in another currency are refused with the reader's message.
 * Booleans and error values are refused with a message naming the cell.
 */
import { invalidInput } from "../model/errors";
import { readNumber as readTyped } from "../model/input/readNumber";

/** A cell or argument as Excel delivers it. */
export type CellInput = unknown;

/** Data types whose basicValue is the cell's value for a calculation. */
const PLAIN_DATA_TYPES = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

interface DataTypeValue {
  type: string;
  basicValue?: unknown;
  text?: unknown;
}

function dataType(value: CellInput): DataTypeValue | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" ? (value as DataTypeValue) : undefined;
}

/**
 * The plain value inside a data type: a Double or FormattedNumber gives its number, a String its text,
 * a Boolean its logical value. Entities and anything else stay as they are (and are described in messages).
 */
export function plainValue(value: CellInput): CellInput {
  const typed = dataType(value);
  if (typed && PLAIN_DATA_TYPES.has(typed.type) && "basicValue" in typed) return typed.basicValue;
  return value;
}

export function isBlank(value: CellInput): boolean {
  return value === null || value === undefined || value === "";
}

/** Error cells reach a function as CustomFunctions.Error-like objects whose code is e.g. "#DIV/0!". */
export function excelErrorCode(value: CellInput): string | undefined {
  const typed = dataType(value);
  if (typed?.type === "Error") return typeof typed.basicValue === "string" ? typed.basicValue : "#VALUE!";
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === "string") return code.startsWith("#") ? code : `#${code}`;
    return "#VALUE!";
  }
  return undefined;
}

function entityText(value: CellInput): string | undefined {
  const typed = dataType(value);
  if (typed && (typed.type === "Entity" || typed.type === "LinkedEntity") && typeof typed.text === "string") return typed.text;
  return undefined;
}

function describe(value: CellInput): string {
  if (typeof value === "string") return `the text "${value}"`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  const code = excelErrorCode(value);
  if (code) return `the error ${code}`;
  const entity = entityText(value);
  if (entity !== undefined) return `a data-type card ("${entity}")`;
  if (Array.isArray(value)) return "a range";
  return "a value that is not a number";
}

function fixHint(value: CellInput): string {
  if (excelErrorCode(value)) return "Fix the cell it comes from.";
  if (entityText(value) !== undefined) return "Refer to one of its fields instead, such as =A1.Price.";
  return "Enter a number.";
}

function notANumber(cell: CellInput, where: string) {
  return invalidInput(`${where} must be a number, but it is ${describe(cell)}. ${fixHint(cell)}`);
}

/**
 * A number typed as text, read as the pane and the CLI read it; undefined for text that is not a number
 * at all (so the caller's own message names the cell), an error naming the cell for text that is ambiguous
 * or in another currency than the US dollars the price book bills in.
 */
function textNumber(cell: string, where: string): number | undefined {
  const read = readTyped(cell);
  if (!read.ok) {
    if (read.reason === "not-a-number") return undefined;
    throw invalidInput(`${where} must be a number, but ${read.message}.`);
  }
  if (read.currency !== undefined && read.currency !== "USD") {
    throw invalidInput(`${where} is the text "${cell.trim()}", an amount in ${read.currency}: the price book bills in US dollars, so enter the amount in dollars.`);
  }
  return read.value === 0 ? 0 : read.value;
}

/** A finite number, with −0 read as 0 (Excel shows no −0, and none may come back out). */
function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw invalidInput(`${what} must be a finite number.`);
  return value === 0 ? 0 : value;
}

/**
 * Reads a number whose blank is a value in its own right (seats, volatility, correlation: blank = 0 on
 * both platforms, so a desktop 0 and a web null agree), or undefined when blankAs is not given.
 */
export function readNumber(value: CellInput, what: string, blankAs: number): number;
export function readNumber(value: CellInput, what: string, blankAs?: number): number | undefined;
export function readNumber(value: CellInput, what: string, blankAs?: number): number | undefined {
  const v = plainValue(value);
  if (typeof v === "number") return finite(v, what);
  if (isBlank(v)) return blankAs;
  const typed = typeof v === "string" ? textNumber(v, what) : undefined;
  if (typed !== undefined) return typed;
  throw notANumber(v, what);
}

/**
 * An optional number whose 0 makes no sense (months, a confidence, a percentile): blank and 0 both mean
 * "use the default" (undefined), so desktop and web agree.
 */
export function readOptionalNumber(value: CellInput, what: string): number | undefined {
  const n = readNumber(value, what);
  return n === 0 ? undefined : n;
}

/**
 * An optional number for which 0 is a real value but a blank means the default (an AI rate or minimum
 * override). Desktop Excel turns an empty cell into 0, so 0 cannot be told from a blank: it is refused
 * with `zeroHint` saying how to get what the user meant. Blank on the web, or omitted, gives undefined.
 */
export function readOverride(value: CellInput, what: string, zeroHint: string): number | undefined {
  const n = readNumber(value, what);
  if (n === 0) {
    throw invalidInput(`${what} of 0 cannot be used here: desktop Excel passes an empty cell as 0, so 0 and blank would give different numbers on desktop and on the web. ${zeroHint}`);
  }
  return n;
}

/**
 * Reads a name (tier, billing, feature). Blank, or the 0 desktop Excel passes for an empty cell,
 * gives undefined. A data-type card gives its display text.
 */
export function readText(value: CellInput, what: string): string | undefined {
  const v = plainValue(value);
  if (typeof v === "string") return v.trim() === "" ? undefined : v;
  if (isBlank(v) || v === 0) return undefined;
  const entity = entityText(v);
  if (entity !== undefined) return entity.trim() === "" ? undefined : entity;
  throw invalidInput(`${what} must be text, but it is ${describe(v)}.`);
}

/** A matrix argument as a 2-D range: an empty argument slot (null) or a single value is a 1×1 range. */
export function asRange(value: CellInput): CellInput[][] {
  if (Array.isArray(value) && value.every((row) => Array.isArray(row))) return value as CellInput[][];
  return [[value]];
}

/**
 * The numbers of a one-row or one-column range, in order, blanks as 0 (the same on desktop, where an
 * empty cell is 0, and on the web, where it is null). `what` names the argument in messages; cells are
 * named by their position within the range.
 */
export function readNumberList(range: CellInput, what: string): number[] {
  return readList(asRange(range), what, (cell) => (isBlank(cell) ? 0 : undefined));
}

/**
 * A history series. A blank cell reads as 0 on desktop and null on the web, so it cannot mean "missing"
 * on one and 0 on the other: blanks are 0 everywhere, and a missing month is marked with #N/A (=NA()),
 * as Excel's charts mark gaps. Missing months come back as null.
 */
export function readSeries(range: CellInput, what: string): (number | null)[] {
  return readList<number | null>(asRange(range), what, (cell) => {
    if (isBlank(cell)) return 0;
    return excelErrorCode(cell) === "#N/A" ? null : undefined;
  });
}

/** Reads one row or one column; `special` maps a non-number cell to a value, or undefined to refuse it. */
function readList<T extends number | null>(range: CellInput[][], what: string, special: (cell: CellInput) => T | undefined): T[] {
  const rows = range.length;
  const columns = rows > 0 ? range[0].length : 0;
  if (rows === 0 || columns === 0) throw invalidInput(`${what} is empty: give a number or a range of numbers.`);
  if (rows > 1 && columns > 1) {
    throw invalidInput(`${what} must be one row or one column of monthly values, one month per cell; got ${rows} rows × ${columns} columns.`);
  }
  const out = new Array<T>(rows * columns);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = range[r];
    for (let c = 0; c < columns; c++) {
      const cell = plainValue(row[c]);
      if (typeof cell === "number" && Number.isFinite(cell)) {
        out[k++] = (cell === 0 ? 0 : cell) as T;
        continue;
      }
      const where = rows * columns === 1 ? what : `${what}, cell ${k + 1} of ${rows * columns}`;
      const special_ = special(cell);
      const mapped = special_ !== undefined ? special_ : typeof cell === "string" ? textNumber(cell, where) : undefined;
      if (mapped === undefined) throw notANumber(cell, where);
      out[k++] = mapped as T;
    }
  }
  return out;
}

/** Every cell of a range as a number, row by row; blanks and text are refused with the cell named. */
export function readNumberTable(range: CellInput[][], what: string): number[][] {
  return range.map((row, r) =>
    row.map((value, c) => {
      const cell = plainValue(value);
      if (typeof cell === "number" && Number.isFinite(cell)) return cell === 0 ? 0 : cell;
      const where = `${what}, row ${r + 1}, column ${c + 1}`;
      if (isBlank(cell)) throw invalidInput(`${where} is blank: every cell needs a number.`);
      const typed = typeof cell === "string" ? textNumber(cell, where) : undefined;
      if (typed !== undefined) return typed;
      throw notANumber(cell, where);
    }),
  );
}

/**
 * Every non-blank text value of a repeating argument, which Excel passes as ONE array holding each
 * value or range given (a scalar may still arrive bare). Blanks, and the 0 of an empty desktop cell,
 * are skipped.
 */
export function readTextList(values: CellInput, what: string): string[] {
  const out: string[] = [];
  const visit = (value: CellInput): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const text = readTextListItem(value, what);
    if (text !== undefined) out.push(text);
  };
  visit(values);
  return out;
}

function readTextListItem(value: CellInput, what: string): string | undefined {
  const v = plainValue(value);
  if (isBlank(v) || v === 0) return undefined;
  const text = typeof v === "string" ? v : entityText(v);
  if (text === undefined) throw invalidInput(`${what} must be text, but one value is ${describe(v)}.`);
  return text.trim() === "" ? undefined : text;
}
