/**
 * The WorkbookPort inside Excel: all Office.js code of the pane lives here. Each operation is one
 * Excel.run batch with few round trips: a plan or summary write is at most 3 context.sync calls,
 * whatever the horizon (1: what exists; 2: which charts the sheet has, only when it exists; 3: every
 * write, with whole blocks written through range.values/formulas/numberFormat in one go).
 */
import { BOOK_CURRENCY, Currency } from "../model/currency/codes";
import { CURRENCY_NAME, currencyFormula, currencyOfFormula } from "./displayCurrency";
import { Scenario } from "../model/scenario";
import { cell as a1, quoteSheet } from "./a1";
import { ACTUALS_SHEET, ACTUALS_TABLE, actualsLayout, landingBlock, landingSummary } from "./actualsLayout";
import type { AnalysisLayout } from "./analysisLayout";
import { assertValid, readHistoryCells, readSeriesCells } from "./checks";
import { SheetLanguage, sheetText } from "./i18n";
import { keptKey, problemKind, QUARANTINE_FIRST_CHUNK_ROW, QUARANTINE_SHEET, SessionOptions, StateSession, STATE_SHEET } from "./persistence";
import { Block, ChartDef, NAME_PREFIX, PLAN_MARKER, planLayout } from "./planLayout";
import {
  ActualsTableResult,
  ActualsTableValues,
  AnalysisWriteResult,
  describeWorkbookError,
  ForecastSheetInput,
  LoadedScenarios,
  PlanWriteResult,
  RiskSheetInput,
  SaveResult,
  SelectionHistory,
  SelectionSeries,
  StoredProblem,
  SummaryPublishResult,
  WorkbookError,
  WorkbookPort,
  WorkbookPriceBook,
  PriceBookWriteResult,
} from "./port";
import { AMOUNT_COLUMN, AS_OF_COLUMN, SOURCE_COLUMN, TYPED_PRICE_SOURCE, findEdition, PRICES_NAME, PRICES_NAME_FORMULA, PRICES_NOTE_CELL, PRICES_SHEET, PRICES_TABLE, pricesLayout } from "./pricesLayout";
import { planSave, readState, RowWrite, viewForLoad } from "./stateMerge";
import { DisplayMoney, pricesUsed, publishStamp, summaryLayout } from "./summaryLayout";

/** Runs a batch against a request context: Excel.run in Excel, a mock context in tests. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const CHART_TYPES = { line: "Line", columnStacked: "ColumnStacked", columnClustered: "ColumnClustered", barClustered: "BarClustered" } as const;
const SERIES_BY = { columns: "Columns", rows: "Rows" } as const;

function writeBlock(sheet: Excel.Worksheet, block: Block, mode: "formulas" | "values"): void {
  const range = sheet.getRange(block.address);
  range.numberFormat = block.numberFormats;
  if (mode === "formulas") range.formulas = block.cells;
  else range.values = block.cells;
}

function addChart(sheet: Excel.Worksheet, def: ChartDef): void {
  const chart = sheet.charts.add(CHART_TYPES[def.type], sheet.getRange(def.dataAddress), SERIES_BY[def.seriesBy]);
  chart.name = def.name;
  chart.title.text = def.title;
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(def.categoriesAddress));
  chart.setPosition(def.topLeft, def.bottomRight);
}

interface SheetForRewrite {
  sheet: Excel.Worksheet;
  created: boolean;
}

/**
 * Round trips 1 and 2 of a rewrite: finds the sheet (adding it if missing) and deletes the charts
 * it already has, so the caller can write everything in round trip 3.
 */
async function sheetForRewrite(
  context: Excel.RequestContext,
  name: string,
  queueReads: () => void,
): Promise<SheetForRewrite> {
  // isNullObject is filled in by the next sync; it needs no load.
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  queueReads();
  await context.sync();
  if (existing.isNullObject) return { sheet: context.workbook.worksheets.add(name), created: true };
  const charts = existing.charts;
  charts.load("items/name");
  await context.sync();
  // A rewrite replaces the sheet's contents; the sheet itself (and references to it) stays.
  for (const chart of charts.items) chart.delete();
  return { sheet: existing, created: false };
}

interface StoredFound {
  /** The state sheet's rows by sheet row (column A first). */
  rows: unknown[][];
  /** Kept copies on the quarantine sheet, by column, for not keeping one twice. */
  kept: string[];
  quarantineColumns: number;
  quarantineExists: boolean;
  stateExists: boolean;
}

/** A row this save wrote or cleared, and what it must have held just before (anything else was someone's). */
interface Probe {
  range: Excel.Range;
  expected: unknown[];
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** Excel refuses a second sheet of the same name: a co-author added it between our read and our write. */
function isAlreadyExists(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === "ItemAlreadyExists";
}

/** What a plan rewrite found on the sheet, to put back if it fails. */
interface PlanBefore {
  names: { name: string; formula: string }[];
  tables: { name: string; address: string; showHeaders: boolean }[];
  chartIds: string[];
  cells?: { address: string; formulas: unknown[][]; numberFormat: unknown[][] };
}

/** The names a plan rewrite owns: the assumptions' and the marker. */
function ownsName(name: string): boolean {
  return name.startsWith(NAME_PREFIX) || name.toLowerCase() === PLAN_MARKER.toLowerCase();
}

/**
 * Makes the workbook's names that `owns` accepts exactly `wanted`: repoints the ones kept, deletes the
 * others, adds the missing (queued; the caller syncs). `names` must have items/name loaded.
 */
function setOwnNames(names: Excel.NamedItemCollection, wanted: readonly { name: string; formula: string }[], owns: (name: string) => boolean): void {
  const left = new Map(wanted.map((n) => [n.name.toLowerCase(), n]));
  for (const item of names.items) {
    if (!owns(item.name)) continue;
    const def = left.get(item.name.toLowerCase());
    if (def) {
      item.formula = def.formula;
      left.delete(item.name.toLowerCase());
    } else item.delete();
  }
  for (const def of left.values()) names.add(def.name, def.formula);
}

/** The sheet a "='Sheet name'!$A$1" formula points at (undefined for #REF! and the like). */
export function sheetOfFormula(formula: string): string | undefined {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!#]+))!/.exec(formula);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** A layout's name formula for the sheet the plan actually lives on (the user may have renamed it). */
function onSheet(formula: string, layoutSheet: string, sheetName: string): string {
  const from = `=${quoteSheet(layoutSheet)}!`;
  return formula.startsWith(from) ? `=${quoteSheet(sheetName)}!${formula.slice(from.length)}` : formula;
}

/** How many times a save puts back a co-author's row it wrote over before it gives up and says so. */
const MAX_REPAIR_ROUNDS = 4;

export class ExcelWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  readonly session: StateSession;

  constructor(
    private readonly run: BatchRunner = (batch) => Excel.run(batch),
    options: SessionOptions = {},
  ) {
    this.session = new StateSession(options);
  }

  async readSelectionHistory(): Promise<SelectionHistory> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      return { address: range.address, values: readHistoryCells(range.values) };
    });
  }

  async readSelectionSeries(): Promise<SelectionSeries> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      return { address: range.address, values: readSeriesCells(range.values) };
    });
  }

  async writeForecast(input: ForecastSheetInput): Promise<AnalysisWriteResult> {
    // Loaded on first use: the layouts stay out of the pane's first load.
    const { forecastLayout } = await import(/* webpackChunkName: "analysis-layout" */ "./analysisLayout");
    return this.writeAnalysis(forecastLayout(input, await sheetText(input.language)));
  }

  async writeRisk(input: RiskSheetInput): Promise<AnalysisWriteResult> {
    const { riskLayout } = await import(/* webpackChunkName: "analysis-layout" */ "./analysisLayout");
    return this.writeAnalysis(riskLayout(input, undefined, await sheetText(input.language)));
  }

  /** A forecast or risk sheet: values and native charts, rewritten in place like the summary. */
  private async writeAnalysis(layout: AnalysisLayout): Promise<AnalysisWriteResult> {
    const { created } = await this.rewriteValuesSheet(layout);
    return { sheetName: layout.sheetName, charts: layout.charts.length, created };
  }

  /**
   * Replaces a sheet's contents with values (never formulas, so a reader without the add-in sees
   * numbers) and native charts, keeping the sheet itself: at most 3 round trips.
   */
  private async rewriteValuesSheet(layout: { sheetName: string; blocks: Block[]; charts: ChartDef[] }): Promise<{ created: boolean }> {
    return this.run(async (context) => {
      // The sheet's own tables (the summary's stack comparison) are found in the same round trip and replaced.
      let previous: Excel.Table[] = [];
      const { sheet, created } = await sheetForRewrite(context, layout.sheetName, () => {
        previous = layout.blocks.filter((b) => b.table).map((b) => context.workbook.tables.getItemOrNullObject(b.table!));
      });
      for (const table of previous) if (!table.isNullObject) table.delete();
      sheet.getRange().clear("All");
      for (const block of layout.blocks) {
        writeBlock(sheet, block, "values");
        if (block.table) sheet.tables.add(block.address, true).name = block.table;
      }
      sheet.getRange("A1").format.font.bold = true;
      for (const chart of layout.charts) addChart(sheet, chart);
      sheet.getRange("A:A").format.columnWidth = 220;
      sheet.activate();
      await context.sync();
      return { created };
    });
  }

  /** Reads the state sheet's rows and the quarantine's contents (2 round trips). */
  private async readStored(context: Excel.RequestContext): Promise<StoredFound> {
    const sheets = context.workbook.worksheets;
    const state = sheets.getItemOrNullObject(STATE_SHEET);
    const quarantine = sheets.getItemOrNullObject(QUARANTINE_SHEET);
    await context.sync();
    const stateUsed = state.isNullObject ? undefined : state.getUsedRangeOrNullObject(true);
    const quarantineUsed = quarantine.isNullObject ? undefined : quarantine.getUsedRangeOrNullObject(true);
    stateUsed?.load("values,rowIndex,columnIndex");
    quarantineUsed?.load("values,columnCount,columnIndex");
    if (stateUsed || quarantineUsed) await context.sync();
    const rows: unknown[][] = [];
    if (stateUsed && !stateUsed.isNullObject) {
      const pad = Array.from({ length: stateUsed.columnIndex }, () => "");
      stateUsed.values.forEach((r, i) => (rows[stateUsed.rowIndex + i] = [...pad, ...r]));
    }
    const kept: string[] = [];
    let quarantineColumns = 0;
    if (quarantineUsed && !quarantineUsed.isNullObject) {
      // Used range starts at the first used cell; columns are counted from A.
      quarantineColumns = quarantineUsed.columnIndex + quarantineUsed.columnCount;
      for (let c = 0; c < quarantineUsed.columnCount; c++) {
        kept[quarantineUsed.columnIndex + c] = keptKey(quarantineUsed.values.slice(QUARANTINE_FIRST_CHUNK_ROW).map((r) => r[c]));
      }
    }
    return { rows, kept, quarantineColumns, quarantineExists: !quarantine.isNullObject, stateExists: !state.isNullObject };
  }

  /** Queues keeping stored `cells` in a new quarantine column (unless they are already kept); returns where. */
  private queueQuarantine(
    context: Excel.RequestContext,
    found: StoredFound,
    cells: readonly unknown[],
    reason: string,
    at: Date,
  ): string {
    const key = keptKey(cells);
    const already = found.kept.indexOf(key);
    if (already >= 0) return `${QUARANTINE_SHEET}!${a1(0, already)}`;
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (found.quarantineExists) sheet = sheets.getItem(QUARANTINE_SHEET);
    else {
      sheet = sheets.add(QUARANTINE_SHEET);
      // Hidden, not very hidden: a person can unhide it to see what was kept.
      sheet.visibility = "Hidden";
      found.quarantineExists = true;
    }
    const col = found.quarantineColumns;
    found.quarantineColumns += 1;
    found.kept[col] = key;
    const list = cells.map((c) => (blank(c) ? "" : String(c)));
    while (list.length > 1 && list[list.length - 1] === "") list.pop();
    const column = [[`Kept ${publishStamp(at)}`], [reason], ...list.map((c) => [c])];
    const range = sheet.getRange(`${a1(0, col)}:${a1(column.length - 1, col)}`);
    range.numberFormat = column.map(() => ["@"]);
    range.values = column;
    return `${QUARANTINE_SHEET}!${a1(0, col)}`;
  }

  /** Re-runs a batch once when a co-author added a sheet it was about to add. */
  private async withRetry<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      return this.run(batch);
    }
  }

  /** Loads (2 round trips; 3 when something must be kept on the quarantine sheet). Writes nothing to the state sheet. */
  async loadScenarios(): Promise<LoadedScenarios> {
    return this.session.serialize(() =>
      this.withRetry(async (context) => {
        const found = await this.readStored(context);
        const view = viewForLoad(readState(found.rows), this.session.author);
        const at = new Date();
        const problems: StoredProblem[] = view.bad.map((b) => ({
          kind: problemKind(b.problem),
          message: b.message,
          keptAt: this.queueQuarantine(context, found, b.cells, b.message, at),
        }));
        if (problems.length > 0) await context.sync();
        this.session.base = view.base;
        return { scenarios: view.scenarios, problem: problems[0], problems, saveBlocked: view.saveBlocked, conflicts: view.conflicts };
      }),
    );
  }

  /**
   * Saves by merging (3 round trips when nobody else wrote in between; each co-author's row it had
   * to put back costs 2 more). New records go into blank rows, body before header; only then are
   * superseded rows cleared, so a batch that fails half-way leaves every scenario at its old or its
   * new revision, never without one.
   */
  async saveScenarios(scenarios: Scenario[], savedAt: Date): Promise<SaveResult> {
    assertValid(scenarios);
    return this.session.serialize(() =>
      this.withRetry(async (context) => {
        const found = await this.readStored(context);
        const state = readState(found.rows);
        if (state.newer) throw new WorkbookError(state.newer);
        const plan = planSave(state, this.session.base, scenarios, {
          author: this.session.author,
          savedAt: savedAt.toISOString(),
          chunkSize: this.session.chunkSize,
        });
        const sheets = context.workbook.worksheets;
        let sheet: Excel.Worksheet;
        if (found.stateExists) sheet = sheets.getItem(STATE_SHEET);
        else {
          sheet = sheets.add(STATE_SHEET);
          sheet.visibility = "VeryHidden";
        }
        const problems: StoredProblem[] = [];
        for (const q of plan.quarantine) {
          const keptAt = this.queueQuarantine(context, found, q.cells, q.message, savedAt);
          if (!q.migrated) problems.push({ kind: problemKind(q.problem), message: q.message, keptAt });
        }
        const width = Math.max(state.width, ...plan.writes.map((w) => w.cells.length)) + 2;
        const probes: Probe[] = [];
        for (const w of plan.writes) probes.push(this.queueRowWrite(sheet, w, width));
        for (const c of plan.clears) probes.push(this.queueRowClear(sheet, c.row, c.expected, width));
        await context.sync();
        await this.putBack(context, sheet, this.displaced(probes), width);
        this.session.base = plan.base;
        return { scenarios: plan.scenarios, conflicts: plan.conflicts, merged: plan.merged, renamedIds: plan.renamedIds, problems };
      }),
    );
  }

  /** A row's record: read what is there, then the body, then the header (the header makes it count). */
  private queueRowWrite(sheet: Excel.Worksheet, w: RowWrite, width: number): Probe {
    const probe = sheet.getRange(`${a1(w.row, 0)}:${a1(w.row, width - 1)}`);
    probe.load("values");
    const body = sheet.getRange(`${a1(w.row, 1)}:${a1(w.row, w.cells.length - 1)}`);
    body.numberFormat = [w.cells.slice(1).map(() => "@")];
    body.values = [w.cells.slice(1)];
    const header = sheet.getRange(a1(w.row, 0));
    header.numberFormat = [["@"]];
    header.values = [[w.cells[0]]];
    return { range: probe, expected: [] };
  }

  private queueRowClear(sheet: Excel.Worksheet, row: number, expected: unknown[], width: number): Probe {
    const range = sheet.getRange(`${a1(row, 0)}:${a1(row, width - 1)}`);
    range.load("values");
    sheet.getRange(`${a1(row, 0)}:${a1(row, width - 1)}`).clear("Contents");
    return { range, expected };
  }

  /** Rows a co-author wrote between our read and our write, which this save then wrote over or cleared. */
  private displaced(probes: Probe[]): unknown[][] {
    const out: unknown[][] = [];
    for (const p of probes) {
      const before = p.range.values[0] ?? [];
      if (before.every(blank)) continue;
      if (keptKey(before) === keptKey(p.expected)) continue;
      out.push(before);
    }
    return out;
  }

  /** Writes displaced rows back, as they were, into blank rows (2 round trips a round). */
  private async putBack(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: unknown[][], width: number): Promise<void> {
    for (let round = 0; rows.length > 0; round++) {
      if (round === MAX_REPAIR_ROUNDS) {
        throw new WorkbookError(
          "Saving collided with a co-author's save several times, and some of their scenarios could not be put back. Reload to check the scenarios before saving again.",
        );
      }
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex");
      await context.sync();
      const taken = new Set<number>();
      if (!used.isNullObject) used.values.forEach((r, i) => !r.every(blank) && taken.add(used.rowIndex + i));
      const probes: Probe[] = [];
      let row = 0;
      for (const cells of rows) {
        while (taken.has(row)) row++;
        const list = cells.map((c) => (blank(c) ? "" : String(c)));
        while (list.length > 1 && list[list.length - 1] === "") list.pop();
        probes.push(this.queueRowWrite(sheet, { row, cells: list.length > 1 ? list : [...list, ""] }, Math.max(width, list.length)));
        row++;
      }
      await context.sync();
      rows = this.displaced(probes);
    }
  }

  resolveConflict(id: string): void {
    this.session.resolveConflict(id);
  }

  /**
   * Creates or rewrites the plan sheet: 3 round trips (2 for a new sheet) (1: names, sheets and tables; 2: what the
   * plan sheet holds now, only when it exists; 3: every write). The sheet is the one the marker name
   * points at, whatever it is called now; only its own tables are removed, before anything is
   * written; and if the write fails, 3 more round trips put back what was there (cells, tables, names,
   * charts) before the error is reported.
   */
  async writePlan(scenarios: Scenario[], language?: SheetLanguage): Promise<PlanWriteResult> {
    assertValid(scenarios);
    const text = await sheetText(language);
    return this.run(async (context) => {
      const workbook = context.workbook;
      const names = workbook.names;
      names.load("items/name,items/formula");
      const sheets = workbook.worksheets;
      sheets.load("items/name");
      const tables = workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      // With a price book in the workbook, every cost formula passes it.
      const hasPriceBook = names.items.some((n) => n.name.toLowerCase() === PRICES_NAME.toLowerCase());
      const layout = planLayout(scenarios, hasPriceBook ? { priceBookName: PRICES_NAME, text } : { text });

      const sheetNames = sheets.items.map((sh) => sh.name);
      const exists = (name: string) => sheetNames.some((n) => n.toLowerCase() === name.toLowerCase());
      const tablesOn = (sheetName: string) => tables.items.filter((t) => t.worksheet.name.toLowerCase() === sheetName.toLowerCase());
      const marker = names.items.find((n) => n.name.toLowerCase() === PLAN_MARKER.toLowerCase());
      const marked = marker ? sheetOfFormula(marker.formula) : undefined;
      let sheetName: string;
      if (marked !== undefined && exists(marked)) sheetName = marked;
      else if (exists(layout.sheetName) && tablesOn(layout.sheetName).some((t) => t.name.toLowerCase() === layout.table.name.toLowerCase())) {
        // Written by an earlier version, before the marker: it is ours.
        sheetName = layout.sheetName;
      } else {
        sheetName = layout.sheetName;
        for (let i = 2; exists(sheetName); i++) sheetName = `${layout.sheetName} ${i}`;
      }
      const created = !exists(sheetName);

      // What the sheet holds now, to put back if the rewrite fails.
      const before: PlanBefore = { names: names.items.filter((n) => ownsName(n.name)).map((n) => ({ name: n.name, formula: n.formula })), tables: [], chartIds: [] };
      let sheet: Excel.Worksheet;
      let oldCharts: Excel.Chart[] = [];
      const ownTables = tablesOn(sheetName);
      if (!created) {
        sheet = sheets.getItem(sheetName);
        const charts = sheet.charts;
        charts.load("items/id");
        const used = sheet.getUsedRangeOrNullObject();
        used.load("address,formulas,numberFormat");
        const ranges = ownTables.map((t) => {
          const range = t.getRange();
          range.load("address");
          t.load("showHeaders");
          return range;
        });
        await context.sync();
        oldCharts = charts.items;
        before.chartIds = charts.items.map((c) => c.id);
        before.tables = ownTables.map((t, i) => ({ name: t.name, address: ranges[i].address, showHeaders: t.showHeaders }));
        if (!used.isNullObject) before.cells = { address: used.address, formulas: used.formulas, numberFormat: used.numberFormat };
      }

      // A table of that name on another sheet (a copy of the plan) keeps it; ours takes a free one.
      const takenElsewhere = new Set(tables.items.filter((t) => !ownTables.includes(t)).map((t) => t.name.toLowerCase()));
      let tableName = layout.table.name;
      for (let i = 2; takenElsewhere.has(tableName.toLowerCase()); i++) tableName = `${layout.table.name}${i}`;

      try {
        if (created) sheet = sheets.add(sheetName);
        else sheet = sheets.getItem(sheetName);
        // Range.clear is not documented to remove tables: ours go first, so the new one cannot overlap them.
        for (const t of ownTables) t.delete();
        sheet.getRange().clear("All");
        writeBlock(sheet, layout.title, "values");
        sheet.getRange("A1").format.font.bold = true;
        writeBlock(sheet, layout.assumptions, "values");
        writeBlock(sheet, layout.table, "formulas");
        const table = sheet.tables.add(layout.table.address, true);
        table.name = tableName;

        // Names: keep (and repoint) ours that are still wanted, delete the rest of ours, add new ones.
        setOwnNames(
          names,
          layout.names.map((n) => ({ ...n, formula: onSheet(n.formula, layout.sheetName, sheetName) })),
          (name) => name.startsWith(NAME_PREFIX),
        );
        const markerFormula = `=${quoteSheet(sheetName)}!$A$1`;
        if (marker) marker.formula = markerFormula;
        else names.add(PLAN_MARKER, markerFormula);

        addChart(sheet, layout.chart);
        sheet.getRange("A:A").format.columnWidth = layout.columnWidths[0];
        sheet.activate();
        // The old chart goes last (a chart cannot be put back as it was): if anything above fails, it is still there.
        for (const chart of oldCharts) chart.delete();
        await context.sync();
      } catch (error) {
        await this.restorePlan(context, sheetName, created, before).catch((restoreError: unknown) => {
          throw new WorkbookError(
            `Could not write the plan (${describeWorkbookError("write the plan", error)}), and putting the sheet "${sheetName}" back as it was failed too (${describeWorkbookError("restore it", restoreError)}). Check that sheet before using it.`,
            { cause: error },
          );
        });
        throw new WorkbookError(`${describeWorkbookError("write the plan", error)} The workbook was left as it was.`, { cause: error });
      }
      return { sheetName, tableName, months: layout.table.months, created };
    });
  }

  /** Puts the plan sheet, its tables, our names and its charts back as they were (3 round trips; 2 for a sheet it had added). */
  private async restorePlan(context: Excel.RequestContext, sheetName: string, created: boolean, before: PlanBefore): Promise<void> {
    const workbook = context.workbook;
    const names = workbook.names;
    names.load("items/name");
    const sheetNow = workbook.worksheets.getItemOrNullObject(sheetName);
    const tables = workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    const tablesNow = tables.items.filter((t) => t.worksheet.name.toLowerCase() === sheetName.toLowerCase());
    let charts: Excel.ChartCollection | undefined;
    if (!sheetNow.isNullObject && !created) {
      charts = sheetNow.charts;
      charts.load("items/id");
      await context.sync();
    }
    // Names first: they may point at the sheet.
    setOwnNames(names, before.names, ownsName);
    if (created) {
      if (!sheetNow.isNullObject) sheetNow.delete();
      await context.sync();
      return;
    }
    // Whatever tables the sheet has now go (a new one may carry the old one's name); the old ones come back.
    for (const t of tablesNow) t.delete();
    sheetNow.getRange().clear("All");
    if (before.cells) {
      const range = sheetNow.getRange(before.cells.address.slice(before.cells.address.lastIndexOf("!") + 1));
      range.numberFormat = before.cells.numberFormat;
      range.formulas = before.cells.formulas;
    }
    for (const t of before.tables) {
      const table = sheetNow.tables.add(t.address.slice(t.address.lastIndexOf("!") + 1), t.showHeaders);
      table.name = t.name;
    }
    for (const chart of charts?.items ?? []) if (!before.chartIds.includes(chart.id)) chart.delete();
    await context.sync();
  }

  /** Two round trips: whether the name exists, then the table's values and address and the sheet's note. */
  async readPriceBook(): Promise<WorkbookPriceBook | null> {
    return this.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(PRICES_NAME);
      await context.sync();
      if (name.isNullObject) return null;
      const range = name.getRange();
      range.load(["values", "address"]);
      const note = range.worksheet.getRange(PRICES_NOTE_CELL);
      note.load("values");
      await context.sync();
      return { rows: range.values, address: range.address, note: String(note.values[0]?.[0] ?? "") };
    });
  }

  /**
   * Two round trips: whether a price book or its sheet exists (then it refuses, so edited prices are
   * never overwritten), and every write — cells, the table, the name, number formats and, where
   * ExcelApi 1.8 allows, data validation.
   */
  async writePriceBook(editionId: string, writtenAt: Date, language?: SheetLanguage): Promise<PriceBookWriteResult> {
    const text = await sheetText(language);
    const { t } = text;
    const layout = pricesLayout(findEdition(editionId), publishStamp(writtenAt), text);
    return this.run(async (context) => {
      const existingName = context.workbook.names.getItemOrNullObject(PRICES_NAME);
      const existingSheet = context.workbook.worksheets.getItemOrNullObject(PRICES_SHEET);
      await context.sync();
      if (!existingName.isNullObject || !existingSheet.isNullObject) {
        throw new WorkbookError(`The workbook already has a price book on "${PRICES_SHEET}": edit its prices there. To start again from a built-in edition, rename or delete that sheet first.`);
      }
      const sheet = context.workbook.worksheets.add(PRICES_SHEET);
      writeBlock(sheet, layout.table, "formulas");
      writeBlock(sheet, layout.side, "values");
      const table = sheet.tables.add(layout.tableAddress, true);
      table.name = PRICES_TABLE;
      context.workbook.names.add(PRICES_NAME, PRICES_NAME_FORMULA, t("prices.nameComment"));
      // Data validation needs ExcelApi 1.8; without it the sheet still works, unvalidated.
      if (typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")) {
        const amounts = sheet.getRange(layout.amountAddress).dataValidation;
        amounts.rule = { decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
        amounts.errorAlert = { showAlert: true, style: "Stop", title: t("prices.amountTitle"), message: t("prices.amountMessage") };
        for (const list of layout.lists) {
          const v = sheet.getRange(list.address).dataValidation;
          v.rule = { list: { inCellDropDown: true, source: list.source } };
          v.errorAlert = { showAlert: true, style: "Stop", title: t("prices.listTitle"), message: t("prices.listMessage") };
        }
      }
      sheet.getRange(layout.tableAddress).format.autofitColumns();
      await context.sync();
      return { sheetName: PRICES_SHEET, prices: layout.table.cells.length - 1 };
    });
  }

  /** One round trip: the name SupportCost_Currency's formula, if the workbook has the name. */
  async readDisplayCurrency(): Promise<Currency> {
    return this.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(CURRENCY_NAME);
      name.load("formula");
      await context.sync();
      return name.isNullObject ? BOOK_CURRENCY : currencyOfFormula(name.formula);
    });
  }

  /** Two round trips: whether the name exists, then its new formula (or the new name). */
  async writeDisplayCurrency(currency: Currency): Promise<void> {
    await this.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(CURRENCY_NAME);
      await context.sync();
      if (name.isNullObject) context.workbook.names.add(CURRENCY_NAME, currencyFormula(currency), "The currency SupportCost shows money in (prices stay in US dollars).");
      else name.formula = currencyFormula(currency);
      await context.sync();
    });
  }

  async setPriceAmount(sheetRow: number, amount: number, typedOn: string): Promise<void> {
    await this.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(PRICES_NAME);
      await context.sync();
      if (name.isNullObject) throw new WorkbookError("The workbook has no price book yet: write one first.");
      const range = name.getRange();
      range.load("rowCount");
      await context.sync();
      if (!Number.isInteger(sheetRow) || sheetRow < 2 || sheetRow > range.rowCount) {
        throw new WorkbookError(`Row ${sheetRow} is not a price row of "${PRICES_SHEET}" (rows 2 to ${range.rowCount}).`);
      }
      range.getCell(sheetRow - 1, AMOUNT_COLUMN).values = [[amount]];
      range.getCell(sheetRow - 1, SOURCE_COLUMN).values = [[TYPED_PRICE_SOURCE]];
      // As text, so Excel keeps "2026-12-05" as the book's date and does not turn it into a serial number.
      const asOf = range.getCell(sheetRow - 1, AS_OF_COLUMN);
      asOf.numberFormat = [["@"]];
      asOf.values = [[typedOn]];
      await context.sync();
    });
  }

  async publishSummary(scenarios: Scenario[], publishedAt: Date, language?: SheetLanguage, display?: DisplayMoney): Promise<SummaryPublishResult> {
    assertValid(scenarios);
    const found = await this.readSummaryInputs();
    const prices = pricesUsed(found.priceBook);
    const layout = summaryLayout(scenarios, publishedAt, prices, await sheetText(language), display);
    // With actuals in the workbook, the year-end landing goes on the summary too.
    const landing = found.actuals && landingSummary(scenarios, prices.book, found.actuals);
    if (landing) layout.blocks.push(landingBlock(layout.blocks, landing));
    const { created } = await this.rewriteValuesSheet(layout);
    return { sheetName: layout.sheetName, publishedAt: publishStamp(publishedAt), created };
  }

  /**
   * What the summary reads besides the scenarios, in one round trip when the workbook has neither: the
   * price book (2 with one) and the actuals table's cells (3 with one).
   */
  private async readSummaryInputs(): Promise<{ priceBook: WorkbookPriceBook | null; actuals: unknown[][] | null }> {
    return this.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(PRICES_NAME);
      const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
      await context.sync();
      if (name.isNullObject && table.isNullObject) return { priceBook: null, actuals: null };
      const book = name.isNullObject ? undefined : name.getRange();
      book?.load(["values", "address"]);
      const note = book?.worksheet.getRange(PRICES_NOTE_CELL);
      note?.load("values");
      const where = table.isNullObject ? undefined : table.getRange();
      where?.load("address");
      if (where) table.load("worksheet/name");
      await context.sync();
      let actuals: unknown[][] | null = null;
      if (where) {
        const range = context.workbook.worksheets.getItem(table.worksheet.name).getRange(where.address.slice(where.address.lastIndexOf("!") + 1));
        range.load("values");
        await context.sync();
        actuals = range.values;
      }
      const priceBook = book && note ? { rows: book.values, address: book.address, note: String(note.values[0]?.[0] ?? "") } : null;
      return { priceBook, actuals };
    });
  }

  /**
   * Two round trips: whether the table (or a sheet of its name) exists — then it is left as it is, so
   * rows the user typed are never overwritten — and every write: cells, the native table, number
   * formats and, where ExcelApi 1.8 allows, validation for numbers of 0 or more.
   */
  async createActualsTable(firstMonth: string, months: number): Promise<ActualsTableResult> {
    const layout = actualsLayout(firstMonth, months);
    return this.run(async (context) => {
      const existing = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
      const sheetThere = context.workbook.worksheets.getItemOrNullObject(ACTUALS_SHEET);
      await context.sync();
      if (!existing.isNullObject) {
        const range = existing.getRange();
        range.load("address");
        existing.load("worksheet/name");
        await context.sync();
        return { sheetName: existing.worksheet.name, tableName: ACTUALS_TABLE, months: rowsOf(range.address) - 1, created: false };
      }
      if (!sheetThere.isNullObject) {
        throw new WorkbookError(`The workbook has a sheet "${ACTUALS_SHEET}" without the actuals table: rename or delete that sheet, and the add-in will create the table.`);
      }
      const sheet = context.workbook.worksheets.add(ACTUALS_SHEET);
      writeBlock(sheet, layout.table, "values");
      writeBlock(sheet, layout.note, "values");
      sheet.tables.add(layout.table.address, true).name = ACTUALS_TABLE;
      if (typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")) {
        const numbers = sheet.getRange(layout.numbersAddress).dataValidation;
        numbers.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
        numbers.errorAlert = { showAlert: true, style: "Stop", title: "Actuals", message: "Enter a number of 0 or more: a count of conversations, or the invoice in US dollars." };
      }
      sheet.getRange(layout.table.address).format.autofitColumns();
      sheet.activate();
      await context.sync();
      return { sheetName: ACTUALS_SHEET, tableName: ACTUALS_TABLE, months, created: true };
    });
  }

  /** Three round trips: whether the table exists, where it is now (the user may have added rows), and its cells. */
  async readActualsTable(): Promise<ActualsTableValues | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
      await context.sync();
      if (table.isNullObject) return null;
      const where = table.getRange();
      where.load("address");
      table.load("worksheet/name");
      await context.sync();
      const local = where.address.slice(where.address.lastIndexOf("!") + 1);
      const range = context.workbook.worksheets.getItem(table.worksheet.name).getRange(local);
      range.load("values");
      await context.sync();
      return { address: `${quoteSheet(table.worksheet.name)}!${local}`, values: range.values };
    });
  }
}

/** Rows of an "A1:E13" or "'Sheet'!A1:E13" address. */
function rowsOf(address: string): number {
  const m = /(\d+):\$?[A-Z]+\$?(\d+)$/.exec(address);
  return m ? Number(m[2]) - Number(m[1]) + 1 : 1;
}
