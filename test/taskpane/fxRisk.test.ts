/**
 * Currency risk in the pane: in another currency the simulation draws the rate, its result is in that
 * currency, and the pane's formats (× today's rate) show it exactly; the Risk sheet states the rate.
 */
import { fxDriver, inDollarTerms } from "../../src/taskpane/fxRisk";
import { displayCurrency, formatWholeMoney, setDisplayCurrency } from "../../src/taskpane/format";
import { defaultScenarios, forecastScenario, simulationPlanOf } from "../../src/model/scenario";
import { SEED_BOOK } from "../../src/model/pricebook";
import { simulateVolatility, volatilitySensitivity } from "../../src/model/volatility";
import { riskLayout } from "../../src/workbook/analysisLayout";

const [base] = defaultScenarios("2027-01");
const f = forecastScenario(base, SEED_BOOK);
const input = { plan: simulationPlanOf(f), volumes: { kind: "expected" as const, expected: f.months.map((m) => m.conversations), cv: 0.2 }, paths: 4000, seed: 7 };

afterEach(() => setDisplayCurrency("USD", 1));

test("no exchange-rate driver in dollars; the book's rate and the chosen volatility in yen", () => {
  expect(fxDriver({ currency: "USD", rate: 1 }, 0.1)).toBeUndefined();
  expect(fxDriver({ currency: "JPY", rate: 150 }, 0.1)).toEqual({ rate: 150, volatility: 0.1, currency: "JPY" });
});

test("a yen result shows as yen, exactly: its figures ÷ the rate, × the rate again by the formats", () => {
  const display = { currency: "JPY" as const, rate: 150 };
  const fx = fxDriver(display, 0.12)!;
  const yen = simulateVolatility({ ...input, fx, budget: 60_000_000 });
  const sensitivity = volatilitySensitivity({ ...input, fx, paths: 1000 }, { statistic: "p95" });
  const shown = inDollarTerms(yen, sensitivity, display);
  setDisplayCurrency("JPY", 150);
  expect(displayCurrency()).toEqual({ currency: "JPY", rate: 150 });
  for (const [usdTerms, inYen] of [
    [shown.result.total.p95, yen.total.p95],
    [shown.result.total.p50, yen.total.p50],
    [shown.result.plannedCost, yen.plannedCost],
    [shown.result.budget!, 60_000_000],
    [shown.sensitivity.base, sensitivity.base],
  ] as const) {
    expect(formatWholeMoney(usdTerms)).toBe(formatWholeMoney(inYen / 150));
    expect(Math.abs(usdTerms * 150 - inYen)).toBeLessThan(1e-6 * Math.max(1, inYen));
  }
  expect(shown.result.probabilityOverBudget).toBe(yen.probabilityOverBudget);
  // The rate's own swing is a driver of the tornado, and it widens the spread beyond the dollar one × rate.
  expect(sensitivity.entries.some((e) => /^Exchange rate/.test(e.driver))).toBe(true);
  const dollars = simulateVolatility(input);
  expect(yen.total.p95 - yen.total.p5).toBeGreaterThan((dollars.total.p95 - dollars.total.p5) * 150);
  // In dollars nothing is converted.
  expect(inDollarTerms(dollars, sensitivity, { currency: "USD", rate: 1 }).result).toBe(dollars);
});

test("the Risk sheet of a yen result: yen formats and labels, and the rate with its source and date", () => {
  const display = { currency: "JPY" as const, rate: 150 };
  const yen = simulateVolatility({ ...input, fx: fxDriver(display, 0.1), budget: 60_000_000 });
  // The pane's display money carries the rate's source and date to the sheet.
  setDisplayCurrency("JPY", 150, { source: "MUFG TTM", asOf: "2025-12-24" });
  const money = displayCurrency();
  expect(money).toEqual({ currency: "JPY", rate: 150, source: "MUFG TTM", asOf: "2025-12-24" });
  const layout = riskLayout({ scenarioName: "Base", result: yen, uncertainty: "CV 0.2", display: money });
  const cells = layout.blocks.flatMap((b) => b.cells.flat().map(String));
  expect(cells.some((c) => c.includes("1 USD = 150 JPY") && c.includes("MUFG TTM") && c.includes("2025-12-24"))).toBe(true);
  const formats = layout.blocks.flatMap((b) => b.numberFormats.flat());
  expect(formats).toContain("[$¥-411]#,##0");
  expect(formats).not.toContain("[$$-409]#,##0.00");
  expect(cells.some((c) => /^¥[\d.,]+[kM]?–¥/.test(c))).toBe(true);
});
