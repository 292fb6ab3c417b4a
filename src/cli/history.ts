/**
 * A history of monthly volumes from a file, read as people export them: CSV or TSV, with or without a
 * header row (month,conversations), a date column beside the numbers, quoted numbers ("17,200"), blank
 * cells or NA as missing months (kept in place, as the pane does), or plain numbers one per line. A
 * line that cannot be read is named; a file that is not text is refused without echoing it.
 */
import { readNumber } from "../model/input/readNumber";
import { UsageError } from "./args";
import { parseCsv } from "./csv";

/** Cells that mark a missing month, as spreadsheets and exports write them. */
const MISSING = /^(?:na|n\/a|#n\/a|null|-|—)$/i;

/** The file's months, oldest first; null for a missing month. */
export function parseHistory(text: string, source: string): (number | null)[] {
  if (looksBinary(text)) {
    throw new UsageError(`${source} is not a text file of monthly volumes (CSV, TSV or one number per line)`);
  }
  const body = text.replace(/^\uFEFF/, "").replace(/(\r?\n)+$/, "");
  if (body.trim() === "") throw new UsageError(`${source} holds no numbers`);
  const lines = body.split(/\r?\n/);
  const tabbed = lines.some((l) => l.includes("\t"));
  const rows: string[][] = tabbed ? lines.map((l) => l.split("\t")) : lines.some((l) => /,/.test(l)) && !lines.every((l) => isNumberLine(l)) ? parseCsv(body, source) : lines.map((l) => [l]);
  if (rows.length === 1 && rows[0].length > 1) {
    // One line of months, separated by commas or tabs (the plain form): each cell a month.
    return rows[0].map((c) => c.trim()).filter((c, i, all) => c !== "" || i < all.length - 1).map((c) => (c === "" || MISSING.test(c) ? null : valueOf(c, source, 1)));
  }
  const width = Math.max(...rows.map((r) => r.length));
  const column = width === 1 ? 0 : valueColumn(rows, width);
  const values: (number | null)[] = [];
  rows.forEach((row, i) => {
    const cell = (row[column] ?? "").trim();
    if (i === 0 && cell !== "" && !MISSING.test(cell) && !readNumber(cell).ok) return; // a header row
    if (cell === "" || MISSING.test(cell)) {
      values.push(null);
      return;
    }
    if (width === 1 && /\s/.test(cell) && cell.split(/\s+/).every((part) => readNumber(part).ok)) {
      // The plain form: several numbers on a line, separated by spaces — unless they also read as one
      // number with spaces between thousands ("100 200 300"), which is refused rather than guessed.
      const parts = cell.split(/\s+/);
      const one = readNumber(cell);
      if (one.ok) {
        throw new UsageError(`${source} line ${i + 1}: "${cell}" could be one number (${one.value.toLocaleString("en-US")}) or ${parts.length} months (${parts.join(", ")}): put one month per line`);
      }
      for (const part of parts) values.push(valueOf(part, source, i + 1));
      return;
    }
    values.push(valueOf(cell, source, i + 1));
  });
  if (values.every((v) => v === null)) throw new UsageError(`${source} holds no numbers`);
  return values;
}

/** A NUL, or more than two other control characters or replacement characters: not a text export. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > 2;
}

function isNumberLine(line: string): boolean {
  const t = line.trim();
  return t === "" || readNumber(t).ok;
}

function valueOf(cell: string, source: string, line: number): number {
  const read = readNumber(cell);
  if (!read.ok) throw new UsageError(`${source} line ${line}: ${read.message}`);
  if (read.percent) throw new UsageError(`${source} line ${line}: "${cell}" is a percent, not a monthly volume`);
  return read.value;
}

/** The column that holds the volumes: the rightmost one whose cells (header aside) are numbers or blanks. */
function valueColumn(rows: string[][], width: number): number {
  for (let c = width - 1; c >= 0; c--) {
    const cells = rows.slice(1).map((r) => (r[c] ?? "").trim());
    if (cells.some((x) => x !== "") && cells.every((x) => x === "" || MISSING.test(x) || readNumber(x).ok)) return c;
  }
  return width - 1;
}

/** A file system error in a user's words. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder, not a file";
  return (error as Error).message;
}
