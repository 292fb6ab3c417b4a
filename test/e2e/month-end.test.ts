/**
 * Month-end in the preview at 320 px: the plan (Intercom Advanced, 12 seats, 5,000 conversations a
 * month, AI involved in 50% and resolving 60%), a quarter of actuals pasted into the workbook's actuals
 * table, read back: the hand-worked month (6,000 conversations, 50%, 70%, invoice $3,150 → planned
 * $2,505, volume +$297, AI rate +$297, billing +$51), the invoice check's explanations, the landing —
 * and axe on the tab.
 */
import path from "path";
import { Page } from "playwright-core";
import { axeViolations, enterReferenceTask, fill, HOOK_TIMEOUT, serious, SHOTS, usePane } from "./pane-page";

const TEST_TIMEOUT = 180_000;
const pane = usePane();

const valueOf = async (page: Page, testId: string) => Number(await page.getAttribute(`[data-testid="${testId}"]`, "data-value"));

/** A person pasting cells into the preview's workbook. */
async function paste(page: Page, topLeft: string, values: unknown[][]): Promise<void> {
  await page.evaluate(
    ({ topLeft, values }) => (window as unknown as { supportcostPreview: { paste(sheet: string, at: string, v: unknown[][]): void } }).supportcostPreview.paste("SupportCost Actuals", topLeft, values),
    { topLeft, values },
  );
}

test(
  "a quarter of actuals: the worked month's bridge, the invoice check's explanations and the landing, at 320 px",
  async () => {
    const { page, errors } = await pane.open("", "light");
    await page.setViewportSize({ width: 320, height: 900 });

    await enterReferenceTask(page);

    await page.click('[data-testid="tab-monthEnd"]');
    await page.waitForSelector('[data-testid="month-end"]');
    await page.click('[data-testid="read-actuals"]');
    await page.waitForSelector('[data-testid="month-end-notice"]');
    expect(await page.textContent('[data-testid="month-end-notice"]')).toMatch(/no actuals table yet/);

    await page.click('[data-testid="create-actuals"]');
    await page.waitForFunction(() => /Created the table SupportCostActuals/.test(document.querySelector('[data-testid="month-end-notice"]')?.textContent ?? ""));
    // The quarter, as a person pastes it: numbers, text with thousands separators, a dollar sign.
    await paste(page, "B2", [
      [6000, 3000, 2100, 3150],
      ["5,000", "2,500", "1,500", "$2,505.00"],
      [5200, 2600, 1820, 2906.8],
    ]);
    // Creating again leaves the typed rows alone.
    await page.click('[data-testid="create-actuals"]');
    await page.waitForFunction(() => /already has the table/.test(document.querySelector('[data-testid="month-end-notice"]')?.textContent ?? ""));

    await page.click('[data-testid="read-actuals"]');
    await page.waitForSelector('[data-testid="month-end-bridge"]');
    expect(await page.textContent('[data-testid="month-end-notice"]')).toMatch(/Read 3 months of actuals from 'SupportCost Actuals'!A1:E13/);

    // Year to date first: three months planned at $2,505, invoiced $8,561.80.
    expect(await page.getAttribute('[data-testid="month-end-bridge"]', "data-month")).toBe("YTD");
    expect(await valueOf(page, "bridge-planned")).toBe(7515);
    expect(await valueOf(page, "bridge-invoice")).toBeCloseTo(8561.8, 6);

    // The hand-worked month.
    await page.selectOption('[data-testid="month-end-period"] select, select[data-testid="month-end-period"]', "1");
    await page.waitForFunction(() => document.querySelector('[data-testid="month-end-bridge"]')?.getAttribute("data-month") === "1");
    expect(await valueOf(page, "bridge-planned")).toBe(2505);
    expect(await valueOf(page, "bridge-volume")).toBe(297);
    expect(await valueOf(page, "bridge-rate")).toBe(297);
    expect(await valueOf(page, "bridge-billing")).toBe(51);
    expect(await valueOf(page, "bridge-invoice")).toBe(3150);
    expect(await page.textContent('[data-testid="month-end-bridge"]')).toMatch(/Planned\$2,505\.00Volume effect\+\$297AI-rate effect\+\$297Billing effect\+\$51Invoice\$3,150\.00/);
    const aria = await page.getAttribute('[data-testid="month-end-chart"]', "aria-label");
    expect(aria).toMatch(/planned \$2,505\.00, volume effect \+\$297, AI-rate effect \+\$297, billing effect \+\$51, invoice \$3,150\.00/);
    expect(await page.getAttribute('[data-testid="month-end-chart"]', "role")).toBe("img");

    // The chart's numbers as a table.
    await page.click('[data-testid="month-end"] details > summary');
    const rows = await page.$$eval('[data-testid="variance-row"]', (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.getAttribute("data-value")))));
    expect(rows[0]).toEqual([2505, 297, 297, 51, 3150]);
    expect(rows[1]).toEqual([2505, 0, 0, 0, 2505]);
    expect(rows).toHaveLength(4);

    // The invoice check: month 1 only a count explains; month 2 matches; month 3 matches 13 seats.
    const checks = page.locator('[data-testid="invoice-check"]');
    expect(await checks.count()).toBe(3);
    expect(await checks.nth(0).getAttribute("data-flagged")).toBe("true");
    expect(await checks.nth(0).locator('[data-testid="invoice-explanation"]').getAttribute("data-rule")).toBe("count");
    expect(await checks.nth(0).textContent()).toMatch(/differs from the modelled bill \$3,099\.00 by \+\$51.*matches 52 more resolutions billed than the actuals count \(2,152 instead of 2,100\)/);
    expect(await checks.nth(1).getAttribute("data-flagged")).toBe("false");
    expect(await checks.nth(2).textContent()).toMatch(/The invoice matches 13 seats instead of 12\./);
    // A tolerance of a cent: nothing explains month 1.
    await fill(page, "month-end-tolerance", "0.01");
    await page.waitForSelector('[data-testid="invoice-unexplained"]');
    await fill(page, "month-end-tolerance", "-5");
    await page.waitForSelector("text=The tolerance must be an amount of 0 or more US dollars.");
    await fill(page, "month-end-tolerance", "1");

    // The landing: invoiced to date plus nine months re-fitted and simulated.
    expect(await valueOf(page, "landing-actual")).toBeCloseTo(8561.8, 6);
    expect(await valueOf(page, "landing-remaining")).toBe(9);
    const p50 = await valueOf(page, "landing-p50");
    const p90 = await valueOf(page, "landing-p90");
    expect(p50).toBeGreaterThan(8561.8);
    expect(p90).toBeGreaterThanOrEqual(p50);
    await fill(page, "month-end-budget", "36,000");
    await page.waitForSelector('[data-testid="landing-over-budget"]');
    const chance = await valueOf(page, "landing-over-budget");
    expect(chance).toBeGreaterThanOrEqual(0);
    expect(chance).toBeLessThanOrEqual(1);
    await fill(page, "month-end-budget", "lots");
    await page.waitForSelector("text=/not a number|lots/");

    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await fill(page, "month-end-budget", "36000");
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.locator('[data-testid="month-end"]').screenshot({ path: path.join(SHOTS, "month-end-320.png") });
    expect(errors).toEqual([]);
    await page.close();
  },
  TEST_TIMEOUT,
);

test(
  "an unreadable row is named with its line, and a month with no invoice is said, not dropped",
  async () => {
    const { page, errors } = await pane.open("", "light");
    await page.setViewportSize({ width: 320, height: 900 });
    await page.click('[data-testid="tab-monthEnd"]');
    await page.click('[data-testid="create-actuals"]');
    await page.waitForFunction(() => /Created the table/.test(document.querySelector('[data-testid="month-end-notice"]')?.textContent ?? ""));
    await paste(page, "B2", [
      [20000, 20000, 9000, 30000],
      ["2.500", 100, 50, 200],
      [20000, 20000, 9000, ""],
    ]);
    await page.click('[data-testid="read-actuals"]');
    await page.waitForSelector('[data-testid="month-end-row-problems"]');
    expect(await page.textContent('[data-testid="month-end-row-problems"]')).toMatch(/1 row was not read.*Line 3: Conversations: "2\.500" could be 2\.5 or 2,500/);
    expect(await page.textContent('[data-testid="month-end-not-usable"]')).toMatch(/has no conversations, AI-involved conversations, AI resolutions, invoice\./);
    expect(serious(await axeViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  },
  TEST_TIMEOUT,
);

// The hooks of usePane carry HOOK_TIMEOUT; named here so a reader sees every hook is bounded.
void HOOK_TIMEOUT;
