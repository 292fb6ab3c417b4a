/**
 * The workbook's actuals: the sheet "SupportCost Actuals" with the native table SupportCostActuals —
 * Month, Conversations, AI-involved, AI-resolved, Invoice — laid out once here for the Excel and the
 * in-memory workbooks. The pane creates it with a row per month of the plan (months filled in as text,
 * the rest blank for the user to paste), number formats and validation for numbers of 0 or more; it is
 * never rewritten once it exists, so rows the user typed are never overwritten. Reading it back goes
 * through the same reader as a usage export (src/model/actuals/imports.ts).
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { alignActuals, ImportedActuals, readActualRows } from "../model/actuals/imports";
import { landingOf } from "../model/actuals/landing";
import { PlannedMonth, varianceOf } from "../model/actuals/variance";
import type { PriceBook } from "../model/pricebook/types";
import type { Scenario } from "../model/scenario/drivers";
import { addMonths, monthLabel } from "../model/scenario/months";
import { conversationsInMonth, forecastScenario, stackOf } from "../model/scenario/price";
import { area, asText, cell } from "./a1";
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

/** Paths and seed of the summary's landing: the same figures on every publish of the same actuals. */
const SUMMARY_LANDING_PATHS = 4000;
const SUMMARY_LANDING_SEED = 17;

/**
 * The leadership summary's landing, as values: the first scenario whose months the actuals fit (the
 * plan), its variance to date and the year-end landing; null when the table has no usable actuals.
 */
export function landingSummary(scenarios: readonly Scenario[], book: PriceBook, values: readonly (readonly unknown[])[]): { cells: CellValue[][]; formats: string[][] } | null {
  let imported: ImportedActuals;
  try {
    imported = readActualsTable(values);
  } catch {
    return null;
  }
  for (const s of scenarios) {
    const d = s.drivers;
    const aligned = alignActuals(imported.months, d.firstMonth, d.horizonMonths);
    if (!aligned.ok) continue;
    try {
      const { plans, terms } = stackOf(d, book);
      const planned: PlannedMonth[] = Array.from({ length: d.horizonMonths }, (_, i) => ({ conversations: conversationsInMonth(d, i + 1), involvement: d.aiInvolvementPct / 100, resolution: d.aiResolutionPct / 100 }));
      const rows = varianceOf(plans, terms, planned, aligned.actual);
      const ytd = rows[rows.length - 1];
      const landing = landingOf(plans, terms, planned, aligned.actual, { paths: SUMMARY_LANDING_PATHS, seed: SUMMARY_LANDING_SEED });
      const money = DEFAULT_CATALOG.currencyFormat;
      const last = aligned.months[aligned.months.length - 1];
      const cells: CellValue[][] = [
        [`Year-end landing: ${asText(s.name)} against the actuals of ${monthLabel(aligned.months[0])} to ${monthLabel(last)} (table ${ACTUALS_TABLE}), the remaining months at the actual run rate and AI rates, ${SUMMARY_LANDING_PATHS.toLocaleString("en-US")} simulated futures`],
        ["Month-end", "Value"],
        ["Planned to date", ytd.planned],
        ["Volume effect", ytd.volumeEffect],
        ["AI-rate effect", ytd.rateEffect],
        ["Billing effect", ytd.billingEffect],
        ["Invoiced to date", ytd.invoice],
        ["Planned for the year", forecastScenario(s, book).summary.total],
        ["Remaining months", landing.remainingMonths],
        ["Landing", landing.landing],
        ["Landing P50", landing.landingP50],
        ["Landing P90", landing.landingP90],
      ];
      const formats = cells.map((r, i) => (i < 2 ? ["@", "@"] : ["@", r[0] === "Remaining months" ? "0" : money]));
      return { cells, formats };
    } catch {
      continue;
    }
  }
  return null;
}

/** The landing as a block of the summary sheet: in column A, a blank row below the sheet's last block there. */
export function landingBlock(blocks: readonly Block[], landing: { cells: CellValue[][]; formats: string[][] }): Block {
  const bottom = Math.max(0, ...blocks.filter((b) => /^A\d+$/.test(b.topLeft)).map((b) => Number(/(\d+)$/.exec(b.address)?.[1] ?? 0)));
  const row = bottom + 1;
  const cells = landing.cells.map((r) => [...r, ...new Array<CellValue>(2 - r.length).fill("")]);
  const formats = landing.formats.map((r) => [...r, ...new Array<string>(2 - r.length).fill("General")]);
  return { topLeft: cell(row, 0), address: area(row, 0, cells.length, 2), cells, numberFormats: formats };
}
