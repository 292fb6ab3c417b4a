/**
 * The task end to end in Chromium at 320 px: "12 agents on Intercom Advanced, 5,000
 * conversations a month, the AI involved in half of them and resolving 60% of those. What does next
 * year cost, how volatile is it, what would Zendesk or Freshdesk cost instead?" The same figures in the
 * Scenarios summary, the Stacks tab (with its Total column in view), and with people priced at $4 per
 * human-handled conversation, the lowest total cost of support, as hand arithmetic and the CLI give them.
 */
import path from "path";
import { Page } from "playwright-core";
import { axeViolations, enterReferenceTask, fill, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(180_000);

const pane = usePane();

/** A fresh pane, light theme, at the narrowest width Office gives a task pane. */
async function openAt320() {
  const opened = await pane.open("", "light");
  await opened.page.setViewportSize({ width: 320, height: 900 });
  return opened;
}

const totalOf = async (page: Page, stack: string) => Number(await page.getAttribute(`[data-testid="stack-row"][data-stack="${stack}"]`, "data-total"));

test("the task at 320 px: one figure per question on every tab, the Total column in view", async () => {
  const { page, errors } = await openAt320();

  await enterReferenceTask(page);
  expect(Number(await page.getAttribute('[data-testid="summary-annual"]', "data-value"))).toBe(30060);

  await page.click('[data-testid="tab-stacks"]');
  await page.waitForSelector('[data-testid="stacks-table"]');
  expect(await totalOf(page, "intercom-advanced")).toBe(30060);
  expect(await totalOf(page, "zendesk-professional")).toBe(41400);
  expect(await totalOf(page, "freshdesk-pro")).toBe(22620);
  expect(await totalOf(page, "zendesk-professional+fin-standalone")).toBeCloseTo(34374, 6);
  // The Total column is in view at 320 px without scrolling.
  const box = await page.locator('[data-testid="stack-row"][data-stack="freshdesk-pro"] [data-testid="stack-total"]').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  // Ranked by the bill, the lowest names what its AI leaves to people in the same sentence.
  expect(await page.textContent('[data-testid="stacks-cheapest"]')).toMatch(/^Lowest bill: .*eesel.*, \$10,920, with people handling 55,500 conversations its AI does not resolve, 22,500 of them paused at its spend cap/);
  // Each stack's risk: a capped AI cannot swing, a per-resolution one does.
  const p90 = (stack: string) => page.getAttribute(`[data-testid="stack-row"][data-stack="${stack}"] td:nth-of-type(3)`, "data-value").then(Number);
  expect(await p90("freshdesk-pro+eesel")).toBeCloseTo(10920, 6);
  expect(await p90("intercom-advanced")).toBeGreaterThan(30060);

  // People priced: the lowest total cost of support.
  await page.click('[data-testid="tab-scenarios"]');
  await fill(page, "human-cost", "4");
  await page.click('[data-testid="tab-stacks"]');
  await page.waitForSelector('[data-testid="stacks-table"]');
  expect(await page.textContent('[data-testid="stacks-cheapest"]')).toMatch(/^Lowest total cost of support: Freshdesk Growth, \$185,436 \(people handle 42,000 conversations\)\.$/);
  expect(await page.getAttribute('[data-testid="stack-row"][data-stack="freshdesk-pro+eesel"] td:nth-of-type(2)', "data-value")).toBe("232920");

  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(serious(await axeViolations(page))).toEqual([]);
  await page.locator('[data-testid="stack-compare"]').screenshot({ path: path.join(SHOTS, "stacks-320.png") });
  expect(errors).toEqual([]);
  await page.close();
});

test("bad input at the field, never a blank pane: a driver out of range, a compounded volume past the bound", async () => {
  const { page, errors } = await openAt320();
  await fill(page, "ai-involvement", "140");
  expect(await page.textContent('[data-testid="stack-compare"], form')).toContain("AI involvement (% of conversations) must be from 0 to 100");
  await fill(page, "ai-involvement", "100");
  await fill(page, "start-conversations", "1,000,000");
  await fill(page, "horizon", "36");
  await fill(page, "growth", "50");
  expect(await page.textContent("form")).toContain("With 50% growth a month, month 13 reaches 129,746,338: the model takes at most 100,000,000 conversations a month.");
  for (const tab of ["compare", "stacks", "volatility", "scenarios"]) {
    await page.click(`[data-testid="tab-${tab}"]`);
    expect(await page.isVisible('[data-testid="pane"]')).toBe(true);
    expect((await page.textContent('[data-testid="pane"]'))!.length).toBeGreaterThan(100);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test("at 320 px the scenario picker shows a long name in full", async () => {
  const { page, errors } = await openAt320();
  await fill(page, "scenario-name", "Intercom Advanced, FY27");
  const select = page.locator('select[data-testid="scenario-select"], [data-testid="scenario-select"] select').first();
  expect(await select.inputValue()).toBe("s1");
  // The text fits: the select is wider than the name needs, measured in the page's own font.
  const fits = await select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    const canvas = document.createElement("canvas").getContext("2d")!;
    canvas.font = getComputedStyle(s).font;
    const text = s.options[s.selectedIndex].text;
    return { text, need: canvas.measureText(text).width, have: s.clientWidth };
  });
  expect(fits.text).toBe("Intercom Advanced, FY27");
  expect(fits.need).toBeLessThan(fits.have - 24); // room left for the dropdown arrow
  expect(errors).toEqual([]);
  await page.close();
});
