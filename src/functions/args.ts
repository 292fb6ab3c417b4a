/**
 * Turning what Excel hands a custom function into model inputs, in one place (STYLE.md: one shared
 * coercion routine). Excel's conventions differ by platform (shared/ENVIRONMENT.md):
 * - an omitted optional argument arrives as null;
 * - an empty cell arrives as 0 on desktop and as null on the web (and "" from a formula like =""),
 *   so for counts blank and 0 mean the same;
 * - a range arrives as a 2-D array, rows of cells; an error cell arrives as an error object.
 * Text where a number belongs, booleans and error values are refused with a message naming the cell.
 */
import { invalidInput } from "../model/errors";

/** A cell or argument as Excel delivers it. */
export type CellInput = unknown;

export function isBlank(value: CellInput): boolean {
  return value === null || value === undefined || value === "";
}

/** Error cells reach a function as CustomFunctions.Error-like objects whose code is e.g. "#DIV/0!". */
function excelErrorCode(value: CellInput): string | undefined {
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === "string") return code.startsWith("#") ? code : `#${code}`;
    return "#VALUE!";
  }
  return undefined;
}

function describe(value: CellInput): string {
  if (typeof value === "string") return `the text "${value}"`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  const code = excelErrorCode(value);
  if (code) return `the error ${code}`;
  return "a value that is not a number";
}

/** Reads a number; blank means `blankAs` (undefined when the caller wants "use the default"). */
export function readNumber(value: CellInput, what: string, blankAs: number): number;
export function readNumber(value: CellInput, what: string, blankAs?: number): number | undefined;
export function readNumber(value: CellInput, what: string, blankAs?: number): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidInput(`${what} must be a finite number.`);
    return value;
  }
  if (isBlank(value)) return blankAs;
  throw notANumber(value, what);
}

function fixHint(value: CellInput): string {
  if (excelErrorCode(value)) return "Fix the cell it comes from.";
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return "The cell holds the number as text: enter it as a number.";
  }
  return "Enter a number.";
}

/**
 * Reads a name (tier, billing, feature). Blank, or the 0 desktop Excel passes for an empty cell,
 * gives undefined.
 */
export function readText(value: CellInput, what: string): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (isBlank(value) || value === 0) return undefined;
  throw invalidInput(`${what} must be text, but it is ${describe(value)}.`);
}

export interface RangeShape {
  rows: number;
  columns: number;
}

/**
 * The numbers of a one-row or one-column range, in order, blanks as 0. `what` names the argument
 * in messages; cells are named by their position within the range.
 */
export function readNumberList(range: CellInput[][], what: string): number[] {
  return readList(range, what, 0);
}

/**
 * A history series: like readNumberList, but a blank cell is a missing point (null), as in Excel's
 * FORECAST.ETS. (Desktop Excel passes empty cells inside a range as 0, which stays a 0.)
 */
export function readSeries(range: CellInput[][], what: string): (number | null)[] {
  return readList(range, what, null);
}

function readList<B extends number | null>(range: CellInput[][], what: string, blankAs: B): (number | B)[] {
  const rows = range.length;
  const columns = rows > 0 ? range[0].length : 0;
  if (rows === 0 || columns === 0) throw invalidInput(`${what} is empty: give a number or a range of numbers.`);
  if (rows > 1 && columns > 1) {
    throw invalidInput(`${what} must be one row or one column of monthly values, one month per cell; got ${rows} rows × ${columns} columns.`);
  }
  const out = new Array<number | B>(rows * columns);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = range[r];
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) out[k++] = cell;
      else if (isBlank(cell)) out[k++] = blankAs;
      else throw notANumber(cell, rows * columns === 1 ? what : `${what}, cell ${k + 1} of ${rows * columns}`);
    }
  }
  return out;
}

/** Every cell of a range as a number, row by row; blanks and text are refused with the cell named. */
export function readNumberTable(range: CellInput[][], what: string): number[][] {
  return range.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell === "number" && Number.isFinite(cell)) return cell;
      if (isBlank(cell)) throw invalidInput(`${what}, row ${r + 1}, column ${c + 1} is blank: every cell needs a number.`);
      throw notANumber(cell, `${what}, row ${r + 1}, column ${c + 1}`);
    }),
  );
}

function notANumber(cell: CellInput, where: string) {
  return invalidInput(`${where} must be a number, but it is ${describe(cell)}. ${fixHint(cell)}`);
}

/** Every non-blank text value in one or more ranges (for list arguments such as features). */
export function readTextList(ranges: CellInput[][][], what: string): string[] {
  const out: string[] = [];
  for (const range of ranges) {
    for (const row of range) {
      for (const cell of row) {
        if (isBlank(cell) || cell === 0) continue;
        if (typeof cell !== "string") throw invalidInput(`${what} must be text, but one value is ${describe(cell)}.`);
        if (cell.trim() !== "") out.push(cell);
      }
    }
  }
  return out;
}
