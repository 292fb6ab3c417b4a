/**
 * The live plan sheet, laid out as data: an assumptions block (one column per scenario, every cell
 * a named range), a table with one row per month whose cost columns are =SUPPORTCOST.* formulas over
 * those names, and a line chart of monthly total per scenario. Pure, so both workbooks (Excel and
 * in-memory) write exactly the same thing and tests can read it.
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { MONTH_NAMES, Scenario, seasonalFactors } from "../model/scenario";
import { seatsFollowStaffing, staffingDriversOf, usesStaffing } from "../model/scenario/staffing";
import { absCell, area, asText, cell, quoteSheet } from "./a1";
import { ENGLISH, SheetText } from "./i18n";

export const PLAN_SHEET = "SupportCost Plan";
export const PLAN_TABLE = "SupportCostPlan";
export const PLAN_CHART = "SupportCostPlanChart";
/**
 * A workbook-level name pointing at the plan sheet's A1: how a rewrite finds the sheet it owns.
 * Excel keeps the reference when the sheet is renamed, and a copy of the sheet does not take it over.
 */
export const PLAN_MARKER = "SupportCost_PlanSheet";
/** Every name the plan defines starts with this, so a rewrite can find (and remove) its own. */
export const NAME_PREFIX = "SC_";

export type CellValue = string | number | boolean;

export interface Block {
  /** Top-left cell, e.g. "A4". */
  topLeft: string;
  address: string;
  /** Values or formulas (a string starting with "=" is a formula). */
  cells: CellValue[][];
  numberFormats: string[][];
  /** Written as a native Excel table of this name (its first row the header), for sorting and filtering. */
  table?: string;
}

export interface NameDef {
  name: string;
  /** "='SupportCost Plan'!$B$5" */
  formula: string;
}

export interface ChartDef {
  name: string;
  title: string;
  type: "line" | "columnStacked" | "columnClustered" | "barClustered";
  /** Whether each series is a column (header row = series names) or a row (first column = names). */
  seriesBy: "columns" | "rows";
  /** Series data including the header row (series names), one series per column. */
  dataAddress: string;
  /** Category labels (no header). */
  categoriesAddress: string;
  /** Where the chart sits. */
  topLeft: string;
  bottomRight: string;
}

export interface PlanLayout {
  sheetName: string;
  title: Block;
  assumptions: Block;
  table: Block & { name: string; months: number };
  names: NameDef[];
  chart: ChartDef;
  /** Columns widths in points, by column index. */
  columnWidths: number[];
}

const DRIVER_ROWS = [
  { key: "Stack" },
  { key: "Seats" },
  { key: "Billing" },
  { key: "Volume" },
  { key: "StartConversations" },
  { key: "Growth" },
  { key: "AIInvolvement" },
  { key: "AIResolutionRate" },
  { key: "AssumedResolutions" },
  { key: "Reversed" },
  { key: "FirstMonth" },
  { key: "Horizon" },
] as const;

/**
 * Staffing assumptions (issue 9), written only when some scenario plans its agents from workload, so
 * a plan without staffing keeps its layout cell for cell. Shares are written as shares (0.3), as the
 * =SUPPORTCOST.AGENTS arguments take them.
 */
const STAFFING_ROWS = [
  { key: "Channel" },
  { key: "HandleTime" },
  { key: "PeakHourShare" },
  { key: "ServiceLevel" },
  { key: "AnswerSeconds" },
  { key: "Shrinkage" },
  { key: "MaxOccupancy" },
  { key: "ProductiveHours" },
  { key: "Occupancy" },
  { key: "SeatPolicy" },
  { key: "LoadedCost" },
] as const;

type DriverKey = (typeof DRIVER_ROWS)[number]["key"] | (typeof STAFFING_ROWS)[number]["key"] | "Seasonality";

/** Excel's serial number for the first day of a "YYYY-MM" month (1900 date system). */
export function excelDate(month: string): number {
  const utc = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return Math.round(utc / 86_400_000) + 25_569;
}

/** A name-safe form of a scenario name: "High (EU)" → "High_EU". */
export function nameSlug(name: string): string {
  const slug = name.trim().replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return slug === "" ? "Scenario" : slug;
}

/** A unique slug per scenario (names are unique, but slugs of "A-B" and "A B" would not be). */
export function scenarioSlugs(scenarios: readonly Scenario[]): string[] {
  const used = new Set<string>();
  return scenarios.map((s) => {
    const base = nameSlug(s.name);
    let slug = base;
    for (let i = 2; used.has(slug.toLowerCase()); i++) slug = `${base}${i}`;
    used.add(slug.toLowerCase());
    return slug;
  });
}

export function planName(slug: string, key: DriverKey): string {
  return `${NAME_PREFIX}${slug}_${key}`;
}

/** The Volume row's text for a scenario whose conversations are a month-by-month list (values in the month table). */
export const FORECAST_VOLUME = ENGLISH.t("volume.forecast");
export const LEVEL_VOLUME = ENGLISH.t("volume.level");

const ASSUMPTIONS_ROW = 3; // 0-based: header on row 4
const TITLE_ROW = 0;

export interface PlanOptions {
  /**
   * The workbook name of its price book (SupportCost_Prices) when it has one: every cost formula passes
   * it, so editing a price recalculates the plan. Without it the formulas price with the built-in book.
   */
  priceBookName?: string;
  /** The words written on the sheet (English when not given): formulas, names and codes never change. */
  text?: SheetText;
}

export function planLayout(scenarios: readonly Scenario[], options: PlanOptions = {}): PlanLayout {
  const catalog = DEFAULT_CATALOG;
  const { t, ...words } = options.text ?? ENGLISH;
  const book = options.priceBookName ? `,${options.priceBookName}` : "";
  if (scenarios.length === 0) throw new Error("A plan needs at least one scenario.");
  const money = catalog.currencyFormat;
  const slugs = scenarioSlugs(scenarios);
  const sheetRef = quoteSheet(PLAN_SHEET);
  const n = scenarios.length;

  // Assumptions: header row, 10 driver rows, then 12 seasonality rows.
  const aCells: CellValue[][] = [[t("plan.assumptions"), ...scenarios.map((s) => asText(s.name))]];
  const aFormats: string[][] = [["@", ...scenarios.map(() => "@")]];
  const names: NameDef[] = [];
  const driverRowsStart = ASSUMPTIONS_ROW + 1;
  DRIVER_ROWS.forEach((row, r) => {
    const values: CellValue[] = [t(`plan.row.${row.key}`)];
    const formats: string[] = ["@"];
    scenarios.forEach((s, i) => {
      const d = s.drivers;
      const v: Record<(typeof DRIVER_ROWS)[number]["key"], [CellValue, string]> = {
        Stack: [d.stack, "@"],
        Seats: [d.seats, "#,##0"],
        Billing: [d.billing, "@"],
        Volume: [t(d.monthlyConversations ? "volume.forecast" : "volume.level"), "@"],
        StartConversations: [d.startConversations, "#,##0"],
        Growth: [d.growthPct / 100, "0.0%"],
        AIInvolvement: [d.aiInvolvementPct / 100, "0.0%"],
        AIResolutionRate: [d.aiResolutionPct / 100, "0.0%"],
        AssumedResolutions: [(d.assumedResolutionPct ?? 0) / 100, "0.0%"],
        Reversed: [(d.reversalPct ?? 0) / 100, "0.0%"],
        FirstMonth: [excelDate(d.firstMonth), words.monthFormat],
        Horizon: [d.horizonMonths, "0"],
      };
      values.push(v[row.key][0]);
      formats.push(v[row.key][1]);
      names.push({ name: planName(slugs[i], row.key), formula: `=${sheetRef}!${absCell(driverRowsStart + r, 1 + i)}` });
    });
    aCells.push(values);
    aFormats.push(formats);
  });
  const seasonStart = driverRowsStart + DRIVER_ROWS.length;
  MONTH_NAMES.forEach((_, k) => {
    aCells.push([t("season.month", { month: words.monthName(k) }), ...scenarios.map((s) => seasonalFactors(s.drivers.seasonality)[k])]);
    aFormats.push(["@", ...scenarios.map(() => "0.00")]);
  });
  scenarios.forEach((_, i) => {
    names.push({
      name: planName(slugs[i], "Seasonality"),
      formula: `=${sheetRef}!${absCell(seasonStart, 1 + i)}:${absCell(seasonStart + 11, 1 + i)}`,
    });
  });
  const staffed = scenarios.map((s) => usesStaffing(s.drivers));
  const staffingStart = seasonStart + 12;
  if (staffed.some(Boolean)) {
    STAFFING_ROWS.forEach((row, r) => {
      const values: CellValue[] = [t(`plan.row.${row.key}`)];
      const formats: string[] = ["@"];
      scenarios.forEach((s, i) => {
        const d = s.drivers;
        const on = staffed[i];
        const live = on && d.staffingChannel === "live";
        const { handleTimeSeconds, staffing, loadedCostPerAgentMonth } = staffingDriversOf(d);
        const share = (v: number | undefined): [CellValue, string] => (v === undefined ? ["", "@"] : [v, "0.0%"]);
        const v: Record<(typeof STAFFING_ROWS)[number]["key"], [CellValue, string]> = {
          Channel: [t(on && d.staffingChannel === "live" ? "channel.live" : on && d.staffingChannel === "async" ? "channel.async" : "channel.none"), "@"],
          HandleTime: on ? [handleTimeSeconds, "#,##0"] : ["", "@"],
          PeakHourShare: share(live && staffing.channel === "live" ? staffing.peakIntervalShare : undefined),
          ServiceLevel: share(live && staffing.channel === "live" ? staffing.serviceLevel : undefined),
          AnswerSeconds: live && staffing.channel === "live" ? [staffing.answerSeconds, "#,##0"] : ["", "@"],
          Shrinkage: share(live && staffing.channel === "live" ? staffing.shrinkage : undefined),
          MaxOccupancy: share(live && staffing.channel === "live" ? staffing.maxOccupancy : undefined),
          ProductiveHours: on && staffing.channel === "async" ? [staffing.productiveHoursPerAgentMonth, "#,##0"] : ["", "@"],
          Occupancy: share(on && staffing.channel === "async" ? staffing.occupancy : undefined),
          SeatPolicy: [t(on && seatsFollowStaffing(d) ? "plan.seatPolicy.staffing" : "seatPolicy.fixed"), "@"],
          LoadedCost: on ? [loadedCostPerAgentMonth, money] : ["", "@"],
        };
        values.push(v[row.key][0]);
        formats.push(v[row.key][1]);
        if (on) names.push({ name: planName(slugs[i], row.key), formula: `=${sheetRef}!${absCell(staffingStart + r, 1 + i)}` });
      });
      aCells.push(values);
      aFormats.push(formats);
    });
  }
  const assumptions: Block = {
    topLeft: cell(ASSUMPTIONS_ROW, 0),
    address: area(ASSUMPTIONS_ROW, 0, aCells.length, 1 + n),
    cells: aCells,
    numberFormats: aFormats,
  };

  // Month table: Month, Month #, one Total column per scenario, then each scenario's detail columns.
  const tableRow = staffingStart + (staffed.some(Boolean) ? STAFFING_ROWS.length : 0) + 1;
  const months = Math.max(...scenarios.map((s) => s.drivers.horizonMonths));
  const col = (key: "total" | "conversations" | "involved" | "resolutions" | "seatCost" | "aiCost" | "agents" | "peopleCost" | "supportCost", name: string) => t(`plan.col.${key}`, { name });
  const header: string[] = [t("month.header"), t("month.number"), ...scenarios.map((s) => col("total", s.name))];
  scenarios.forEach((s) => header.push(col("conversations", s.name), col("involved", s.name), col("resolutions", s.name), col("seatCost", s.name), col("aiCost", s.name)));
  // Staffing columns after every detail column, for the scenarios that use staffing only.
  const staffedIndexes = scenarios.map((_, i) => i).filter((i) => staffed[i]);
  staffedIndexes.forEach((i) => header.push(col("agents", scenarios[i].name), col("peopleCost", scenarios[i].name), col("supportCost", scenarios[i].name)));
  const totalCol = (i: number) => 2 + i;
  const DETAIL = 5;
  const detailCol = (i: number, k: number) => 2 + n + i * DETAIL + k;
  const staffCol = (i: number, k: number) => 2 + n + n * DETAIL + staffedIndexes.indexOf(i) * 3 + k;
  const cells: CellValue[][] = [header.map(asText)];
  const formats: string[][] = [header.map(() => "@")];
  const first = slugs[0];
  for (let m = 1; m <= months; m++) {
    const r = tableRow + m; // 0-based sheet row of this month
    const idx = `$B${r + 1}`;
    const row: CellValue[] = [`=EDATE(${planName(first, "FirstMonth")},${idx}-1)`, m];
    const fmt: string[] = [words.monthFormat, "0"];
    const detail: CellValue[] = [];
    const detailFmt: string[] = [];
    const staffCells: CellValue[] = [];
    const staffFmt: string[] = [];
    slugs.forEach((slug, i) => {
      const list = scenarios[i].drivers.monthlyConversations;
      const nm = (k: DriverKey) => planName(slug, k);
      const guard = (f: string) => `=IF(${idx}>${nm("Horizon")},"",${f})`;
      const conv = cell(r, detailCol(i, 0));
      const involved = cell(r, detailCol(i, 1));
      const res = cell(r, detailCol(i, 2));
      // Seats from staffing: the month's agents scheduled are its seats.
      const seats = staffed[i] && seatsFollowStaffing(scenarios[i].drivers) ? cell(r, staffCol(i, 0)) : nm("Seats");
      // The AI-involved count goes last, for a stack that bills it (Freshdesk, Agentforce, eesel).
      row.push(guard(`SUPPORTCOST.TOTAL(${nm("Stack")},${seats},${res},1,${nm("Billing")},,,${options.priceBookName ?? ""},${involved})`));
      fmt.push(money);
      detail.push(
        // A month-by-month volume is written as values: the cost formulas still read live cells.
        list ? (m <= scenarios[i].drivers.horizonMonths ? list[m - 1] : "") : guard(`${nm("StartConversations")}*(1+${nm("Growth")})^(${idx}-1)*INDEX(${nm("Seasonality")},MONTH(EDATE(${nm("FirstMonth")},${idx}-1)))`),
        guard(`${conv}*${nm("AIInvolvement")}`),
        // Resolutions that count: reversed assumed resolutions are not billed.
        guard(`${involved}*${nm("AIResolutionRate")}*(1-${nm("AssumedResolutions")}*${nm("Reversed")})`),
        guard(`SUPPORTCOST.SEATS(${nm("Stack")},${seats},1,${nm("Billing")}${book})`),
        // The AI's share of the month: what the plan costs beyond its seats (a plan's allowances can depend on seats).
        guard(`${cell(r, totalCol(i))}-${cell(r, detailCol(i, 3))}`),
      );
      detailFmt.push("#,##0", "#,##0", "#,##0", money, money);
      if (staffed[i]) {
        const human = `(${conv}-${res})`;
        const agents =
          scenarios[i].drivers.staffingChannel === "live"
            ? `SUPPORTCOST.AGENTS(${human}*${nm("PeakHourShare")},${nm("HandleTime")},${nm("ServiceLevel")},${nm("AnswerSeconds")},${nm("Shrinkage")},${nm("MaxOccupancy")})`
            : // Whole agents for the month's hours; ROUND first so 20.0000000001 FTE is 20, as the model rounds.
              `ROUNDUP(ROUND(${human}*${nm("HandleTime")}/3600/(${nm("ProductiveHours")}*${nm("Occupancy")}),9),0)`;
        staffCells.push(guard(agents), guard(`${cell(r, staffCol(i, 0))}*${nm("LoadedCost")}`), guard(`${cell(r, totalCol(i))}+${cell(r, staffCol(i, 1))}`));
        staffFmt.push("#,##0", money, money);
      }
    });
    cells.push([...row, ...detail, ...staffCells]);
    formats.push([...fmt, ...detailFmt, ...staffFmt]);
  }
  const table = {
    name: PLAN_TABLE,
    months,
    topLeft: cell(tableRow, 0),
    address: area(tableRow, 0, months + 1, header.length),
    cells,
    numberFormats: formats,
  };

  const chartLeft = 1 + n + 1;
  const chart: ChartDef = {
    name: PLAN_CHART,
    title: t("chart.monthlyCost"),
    type: "line",
    seriesBy: "columns",
    dataAddress: area(tableRow, totalCol(0), months + 1, n),
    categoriesAddress: area(tableRow + 1, 0, months, 1),
    topLeft: cell(ASSUMPTIONS_ROW, chartLeft),
    bottomRight: cell(ASSUMPTIONS_ROW + 20, chartLeft + 7),
  };

  const title: Block = {
    topLeft: "A1",
    address: area(TITLE_ROW, 0, 2, 1),
    cells: [
      [t("plan.title")],
      [
        t("plan.intro", {
          prices: options.priceBookName ? t("plan.prices.workbook", { name: options.priceBookName, sheet: "SupportCost Prices" }) : t("plan.prices.builtIn"),
          scenario: asText(scenarios[0].name),
          month: words.month(scenarios[0].drivers.firstMonth),
        }),
      ],
    ],
    numberFormats: [["@"], ["@"]],
  };

  return { sheetName: PLAN_SHEET, title, assumptions, table, names, chart, columnWidths: [200] };
}
