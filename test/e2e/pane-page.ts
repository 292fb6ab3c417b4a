/**
 * What every end-to-end suite of the pane shares: the served production build and browser for the
 * file's tests, opening the pane (in light or dark), typing into a field, and axe's findings.
 */
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import { Page } from "playwright-core";
import { openBrowser, requireBuild, ROOT, Served, serveDist, Session } from "./harness";

/**
 * Where screenshots go: under test-results/ (tests write nowhere else), or into docs/screenshots for the
 * README when asked with UPDATE_SCREENSHOTS=1 (npm run screenshots), so a test run leaves a clone clean.
 */
export const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(ROOT, "docs/screenshots") : path.join(ROOT, "test-results/screenshots");
/** Generous on a busy 2-core machine: starting Chromium and serving the build can take tens of seconds. */
export const HOOK_TIMEOUT = 120_000;
const AXE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface PaneSession {
  /** The browser session: its record of remote requests is what the network tests check. */
  readonly session: Session;
  /** Opens the pane and waits until it is interactive; `errors` collects uncaught page errors. */
  open(query?: string, colorScheme?: "light" | "dark"): Promise<{ page: Page; errors: string[] }>;
}

/** Serves dist/ and starts the browser before the file's tests, and stops both after them. */
export function usePane(options: { locale?: string } = {}): PaneSession {
  let served: Served | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    requireBuild();
    served = await serveDist();
    session = await openBrowser({ locale: options.locale });
    mkdirSync(SHOTS, { recursive: true });
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await session?.close();
    await served?.close();
  }, HOOK_TIMEOUT);
  return {
    get session() {
      if (!session) throw new Error("the browser starts in beforeAll");
      return session;
    },
    async open(query = "", colorScheme = "light") {
      if (!session || !served) throw new Error("the browser starts in beforeAll");
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${served.url}taskpane.html${query}`);
      await page.waitForSelector('[data-testid="pane"][data-ready="true"]', { timeout: 15_000 });
      return { page, errors };
    },
  };
}

export async function fill(page: Page, testId: string, text: string): Promise<void> {
  await page.fill(`[data-testid="${testId}"]`, text);
}

/**
 * The issues' reference task, typed into the selected scenario: intercom-advanced, 12 seats, 5,000
 * conversations a month flat, AI involved in 50% and resolving 60% of those, 12 months — $30,060 a year.
 */
export async function enterReferenceTask(page: Page): Promise<void> {
  await page.selectOption('[data-testid="stack"] select, select[data-testid="stack"]', "intercom-advanced");
  await fill(page, "seats", "12");
  await fill(page, "start-conversations", "5,000");
  await fill(page, "growth", "0");
  await fill(page, "ai-involvement", "50");
  await fill(page, "ai-rate", "60");
  await fill(page, "horizon", "12");
  await page.waitForFunction(() => document.querySelector('[data-testid="summary-annual"]')?.getAttribute("data-value") === "30060");
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * axe's violations, less one known false positive: Fluent UI's focus manager (tabster) inserts
 * aria-hidden focus guards, marked data-tabster-dummy, that only pass focus on at once; axe flags
 * them as aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses the same).
 * Only those exact nodes are dropped: any other node breaking that rule still fails.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
  });
  return violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((html) => !/^<i [^>]*data-tabster-dummy/.test(html)) } : v))
    .filter((v) => v.nodes.length > 0);
}

export const serious = <T extends { impact: string }>(v: T[]): T[] => v.filter((x) => x.impact === "serious" || x.impact === "critical");

/** metric → scenario name → exact value, as the comparison table carries them. */
export async function readComparison(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('[data-testid="comparison"] tbody tr', (rows) => {
    const out: Record<string, Record<string, number>> = {};
    for (const row of rows) {
      const metric = (row as HTMLElement).dataset.metric ?? "";
      out[metric] = {};
      row.querySelectorAll("td").forEach((td) => {
        const v = (td as HTMLElement).dataset.value;
        if (v !== undefined && v !== "") out[metric][(td as HTMLElement).dataset.scenario ?? ""] = Number(v);
      });
    }
    return out;
  });
}

/**
 * Moves the focus with one key (Tab by default) until the element matching `selector` has it, as a
 * keyboard user would; fails, naming what had the focus last, when `max` presses do not reach it.
 */
export async function pressUntilFocused(page: Page, selector: string, key = "Tab", max = 60): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return presses;
    await page.keyboard.press(key);
  }
  const last = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "nothing");
  throw new Error(`${max} presses of ${key} did not reach ${selector}; the focus is on ${last}`);
}
