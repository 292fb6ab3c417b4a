/** The 14 monthly series of vega-datasets' unemployment-across-industries (counts in thousands). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface NamedSeries {
  name: string;
  values: number[];
}

interface Row {
  series: string;
  year: number;
  month: number;
  count: number;
  date: string;
}

export const DATA_FILE = join("node_modules", "vega-datasets", "data", "unemployment-across-industries.json");

/** Groups rows by series (in order of first appearance) and orders each series by date. */
export function loadUnemploymentSeries(root: string): NamedSeries[] {
  const rows = JSON.parse(readFileSync(join(root, DATA_FILE), "utf8")) as Row[];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.series) ?? [];
    list.push(row);
    groups.set(row.series, list);
  }
  return [...groups.entries()].map(([name, list]) => ({
    name,
    values: list
      .slice()
      .sort((a, b) => a.year - b.year || a.month - b.month)
      .map((r) => r.count),
  }));
}
