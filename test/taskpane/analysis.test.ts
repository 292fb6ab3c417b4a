import { forecastSeries } from "../../src/model/forecast";
import { conversationsInMonth, ScenarioDrivers, templateDrivers, validateDrivers } from "../../src/model/scenario";
import { PricingInputError } from "../../src/model/errors";
import { VolatilityResult } from "../../src/model/volatility";
import { inputProblem } from "../../src/model/errors";
import { fieldOfMessage, percentileRows, problemsByField, volumeFromForecast } from "../../src/taskpane/analysis";
import { SAMPLE_HISTORY } from "../../src/workbook/memory";

const base = (firstMonth = "2027-03", horizonMonths = 24): ScenarioDrivers => ({ ...templateDrivers("Base", firstMonth), horizonMonths });

function follow(forecast: number[], drivers: ScenarioDrivers) {
  const v = volumeFromForecast(forecast, drivers);
  const d: ScenarioDrivers = { ...drivers, startConversations: v.startConversations, growthPct: v.growthPct, seasonality: v.seasonality };
  return { v, d, months: forecast.map((_, i) => conversationsInMonth(d, i + 1)) };
}

describe("a forecast as a scenario's volume", () => {
  test("a seasonal forecast with growth is followed month by month, whatever month the plan starts", () => {
    const factors = [0.9, 0.85, 1, 1.05, 1.1, 1, 0.95, 0.9, 1, 1.05, 1.15, 1.3];
    for (const first of ["2027-01", "2027-03", "2027-11"]) {
      const start = Number(first.slice(5)) - 1;
      // 20,000 a month growing 1.5% a month, with the calendar month's factor.
      const forecast = Array.from({ length: 24 }, (_, i) => 20_000 * 1.015 ** i * factors[(start + i) % 12]);
      const { v, d, months } = follow(forecast, base(first));
      expect(v.growthPct).toBeCloseTo(1.5, 3);
      expect(validateDrivers(d)).toEqual({});
      months.forEach((m, i) => expect(m / forecast[i]).toBeCloseTo(1, 3));
      expect(v.largestGap).toBeLessThan(1e-3);
      expect(v.checkedMonths).toBe(24);
    }
  });

  test("a flat forecast gives flat seasonality and no growth", () => {
    const { v } = follow(new Array(12).fill(26_500), base());
    expect(v).toMatchObject({ startConversations: 26_500, growthPct: 0, seasonality: "flat", largestGap: 0 });
  });

  test("the real sample's forecast: the first 12 months are reproduced, and the gap after is reported honestly", () => {
    const result = forecastSeries(SAMPLE_HISTORY, 36, { seasonality: 12 });
    const { v, d, months } = follow(result.forecast, base("2027-01", 36));
    expect(validateDrivers(d)).toEqual({});
    months.slice(0, 12).forEach((m, i) => expect(Math.abs(m - result.forecast[i]) / result.forecast[i]).toBeLessThan(0.001));
    const gap = Math.max(...months.map((m, i) => Math.abs(m - result.forecast[i]) / result.forecast[i]));
    expect(v.largestGap).toBeCloseTo(gap, 9);
    expect(v.note).toContain(`within ${Math.round(gap * 1000) / 10}% of the forecast`);
  });

  test("growth is kept within what a scenario accepts, and too short a forecast is refused", () => {
    const exploding = Array.from({ length: 24 }, (_, i) => 100 * 2 ** i);
    expect(volumeFromForecast(exploding, base()).growthPct).toBe(50);
    expect(() => volumeFromForecast([1, 2, 3], base())).toThrow("Forecast at least 12 months");
  });
});

describe("model messages under their inputs", () => {
  const prefixes = { horizon: "Horizon", confidence: "Confidence" };
  test("by how the message starts; others belong to no input", () => {
    expect(fieldOfMessage("Horizon must be a whole number of months from 1 to 120; got 0.", prefixes)).toBe("horizon");
    expect(fieldOfMessage("Confidence must be a number between 0 and 1", prefixes)).toBe("confidence");
    expect(fieldOfMessage("The history needs at least 4 numbers", prefixes)).toBeUndefined();
  });

  test("inputProblem returns a model input error's message and rethrows anything else", () => {
    expect(inputProblem(() => forecastSeries([1, 2, 3, 4], 0))).toMatch(/^Horizon must be/);
    expect(inputProblem(() => 1)).toBeUndefined();
    expect(() =>
      inputProblem(() => {
        throw new TypeError("bug");
      }),
    ).toThrow("bug");
  });
});

describe("the Volatility view's rows and messages", () => {
  const total = { mean: 0, p5: 5, p50: 50, p90: 90, p95: 95, p99: 99, atPercentiles: [80] };
  const result = { total, percentiles: [0.8] } as unknown as VolatilityResult;

  test("an extra percentile takes its place in order: P80 between P50 and P90, not after P99", () => {
    expect(percentileRows(result).map((r) => r.label)).toEqual(["P5", "P50 (median)", "P80", "P90", "P95", "P99"]);
    expect(percentileRows(result).map((r) => r.value)).toEqual([5, 50, 80, 90, 95, 99]);
  });

  test("an extra percentile that is already a row is not repeated", () => {
    const same = { total: { ...total, atPercentiles: [95] }, percentiles: [0.95] } as unknown as VolatilityResult;
    expect(percentileRows(same).map((r) => r.label)).toEqual(["P5", "P50 (median)", "P90", "P95", "P99"]);
  });

  test("every bad setting is reported under its own field at once, like the editor", () => {
    type S = { a: number; b: number; c: number };
    const check = (s: S) => {
      if (!(s.a >= 0)) throw new PricingInputError("invalid", "A must be 0 or more.");
      if (!(s.b >= 0)) throw new PricingInputError("invalid", "B must be 0 or more.");
      if (s.a + s.b > 10) throw new PricingInputError("invalid", "A and B together must be at most 10.");
    };
    const good = { a: 1, b: 1, c: 1 };
    expect(problemsByField({ a: -1, b: -1, c: 1 }, good, ["a", "b", "c"], check)).toEqual({
      byField: { a: "A must be 0 or more.", b: "B must be 0 or more." },
      combined: undefined,
    });
    expect(problemsByField({ a: 8, b: 8, c: 1 }, good, ["a", "b", "c"], check)).toEqual({ byField: {}, combined: "A and B together must be at most 10." });
  });
});
