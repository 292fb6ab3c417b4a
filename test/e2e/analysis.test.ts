/**
 * The Forecast and Volatility views end to end, in the same offline Chromium harness as pane.test.ts:
 * the pane's numbers are the engine's (forecastSeries, simulateVolatility with the same seed), the
 * simulation runs in a Web Worker with progress and can be cancelled, bad input is explained inline,
 * results reach the (preview) workbook with native charts, axe finds nothing serious, and no request
 * leaves the machine. Screenshots (test-results/screenshots, or docs/screenshots with UPDATE_SCREENSHOTS=1): forecast.png and volatility.png.
 */
import path from "path";
import { Page } from "playwright-core";
import { forecastSeries } from "../../src/model/forecast";
import { compareScenarios, defaultScenarios, forecastScenario, monthLabel, nextMonth, Scenario, simulationPlanOf } from "../../src/model/scenario";
import { simulateVolatility } from "../../src/model/volatility";
import { volumeFromForecast } from "../../src/taskpane/analysis";
import { SAMPLE_HISTORY } from "../../src/workbook/memory";
import { axeViolations, fill, pressUntilFocused, readComparison, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(60_000);


const pane = usePane();

/** What the Volatility view should show for a scenario: the engine's run with the view's inputs. */
function engineRun(scenario: Scenario, options: { cv: number; correlation: number; paths: number; seed: number; budget?: number }) {
  const f = forecastScenario(scenario);
  return simulateVolatility({
    plan: simulationPlanOf(f),
    volumes: { kind: "expected", expected: f.months.map((m) => m.conversations), cv: options.cv },
    correlation: options.correlation,
    paths: options.paths,
    seed: options.seed,
    budget: options.budget,
    percentiles: [0.8],
  });
}
const openPane = (query = "", colorScheme: "light" | "dark" = "light") => pane.open(query, colorScheme);


/** The text of the Field message under an input. */
async function messageFor(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (input) => {
    const field = input.closest(".fui-Field");
    return field?.querySelector(".fui-Field__validationMessage")?.textContent ?? "";
  });
}


type Preview = { sheet(name: string): { cells: Map<string, { value: unknown }>; charts: Map<string, { type: string }> } | undefined };

async function sheetSummary(page: Page, name: string): Promise<{ charts: string[]; values: string[] } | undefined> {
  return page.evaluate((sheetName) => {
    const wb = (window as unknown as { supportcostPreview: Preview }).supportcostPreview;
    const sheet = wb.sheet(sheetName);
    if (!sheet) return undefined;
    return { charts: [...sheet.charts.values()].map((c) => c.type), values: [...sheet.cells.values()].map((c) => String(c.value)) };
  }, name);
}

test("forecast from the selection: the numbers are forecastSeries's, and it becomes a scenario's volume", async () => {
  const { page, errors } = await openPane();
  await page.click('[data-testid="tab-forecast"]');
  await page.click('[data-testid="forecast-use-selection"]');
  await fill(page, "forecast-horizon", "18");
  await fill(page, "forecast-confidence", "0.9");
  await page.selectOption('[data-testid="forecast-seasonality"]', "12");
  await page.waitForSelector('[data-testid="fan-chart"]');
  const expected = forecastSeries(SAMPLE_HISTORY, 18, { seasonality: 12, confidence: 0.9 });
  expect(expected.seasonality).toBe(12);
  expect(await page.getAttribute('[data-testid="forecast-model"]', "data-model")).toBe(expected.model);
  const shown = await page.$$eval('[data-testid="forecast-table"] tbody tr', (rows) =>
    rows.map((row) => Object.fromEntries([...row.querySelectorAll("td")].map((td) => [(td as HTMLElement).dataset.series, Number((td as HTMLElement).dataset.value)]))),
  );
  expect(shown).toHaveLength(18);
  shown.forEach((row, i) => {
    expect(row.forecast).toBeCloseTo(expected.forecast[i], 6);
    expect(row.lower).toBeCloseTo(expected.lower[i], 6);
    expect(row.upper).toBeCloseTo(expected.upper[i], 6);
  });
  const label = await page.getAttribute('[data-testid="fan-chart"]', "aria-labelledby");
  expect(label).toBe("fan-title fan-desc");
  expect(await page.textContent("#fan-desc")).toContain(expected.model);

  // Into the Low scenario: its volume is the forecast, and the level, growth and seasonality fitted to it are kept for later.
  await page.selectOption('[data-testid="forecast-scenario"]', { label: "Low" });
  await page.click('[data-testid="forecast-use-as-volume"]');
  await page.waitForSelector('[data-testid="status-success"]');
  const low = defaultScenarios(nextMonth(new Date()))[1];
  const fitted = volumeFromForecast(expected.forecast, low.drivers);
  await page.click('[data-testid="tab-scenarios"]');
  expect(await page.isVisible('[data-testid="forecast-volume-notice"]')).toBe(true);
  expect(await page.inputValue('[data-testid="start-conversations"]')).toBe(String(fitted.startConversations));
  expect(Number(await page.inputValue('[data-testid="growth"]'))).toBeCloseTo(fitted.growthPct, 4);

  // Written to the sheet with a native line chart (history, forecast, lower, upper).
  await page.click('[data-testid="tab-forecast"]');
  await page.click('[data-testid="forecast-write"]');
  // The status region shows the newest message: the write's.
  await page.waitForFunction(() => document.querySelector('[data-testid="status-success"]')?.textContent?.includes("Forecast written"));
  await page.click('[data-testid="forecast-write"]');
  const sheet = await sheetSummary(page, "SupportCost Forecast");
  expect(sheet?.charts).toEqual(["line"]);
  // Months by name, as the pane shows them: the history's, then the forecast's from the plan's first month.
  expect(sheet?.values).toEqual(expect.arrayContaining(["Month", "History", "Forecast"]));
  expect(sheet?.values.some((v) => /^[A-Z][a-z]{2} \d{4}$/.test(v))).toBe(true);
  expect(sheet?.values.some((v) => v.includes(`Model ${expected.model}`))).toBe(true);
  // Nothing is wider than the narrow pane (five tabs included).
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

/** The forecast table's numbers, exactly as the pane holds them (data-value round-trips a double). */
async function shownForecast(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid="forecast-table"] td[data-series="forecast"]', (cells) => cells.map((td) => Number((td as HTMLElement).dataset.value)));
}

test("a forecast as a scenario's volume is exact: Compare equals compareScenarios() with the same month-by-month list, and the editor can switch back", async () => {
  const { page, errors } = await openPane();
  const first = nextMonth(new Date());
  await page.click('[data-testid="tab-forecast"]');
  await page.click('[data-testid="forecast-use-selection"]');
  // Six months is shorter than Low's 12-month horizon: the pane says so, and using it runs the forecast for 12.
  await fill(page, "forecast-horizon", "6");
  await page.waitForSelector('[data-testid="fan-chart"]');
  await page.selectOption('[data-testid="forecast-scenario"]', { label: "Low" });
  expect(await page.getAttribute('[data-testid="forecast-volume-note"]', "data-extends")).toBe("true");
  expect(await page.textContent('[data-testid="forecast-volume-note"]')).toContain("This forecast covers 6 months, fewer than the scenario's 12: using it runs the forecast for 12 months.");
  await page.click('[data-testid="forecast-use-as-volume"]');
  await page.waitForSelector('[data-testid="status-success"]');
  expect(await page.textContent('[data-testid="status-success"]')).toContain("The forecast was run for 12 months (it covered 6)");
  expect(await page.inputValue('[data-testid="forecast-horizon"]')).toBe("12");
  expect(await page.getAttribute('[data-testid="forecast-volume-note"]', "data-extends")).toBe("false");
  const forecast = await shownForecast(page);
  expect(forecast).toHaveLength(12);
  const node = forecastSeries(SAMPLE_HISTORY, 12, { seasonality: "auto", confidence: 0.95 }).forecast;
  forecast.forEach((v, i) => expect(v).toBeCloseTo(node[i], 6));

  // Compare: Low's numbers are the engine's for a scenario whose conversations are exactly that list.
  const expected: Scenario[] = defaultScenarios(first);
  expected[1].drivers.monthlyConversations = forecast;
  const engine = compareScenarios(expected);
  await page.click('[data-testid="tab-compare"]');
  await page.waitForSelector('[data-testid="cost-chart"]');
  let shown = await readComparison(page);
  for (const row of engine) {
    expect(shown.total[row.name]).toBeCloseTo(row.total, 6);
    expect(shown.seatCost[row.name]).toBeCloseTo(row.seatCost, 6);
    expect(shown.aiCost[row.name]).toBeCloseTo(row.aiCost, 6);
    expect(shown.resolutions[row.name]).toBeCloseTo(row.resolutions, 6);
    expect(shown.peakCost[row.name]).toBeCloseTo(row.peakCost, 6);
    expect(shown.costPerConversation[row.name]).toBeCloseTo(row.costPerConversation!, 9);
    expect(shown.difference[row.name]).toBeCloseTo(row.differenceFromReference, 6);
    row.annualTotals.forEach((y, i) => expect(shown[`year${i + 1}`][row.name]).toBeCloseTo(y, 6));
  }
  // Low involves no powers or logs (those may differ in the last bit between Chromium's V8 and Node's): equal exactly.
  const lowRow = engine[1];
  expect([shown.total.Low, shown.seatCost.Low, shown.aiCost.Low, shown.resolutions.Low, shown.peakCost.Low, shown.costPerConversation.Low]).toEqual([
    lowRow.total,
    lowRow.seatCost,
    lowRow.aiCost,
    lowRow.resolutions,
    lowRow.peakCost,
    lowRow.costPerConversation,
  ]);
  // Saved into the workbook with the list (autosave).
  await page.waitForFunction(() => {
    const text = (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview.storedText();
    return text !== "" && Array.isArray(JSON.parse(text).scenarios[1].drivers.monthlyConversations);
  });
  const stored = JSON.parse(await page.evaluate(() => (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview.storedText()));
  expect(stored.scenarios[1].drivers.monthlyConversations).toEqual(forecast);

  // The editor says the volume follows the forecast; level, growth and seasonality are kept but disabled.
  await page.click('[data-testid="tab-scenarios"]');
  expect(await page.inputValue('[data-testid="scenario-select"]')).toBe("s2");
  const notice = await page.textContent('[data-testid="forecast-volume-notice"]');
  expect(notice).toContain(`Volume follows the forecast from ${monthLabel(first)}, month by month`);
  expect(await page.isDisabled('[data-testid="start-conversations"]')).toBe(true);
  expect(await page.isDisabled('[data-testid="growth"]')).toBe(true);
  expect(serious(await axeViolations(page))).toEqual([]);
  // A longer horizon than the list is explained in the notice and blocks writing, until it is back to 12.
  await fill(page, "horizon", "24");
  expect(await page.textContent('[data-testid="forecast-volume-notice"]')).toContain("cover 12 months; the horizon needs 24");
  await fill(page, "horizon", "12");
  const fallback = {
    startConversations: Number(await page.inputValue('[data-testid="start-conversations"]')),
    growthPct: Number(await page.inputValue('[data-testid="growth"]')),
  };
  expect(fallback.startConversations).toBeGreaterThan(0);

  // Back to level, growth and seasonality: the notice goes, the inputs are live, Compare follows them.
  await page.click('[data-testid="use-level-volume"]');
  expect(await page.$('[data-testid="forecast-volume-notice"]')).toBeNull();
  expect(await page.isDisabled('[data-testid="start-conversations"]')).toBe(false);
  await fill(page, "growth", "0");
  await page.click('input[type="radio"][value="flat"]');
  const reverted: Scenario[] = defaultScenarios(first);
  reverted[1].drivers = { ...reverted[1].drivers, startConversations: fallback.startConversations, growthPct: 0, seasonality: "flat" };
  await page.click('[data-testid="tab-compare"]');
  await page.waitForSelector('[data-testid="cost-chart"]');
  shown = await readComparison(page);
  expect(shown.total.Low).toBeCloseTo(compareScenarios(reverted)[1].total, 6);
  expect(shown.total.Low).not.toBe(engine[1].total);
  await page.waitForFunction(() => {
    const text = (window as unknown as { supportcostPreview: { storedText(): string } }).supportcostPreview.storedText();
    return !("monthlyConversations" in JSON.parse(text).scenarios[1].drivers);
  });
  expect(errors).toEqual([]);
  await page.close();
});

test("bad history and bad forecast inputs are explained inline, never a crash", async () => {
  // Text in the history range.
  let page: Page;
  let errors: string[];
  // Text and an Excel error in the range, too short a history, a negative volume.
  for (const [cells, message] of [
    ["1200,1300,n/a,1500,1600", 'Month 3 of the selection is the text "n/a"'],
    ["1200,#N/A,1500,1600", "Month 2 of the selection is the Excel error #N/A"],
    ["1200,1300,1400", "at least 4 numbers"],
    ["1200,-5,1400,1500,1600", "volumes cannot be negative"],
  ]) {
    ({ page, errors } = await openPane(`?selection=${encodeURIComponent(cells)}`));
    await page.click('[data-testid="tab-forecast"]');
    await page.click('[data-testid="forecast-use-selection"]');
    expect(await page.textContent('[data-testid="forecast-error"]')).toContain(message);
    expect(errors).toEqual([]);
    await page.close();
  }
  // Horizon and confidence out of range: under their fields.
  ({ page, errors } = await openPane());
  await page.click('[data-testid="tab-forecast"]');
  await page.click('[data-testid="forecast-use-selection"]');
  await page.waitForSelector('[data-testid="fan-chart"]');
  await fill(page, "forecast-horizon", "0");
  expect(await messageFor(page, "forecast-horizon")).toContain("Horizon must be a whole number of months from 1 to 120");
  await fill(page, "forecast-horizon", "121");
  expect(await messageFor(page, "forecast-horizon")).toContain("from 1 to 120; got 121");
  expect(await page.$('[data-testid="fan-chart"]')).toBeNull();
  await fill(page, "forecast-horizon", "12");
  await fill(page, "forecast-confidence", "1.5");
  expect(await messageFor(page, "forecast-confidence")).toContain("Confidence must be a number between 0 and 1");
  expect(errors).toEqual([]);
  await page.close();
});

test("volatility: runs in a worker with progress, and P95 and the chance over budget are simulateVolatility's", async () => {
  const { page, errors } = await openPane();
  await page.click('[data-testid="tab-volatility"]');
  await fill(page, "volatility-cv", "0.3");
  await fill(page, "volatility-correlation", "0.5");
  await fill(page, "volatility-paths", "400000");
  await fill(page, "volatility-seed", "7");
  await fill(page, "volatility-budget", "160000");
  await page.click('[data-testid="volatility-run"]');
  // Progress is shown while the worker runs, and the pane still answers (a tab switch and back would cancel, so just read it).
  await page.waitForSelector('[data-testid="volatility-progress"]');
  expect(await page.isVisible('[data-testid="volatility-cancel"]')).toBe(true);
  const responsive = await page.evaluate(() => new Promise<number>((resolve) => {
    const t = performance.now();
    setTimeout(() => resolve(performance.now() - t), 0);
  }));
  expect(responsive).toBeLessThan(200);
  await page.waitForSelector('[data-testid="volatility-percentiles"]', { timeout: 30_000 });

  const base = defaultScenarios(nextMonth(new Date()))[0];
  const expected = engineRun(base, { cv: 0.3, correlation: 0.5, paths: 400_000, seed: 7, budget: 160_000 });
  const value = (sel: string) => page.getAttribute(sel, "data-value").then(Number);
  expect(await value('[data-stat="p95"] td')).toBe(expected.total.p95);
  expect(await value('[data-stat="p50"] td')).toBe(expected.total.p50);
  expect(await value('[data-stat="planned"] td')).toBe(expected.plannedCost);
  expect(await value('[data-stat="extra0"] td')).toBe(expected.total.atPercentiles[0]);
  expect(await value('[data-testid="volatility-chance"]')).toBe(expected.probabilityOverBudget);
  expect(expected.probabilityOverBudget).toBeGreaterThan(0);
  expect(await page.textContent('[data-testid="volatility-chance"]')).toContain(`${(expected.probabilityOverBudget! * 100).toFixed(1)}%`);
  expect(await page.$('[data-testid="risk-histogram"]')).not.toBeNull();
  // Two bars each for the drivers that move Intercom Advanced's bill from conversations: volume, CV,
  // correlation, AI price, seats, AI resolution rate and AI involvement (the 50-resolution minimum never binds here).
  expect(await page.$$eval('[data-testid="tornado"] rect', (r) => r.length)).toBe(14);

  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, "volatility.png"), fullPage: true });
  await page.click('[data-testid="volatility-write"]');
  await page.waitForSelector('[data-testid="status-success"]');
  const sheet = await sheetSummary(page, "SupportCost Risk");
  expect(sheet?.charts.sort()).toEqual(["barClustered", "columnClustered"]);
  expect(errors).toEqual([]);
  await page.close();
});

test("volatility from the forecast's intervals: the pane's P95 is simulateVolatility's on the same volumes", async () => {
  const { page, errors } = await openPane();
  await page.click('[data-testid="tab-volatility"]');
  expect(await page.isDisabled('input[type="radio"][value="interval"]')).toBe(true);
  await page.click('[data-testid="tab-forecast"]');
  await page.click('[data-testid="forecast-use-selection"]');
  await page.waitForSelector('[data-testid="fan-chart"]');
  await page.click('[data-testid="tab-volatility"]');
  await page.click('input[type="radio"][value="interval"]');

  const base = defaultScenarios(nextMonth(new Date()))[0];
  const forecast = forecastSeries(SAMPLE_HISTORY, 12, { seasonality: "auto", confidence: 0.95 });
  const run = (budget?: number) =>
    simulateVolatility({
      plan: simulationPlanOf(forecastScenario(base)),
      volumes: {
        kind: "interval",
        // Conversations: the simulation runs them down the scenario's chain.
        forecast: forecast.forecast,
        lower: forecast.lower,
        upper: forecast.upper,
        confidence: 0.95,
      },
      paths: 10_000,
      seed: 1,
      budget,
      percentiles: [0.8],
    });
  // A budget at the forecast's own 80th percentile, so the chance of exceeding it is neither 0 nor 1.
  const budget = Math.round(run().total.atPercentiles[0]);
  await fill(page, "volatility-budget", String(budget));
  await page.click('[data-testid="volatility-run"]');
  await page.waitForSelector('[data-testid="volatility-percentiles"]', { timeout: 30_000 });
  const expected = run(budget);
  // The forecast behind the volumes was fitted in Chromium's V8, whose last bits can differ from Node's: equal to 1e-9.
  const p95 = Number(await page.getAttribute('[data-stat="p95"] td', "data-value"));
  expect(Math.abs(p95 - expected.total.p95) / expected.total.p95).toBeLessThan(1e-9);
  expect(Number(await page.getAttribute('[data-testid="volatility-chance"]', "data-value"))).toBeCloseTo(expected.probabilityOverBudget!, 9);
  expect(expected.probabilityOverBudget).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("volatility: cancel stops the worker; bad settings are explained under their inputs", async () => {
  const { page, errors } = await openPane();
  await page.click('[data-testid="tab-volatility"]');
  await fill(page, "volatility-paths", "1000000");
  await page.click('[data-testid="volatility-run"]');
  await page.waitForSelector('[data-testid="volatility-progress"]');
  await page.click('[data-testid="volatility-cancel"]');
  await page.waitForSelector('[data-testid="status-info"]');
  expect(await page.textContent('[data-testid="status-info"]')).toContain("Simulation cancelled");
  expect(await page.$('[data-testid="volatility-progress"]')).toBeNull();
  expect(await page.$('[data-testid="volatility-percentiles"]')).toBeNull();

  await fill(page, "volatility-paths", "5000000");
  expect(await messageFor(page, "volatility-paths")).toContain("Paths must be a whole number from 100 to 1,000,000");
  expect(await page.isDisabled('[data-testid="volatility-run"]')).toBe(true);
  await fill(page, "volatility-paths", "10000");
  await fill(page, "volatility-cv", "-0.2");
  expect(await messageFor(page, "volatility-cv")).toContain("Coefficient of variation must be a number from 0 to 10");
  await fill(page, "volatility-cv", "0.2");
  await fill(page, "volatility-percentile", "1.2");
  expect(await messageFor(page, "volatility-percentile")).toContain("Percentiles must be between 0 and 1");
  await fill(page, "volatility-percentile", "0.8");
  await fill(page, "volatility-budget", "lots");
  expect(await messageFor(page, "volatility-budget")).toContain('Budget must be a number: "lots" is not a number.');
  await fill(page, "volatility-budget", "-5");
  expect(await messageFor(page, "volatility-budget")).toContain("Budget must be an amount of 0 or more");
  await fill(page, "volatility-budget", "");
  expect(await page.isDisabled('[data-testid="volatility-run"]')).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test("keyboard only: reach the Forecast and Volatility tabs with Tab and the arrow keys, fill the horizon, run with Enter and Space", async () => {
  const { page, errors } = await openPane();
  const focused = (testId: string) => `[data-testid="${testId}"]`;
  /** Selects all of the focused input's text and types over it, as a keyboard user would. */
  const typeOver = async (text: string) => {
    await page.keyboard.press("Control+A");
    await page.keyboard.type(text);
  };
  // Tab into the tab list (it lands on the selected tab), then arrows along it; Enter selects.
  await pressUntilFocused(page, focused("tab-scenarios"));
  await pressUntilFocused(page, focused("tab-forecast"), "ArrowRight", 6);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="forecast-use-selection"]');
  expect(await page.getAttribute(focused("tab-forecast"), "aria-selected")).toBe("true");

  // Read the history with Enter, then type the horizon.
  await pressUntilFocused(page, focused("forecast-use-selection"));
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="fan-chart"]');
  await pressUntilFocused(page, focused("forecast-horizon"));
  await typeOver("18");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="forecast-table"] tbody tr').length === 18);
  const expected = forecastSeries(SAMPLE_HISTORY, 18, { seasonality: "auto", confidence: 0.95 });
  expect(await page.getAttribute('[data-testid="forecast-model"]', "data-model")).toBe(expected.model);
  // Two years with a December peak: automatic seasonality finds the yearly season, and says so in words.
  expect(expected.seasonality).toBe(12);
  expect(await page.textContent('[data-testid="forecast-model"]')).toContain(expected.description);
  expect(expected.description).toMatch(/^yearly season with .*, from 24 months/);
  // The interval band is drawn with a visible height in every forecast month.
  const bandHeight = await page.$eval('[data-testid="fan-band"]', (el) => (el as SVGGraphicsElement).getBBox().height);
  expect(bandHeight).toBeGreaterThanOrEqual(3);
  const forecast = await shownForecast(page);
  forecast.forEach((v, i) => expect(v).toBeCloseTo(expected.forecast[i], 6));
  // Space on "Use as Base's volume".
  await pressUntilFocused(page, focused("forecast-use-as-volume"));
  await page.keyboard.press("Space");
  await page.waitForSelector('[data-testid="status-success"]');
  expect(await page.textContent('[data-testid="status-success"]')).toContain("Base now follows the forecast");

  // Back to the tab list with Shift+Tab, on to Volatility with the arrow key.
  await pressUntilFocused(page, focused("tab-forecast"), "Shift+Tab");
  await pressUntilFocused(page, focused("tab-volatility"), "ArrowRight", 6);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="volatility-run"]');
  expect(await page.getAttribute(focused("tab-volatility"), "aria-selected")).toBe("true");
  await pressUntilFocused(page, focused("volatility-paths"));
  await typeOver("2000");
  await pressUntilFocused(page, focused("volatility-seed"));
  await typeOver("3");
  await pressUntilFocused(page, focused("volatility-run"));
  await page.keyboard.press("Space");
  await page.waitForSelector('[data-testid="volatility-percentiles"]', { timeout: 30_000 });

  // The simulation is the engine's on Base, whose volume is now the 12 forecast months it was given.
  const base = defaultScenarios(nextMonth(new Date()))[0];
  base.drivers.monthlyConversations = forecast.slice(0, 12);
  const sim = engineRun(base, { cv: 0.2, correlation: 0, paths: 2000, seed: 3 });
  expect(Number(await page.getAttribute('[data-stat="p95"] td', "data-value"))).toBe(sim.total.p95);
  expect(Number(await page.getAttribute('[data-stat="planned"] td', "data-value"))).toBe(sim.plannedCost);
  expect(errors).toEqual([]);
  await page.close();
});

test("axe finds no serious or critical violations in the Forecast and Volatility views, light and dark", async () => {
  const found: { theme: string; view: string; id: string; nodes: string[] }[] = [];
  for (const theme of ["light", "dark"] as const) {
    const { page } = await openPane("", theme);
    await page.click('[data-testid="tab-forecast"]');
    await page.click('[data-testid="forecast-use-selection"]');
    await page.waitForSelector('[data-testid="fan-chart"]');
    // The default (automatic) model on the sample: a wide fan, what the README's screenshot shows.
    if (theme === "light") await page.screenshot({ path: path.join(SHOTS, "forecast.png"), fullPage: true });
    await page.click('[data-testid="forecast-table"] >> xpath=ancestor::details/summary');
    found.push(...serious(await axeViolations(page)).map((v) => ({ theme, view: "forecast", id: v.id, nodes: v.nodes })));
    await page.click('[data-testid="tab-volatility"]');
    await fill(page, "volatility-budget", "160000");
    await page.click('[data-testid="volatility-run"]');
    await page.waitForSelector('[data-testid="volatility-percentiles"]', { timeout: 30_000 });
    // The run button fades back from its disabled colours: check contrast once the transition is over.
    await page.click('summary:has-text("Histogram numbers")');
    await page.click('summary:has-text("Tornado numbers")');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    found.push(...serious(await axeViolations(page)).map((v) => ({ theme, view: "volatility", id: v.id, nodes: v.nodes })));
    await page.close();
  }
  expect(found).toEqual([]);
});

test("no request left the machine except office.js's own (the worker chunk is local)", () => {
  expect(pane.session.remote.find((r) => r.url.endsWith("/hosted/office.js"))).toBeDefined();
  expect(pane.session.remote.filter((r) => !r.officeJs)).toEqual([]);
});
