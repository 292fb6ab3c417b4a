/**
 * Issue 16, end to end: a browser whose language is ja-JP (the preview's stand-in for Office's display
 * language) gets the whole pane in Japanese at 320 px — every tab, after a forecast and a simulation,
 * and a field in error — with axe clean; the switch brings English back, and the Japanese catalog is a
 * chunk of its own, loaded only when needed.
 */
import path from "path";
import { Page } from "playwright-core";
import { axeViolations, fill, serious, SHOTS, usePane } from "./pane-page";

jest.setTimeout(120_000);

const pane = usePane({ locale: "ja-JP" });

/**
 * Words that stay as they are in Japanese: product, vendor, plan and edition names, units and codes, the
 * scenario templates' names (data the user renames), price sources. What is left must not hold a Latin word.
 */
const KEPT = [
  // Sheet, table and name of the workbook, the same in every language so formulas find them ("SupportCost Actuals").
  /\bSupportCost[ _]?[A-Z][A-Za-z]*\b/g,
  // Plan and stack ids are codes a formula takes ("intercom-advanced", "freshdesk-pro+eesel").
  /\b[a-z0-9]+(?:[-+][a-z0-9]+)+\b/g,
  /https?:\/\/\S+/g,
  /=?SUPPORTCOST(\.[A-Z]+)?/g,
  /\b(SupportCost|Intercom|Zendesk|Freshdesk|Freddy|Salesforce|Agentforce|eesel|Fin|Copilot|Excel|Microsoft|Office)\b/g,
  /\b(Essential|Advanced|Expert|Suite|Team|Growth|Pro|Professional|Enterprise|Standalone|Standard|Plus|Service|Cloud|Copilot|Flex|Credits|Pack|Session|AI|Agent|Edition)\b/gi,
  /\b(Base|Low|High)\b/g,
  // Keys are named as printed on the keyboard (Tab キー).
  /\b(Tab|Enter|Home|End|Esc)\b/g,
  // Each language is named in itself in the language switch.
  /\bEnglish\b/g,
  /\b(USD|JPY|EUR|GBP|CSV|TSV|ETS|ARIMA|Theta|P\d{2}|YYYY-MM|MM|YYYY)\b/g,
];

/** Latin words of three letters or more left once kept names and codes are taken out. */
function untranslated(text: string, also: readonly string[] = []): string[] {
  let rest = text;
  for (const name of also) if (name.trim() !== "") rest = rest.split(name).join(" ");
  for (const re of KEPT) rest = rest.replace(re, " ");
  return [...new Set(rest.match(/[A-Za-z]{3,}/g) ?? [])];
}

/** Everything a person reads or hears in the pane: its text and the accessible names it gives. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="pane"]')!;
    const labels = [...root.querySelectorAll("[aria-label], [title], [placeholder]")].map((el) =>
      ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? "").join(" "),
    );
    return `${(root as HTMLElement).innerText}\n${labels.join("\n")}`;
  });
}

/** The price book's own data shown in the pane (plan names, vendors, sources): data, not the pane's words. */
async function bookData(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll("[data-book-text]")].map((el) => el.textContent ?? ""),
    ...[...document.querySelectorAll("[data-source]")].map((el) => el.getAttribute("data-source") ?? ""),
    // The preview workbook's cells and sheet names are the workbook's contents, as Excel would show them.
    ...[...document.querySelectorAll('[data-testid="preview-grid"] td, [data-testid="preview-workbook"] [role="tab"]')].flatMap((el) => [el.textContent ?? "", el.getAttribute("title") ?? ""]),
  ]);
}

async function openAt320(): Promise<{ page: Page; errors: string[] }> {
  const opened = await pane.open();
  await opened.page.setViewportSize({ width: 320, height: 900 });
  return opened;
}

const TABS = ["scenarios", "compare", "stacks", "prices", "workbook", "forecast", "volatility", "monthEnd"] as const;

test("in ja-JP every tab speaks Japanese, with the tabs, dates and numbers of the locale", async () => {
  const { page, errors } = await openAt320();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja-JP");
  expect(await page.textContent('[data-testid="tab-scenarios"]')).toBe("シナリオ");
  for (const tab of TABS) {
    await page.click(`[data-testid="tab-${tab}"]`);
    await page.waitForTimeout(300);
    const text = await readable(page);
    expect({ tab, japanese: /[\u3040-\u30ff\u4e00-\u9faf]/.test(text) }).toEqual({ tab, japanese: true });
    expect({ tab, untranslated: untranslated(text, await bookData(page)) }).toEqual({ tab, untranslated: [] });
    expect({ tab, axe: serious(await axeViolations(page)) }).toEqual({ tab, axe: [] });
    await page.screenshot({ path: path.join(SHOTS, `ja-${tab}-320.png`), fullPage: true });
  }
  expect(errors).toEqual([]);
  await page.close();
});

test("in ja-JP a field in error, a forecast and a simulation are Japanese too", async () => {
  const { page, errors } = await openAt320();
  await fill(page, "seats", "twelve");
  await fill(page, "horizon", "40");
  const form = await page.$eval("form", (el) => (el as HTMLElement).innerText);
  expect(untranslated(form, ["twelve"])).toEqual([]);
  await fill(page, "seats", "12");
  await fill(page, "horizon", "12");

  await page.click('[data-testid="tab-volatility"]');
  await page.click('[data-testid="volatility-run"]');
  await page.waitForSelector('[data-testid="volatility-percentiles"]', { timeout: 60_000 });
  expect(untranslated(await readable(page))).toEqual([]);
  expect(serious(await axeViolations(page))).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "ja-volatility-run-320.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test("the switch brings English back, and the Japanese catalog is its own chunk", async () => {
  const { page, errors } = await openAt320();
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name.split("/").pop() ?? ""));
  expect(scripts.some((s) => s.startsWith("i18n-ja."))).toBe(true);
  await page.selectOption('[data-testid="language"]', "en");
  await page.waitForFunction(() => document.documentElement.lang === "en-US", undefined, { timeout: 10_000 });
  expect(await page.textContent('[data-testid="tab-scenarios"]')).toBe("Scenarios");
  expect(serious(await axeViolations(page))).toEqual([]);
  // The choice is kept for this browser profile: a reload stays in English.
  await page.reload();
  await page.waitForSelector('[data-testid="pane"][data-ready="true"]', { timeout: 15_000 });
  expect(await page.textContent('[data-testid="tab-scenarios"]')).toBe("Scenarios");
  await page.selectOption('[data-testid="language"]', "ja");
  await page.waitForFunction(() => document.documentElement.lang === "ja-JP", undefined, { timeout: 10_000 });
  expect(errors).toEqual([]);
  await page.close();
});

test("in yen: totals in ￥ at the book's dated rate, said under the prices line, and the rate drawn in the simulation", async () => {
  const { page, errors } = await openAt320();
  await page.selectOption('[data-testid="display-currency"]', "JPY");
  await page.waitForSelector('[data-testid="rate-line"]', { timeout: 10_000 });
  const rateLine = (await page.textContent('[data-testid="rate-line"]')) ?? "";
  expect(rateLine).toMatch(/1 USD = 156\.22 JPY/);
  expect(rateLine).toContain("2025-12-24");
  const pane = (await page.textContent('[data-testid="pane"]')) ?? "";
  expect(pane).toMatch(/￥[\d,]+/);
  expect(pane).not.toMatch(/￥[\d,]+\.\d/);

  await page.click('[data-testid="tab-volatility"]');
  await page.waitForSelector('[data-testid="volatility-fx"]', { timeout: 15_000 });
  await page.click('[data-testid="volatility-run"]');
  await page.waitForSelector('[data-testid="tornado-table"]', { state: "attached", timeout: 60_000 });
  expect(await page.textContent('[data-testid="tornado-table"]')).toContain("為替レート");
  expect(await page.textContent('[data-testid="volatility-percentiles"]')).toMatch(/￥[\d,]+/);
  expect(untranslated(await readable(page), await bookData(page))).toEqual([]);
  expect(serious(await axeViolations(page))).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "ja-yen-volatility-320.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});
