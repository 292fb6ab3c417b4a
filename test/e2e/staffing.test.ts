/**
 * Issue 9 end to end in Chromium at 320 px: the Staffing section of the editor (off by default),
 * seats from staffing, the total cost of support in Compare, and the AI trade-off chart with its
 * readout and table. Screenshots for the README (with UPDATE_SCREENSHOTS=1): docs/screenshots/staffing-320.png, trade-off-320.png.
 */
import path from "path";
import { defaultScenarios, nextMonth, Scenario } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { scenarioTradeOff, supportForecast } from "../../src/model/scenario/supportCost";
import { axeViolations, fill, pressUntilFocused, readComparison, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(120_000);

const pane = usePane();

/** The Base scenario as the steps below leave it: live channel, the defaults, seats from staffing, shrinkage 30%. */
function expectedBase(): Scenario {
  const [base] = defaultScenarios(nextMonth(new Date()));
  return { ...base, drivers: { ...base.drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing" } };
}

const noSideScroll = (page: import("playwright-core").Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("seats from staffing and the AI trade-off, at 320 px", async () => {
  const { page, errors } = await pane.open("", "light");
  await page.setViewportSize({ width: 320, height: 900 });

  // Off by default, collapsed.
  expect(await page.$eval('[data-testid="staffing-section"]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
  await page.click('[data-testid="staffing-section"] summary');
  await page.getByLabel("Live channel (chat, phone)").check();
  await page.getByLabel("Seats from staffing (one per agent scheduled)").check();
  await fill(page, "staffing-shrinkagePct", "100");
  const shrinkMessage = await page.$eval('[data-testid="staffing-shrinkagePct"]', (i) => i.closest(".fui-Field")?.querySelector(".fui-Field__validationMessage")?.textContent ?? "");
  expect(shrinkMessage).toMatch(/^Shrinkage must be from 0% up to but not including 100%/);
  await fill(page, "staffing-shrinkagePct", "30");
  expect(await page.textContent('[data-testid="staffing-section"] summary')).toBe("Staffing: seats from staffing");
  expect(await noSideScroll(page)).toBe(true);
  expect(serious(await axeViolations(page))).toEqual([]);
  await (await page.$('[data-testid="staffing-section"]'))!.screenshot({ path: path.join(SHOTS, "staffing-320.png") });

  // Compare: people and total cost of support for Base, as the model computes them.
  await page.click('[data-testid="tab-compare"]');
  await page.waitForSelector('[data-testid="trade-off-chart"]');
  const s = expectedBase();
  const sf = supportForecast(s);
  const table = await readComparison(page);
  expect(table.totalCostOfSupport.Base).toBeCloseTo(sf.totalCostOfSupport, 4);
  expect(table.agentsScheduled.Base).toBe(sf.peakAgents);
  expect(table.totalCostOfSupport.Low).toBeUndefined();

  // The trade-off: today's rate and the break-even rate marked, the same numbers as the model.
  const t = scenarioTradeOff(s);
  expect(await page.textContent('[data-testid="trade-off-break-even-text"]')).toBe(
    `The AI pays for itself from ${((t.breakEvenRate as number) * 100).toFixed(1)}% of the conversations it sees.`,
  );
  expect(await page.$('[data-testid="trade-off-today"]')).not.toBeNull();
  expect(await page.$('[data-testid="trade-off-break-even"]')).not.toBeNull();
  await pressUntilFocused(page, '[data-testid="trade-off-keys"]');
  await page.keyboard.press("End");
  expect(await page.textContent('[data-testid="trade-off-readout"]')).toContain(`${t.curve[t.curve.length - 1].agentsScheduled} agents`);
  await page.click('[data-testid="trade-off"] details summary');
  const todayRow = await page.$eval('[data-testid="trade-off-table"] tr[data-rate="0.45"] td:nth-child(3)', (td) => Number((td as HTMLElement).dataset.value));
  expect(todayRow).toBeCloseTo(t.current!.total, 4);
  // Readable at 320 px: the chart fits the pane, nothing scrolls sideways.
  const box = await page.$eval('[data-testid="trade-off-chart"]', (svg) => svg.getBoundingClientRect().width);
  expect(box).toBeLessThanOrEqual(320);
  expect(await noSideScroll(page)).toBe(true);
  expect(serious(await axeViolations(page))).toEqual([]);
  await (await page.$('[data-testid="trade-off"]'))!.screenshot({ path: path.join(SHOTS, "trade-off-320.png") });
  expect(errors).toEqual([]);
  await page.close();
});
