/**
 * The accuracy set. Tuning: the 14 monthly series of vega-datasets' unemployment-across-industries
 * (counts in thousands). Independent check: monthly series shipped inside R's packages (exported by
 * Rscript at run time, see r.ts) and a few columns of vega-datasets' us-employment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface NamedSeries {
  name: string;
  values: number[];
  /** Year and month (1–12) of the first value. */
  start: [number, number];
}

interface Row {
  series: string;
  year: number;
  month: number;
  count: number;
  date: string;
}

export const DATA_FILE = join("node_modules", "vega-datasets", "data", "unemployment-across-industries.json");
export const EMPLOYMENT_FILE = join("node_modules", "vega-datasets", "data", "us-employment.csv");

/** Groups rows by series (in order of first appearance) and orders each series by date. */
export function loadUnemploymentSeries(root: string): NamedSeries[] {
  const rows = JSON.parse(readFileSync(join(root, DATA_FILE), "utf8")) as Row[];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.series) ?? [];
    list.push(row);
    groups.set(row.series, list);
  }
  return [...groups.entries()].map(([name, list]) => {
    const sorted = list.slice().sort((a, b) => a.year - b.year || a.month - b.month);
    return { name, values: sorted.map((r) => r.count), start: [sorted[0].year, sorted[0].month] as [number, number] };
  });
}

/** us-employment columns kept for the check set: seasonally adjusted employment (thousands), 2006–2015. */
const EMPLOYMENT_COLUMNS = ["nonfarm", "construction", "manufacturing", "information", "leisure_and_hospitality", "government"];

export function loadUsEmployment(root: string): NamedSeries[] {
  const lines = readFileSync(join(root, EMPLOYMENT_FILE), "utf8").trim().split(/\r?\n/);
  const header = lines[0].split(",");
  const rows = lines.slice(1).map((l) => l.split(","));
  const [year, month] = rows[0][0].split("-").map(Number);
  return EMPLOYMENT_COLUMNS.map((column) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`us-employment.csv has no column ${column}`);
    return { name: `US employment: ${column.replace(/_/g, " ")}`, values: rows.map((r) => Number(r[index])), start: [year, month] as [number, number] };
  });
}
