/**
 * Checks on the production build (npm test builds before jest): the custom functions' code carries
 * no React or Fluent UI, and the pane's first load stays within 200 KB gzip.
 */
import { readFileSync } from "fs";
import path from "path";
import { firstLoadScripts, gzipSize, PANE_BUDGET_BYTES, UI_MARKERS } from "../../scripts/bench/pane";
import { DIST, requireBuild } from "./harness";

beforeAll(() => requireBuild(), 30_000);

describe("production bundle", () => {
  test("the markers used below really identify React and Fluent UI (they are in the pane bundle)", () => {
    const pane = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    for (const marker of UI_MARKERS) expect({ marker, found: pane.includes(marker) }).toEqual({ marker, found: true });
  });

  test("functions.js pulls in no React or Fluent UI", () => {
    const functions = readFileSync(path.join(DIST, "functions.js"), "utf8");
    for (const marker of UI_MARKERS) expect({ marker, found: functions.includes(marker) }).toEqual({ marker, found: false });
  });

  test("the pane's first-load JavaScript is at most 200 KB gzip, with the chart left to load later", () => {
    const scripts = firstLoadScripts();
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(scripts.some((s) => s.startsWith("chart."))).toBe(false);
    // The Japanese catalog is loaded only when the pane speaks Japanese.
    expect(scripts.some((s) => s.startsWith("i18n-ja."))).toBe(false);
    const total = scripts.reduce((sum, s) => sum + gzipSize(path.join(DIST, s)), 0);
    expect(total).toBeLessThanOrEqual(PANE_BUDGET_BYTES);
  });
});
