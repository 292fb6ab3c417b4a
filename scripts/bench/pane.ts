/**
 * Pane size and speed figures for `npm run bench`: gzip size of the pane's first-load JavaScript
 * (every local script taskpane.html loads: the shared runtime's functions.js and taskpane.js), of
 * functions.js alone, and of the lazily loaded chunks (the Japanese catalog among them); and the
 * load-to-interactive time, measured now in headless Chromium (Debian's) for an English and a Japanese
 * browser, the median of three loads each.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import type { BenchFigure } from "./measure";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
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

/** Milliseconds from navigation to the pane's "interactive" mark, median of `loads` fresh page loads. */
async function loadToInteractive(locale: string, loads = 3): Promise<number> {
  const { openBrowser, serveDist } = await import("../../test/e2e/harness");
  const served = await serveDist();
  const session = await openBrowser({ locale });
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await session.context.newPage();
      await page.goto(`${served.url}taskpane.html`);
      await page.waitForSelector('[data-testid="pane"][data-ready="true"]', { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName("supportcost-interactive")[0].startTime));
      await page.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await session.close();
    await served.close();
  }
}

export async function run(): Promise<BenchFigure[]> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error('dist/ is missing: run "npx webpack --mode production" first.');
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const firstLoad = firstLoadScripts().reduce((sum, s) => sum + gzipSize(path.join(DIST, s)), 0);
  const figures: BenchFigure[] = [
    { name: "pane first-load JS (gzip)", value: kb(firstLoad), unit: "KB", target: "<= 200 KB" },
    { name: "pane taskpane.js (gzip)", value: kb(gzipSize(path.join(DIST, "taskpane.js"))), unit: "KB" },
    { name: "functions.js (gzip)", value: kb(gzipSize(path.join(DIST, "functions.js"))), unit: "KB" },
  ];
  for (const chunk of readdirSync(DIST).filter((f) => /^(chart|forecast|volatility|simulation|analysis-layout|month-end|stacks|prices|i18n-[a-z-]+|sheets-ja)\..*\.js$/.test(f))) {
    figures.push({ name: `lazy chunk ${chunk} (gzip)`, value: kb(gzipSize(path.join(DIST, chunk))), unit: "KB" });
  }
  for (const locale of ["en-US", "ja-JP"]) {
    figures.push({ name: `pane load to interactive, ${locale} (headless Chromium)`, value: Math.round(await loadToInteractive(locale)), unit: "ms" });
  }
  return figures;
}
