/**
 * The task pane end to end: the production build served on 127.0.0.1, the real office.js (from
 * @microsoft/office-js, answered for Microsoft's CDN address) in Debian's headless Chromium, outside
 * Office, so the pane runs its preview against the in-memory workbook. Every other request is
 * blocked and recorded. Screenshots go to test-results/screenshots (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
import path from "path";
import { Page } from "playwright-core";
import { compareScenarios, defaultScenarios, fitHistory, nextMonth, Scenario, templateDrivers } from "../../src/model/scenario";
import { SAMPLE_HISTORY } from "../../src/workbook/memory";
import { axeViolations, fill, readComparison, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(60_000);


const pane = usePane();

async function openPane(query = "", colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const { page, errors } = await pane.open(query, colorScheme);
  expect(errors).toEqual([]);
  return page;
}




test("loads to an interactive pane (npm run bench measures how fast)", async () => {
  const page = await openPane();
  const timing = await page.evaluate(() => {
    const mark = performance.getEntriesByName("supportcost-interactive")[0];
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { loadToInteractiveMs: mark.startTime, domContentLoadedMs: nav.domContentLoadedEventEnd };
  });
  expect(timing.loadToInteractiveMs).toBeGreaterThan(0);
  expect(timing.domContentLoadedMs).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SHOTS, "scenarios.png"), fullPage: true });
  await page.close();
});

test("create and compare scenarios: the pane's numbers are the engine's", async () => {
  const page = await openPane();
  const first = nextMonth(new Date());
  // Low: 18 seats. Then a fourth scenario from the High template, renamed, 70 % AI, 24 months.
  await page.selectOption('[data-testid="scenario-select"]', { label: "Low" });
  await fill(page, "seats", "18");
  await page.selectOption('[data-testid="template-select"]', "High");
  await page.click('[data-testid="add-scenario"]');
  await fill(page, "scenario-name", "Stretch");
  await fill(page, "ai-rate", "70");
  await fill(page, "horizon", "24");

  const expected: Scenario[] = defaultScenarios(first);
  expected[1].drivers.seats = 18;
  expected.push({ id: "s4", name: "Stretch", drivers: { ...templateDrivers("High", first), aiResolutionPct: 70, horizonMonths: 24 } });

  await page.click('[data-testid="tab-compare"]');
  await page.waitForSelector('[data-testid="cost-chart"]');
  const shown = await readComparison(page);
  const engine = compareScenarios(expected);
  for (const row of engine) {
    expect(shown.total[row.name]).toBeCloseTo(row.total, 6);
    expect(shown.seatCost[row.name]).toBeCloseTo(row.seatCost, 6);
    expect(shown.aiCost[row.name]).toBeCloseTo(row.aiCost, 6);
    expect(shown.peakCost[row.name]).toBeCloseTo(row.peakCost, 6);
    expect(shown.costPerConversation[row.name]).toBeCloseTo(row.costPerConversation!, 9);
    expect(shown.costPerResolution[row.name]).toBeCloseTo(row.costPerResolution!, 9);
    expect(shown.difference[row.name]).toBeCloseTo(row.differenceFromReference, 6);
    row.annualTotals.forEach((y, i) => expect(shown[`year${i + 1}`][row.name]).toBeCloseTo(y, 6));
  }
  expect(Object.keys(shown.total)).toEqual(["Base", "Low", "High", "Stretch"]);
  // What the user reads is the same figure, formatted.
  const baseTotal = await page.textContent('[data-metric="total"] td[data-scenario="Base"]');
  expect(baseTotal).toBe(engine[0].total.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }));
  await page.screenshot({ path: path.join(SHOTS, "compare.png"), fullPage: true });

  // The scenarios were saved into the (preview) workbook, valid and complete.
  await page.waitForFunction(() => {
    const wb = (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview;
    const text = wb.storedText();
    return text !== "" && JSON.parse(text).scenarios.length === 4;
  });
  const stored = await page.evaluate(() => (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview.storedText());
  expect(JSON.parse(stored).scenarios).toEqual(expected);
  await page.close();
});

test("duplicate, rename and delete scenarios; publish a values-only summary", async () => {
  const page = await openPane();
  const options = () => page.$$eval('[data-testid="scenario-select"] option', (o) => o.map((x) => x.textContent));
  await page.click('[data-testid="duplicate-scenario"]');
  expect(await options()).toEqual(["Base", "Base copy", "Low", "High"]);
  await fill(page, "scenario-name", "Base no growth");
  await fill(page, "growth", "0");
  expect(await options()).toEqual(["Base", "Base no growth", "Low", "High"]);
  await page.selectOption('[data-testid="scenario-select"]', { label: "Low" });
  await page.click('[data-testid="delete-scenario"]');
  expect(await options()).toEqual(["Base", "Base no growth", "High"]);
  expect(await page.textContent('[data-testid="status-info"]')).toContain('Deleted "Low"');

  await page.click('[data-testid="tab-workbook"]');
  await page.click('[data-testid="publish"]');
  await page.waitForSelector('[data-testid="status-success"]');
  const summary = await page.evaluate(() => {
    type Sheet = { cells: Map<string, { value: unknown }>; charts: Map<string, unknown> };
    const wb = (window as unknown as { supportcostPreview: { sheet(name: string): Sheet | undefined } }).supportcostPreview;
    const sheet = wb.sheet("SupportCost Summary")!;
    const values = [...sheet.cells.values()].map((c) => c.value);
    return { formulas: values.filter((v) => typeof v === "string" && v.startsWith("=")).length, charts: sheet.charts.size, values: values.map(String) };
  });
  expect(summary.formulas).toBe(0);
  expect(summary.charts).toBe(2);
  // The summary names the prices it used (the section was "Pricing catalog" before the price book).
  expect(summary.values).toEqual(expect.arrayContaining(["Base no growth", "High", expect.stringMatching(/^Prices used: the built-in price book/)]));

  // The preview shows what Excel would get: the plan's table and its live formulas, and the saved state.
  await page.waitForFunction(() => (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview.storedText() !== "");
  await page.click('[data-testid="write-plan"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="preview-workbook"]')?.textContent?.includes("SupportCost Plan"));
  await page.click('[data-testid="preview-workbook"] summary:has-text("SupportCost Plan")');
  const preview = await page.textContent('[data-testid="preview-workbook"]');
  expect(preview).toContain("table SupportCostPlan");
  expect(preview).toContain("SUPPORTCOST.TOTAL(SC_Base_Stack,SC_Base_Seats,");
  expect(preview).toContain("SupportCost_State (very hidden)");
  await page.screenshot({ path: path.join(SHOTS, "workbook.png"), fullPage: true });
  await page.close();
});

test("keyboard only: reach the workbook actions, write the plan, then edit a driver", async () => {
  const page = await openPane();
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName);
  for (let i = 0; i < 10 && (await focused()) !== "tab-scenarios"; i++) await page.keyboard.press("Tab");
  expect(await focused()).toBe("tab-scenarios");
  // Scenarios, Compare, Stacks, Prices, Workbook: four steps right.
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  expect(await focused()).toBe("tab-workbook");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("write-plan");
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="status-success"]');
  expect(await page.textContent('[data-testid="status-success"]')).toContain('Sheet "SupportCost Plan"');
  const planRows = await page.evaluate(
    () => (window as unknown as { supportcostPreview: { tables: Map<string, unknown> } }).supportcostPreview.tables.size,
  );
  expect(planRows).toBe(1);

  // Back to the scenarios, by keyboard, and change the seats.
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toBe("tab-workbook");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  expect(await focused()).toBe("tab-scenarios");
  await page.keyboard.press("Enter");
  for (let i = 0; i < 30 && (await focused()) !== "seats"; i++) await page.keyboard.press("Tab");
  expect(await focused()).toBe("seats");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("40");
  expect(await page.inputValue('[data-testid="seats"]')).toBe("40");
  await page.close();
});

test("invalid input is explained inline and nothing reaches the workbook", async () => {
  const page = await openPane();
  await fill(page, "seats", "twelve");
  await fill(page, "horizon", "48");
  const text = await page.textContent('[data-testid="pane"]');
  expect(text).toContain('Seats must be a number: "twelve" is not a number.');
  expect(text).toContain("Horizon must be from 12 to 36.");
  await page.screenshot({ path: path.join(SHOTS, "validation.png"), fullPage: true });
  await page.click('[data-testid="tab-workbook"]');
  expect(await page.isDisabled('[data-testid="write-plan"]')).toBe(true);
  expect(await page.isDisabled('[data-testid="publish"]')).toBe(true);
  expect(await page.textContent('[data-testid="write-blocked"]')).toContain("Base:");
  await page.waitForTimeout(1200); // longer than the autosave delay
  const wb = await page.evaluate(() => {
    const w = (window as unknown as { supportcostPreview: { storedText(): string; sheets: Map<string, unknown> } }).supportcostPreview;
    return { stored: w.storedText(), sheets: [...w.sheets.keys()] };
  });
  expect(wb).toEqual({ stored: "", sheets: [] });
  await page.close();
});

test("a workbook error is shown to the user", async () => {
  const page = await openPane("?fail=writePlan");
  await page.click('[data-testid="tab-workbook"]');
  await page.click('[data-testid="write-plan"]');
  await page.waitForSelector('[data-testid="status-error"]');
  expect(await page.textContent('[data-testid="status-error"]')).toMatch(/Could not write the plan.*simulated failure/);
  await page.close();
});

test("stored scenarios that fail validation are reported and kept aside", async () => {
  const page = await openPane(`?stored=${encodeURIComponent('{"schemaVersion":1,"scenarios":"oops"}')}`);
  const message = await page.textContent('[data-testid="stored-problem"]');
  expect(message).toContain("failed validation");
  expect(message).toContain("SupportCost_Quarantine!A1");
  const kept = await page.evaluate(() => (window as unknown as { supportcostPreview: { quarantined(): string[] } }).supportcostPreview.quarantined());
  expect(kept).toEqual(['{"schemaVersion":1,"scenarios":"oops"}']);
  await page.close();
});

test("Use selection sets the starting level and seasonality from monthly history", async () => {
  const page = await openPane();
  await page.click('[data-testid="use-selection"]');
  await page.waitForSelector('[data-testid="status-info"]');
  const fit = fitHistory(SAMPLE_HISTORY, nextMonth(new Date()));
  expect(await page.inputValue('[data-testid="start-conversations"]')).toBe(String(Math.round(fit.startConversations)));
  expect(await page.isChecked('input[type="radio"][value="monthly"]')).toBe(true);
  // The 12 factors are shown, December's last, with the value the engine fitted.
  expect(await page.inputValue('[aria-label^="Seasonal factors"] input >> nth=11')).toBe(String(Math.round((fit.seasonality as number[])[11] * 10_000) / 10_000));
  await page.screenshot({ path: path.join(SHOTS, "history.png"), fullPage: true });
  await page.close();
});

test("axe finds no serious or critical violations, light and dark, in every section", async () => {
  const found: { theme: string; view: string; id: string; impact: string; nodes: string[] }[] = [];
  for (const theme of ["light", "dark"] as const) {
    const page = await openPane("", theme);
    expect(await page.getAttribute("[data-theme]", "data-theme")).toBe(theme);
    for (const view of ["scenarios", "compare", "workbook"]) {
      await page.click(`[data-testid="tab-${view}"]`);
      if (view === "compare") await page.waitForSelector('[data-testid="cost-chart"]');
      found.push(...serious(await axeViolations(page)).map((v) => ({ theme, view, ...v })));
    }
    if (theme === "dark") {
      await page.click('[data-testid="tab-compare"]');
      await page.screenshot({ path: path.join(SHOTS, "compare-dark.png"), fullPage: true });
    }
    await page.close();
  }
  expect(found).toEqual([]);
});

/** The guard's own probe (below), the one non-office request these tests make on purpose. */
const PROBE = "https://example.org/supportcost-network-probe";

test("the network guard blocks and records any other request (so the next check can fail)", async () => {
  const page = await openPane();
  const outcome = await page.evaluate((url) => fetch(url).then(() => "reached", () => "blocked"), PROBE);
  expect(outcome).toBe("blocked");
  expect(pane.session.remote).toContainEqual({ url: PROBE, officeJs: false });
  await page.close();
});

test("no request left the machine except office.js's own", () => {
  expect(pane.session.remote.length).toBeGreaterThan(0);
  expect(pane.session.remote.find((r) => r.url.endsWith("/hosted/office.js"))).toBeDefined();
  expect(pane.session.remote.filter((r) => !r.officeJs && r.url !== PROBE)).toEqual([]);
});
