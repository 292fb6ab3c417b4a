import { intercomRisk } from "../support/plans";
import { VolatilityInput, simulateVolatility, volatilitySensitivity, volatilitySensitivitySteps } from "../../src/model/volatility";

const plan = intercomRisk("Advanced", 10);
const input: VolatilityInput = {
  plan,
  volumes: { kind: "expected", expected: [1500, 2000, 2500, 1800, 60, 2200], cv: 0.4 },
  correlation: 0.3,
  paths: 4_000,
  seed: 5,
};

describe("volatilitySensitivity (tornado)", () => {
  const result = volatilitySensitivity(input);
  const entry = (driver: string) => {
    const found = result.entries.find((e) => e.driver === driver);
    if (!found) throw new Error(`no ${driver} entry`);
    return found;
  };

  it("varies each driver low and high, labelled for the chart", () => {
    expect(result.statistic).toBe("p95");
    expect(result.entries.map((e) => [e.driver, e.lowLabel, e.highLabel]).sort()).toEqual(
      [
        ["Expected resolutions", "-20%", "+20%"],
        ["Volatility (CV)", "CV 0.2", "CV 0.6"],
        ["Month-to-month correlation", "0", "0.6"],
        ["AI price", "-10%", "+10%"],
        ["Seats", "9 seats", "11 seats"],
        ["AI monthly minimum", "No minimum", "Minimum 100"],
      ].sort(),
    );
  });

  it("orders drivers by the width of their swing, widest first", () => {
    const swings = result.entries.map((e) => Math.abs(e.highValue - e.lowValue));
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
  });

  it("moves the statistic the way each driver should", () => {
    expect(result.base).toBe(simulateVolatility(input).total.p95);
    for (const driver of ["Expected resolutions", "Volatility (CV)", "Month-to-month correlation", "AI price", "Seats"]) {
      const e = entry(driver);
      expect(e.lowValue).toBeLessThan(result.base);
      expect(e.highValue).toBeGreaterThan(result.base);
    }
    // Only the small month (60 resolutions) feels the minimum.
    const minimum = entry("AI monthly minimum");
    expect(minimum.lowValue).toBeLessThanOrEqual(result.base);
    expect(minimum.highValue).toBeGreaterThan(result.base);
  });

  it("uses common random numbers, so a bar is the driver's effect and not noise", () => {
    // Seats add exactly 6 months x 1 seat x $85 to every path, so to the P95 as well.
    const seats = entry("Seats");
    expect(seats.highValue - result.base).toBeCloseTo(6 * 85, 6);
    expect(result.base - seats.lowValue).toBeCloseTo(6 * 85, 6);
    // The mean is linear in the AI rate when nothing else changes.
    const mean = volatilitySensitivity(input, { statistic: "mean" });
    const seatTotal = 6 * 850;
    const rate = mean.entries.find((e) => e.driver === "AI price");
    expect(rate?.highValue).toBeCloseTo(seatTotal + 1.1 * (mean.base - seatTotal), 6);
    expect(rate?.lowValue).toBeCloseTo(seatTotal + 0.9 * (mean.base - seatTotal), 6);
    expect(volatilitySensitivity(input)).toEqual(result);
  });

  it("labels an interval forecast's volatility as its width, and keeps correlation below 1", () => {
    const forecastInput: VolatilityInput = {
      ...input,
      correlation: 0.8,
      volumes: { kind: "interval", forecast: [1000, 1200], lower: [800, 900], upper: [1250, 1600], confidence: 0.9 },
    };
    const tornado = volatilitySensitivity(forecastInput, { statistic: "p50" });
    const labels = tornado.entries.map((e) => `${e.driver}: ${e.lowLabel} / ${e.highLabel}`);
    expect(labels).toContain("Forecast resolutions: -20% / +20%");
    expect(labels).toContain("Interval width: -50% / +50%");
    expect(labels).toContain("Month-to-month correlation: 0.5 / 0.95");
  });

  it("reports progress in steps up to 1", () => {
    const fractions: number[] = [];
    volatilitySensitivity({ ...input, paths: 500 }, {}, (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThanOrEqual(13);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    expect(fractions[fractions.length - 1]).toBe(1);
    const steps = volatilitySensitivitySteps({ ...input, paths: 500 });
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.entries).toHaveLength(6);
  });

  it("keeps a small team's seat bar visible: at least one seat either way", () => {
    const small = volatilitySensitivity({ ...input, plan: intercomRisk("Advanced", 2), paths: 500 });
    const seats = small.entries.find((e) => e.driver === "Seats");
    expect([seats?.lowLabel, seats?.highLabel]).toEqual(["1 seat", "3 seats"]);
  });
});
