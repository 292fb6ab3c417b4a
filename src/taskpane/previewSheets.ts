/**
 * Outside Excel, what the preview's in-memory workbook holds, as grids of cells the user can read:
 * a written plan or summary can be checked cell by cell (labels, values and formulas), and the sample
 * History that "Use selection" reads is shown as a sheet too. Pure: no React, no DOM.
 */
import { MemoryWorkbook, parseA1 } from "../workbook/memory";

export interface PreviewSheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Set for a sheet the preview shows but Excel would not have: the sample selection. */
  /** The preview's sample History sheet: the range "Use selection as history" reads there. */
  sampleSelection?: string;
  cells: number;
  tables: string[];
  charts: string[];
  /** Column letters shown, left to right. */
  columns: string[];
  /** Rows shown, top to bottom: the 1-based row number and one text per column ("" when empty). */
  rows: { row: number; cells: string[] }[];
  /** Rows and columns with content beyond what is shown. */
  moreRows: number;
  moreColumns: number;
}

export const PREVIEW_MAX_ROWS = 100;
export const PREVIEW_MAX_COLUMNS = 20;
const MAX_CELL_TEXT = 400;

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A cell as Excel would show it: a date-formatted serial number as a date ("Jan 2027" for a month
 * format, "2027-01-15" otherwise), a percent format as a percentage with the format's decimals, money
 * with its currency sign and decimals ($145,001.72), and a number format's digits (1,234); a cell
 * without a number format as stored. Never a raw float such as 145001.71947761398.
 */
export function shownValue(value: unknown, format?: string): unknown {
  if (typeof value !== "number" || !format || format === "General" || format === "@") return value;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (/[yd]/i.test(f)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    if (!/d/i.test(f)) return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    return date.toISOString().slice(0, 10);
  }
  const decimals = (/0\.(0+)/.exec(f)?.[1].length ?? 0);
  const grouped = f.includes(",");
  const digits = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
  if (f.includes("%")) return `${digits(value * 100)}%`;
  if (!/[0#]/.test(f)) return value;
  const currency = /\[\$([^\]-]*)/.exec(format)?.[1] ?? (f.includes("$") ? "$" : "");
  return value < 0 ? `-${currency}${digits(-value)}` : `${currency}${digits(value)}`;
}

function cellText(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT)}…` : text;
}

/** A grid from cells by address, from A1 to the last used row and column (within the limits). */
export function grid(cells: Iterable<[string, unknown]>, maxRows = PREVIEW_MAX_ROWS, maxColumns = PREVIEW_MAX_COLUMNS): Pick<PreviewSheet, "columns" | "rows" | "moreRows" | "moreColumns"> {
  const byRow = new Map<number, Map<number, string>>();
  let lastRow = -1;
  let lastCol = -1;
  for (const [address, value] of cells) {
    const { row, col } = parseA1(address);
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(col, cellText(value));
  }
  const colCount = Math.min(lastCol + 1, maxColumns);
  const rowCount = Math.min(lastRow + 1, maxRows);
  const columns = Array.from({ length: colCount }, (_, c) => columnName(c));
  const rows = Array.from({ length: rowCount }, (_, r) => ({ row: r + 1, cells: columns.map((_, c) => byRow.get(r)?.get(c) ?? "") }));
  return { columns, rows, moreRows: Math.max(0, lastRow + 1 - rowCount), moreColumns: Math.max(0, lastCol + 1 - colCount) };
}

/** Every sheet of the preview workbook, plus the sample History selection when no such sheet exists. */
export function previewSheets(workbook: MemoryWorkbook): PreviewSheet[] {
  const summaries = new Map(workbook.preview(0).map((p) => [p.name, p]));
  const out: PreviewSheet[] = [];
  const [selectionSheet, selectionRange] = workbook.selection.address.split("!");
  if (selectionRange && !workbook.sheet(selectionSheet)) {
    const topLeft = parseA1(selectionRange.split(":")[0]);
    const cells: [string, unknown][] = workbook.selection.values.flatMap((row, r) =>
      row.map((v, c): [string, unknown] => [`${columnName(topLeft.col + c)}${topLeft.row + r + 1}`, v]),
    );
    out.push({
      name: selectionSheet,
      visibility: "visible",
      sampleSelection: selectionRange,
      cells: cells.length,
      tables: [],
      charts: [],
      ...grid(cells),
    });
  }
  for (const sheet of workbook.sheets.values()) {
    const summary = summaries.get(sheet.name);
    out.push({
      name: sheet.name,
      visibility: sheet.visibility,
      cells: sheet.cells.size,
      tables: summary?.tables ?? [],
      charts: summary?.charts ?? [],
      ...grid([...sheet.cells.entries()].map(([address, c]): [string, unknown] => [address, shownValue(c.value, c.format)])),
    });
  }
  return out;
}
