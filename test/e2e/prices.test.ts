/**
 * Issue 8's done-when, in the browser preview: write the price book, edit Advanced's annual seat price
 * (85 → 70) and its AI rate (0.99 → 0.80) through the Prices tab, write the plan, and find the edited
 * numbers everywhere the preview shows them. Then Compare stacks, a keyboard-only pass, and axe in
 * light and dark at 320 and 450 px. Screenshots for the README go to docs/screenshots/ with UPDATE_SCREENSHOTS=1, else to test-results/.
 */
import path from "path";
import { Page } from "playwright-core";
import { compareStacks, PriceBook, SEED_BOOK } from "../../src/model/pricebook";
import { compareInputOf, compareScenarios, defaultScenarios, nextMonth } from "../../src/model/scenario";
import { axeViolations, fill, pressUntilFocused, readComparison, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(120_000);

const pane = usePane();

async function openPane(colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
  return pane.open("", colorScheme);
}

/** The seed book with Advanced's annual seat at 70 and its AI rate at 0.80, built apart from the pane. */
function editedBook(): PriceBook {
  const book = structuredClone(SEED_BOOK);
  const advanced = book.plans.find((p) => p.id === "intercom-advanced")!;
  advanced.seat!.annual!.amount = 70;
  advanced.ai!.rate!.amount = 0.8;
  return book;
}

/** The sheet row of a price in the Prices tab's editor. */
async function priceRow(page: Page, plan: string, item: string): Promise<number> {
  const testId = await page.getAttribute(`tr[data-plan="${plan}"][data-item="${item}"]`, "data-testid");
  return Number(testId!.replace("price-row-", ""));
}

async function setAmount(page: Page, row: number, text: string): Promise<void> {
  const before = await page.textContent('[data-testid="prices-in-use"]');
  await fill(page, `price-amount-${row}`, text);
  await page.press(`[data-testid="price-amount-${row}"]`, "Enter");
  // The pane re-reads the book after the write: the cell's value comes back from the workbook.
  await page.waitForFunction(
    ([r, v]) => {
      type Sheet = { cells: Map<string, { value: unknown }> };
      const wb = (window as unknown as { supportcostPreview: { sheet(name: string): Sheet | undefined } }).supportcostPreview;
      return wb.sheet("SupportCost Prices")?.cells.get(`F${r}`)?.value === v;
    },
    [row, Number(text)] as const,
  );
  expect(before).toBeTruthy();
}

/** The preview's cells of a sheet, row by row: row number → column letters → value. */
async function sheetRows(page: Page, name: string): Promise<Record<number, Record<string, unknown>>> {
  return page.evaluate((sheetName) => {
    type Sheet = { cells: Map<string, { value: unknown }> };
    const wb = (window as unknown as { supportcostPreview: { sheet(name: string): Sheet | undefined } }).supportcostPreview;
    const out: Record<number, Record<string, unknown>> = {};
    for (const [address, cell] of wb.sheet(sheetName)?.cells ?? []) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      (out[Number(m[2])] ??= {})[m[1]] = cell.value;
    }
    return out;
  }, name);
}

const COLUMNS = "BCDEFGH".split("");

test("write the book, edit Advanced's seat and AI rate, write the plan: the edited numbers everywhere", async () => {
  const { page, errors } = await openPane();
  const scenarios = defaultScenarios(nextMonth(new Date()));
  const seeded = compareScenarios(scenarios, SEED_BOOK);
  const edited = compareScenarios(scenarios, editedBook());
  // The edit must change what the pane shows, or this test could not tell the books apart.
  expect(edited[0].total).not.toBeCloseTo(seeded[0].total, 0);

  // Before: the built-in book.
  expect(await page.getAttribute('[data-testid="prices-line"]', "data-origin")).toBe("built-in");
  await page.click('[data-testid="tab-prices"]');
  await page.waitForSelector('[data-testid="no-workbook-book"]');
  await page.click('[data-testid="write-prices"]');
  await page.waitForSelector('[data-testid="prices-table"]');
  expect(await page.getAttribute('[data-testid="prices-in-use"]', "data-origin")).toBe("workbook");
  expect(await page.textContent('[data-testid="prices-line"]')).toContain("SupportCost Prices");
  // Today the seed list's annual seats (2025-10-27) are more than 12 months old: flagged.
  expect(Number(await page.getAttribute('[data-testid="prices-line"]', "data-stale"))).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="stale-flag"]').count()).toBeGreaterThan(0);

  // Writing again is refused, inline, and the prices stay.
  await page.click('[data-testid="write-prices"]');
  await page.waitForSelector('[data-testid="write-prices-message"][data-tone="error"]');
  expect(await page.textContent('[data-testid="write-prices-message"]')).toContain("already has a price book");

  const seatRow = await priceRow(page, "intercom-advanced", "Seat, annual billing");
  const rateRow = await priceRow(page, "intercom-advanced", "AI rate");
  // Invalid input is reported next to the field and written nowhere; what was typed stays.
  await fill(page, `price-amount-${seatRow}`, "-5");
  await page.press(`[data-testid="price-amount-${seatRow}"]`, "Enter");
  expect(await page.textContent(`[data-testid="price-row-${seatRow}"]`)).toContain("Amount must be 0 or more.");
  expect(await page.inputValue(`[data-testid="price-amount-${seatRow}"]`)).toBe("-5");
  expect((await sheetRows(page, "SupportCost Prices"))[seatRow].F).toBe(85);

  await setAmount(page, seatRow, "70");
  await setAmount(page, rateRow, "0.80");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, "prices.png"), fullPage: false });

  // The preview's Prices sheet holds the new amounts.
  const prices = await sheetRows(page, "SupportCost Prices");
  expect(prices[seatRow].A).toBe("intercom-advanced");
  expect(prices[seatRow].F).toBe(70);
  expect(prices[rateRow].F).toBe(0.8);

  // Scenarios tab: the summary of the selected (first) scenario.
  await page.click('[data-testid="tab-scenarios"]');
  await page.waitForSelector('[data-testid="scenario-summary"][data-state="ok"]');
  expect(Number(await page.getAttribute('[data-testid="summary-annual"]', "data-value"))).toBeCloseTo(edited[0].annualTotals[0], 6);
  expect(Number(await page.getAttribute('[data-testid="summary-split"]', "data-seats"))).toBeCloseTo(edited[0].seatCost, 6);
  expect(Number(await page.getAttribute('[data-testid="summary-split"]', "data-ai"))).toBeCloseTo(edited[0].aiCost, 6);

  // Compare tab: every scenario's totals are the engine's with the edited book.
  await page.click('[data-testid="tab-compare"]');
  await page.waitForSelector('[data-testid="cost-chart"]');
  const shown = await readComparison(page);
  for (const row of edited) {
    expect(shown.total[row.name]).toBeCloseTo(row.total, 6);
    expect(shown.seatCost[row.name]).toBeCloseTo(row.seatCost, 6);
    expect(shown.aiCost[row.name]).toBeCloseTo(row.aiCost, 6);
  }

  // Write the plan and publish: the plan's formulas pass the book; the summary's values are the edited ones.
  await page.click('[data-testid="tab-workbook"]');
  await page.click('[data-testid="write-plan"]');
  await page.waitForSelector('[data-testid="status-success"]');
  const plan = await sheetRows(page, "SupportCost Plan");
  const formulas = Object.values(plan)
    .flatMap((r) => Object.values(r))
    .filter((v): v is string => typeof v === "string" && v.startsWith("=") && /SUPPORTCOST\.(TOTAL|SEATS)\(/.test(v));
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.filter((f) => !f.includes("SupportCost_Prices"))).toEqual([]);
  await page.click('[data-testid="publish"]');
  await page.waitForFunction(() => {
    const wb = (window as unknown as { supportcostPreview: { sheet(name: string): unknown } }).supportcostPreview;
    return wb.sheet("SupportCost Summary") !== undefined;
  });
  const summary = await sheetRows(page, "SupportCost Summary");
  const totalRow = Object.values(summary).find((r) => r.A === "Total cost over the horizon")!;
  const seatsRow = Object.values(summary).find((r) => r.A === "Seat cost")!;
  edited.forEach((row, i) => {
    expect(totalRow[COLUMNS[i]] as number).toBeCloseTo(row.total, 6);
    expect(seatsRow[COLUMNS[i]] as number).toBeCloseTo(row.seatCost, 6);
  });
  expect(Object.values(summary).some((r) => String(r.A).startsWith("Prices used: the workbook's price book"))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test("Compare stacks: the engine's table for the selected scenario's months and chain, five vendors, break-evens listed", async () => {
  const { page, errors } = await openPane();
  const scenarios = defaultScenarios(nextMonth(new Date()));
  await page.click('[data-testid="tab-stacks"]');
  await page.waitForSelector('[data-testid="stacks-table"]');
  const expected = compareStacks(SEED_BOOK, compareInputOf(scenarios[0]));
  const rows = await page.$$eval('[data-testid="stack-row"]', (trs) => trs.map((tr) => ({ stack: (tr as HTMLElement).dataset.stack, total: Number((tr as HTMLElement).dataset.total), cheapest: (tr as HTMLElement).dataset.cheapest })));
  expect(rows.map((r) => r.stack)).toEqual(expected.stacks.map((s) => s.stack));
  rows.forEach((r, i) => expect(r.total).toBeCloseTo(expected.stacks[i].total, 6));
  expect(rows.filter((r) => r.cheapest === "true").map((r) => r.stack)).toEqual([expected.cheapest]);
  const vendors = new Set(expected.stacks.flatMap((s) => s.vendors));
  expect(vendors.size).toBeGreaterThanOrEqual(5);
  const listed = await page.$$eval('[data-testid="break-evens"] li', (lis) => lis.map((li) => Number((li as HTMLElement).dataset.conversations)));
  expect(listed).toEqual(expected.breakEvens.map((b) => b.conversations));
  expect(await page.locator('[data-testid="break-even-mark"]').count()).toBe(expected.breakEvens.length);
  // Text that is not a number is reported next to the field and kept.
  await fill(page, "stacks-cv", "high");
  expect(await page.textContent('[data-testid="stack-compare"]')).toContain("must be a number");
  expect(await page.inputValue('[data-testid="stacks-cv"] input, input[data-testid="stacks-cv"]')).toBe("high");
  await fill(page, "stacks-cv", "0.2");
  await page.waitForSelector('[data-testid="stacks-table"]');
  await page.locator('[data-testid="stack-compare"]').screenshot({ path: path.join(SHOTS, "compare-stacks.png") });
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test("keyboard only: write the book, edit a price, read the stacks chart", async () => {
  const { page, errors } = await openPane();
  await pressUntilFocused(page, '[data-testid="tab-scenarios"]');
  await pressUntilFocused(page, '[data-testid="tab-prices"]', "ArrowRight", 10);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="write-prices"]');
  await pressUntilFocused(page, '[data-testid="write-prices"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="prices-table"]');
  const seatRow = await priceRow(page, "intercom-advanced", "Seat, annual billing");
  await pressUntilFocused(page, `[data-testid="price-amount-${seatRow}"] input, input[data-testid="price-amount-${seatRow}"]`, "Tab", 80);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("70");
  await page.keyboard.press("Enter");
  await page.waitForFunction((r) => {
    type Sheet = { cells: Map<string, { value: unknown }> };
    const wb = (window as unknown as { supportcostPreview: { sheet(name: string): Sheet | undefined } }).supportcostPreview;
    return wb.sheet("SupportCost Prices")?.cells.get(`F${r}`)?.value === 70;
  }, seatRow);

  await pressUntilFocused(page, '[data-testid="tab-prices"]', "Shift+Tab", 200);
  await pressUntilFocused(page, '[data-testid="tab-stacks"]', "ArrowLeft", 10);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="stack-chart-keys"]');
  await pressUntilFocused(page, '[data-testid="stack-chart-keys"]', "Tab", 80);
  await page.keyboard.press("ArrowRight");
  expect(await page.textContent('[data-testid="stack-chart-readout"]')).toMatch(/^At 0 conversations a month: /);
  await page.keyboard.press("End");
  expect(await page.textContent('[data-testid="stack-chart-readout"]')).toMatch(/^At [\d,]+ conversations a month: .+\$/);
  expect(errors).toEqual([]);
  await page.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 450]) {
    test(`Prices and Compare stacks at ${width} px, ${colorScheme}: no serious axe findings, nothing wider than the pane`, async () => {
      const { page, errors } = await openPane(colorScheme);
      await page.setViewportSize({ width, height: 900 });
      await page.click('[data-testid="tab-prices"]');
      await page.click('[data-testid="write-prices"]');
      await page.waitForSelector('[data-testid="prices-table"]');
      const widerThanPane = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await widerThanPane()).toBeLessThanOrEqual(0);
      expect(serious(await axeViolations(page))).toEqual([]);
      await page.click('[data-testid="tab-stacks"]');
      await page.waitForSelector('[data-testid="stack-chart"]');
      await page.click('[data-testid="stack-compare"] summary');
      expect(await widerThanPane()).toBeLessThanOrEqual(0);
      expect(serious(await axeViolations(page))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
}
