/**
 * What the task pane may ask of a workbook. The pane only ever sees this interface; the Excel
 * implementation (excel.ts) holds all Office.js code, and the in-memory one (memory.ts) runs the
 * browser preview and the tests.
 */
import type { Currency } from "../model/currency/codes";
import { Scenario } from "../model/scenario";
import type { ForecastSheetInput, RiskSheetInput } from "./analysisLayout";
import type { SheetLanguage } from "./i18n";
import type { DisplayMoney } from "./summaryLayout";
import type { WorkbookPriceBook } from "./workbookPriceBook";

export type { DisplayMoney, ForecastSheetInput, RiskSheetInput, SheetLanguage };

/** Why a stored value was not used. It is kept aside, never dropped and never overwritten. */
export interface StoredProblem {
  /** "mixed": a stored value's cells come from different saves (its checksum does not match). */
  kind: "corrupt" | "older" | "newer" | "invalid" | "mixed";
  /** For the pane, in the user's words. */
  message: string;
  /** Where the stored text was kept, e.g. "SupportCost_Quarantine!B1". */
  keptAt: string;
}

/** One stored version of a scenario that was changed in two places at once. */
export interface ScenarioVersion {
  /** null: this version deleted the scenario. */
  scenario: Scenario | null;
  /** The pane session that saved it. */
  author: string;
  /** ISO time of that save. */
  savedAt: string;
  rev: number;
  /** Saved by this pane (the user's own edit). */
  byThisPane: boolean;
}

/**
 * A scenario two co-authors (or two panes) changed at the same time: every version is kept in the
 * workbook until the user chooses one (resolveConflict, then save).
 */
export interface ScenarioConflict {
  id: string;
  name: string;
  versions: ScenarioVersion[];
}

export interface LoadedScenarios {
  /** The stored scenarios, or null when the workbook has none (or they could not be used). */
  scenarios: Scenario[] | null;
  /** The first stored value that could not be used (all of them in `problems`). */
  problem?: StoredProblem;
  problems?: StoredProblem[];
  /** True when saving would overwrite data this version cannot read (a newer schema). */
  saveBlocked?: boolean;
  /** Scenarios with more than one current version, waiting for the user to choose. */
  conflicts?: ScenarioConflict[];
}

/** What the workbook holds after a save: the pane's scenarios merged with co-authors' changes. */
export interface SaveResult {
  scenarios: Scenario[];
  conflicts: ScenarioConflict[];
  /** A co-author's changes were taken in (or a conflict found): the pane should show `scenarios`. */
  merged: boolean;
  /** Scenarios given a new id because a co-author added a different one under the same id. */
  renamedIds: Record<string, string>;
  /** Stored values that could not be used, now kept on the quarantine sheet. */
  problems: StoredProblem[];
}

export interface SelectionHistory {
  /** The selected range, e.g. "Sheet1!B2:B25". */
  address: string;
  /** Monthly values, oldest first. */
  values: number[];
}

export interface PlanWriteResult {
  sheetName: string;
  tableName: string;
  /** Rows in the month table (the longest horizon). */
  months: number;
  /** False when an earlier plan was updated in place. */
  created: boolean;
}

/** The selection as a forecast reads it: blanks are null. */
export interface SelectionSeries {
  address: string;
  values: (number | null)[];
}

/** A forecast or risk sheet, written or rewritten. */
export interface AnalysisWriteResult {
  sheetName: string;
  charts: number;
  /** False when an earlier sheet was updated in place. */
  created: boolean;
}

export interface SummaryPublishResult {
  sheetName: string;
  publishedAt: string;
  created: boolean;
}

export type { WorkbookPriceBook } from "./workbookPriceBook";

export interface PriceBookWriteResult {
  sheetName: string;
  /** Price rows written (the header not counted). */
  prices: number;
}

/** The actuals table, created (or found: it is never rewritten). */
export interface ActualsTableResult {
  sheetName: string;
  tableName: string;
  /** Month rows of the table. */
  months: number;
  /** False when the table was there already and was left as it is. */
  created: boolean;
}

/** The actuals table's cells as Excel holds them (header first): numbers, text, blanks. */
export interface ActualsTableValues {
  /** E.g. "'SupportCost Actuals'!A1:E13". */
  address: string;
  values: unknown[][];
}

export interface WorkbookPort {
  /** "excel" inside Excel; "preview" for the in-memory workbook of the browser preview. */
  readonly kind: "excel" | "preview";
  /** Numbers of the selected single row or column (blanks and text are refused with a message). */
  readSelectionHistory(): Promise<SelectionHistory>;
  /** Loads and saves of one pane run one after another, never overlapping. */
  loadScenarios(): Promise<LoadedScenarios>;
  /** Saves, merging with whatever co-authors saved since this pane loaded or saved. */
  saveScenarios(scenarios: Scenario[], savedAt: Date): Promise<SaveResult>;
  /**
   * The user chose a version of a conflicting scenario (and put it in the list they save next): the
   * next save replaces every version they were shown. A version saved after that is a new conflict.
   */
  resolveConflict(id: string): void;
  /**
   * Creates or updates the live plan sheet (assumptions, named ranges, formula table, chart). `language`
   * (English when not given) words the sheet; its name, formulas, names and table stay the same.
   */
  writePlan(scenarios: Scenario[], language?: SheetLanguage): Promise<PlanWriteResult>;
  /**
   * Creates or updates the values-only summary sheet for readers without the add-in, in `language` (English
   * when not given), its costs in `display`'s currency when given (the prices stay in US dollars).
   */
  publishSummary(scenarios: Scenario[], publishedAt: Date, language?: SheetLanguage, display?: DisplayMoney): Promise<SummaryPublishResult>;
  /** The selected single row or column for a forecast: blanks come back as null; text and errors are refused. */
  readSelectionSeries(): Promise<SelectionSeries>;
  /** Creates or updates the forecast sheet (history, forecast and interval, and a line chart). */
  writeForecast(input: ForecastSheetInput): Promise<AnalysisWriteResult>;
  /** Creates or updates the risk sheet (percentiles, histogram and tornado, with column and bar charts). */
  writeRisk(input: RiskSheetInput): Promise<AnalysisWriteResult>;
  /** The workbook's price book (the table named SupportCost_Prices), or null when it has none. */
  readPriceBook(): Promise<WorkbookPriceBook | null>;
  /**
   * Writes a built-in edition as the workbook's price book: the sheet "SupportCost Prices" with a
   * table, data validation and the name SupportCost_Prices. Refuses when the workbook already has one:
   * prices the user edited are never overwritten. `language` words the note beside the table; the table
   * itself (header, vocabularies) is what the functions read, so it is the same in every language.
   */
  writePriceBook(editionId: string, writtenAt: Date, language?: SheetLanguage): Promise<PriceBookWriteResult>;
  /** Sets one price's Amount: `sheetRow` is the 1-based row of the Prices sheet (the table starts at A1). */
  /** Sets a price's amount, its source to TYPED_PRICE_SOURCE and its as-of date to `typedOn` ("YYYY-MM-DD"). */
  setPriceAmount(sheetRow: number, amount: number, typedOn: string): Promise<void>;
  /**
   * Creates the sheet "SupportCost Actuals" with the native table SupportCostActuals, a row per month from
   * `firstMonth` (formats and validation for numbers of 0 or more). When the table exists it is left
   * exactly as it is (created: false): rows the user typed are never overwritten.
   */
  createActualsTable?(firstMonth: string, months: number): Promise<ActualsTableResult>;
  /** The workbook's display currency (the name SupportCost_Currency); US dollars when it has none. */
  readDisplayCurrency?(): Promise<Currency>;
  /** Sets the workbook's display currency for everyone who opens it. */
  writeDisplayCurrency?(currency: Currency): Promise<void>;
  /** The actuals table's cells, or null when the workbook has none. (Both workbooks have these; a test double may not.) */
  readActualsTable?(): Promise<ActualsTableValues | null>;
}

/** What a sheet of the preview's in-memory workbook holds, for people trying the pane outside Excel. */
export interface SheetPreview {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  cells: number;
  tables: string[];
  charts: string[];
  /** A few cells, formulas first, e.g. { address: "C27", content: "=IF(...)" }. */
  sample: { address: string; content: string }[];
}

/** A failure the user must see: the message says what happened and what to do. */
export class WorkbookError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "WorkbookError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A message for any error thrown by a workbook call (Office.js errors carry a code and a message). */
export function describeWorkbookError(action: string, error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  const e = error as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } } | undefined;
  const message = typeof e?.message === "string" && e.message ? e.message : String(error);
  const code = typeof e?.code === "string" ? ` (${e.code})` : "";
  return `Could not ${action}: ${message}${code}`;
}
