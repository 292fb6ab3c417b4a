/**
 * Pane size and speed figures for `npm run bench`: gzip size of the pane's first-load JavaScript
 * (every local script taskpane.html loads: the shared runtime's functions.js and taskpane.js), of
 * functions.js alone, and of the lazily loaded chart; and the load-to-interactive time that the
 * end-to-end tests measured in headless Chromium (test-results/pane-timing.json), when present.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import type { BenchFigure } from "./measure";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
export const TIMING_FILE = path.join(ROOT, "test-results/pane-timing.json");
export const PANE_BUDGET_BYTES = 200 * 1024;

/** Strings present in React / Fluent UI builds and absent from code that does not include them. */
export const UI_MARKERS = ["__SECRET_INTERNALS", "react.element", "fui-FluentProvider", "fui-Button"];

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Local scripts the pane page loads before it can run (not lazy chunks). */
export function firstLoadScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  return srcs.filter((s) => !/^https?:/.test(s)).map((s) => s.replace(/^\.?\//, ""));
}

export interface PaneTiming {
  loadToInteractiveMs: number;
  domContentLoadedMs?: number;
  measuredAt?: string;
}

export function run(): BenchFigure[] {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error('dist/ is missing: run "npx webpack --mode production" first.');
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const firstLoad = firstLoadScripts().reduce((sum, s) => sum + gzipSize(path.join(DIST, s)), 0);
  const figures: BenchFigure[] = [
    { name: "pane first-load JS (gzip)", value: kb(firstLoad), unit: "KB", target: "<= 200 KB" },
    { name: "pane taskpane.js (gzip)", value: kb(gzipSize(path.join(DIST, "taskpane.js"))), unit: "KB" },
    { name: "functions.js (gzip)", value: kb(gzipSize(path.join(DIST, "functions.js"))), unit: "KB" },
  ];
  for (const chunk of readdirSync(DIST).filter((f) => /^(chart|forecast|volatility|simulation|analysis-layout)\..*\.js$/.test(f))) {
    figures.push({ name: `lazy chunk ${chunk} (gzip)`, value: kb(gzipSize(path.join(DIST, chunk))), unit: "KB" });
  }
  if (existsSync(TIMING_FILE)) {
    const timing = JSON.parse(readFileSync(TIMING_FILE, "utf8")) as PaneTiming;
    figures.push({ name: "pane load to interactive (headless Chromium)", value: Math.round(timing.loadToInteractiveMs), unit: "ms" });
  }
  return figures;
}
