/**
 * The WorkbookPort inside Excel: all Office.js code of the pane lives here. Each operation is one
 * Excel.run batch with few round trips: a plan or summary write is at most 3 context.sync calls,
 * whatever the horizon (1: what exists; 2: which charts the sheet has, only when it exists; 3: every
 * write, with whole blocks written through range.values/formulas/numberFormat in one go).
 */
import { Scenario } from "../model/scenario";
import { cell as a1 } from "./a1";
import type { AnalysisLayout } from "./analysisLayout";
import { assertValid, readHistoryCells, readSeriesCells } from "./checks";
import { decideLoad, QUARANTINE_FIRST_CHUNK_ROW, QUARANTINE_SHEET, STATE_SHEET } from "./persistence";
import { Block, ChartDef, NAME_PREFIX, planLayout } from "./planLayout";
import {
  AnalysisWriteResult,
  ForecastSheetInput,
  LoadedScenarios,
  PlanWriteResult,
  RiskSheetInput,
  SelectionHistory,
  SelectionSeries,
  SummaryPublishResult,
  WorkbookError,
  WorkbookPort,
} from "./port";
import { fromChunks, serializeState, toChunks } from "./stateSchema";
import { publishStamp, summaryLayout } from "./summaryLayout";

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
  stored: string;
  /** Quarantined texts by column index. */
  quarantined: string[];
  quarantineColumns: number;
  quarantineExists: boolean;
  stateExists: boolean;
}

export class ExcelWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  /** The stored text as last loaded or saved here: a different one at save time means a co-author saved. */
  private lastStored: string | undefined;

  constructor(private readonly run: BatchRunner = (batch) => Excel.run(batch)) {}

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
    return this.writeAnalysis(forecastLayout(input));
  }

  async writeRisk(input: RiskSheetInput): Promise<AnalysisWriteResult> {
    const { riskLayout } = await import(/* webpackChunkName: "analysis-layout" */ "./analysisLayout");
    return this.writeAnalysis(riskLayout(input));
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
      const { sheet, created } = await sheetForRewrite(context, layout.sheetName, () => undefined);
      sheet.getRange().clear("All");
      for (const block of layout.blocks) writeBlock(sheet, block, "values");
      sheet.getRange("A1").format.font.bold = true;
      for (const chart of layout.charts) addChart(sheet, chart);
      sheet.getRange("A:A").format.columnWidth = 220;
      sheet.activate();
      await context.sync();
      return { created };
    });
  }

  /** Reads the stored text and the quarantine's contents (2 round trips). */
  private async readStored(context: Excel.RequestContext): Promise<StoredFound> {
    const sheets = context.workbook.worksheets;
    const state = sheets.getItemOrNullObject(STATE_SHEET);
    const quarantine = sheets.getItemOrNullObject(QUARANTINE_SHEET);
    await context.sync();
    const stateUsed = state.isNullObject ? undefined : state.getUsedRangeOrNullObject(true);
    const quarantineUsed = quarantine.isNullObject ? undefined : quarantine.getUsedRangeOrNullObject(true);
    stateUsed?.load("values,address");
    quarantineUsed?.load("values,columnCount,columnIndex");
    if (stateUsed || quarantineUsed) await context.sync();
    const stored = stateUsed && !stateUsed.isNullObject ? fromChunks(stateUsed.values.map((r) => r[0])) : "";
    const quarantined: string[] = [];
    let quarantineColumns = 0;
    if (quarantineUsed && !quarantineUsed.isNullObject) {
      // Used range starts at the first used cell; columns are counted from A.
      quarantineColumns = quarantineUsed.columnIndex + quarantineUsed.columnCount;
      for (let c = 0; c < quarantineUsed.columnCount; c++) {
        quarantined[quarantineUsed.columnIndex + c] = fromChunks(quarantineUsed.values.slice(QUARANTINE_FIRST_CHUNK_ROW).map((r) => r[c]));
      }
    }
    return { stored, quarantined, quarantineColumns, quarantineExists: !quarantine.isNullObject, stateExists: !state.isNullObject };
  }

  /** Queues keeping `text` in a new quarantine column (unless it is already kept); returns where. */
  private queueQuarantine(
    context: Excel.RequestContext,
    found: StoredFound,
    text: string,
    reason: string,
    at: Date,
  ): string {
    const already = found.quarantined.indexOf(text);
    if (already >= 0) return `${QUARANTINE_SHEET}!${a1(0, already)}`;
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (found.quarantineExists) sheet = sheets.getItem(QUARANTINE_SHEET);
    else {
      sheet = sheets.add(QUARANTINE_SHEET);
      // Hidden, not very hidden: a person can unhide it to see what was kept.
      sheet.visibility = "Hidden";
    }
    const col = found.quarantineColumns;
    const chunks = toChunks(text);
    const cells = [[`Kept ${publishStamp(at)}`], [reason], ...chunks.map((c) => [c])];
    const range = sheet.getRange(`${a1(0, col)}:${a1(cells.length - 1, col)}`);
    range.numberFormat = cells.map(() => ["@"]);
    range.values = cells;
    return `${QUARANTINE_SHEET}!${a1(0, col)}`;
  }

  async loadScenarios(): Promise<LoadedScenarios> {
    return this.run(async (context) => {
      const found = await this.readStored(context);
      const decision = decideLoad(found.stored);
      this.lastStored = found.stored;
      if (decision.kind === "empty") return { scenarios: null };
      if (decision.kind === "ok") return { scenarios: decision.scenarios };
      const keptAt = this.queueQuarantine(context, found, found.stored, decision.problem.message, new Date());
      await context.sync();
      return { scenarios: null, problem: { ...decision.problem, keptAt }, saveBlocked: decision.saveBlocked };
    });
  }

  async saveScenarios(scenarios: Scenario[], savedAt: Date): Promise<void> {
    assertValid(scenarios);
    const text = serializeState(scenarios, savedAt);
    await this.run(async (context) => {
      const found = await this.readStored(context);
      const decision = decideLoad(found.stored);
      if (decision.kind === "problem") {
        if (decision.saveBlocked) throw new WorkbookError(decision.problem.message);
        // Whatever is there now is kept aside before it is replaced.
        this.queueQuarantine(context, found, found.stored, decision.problem.message, savedAt);
      } else if (decision.kind === "ok" && this.lastStored !== undefined && found.stored !== this.lastStored) {
        throw new WorkbookError(
          "Someone else saved scenarios in this workbook since you opened the pane. Reload to see theirs; your changes were not saved.",
        );
      }
      const sheets = context.workbook.worksheets;
      let sheet: Excel.Worksheet;
      if (found.stateExists) {
        sheet = sheets.getItem(STATE_SHEET);
        sheet.getRange("A:A").clear("Contents");
      } else {
        sheet = sheets.add(STATE_SHEET);
        sheet.visibility = "VeryHidden";
      }
      const chunks = toChunks(text);
      const range = sheet.getRange(`A1:A${chunks.length}`);
      range.numberFormat = chunks.map(() => ["@"]);
      range.values = chunks.map((c) => [c]);
      await context.sync();
    });
    this.lastStored = text;
  }

  /** Forget what was loaded (after the user chose to reload a co-author's scenarios). */
  forgetLoaded(): void {
    this.lastStored = undefined;
  }

  async writePlan(scenarios: Scenario[]): Promise<PlanWriteResult> {
    assertValid(scenarios);
    const layout = planLayout(scenarios);
    return this.run(async (context) => {
      const workbook = context.workbook;
      const oldTable = workbook.tables.getItemOrNullObject(layout.table.name);
      const names = workbook.names;
      const { sheet, created } = await sheetForRewrite(context, layout.sheetName, () => {
        names.load("items/name");
      });
      if (!oldTable.isNullObject) oldTable.delete();
      sheet.getRange().clear("All");

      // Names: keep (and repoint) ours that are still wanted, delete the rest of ours, add new ones.
      const wanted = new Map(layout.names.map((n) => [n.name.toLowerCase(), n]));
      for (const item of names.items) {
        if (!item.name.startsWith(NAME_PREFIX)) continue;
        const def = wanted.get(item.name.toLowerCase());
        if (def) {
          item.formula = def.formula;
          wanted.delete(item.name.toLowerCase());
        } else item.delete();
      }
      for (const def of wanted.values()) workbook.names.add(def.name, def.formula);

      writeBlock(sheet, layout.title, "values");
      sheet.getRange("A1").format.font.bold = true;
      writeBlock(sheet, layout.assumptions, "values");
      writeBlock(sheet, layout.table, "formulas");
      const table = sheet.tables.add(layout.table.address, true);
      table.name = layout.table.name;
      addChart(sheet, layout.chart);
      sheet.getRange("A:A").format.columnWidth = layout.columnWidths[0];
      sheet.activate();
      await context.sync();
      return { sheetName: layout.sheetName, tableName: layout.table.name, months: layout.table.months, created };
    });
  }

  async publishSummary(scenarios: Scenario[], publishedAt: Date): Promise<SummaryPublishResult> {
    assertValid(scenarios);
    const layout = summaryLayout(scenarios, publishedAt);
    const { created } = await this.rewriteValuesSheet(layout);
    return { sheetName: layout.sheetName, publishedAt: publishStamp(publishedAt), created };
  }
}
