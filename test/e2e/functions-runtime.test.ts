/**
 * The custom functions in the production bundle, in the page that hosts them (the shared runtime),
 * with the real office.js: heavy functions hand their work to the functions' Web Worker and give the
 * same numbers as the engine.
 */
import { simulateVolatility } from "../../src/model/volatility";
import { intercomRisk } from "../support/plans";
import { forecastSeries } from "../../src/model/forecast";
import { usePane } from "./pane-page";

const pane = usePane();

/**
 * Records every CustomFunctions.associate call the bundle makes: runs just before functions.js (after
 * office.js, which defines CustomFunctions), so the bundle itself is served unchanged.
 */
const RECORD_ASSOCIATIONS = `(() => {
  const recorded = {};
  window.__associations = recorded;
  const original = CustomFunctions.associate.bind(CustomFunctions);
  CustomFunctions.associate = (id, fn) => { recorded[id] = fn; try { return original(id, fn); } catch (e) { return undefined; } };
})();
`;

type Call = { name: string; args: unknown[] };

async function callInPage(page: import("playwright-core").Page, call: Call): Promise<unknown> {
  return page.evaluate(async ({ name, args }) => {
    const fns = (window as unknown as { __associations: Record<string, (...a: unknown[]) => unknown> }).__associations;
    const result = fns[name](...args, { functionName: `SUPPORTCOST.${name}` });
    const isPromise = result instanceof Promise;
    try {
      return { isPromise, value: await result };
    } catch (error) {
      return { isPromise, error: String((error as { message?: string }).message ?? error) };
    }
  }, call);
}

describe("the functions runtime in the page", () => {
  it("associates every function and computes BUDGETRISK and FORECAST in the worker, matching the engine", async () => {
    const first = await pane.open();
    const url = first.page.url();
    await first.page.close();
    const opened = await pane.session.context.newPage();
    await opened.route(/\/functions\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: RECORD_ASSOCIATIONS + (await response.text()) });
    });
    const served: string[] = [];
    opened.on("request", (r) => served.push(r.url()));
    await opened.goto(url);
    await opened.waitForFunction(() => Object.keys((window as unknown as { __associations: object }).__associations).length > 0);
    const ids = await opened.evaluate(() => Object.keys((window as unknown as { __associations: object }).__associations).sort());
    expect(ids).toEqual(["AGENTS", "AI", "BUDGETRISK", "COMPARE", "CONVERT", "FORECAST", "FXRATE", "MONTHLY", "PRICE", "RISKTABLE", "SEATS", "STAFFING", "TIER", "TIERS", "TOTAL", "VARIANCE"]);

    const p95 = (await callInPage(opened, { name: "BUDGETRISK", args: ["Advanced", 12, [[1500]], 0.3, 12, 0.95, null, null, null] })) as { isPromise: boolean; value: unknown; error?: string };
    expect(p95.error).toBeUndefined();
    expect(p95.isPromise).toBe(true);
    const engine = simulateVolatility({
      plan: intercomRisk("Advanced", 12),
      volumes: { kind: "expected", expected: 1500, months: 12, cv: 0.3 },
      percentiles: [0.95],
    });
    const shown = typeof p95.value === "number" ? p95.value : (p95.value as { basicValue: number }).basicValue;
    expect(shown).toBe(engine.total.atPercentiles[0]);
    expect(served.some((url) => /functions-worker\.[0-9a-f]+\.js$/.test(url))).toBe(true);

    const history = Array.from({ length: 36 }, (_, t) => 1000 + 8 * t + 200 * Math.sin((2 * Math.PI * t) / 12));
    const forecast = (await callInPage(opened, { name: "FORECAST", args: [history.map((v) => [v]), 6, null, null] })) as { value: number[][] };
    expect(forecast.value.slice(1).map((r) => r[1])).toEqual(forecastSeries(history, 6).forecast);

    const bad = (await callInPage(opened, { name: "RISKTABLE", args: ["Gold", 12, [[1500]], 0.3, null, null, null, null, null] })) as { error: string };
    expect(bad.error).toMatch(/Unknown plan "Gold"/);
    await opened.close();
  }, 60_000);
});
