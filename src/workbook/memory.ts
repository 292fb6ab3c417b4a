/**
 * An in-memory workbook: the browser preview's stand-in for Excel, and a fixture for tests. It keeps
 * sheets of cells, names, tables and charts, and writes plans and summaries from the same layouts as
 * the Excel implementation, so what the preview does is what Excel gets.
 */
import type { Currency } from "../model/currency/codes";
import { CURRENCY_NAME, currencyFormula, currencyOfFormula } from "./displayCurrency";
import { Scenario } from "../model/scenario";
import { cell as a1 } from "./a1";
import { ACTUALS_SHEET, ACTUALS_TABLE, actualsLayout, landingBlock, landingSummary } from "./actualsLayout";
import type { AnalysisLayout } from "./analysisLayout";
import { assertValid, readHistoryCells, readSeriesCells } from "./checks";
import { SheetLanguage, sheetText } from "./i18n";
import { keptKey, problemKind, QUARANTINE_FIRST_CHUNK_ROW, QUARANTINE_SHEET, SessionOptions, StateSession, STATE_SHEET } from "./persistence";
import { Block, CellValue, ChartDef, planLayout } from "./planLayout";
import {
  ActualsTableResult,
  ActualsTableValues,
  AnalysisWriteResult,
  ForecastSheetInput,
  LoadedScenarios,
  PlanWriteResult,
  RiskSheetInput,
  SaveResult,
  SelectionHistory,
  SelectionSeries,
  SheetPreview,
  StoredProblem,
  SummaryPublishResult,
  WorkbookError,
  WorkbookPort,
  WorkbookPriceBook,
  PriceBookWriteResult,
} from "./port";
import { AMOUNT_COLUMN, AS_OF_COLUMN, SOURCE_COLUMN, TYPED_PRICE_SOURCE, checkValue, findEdition, PRICES_NAME, PRICES_NOTE_CELL, PRICES_NAME_FORMULA, PRICES_SHEET, PRICES_TABLE, pricesLayout } from "./pricesLayout";
import { planSave, readState, viewForLoad } from "./stateMerge";
import { fromChunks, SCHEMA_VERSION, toChunks } from "./stateSchema";
import { DisplayMoney, pricesUsed, publishStamp, summaryLayout } from "./summaryLayout";

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface MemoryCell {
  value: CellValue;
  format?: string;
}

export interface MemorySheet {
  name: string;
  visibility: Visibility;
  cells: Map<string, MemoryCell>;
  charts: Map<string, ChartDef>;
}

export type PortOperation =
  | "readSelectionHistory"
  | "readSelectionSeries"
  | "loadScenarios"
  | "saveScenarios"
  | "writePlan"
  | "publishSummary"
  | "writeForecast"
  | "writeRisk"
  | "readPriceBook"
  | "writePriceBook"
  | "setPriceAmount"
  | "createActualsTable"
  | "readActualsTable";

/** Two years of monthly conversations, rising towards each year's end: what "Use selection" reads in the preview. */
export const SAMPLE_HISTORY = [
  17200, 16400, 18100, 18600, 19000, 18200, 17600, 17900, 19400, 20300, 21800, 24100, 18900, 18000, 19800, 20200, 20900, 19900,
  19300, 19500, 21200, 22400, 23900, 26500,
];

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`Not a cell: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "preview" as const;
  readonly sheets = new Map<string, MemorySheet>();
  readonly names = new Map<string, string>();
  readonly tables = new Map<string, { sheet: string; address: string }>();
  /** The selected range: a column of values as Excel would hand them over. */
  selection: { address: string; values: unknown[][] } = {
    address: "History!B2:B25",
    values: SAMPLE_HISTORY.map((v) => [v]),
  };
  /** Operations that fail, to show (and test) how the pane reports workbook errors. */
  readonly failing = new Set<PortOperation>();
  readonly session: StateSession;

  constructor(options: SessionOptions = {}) {
    this.session = new StateSession(options);
  }

  private failIfAsked(op: PortOperation): void {
    if (this.failing.has(op)) throw new WorkbookError(`The workbook refused "${op}" (simulated failure in the preview).`);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.get(name);
  }

  private ensureSheet(name: string, visibility: Visibility = "visible"): { sheet: MemorySheet; created: boolean } {
    const existing = this.sheets.get(name);
    if (existing) return { sheet: existing, created: false };
    const sheet: MemorySheet = { name, visibility, cells: new Map(), charts: new Map() };
    this.sheets.set(name, sheet);
    return { sheet, created: true };
  }

  /** The value of one cell ("" when empty). */
  value(sheetName: string, address: string): CellValue {
    return this.sheets.get(sheetName)?.cells.get(address.replace(/\$/g, ""))?.value ?? "";
  }

  private writeBlock(sheet: MemorySheet, block: Block): void {
    const { row, col } = parseA1(block.topLeft);
    block.cells.forEach((r, i) =>
      r.forEach((v, j) => {
        const address = a1(row + i, col + j);
        if (v === "") sheet.cells.delete(address);
        else sheet.cells.set(address, { value: v, format: block.numberFormats[i]?.[j] });
      }),
    );
  }

  private column(sheet: MemorySheet | undefined, col: number, fromRow: number): CellValue[] {
    const out: CellValue[] = [];
    if (!sheet) return out;
    for (let r = fromRow; ; r++) {
      const c = sheet.cells.get(a1(r, col));
      if (!c || c.value === "") return out;
      out.push(c.value);
    }
  }

  /** The state sheet's rows (column A first), as the merge reads them. */
  private stateRows(): unknown[][] {
    const rows: unknown[][] = [];
    const sheet = this.sheets.get(STATE_SHEET);
    if (!sheet) return rows;
    for (const [address, c] of sheet.cells) {
      const { row, col } = parseA1(address);
      const r = (rows[row] ??= []);
      while (r.length < col) r.push("");
      r[col] = c.value;
    }
    return rows;
  }

  /**
   * The scenarios the workbook holds, as one JSON document ({ schemaVersion, scenarios }) for the
   * preview and tests to read; the text of an earlier version's document as found; "" when none.
   */
  storedText(): string {
    const state = readState(this.stateRows());
    if (state.current.size === 0) return state.legacy || state.bad.length > 0 ? fromChunks(this.column(this.sheets.get(STATE_SHEET), 0, 0)) : "";
    const view = viewForLoad(state, this.session.author);
    return JSON.stringify({ schemaVersion: SCHEMA_VERSION, scenarios: view.scenarios ?? [] });
  }

  /** Puts raw text where scenarios are stored, down column A (as a hand edit or an earlier add-in would). */
  setStoredText(text: string): void {
    const { sheet } = this.ensureSheet(STATE_SHEET, "veryHidden");
    sheet.cells.clear();
    toChunks(text).forEach((chunk, i) => sheet.cells.set(a1(i, 0), { value: chunk, format: "@" }));
  }

  /** Every quarantined text, oldest first. */
  quarantined(): string[] {
    const q = this.sheets.get(QUARANTINE_SHEET);
    const out: string[] = [];
    for (let c = 0; q && q.cells.has(a1(0, c)); c++) out.push(fromChunks(this.column(q, c, QUARANTINE_FIRST_CHUNK_ROW)));
    return out;
  }

  /** Keeps stored `cells` on the quarantine sheet unless they are already there; returns where. */
  private quarantine(cells: readonly unknown[], reason: string, at: Date): string {
    const q = this.sheets.get(QUARANTINE_SHEET);
    const kept: string[] = [];
    for (let c = 0; q && q.cells.has(a1(0, c)); c++) kept.push(keptKey(this.column(q, c, QUARANTINE_FIRST_CHUNK_ROW)));
    const existing = kept.indexOf(keptKey(cells));
    const { sheet } = this.ensureSheet(QUARANTINE_SHEET, "hidden");
    const col = existing >= 0 ? existing : kept.length;
    if (existing < 0) {
      sheet.cells.set(a1(0, col), { value: `Kept ${publishStamp(at)}` });
      sheet.cells.set(a1(1, col), { value: reason });
      cells.forEach((chunk, i) => {
        if (chunk !== "" && chunk !== null && chunk !== undefined) sheet.cells.set(a1(QUARANTINE_FIRST_CHUNK_ROW + i, col), { value: String(chunk), format: "@" });
      });
    }
    return `${QUARANTINE_SHEET}!${a1(0, col)}`;
  }

  /** Every sheet with a few of its cells (formulas first): what the preview shows of its workbook. */
  preview(sampleSize = 4): SheetPreview[] {
    return [...this.sheets.values()].map((sheet) => {
      const entries = [...sheet.cells.entries()];
      const formulas = entries.filter(([, c]) => typeof c.value === "string" && c.value.startsWith("="));
      const picked = (formulas.length > 0 ? formulas : entries).slice(0, sampleSize);
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells: sheet.cells.size,
        tables: [...this.tables.entries()].filter(([, t]) => t.sheet === sheet.name).map(([name]) => name),
        charts: [...sheet.charts.values()].map((c) => `${c.title} (${c.type})`),
        sample: picked.map(([address, c]) => {
          const text = String(c.value);
          return { address, content: text.length > 140 ? `${text.slice(0, 140)}…` : text };
        }),
      };
    });
  }

  async readSelectionHistory(): Promise<SelectionHistory> {
    this.failIfAsked("readSelectionHistory");
    return { address: this.selection.address, values: readHistoryCells(this.selection.values) };
  }

  async loadScenarios(): Promise<LoadedScenarios> {
    return this.session.serialize(async () => {
      this.failIfAsked("loadScenarios");
      const view = viewForLoad(readState(this.stateRows()), this.session.author);
      const at = new Date();
      const problems: StoredProblem[] = view.bad.map((b) => ({ kind: problemKind(b.problem), message: b.message, keptAt: this.quarantine(b.cells, b.message, at) }));
      this.session.base = view.base;
      return { scenarios: view.scenarios, problem: problems[0], problems, saveBlocked: view.saveBlocked, conflicts: view.conflicts };
    });
  }

  async saveScenarios(scenarios: Scenario[], savedAt: Date): Promise<SaveResult> {
    return this.session.serialize(async () => {
      this.failIfAsked("saveScenarios");
      assertValid(scenarios);
      const state = readState(this.stateRows());
      if (state.newer) throw new WorkbookError(state.newer);
      const plan = planSave(state, this.session.base, scenarios, { author: this.session.author, savedAt: savedAt.toISOString(), chunkSize: this.session.chunkSize });
      const { sheet } = this.ensureSheet(STATE_SHEET, "veryHidden");
      const problems: StoredProblem[] = [];
      for (const q of plan.quarantine) {
        const keptAt = this.quarantine(q.cells, q.message, savedAt);
        if (!q.migrated) problems.push({ kind: problemKind(q.problem), message: q.message, keptAt });
      }
      for (const w of plan.writes) w.cells.forEach((c, col) => sheet.cells.set(a1(w.row, col), { value: c, format: "@" }));
      for (const c of plan.clears) {
        for (const address of [...sheet.cells.keys()]) if (parseA1(address).row === c.row) sheet.cells.delete(address);
      }
      this.session.base = plan.base;
      return { scenarios: plan.scenarios, conflicts: plan.conflicts, merged: plan.merged, renamedIds: plan.renamedIds, problems };
    });
  }

  resolveConflict(id: string): void {
    this.session.resolveConflict(id);
  }

  async writePlan(scenarios: Scenario[], language?: SheetLanguage): Promise<PlanWriteResult> {
    this.failIfAsked("writePlan");
    assertValid(scenarios);
    const text = await sheetText(language);
    const layout = planLayout(scenarios, this.names.has(PRICES_NAME) ? { priceBookName: PRICES_NAME, text } : { text });
    const { sheet, created } = this.ensureSheet(layout.sheetName);
    sheet.cells.clear();
    sheet.charts.clear();
    for (const name of [...this.names.keys()]) if (name.startsWith("SC_")) this.names.delete(name);
    this.writeBlock(sheet, layout.title);
    this.writeBlock(sheet, layout.assumptions);
    this.writeBlock(sheet, layout.table);
    for (const n of layout.names) this.names.set(n.name, n.formula);
    this.tables.set(layout.table.name, { sheet: layout.sheetName, address: layout.table.address });
    sheet.charts.set(layout.chart.name, layout.chart);
    return { sheetName: layout.sheetName, tableName: layout.table.name, months: layout.table.months, created };
  }

  async publishSummary(scenarios: Scenario[], publishedAt: Date, language?: SheetLanguage, display?: DisplayMoney): Promise<SummaryPublishResult> {
    this.failIfAsked("publishSummary");
    assertValid(scenarios);
    const prices = pricesUsed(await this.readPriceBook());
    const layout = summaryLayout(scenarios, publishedAt, prices, await sheetText(language), display);
    // With actuals in the workbook, the year-end landing goes on the summary too.
    const actuals = await this.readActualsTable();
    const landing = actuals && landingSummary(scenarios, prices.book, actuals.values);
    if (landing) layout.blocks.push(landingBlock(layout.blocks, landing));
    const { sheet, created } = this.ensureSheet(layout.sheetName);
    sheet.cells.clear();
    sheet.charts.clear();
    for (const b of layout.blocks) {
      this.writeBlock(sheet, b);
      if (b.table) this.tables.set(b.table, { sheet: layout.sheetName, address: b.address });
    }
    for (const c of layout.charts) sheet.charts.set(c.name, c);
    return { sheetName: layout.sheetName, publishedAt: publishStamp(publishedAt), created };
  }

  async readSelectionSeries(): Promise<SelectionSeries> {
    this.failIfAsked("readSelectionSeries");
    return { address: this.selection.address, values: readSeriesCells(this.selection.values) };
  }

  async writeForecast(input: ForecastSheetInput): Promise<AnalysisWriteResult> {
    this.failIfAsked("writeForecast");
    // Loaded on first use: the layouts stay out of the pane's first load.
    const { forecastLayout } = await import(/* webpackChunkName: "analysis-layout" */ "./analysisLayout");
    return this.writeAnalysis(forecastLayout(input, await sheetText(input.language)));
  }

  async writeRisk(input: RiskSheetInput): Promise<AnalysisWriteResult> {
    this.failIfAsked("writeRisk");
    const { riskLayout } = await import(/* webpackChunkName: "analysis-layout" */ "./analysisLayout");
    return this.writeAnalysis(riskLayout(input, undefined, await sheetText(input.language)));
  }

  async readPriceBook(): Promise<WorkbookPriceBook | null> {
    this.failIfAsked("readPriceBook");
    const table = this.tables.get(PRICES_TABLE);
    const sheet = table && this.sheets.get(table.sheet);
    if (!table || !sheet || !this.names.has(PRICES_NAME)) return null;
    const [from, to] = table.address.split(":").map(parseA1);
    const rows: unknown[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: unknown[] = [];
      for (let c = from.col; c <= to.col; c++) row.push(sheet.cells.get(a1(r, c))?.value ?? "");
      // The Check column's formula, computed as Excel would.
      if (r > from.row) row[row.length - 1] = checkValue(row[AMOUNT_COLUMN]);
      rows.push(row);
    }
    return { rows, address: `'${table.sheet}'!${table.address}`, note: String(sheet.cells.get(PRICES_NOTE_CELL)?.value ?? "") };
  }

  async writePriceBook(editionId: string, writtenAt: Date, language?: SheetLanguage): Promise<PriceBookWriteResult> {
    this.failIfAsked("writePriceBook");
    if (this.names.has(PRICES_NAME) || this.sheets.has(PRICES_SHEET)) {
      throw new WorkbookError(`The workbook already has a price book on "${PRICES_SHEET}": edit its prices there. To start again from a built-in edition, rename or delete that sheet first.`);
    }
    const layout = pricesLayout(findEdition(editionId), publishStamp(writtenAt), await sheetText(language));
    const { sheet } = this.ensureSheet(PRICES_SHEET);
    this.writeBlock(sheet, layout.table);
    this.writeBlock(sheet, layout.side);
    this.tables.set(PRICES_TABLE, { sheet: PRICES_SHEET, address: layout.tableAddress });
    this.names.set(PRICES_NAME, PRICES_NAME_FORMULA);
    return { sheetName: PRICES_SHEET, prices: layout.table.cells.length - 1 };
  }

  async readDisplayCurrency(): Promise<Currency> {
    return currencyOfFormula(this.names.get(CURRENCY_NAME));
  }

  async writeDisplayCurrency(currency: Currency): Promise<void> {
    this.names.set(CURRENCY_NAME, currencyFormula(currency));
  }

  async setPriceAmount(sheetRow: number, amount: number, typedOn: string): Promise<void> {
    this.failIfAsked("setPriceAmount");
    const table = this.tables.get(PRICES_TABLE);
    const sheet = table && this.sheets.get(table.sheet);
    if (!table || !sheet) throw new WorkbookError("The workbook has no price book yet: write one first.");
    const last = parseA1(table.address.split(":")[1]).row + 1;
    if (!Number.isInteger(sheetRow) || sheetRow < 2 || sheetRow > last) throw new WorkbookError(`Row ${sheetRow} is not a price row of "${PRICES_SHEET}" (rows 2 to ${last}).`);
    const address = a1(sheetRow - 1, AMOUNT_COLUMN);
    sheet.cells.set(address, { value: amount, format: sheet.cells.get(address)?.format });
    sheet.cells.set(a1(sheetRow - 1, SOURCE_COLUMN), { value: TYPED_PRICE_SOURCE, format: "@" });
    sheet.cells.set(a1(sheetRow - 1, AS_OF_COLUMN), { value: typedOn, format: "@" });
  }

  async createActualsTable(firstMonth: string, months: number): Promise<ActualsTableResult> {
    this.failIfAsked("createActualsTable");
    const layout = actualsLayout(firstMonth, months);
    const existing = this.tables.get(ACTUALS_TABLE);
    if (existing) {
      const [from, to] = existing.address.split(":").map(parseA1);
      return { sheetName: existing.sheet, tableName: ACTUALS_TABLE, months: to.row - from.row, created: false };
    }
    if (this.sheets.has(ACTUALS_SHEET)) {
      throw new WorkbookError(`The workbook has a sheet "${ACTUALS_SHEET}" without the actuals table: rename or delete that sheet, and the add-in will create the table.`);
    }
    const { sheet } = this.ensureSheet(ACTUALS_SHEET);
    this.writeBlock(sheet, layout.table);
    this.writeBlock(sheet, layout.note);
    this.tables.set(ACTUALS_TABLE, { sheet: ACTUALS_SHEET, address: layout.table.address });
    return { sheetName: ACTUALS_SHEET, tableName: ACTUALS_TABLE, months, created: true };
  }

  async readActualsTable(): Promise<ActualsTableValues | null> {
    this.failIfAsked("readActualsTable");
    const table = this.tables.get(ACTUALS_TABLE);
    const sheet = table && this.sheets.get(table.sheet);
    if (!table || !sheet) return null;
    const [from, to] = table.address.split(":").map(parseA1);
    const values: unknown[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: unknown[] = [];
      for (let c = from.col; c <= to.col; c++) row.push(sheet.cells.get(a1(r, c))?.value ?? "");
      values.push(row);
    }
    return { address: `'${table.sheet}'!${table.address}`, values };
  }

  /**
   * Cells as a person pastes them (text or numbers, "" to clear), keeping each cell's number format; a
   * table whose last row is just above the pasted rows grows over them, as Excel's tables do.
   */
  paste(sheetName: string, topLeft: string, values: unknown[][]): void {
    const { sheet } = this.ensureSheet(sheetName);
    const { row, col } = parseA1(topLeft);
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        const address = a1(row + i, col + j);
        const format = sheet.cells.get(address)?.format;
        if (v === "" || v === null || v === undefined) sheet.cells.delete(address);
        else sheet.cells.set(address, { value: v as CellValue, format });
      }),
    );
    const last = row + values.length - 1;
    for (const [name, t] of this.tables) {
      if (t.sheet !== sheetName) continue;
      const [from, to] = t.address.split(":").map(parseA1);
      if (row <= to.row + 1 && last > to.row && col <= to.col && col >= from.col) this.tables.set(name, { ...t, address: `${a1(from.row, from.col)}:${a1(last, to.col)}` });
    }
  }

  private writeAnalysis(layout: AnalysisLayout): AnalysisWriteResult {
    const { sheet, created } = this.ensureSheet(layout.sheetName);
    sheet.cells.clear();
    sheet.charts.clear();
    for (const b of layout.blocks) this.writeBlock(sheet, b);
    for (const c of layout.charts) sheet.charts.set(c.name, c);
    return { sheetName: layout.sheetName, charts: layout.charts.length, created };
  }
}
