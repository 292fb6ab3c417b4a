/**
 * The workbook's actuals: the sheet "SupportCost Actuals" with the native table SupportCostActuals —
 * Month, Conversations, AI-involved, AI-resolved, Invoice — laid out once here for the Excel and the
 * in-memory workbooks. The pane creates it with a row per month of the plan (months filled in as text,
 * the rest blank for the user to paste), number formats and validation for numbers of 0 or more; it is
 * never rewritten once it exists, so rows the user typed are never overwritten. Reading it back goes
 * through the same reader as a usage export (src/model/actuals/imports.ts).
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { ImportedActuals, readActualRows } from "../model/actuals/imports";
import { addMonths, monthLabel } from "../model/scenario/months";
import { area, cell } from "./a1";
import { Block, CellValue } from "./planLayout";

export const ACTUALS_SHEET = "SupportCost Actuals";
export const ACTUALS_TABLE = "SupportCostActuals";
export const ACTUALS_HEADER: readonly string[] = ["Month", "Conversations", "AI-involved", "AI-resolved", "Invoice"];
/** Months the table may be created with (the longest plan horizon). */
export const MAX_ACTUAL_MONTHS = 36;

export interface ActualsLayout {
  sheetName: string;
  tableName: string;
  /** The table, header first, at A1. */
  table: Block;
  /** A note to the right of the table: what to paste, and how it is read. */
  note: Block;
  /** The numeric cells (B2:E…), for validation of numbers of 0 or more. */
  numbersAddress: string;
}

export const ACTUALS_NOTE =
  "Paste each month's actuals: conversations, AI-involved conversations, AI resolutions as billed, and the invoice in US dollars (all vendors of the stack together). Add rows at the end for more months. Blank or NA is a month not yet closed. The add-in never overwrites this table.";

/** The table for a plan starting in `firstMonth`, one row per month of its horizon. */
export function actualsLayout(firstMonth: string, months: number): ActualsLayout {
  if (!(Number.isInteger(months) && months >= 1 && months <= MAX_ACTUAL_MONTHS)) throw new Error(`An actuals table has 1 to ${MAX_ACTUAL_MONTHS} months; got ${months}.`);
  const money = DEFAULT_CATALOG.currencyFormat;
  const cells: CellValue[][] = [[...ACTUALS_HEADER]];
  const formats: string[][] = [ACTUALS_HEADER.map(() => "@")];
  for (let i = 0; i < months; i++) {
    cells.push([monthLabel(addMonths(firstMonth, i)), "", "", "", ""]);
    formats.push(["@", "#,##0", "#,##0", "#,##0", money]);
  }
  const width = ACTUALS_HEADER.length;
  return {
    sheetName: ACTUALS_SHEET,
    tableName: ACTUALS_TABLE,
    table: { topLeft: "A1", address: area(0, 0, months + 1, width), cells, numberFormats: formats, table: ACTUALS_TABLE },
    note: { topLeft: cell(0, width + 1), address: area(0, width + 1, 1, 1), cells: [[ACTUALS_NOTE]], numberFormats: [["@"]] },
    numbersAddress: area(1, 1, months, width - 1),
  };
}

/** The table's values (header first) as actual months, with every row that cannot be read named. */
export function readActualsTable(values: readonly (readonly unknown[])[]): ImportedActuals {
  return readActualRows(values);
}
