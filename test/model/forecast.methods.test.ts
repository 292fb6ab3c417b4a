import { airlineForecast } from "../../src/model/forecast/airline";
import { combinedForecast } from "../../src/model/forecast/combine";
import { fDistributionUpperTail, logGamma } from "../../src/model/forecast/fTest";
import { findLevelShift, shiftAdjusted } from "../../src/model/forecast/levelShift";
import { changesAutocorrelated, hasSeasonalSignal, seasonalEffectsSignificant } from "../../src/model/forecast/seasonality";
import { fitSes, thetaForecast } from "../../src/model/forecast/theta";

/** Deterministic small noise in [-1, 1]. */
function noise(t: number): number {
  const x = Math.sin(t * 12.9898 + 78.233) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

describe("F distribution tail (seasonality screen)", () => {
  test("matches known values", () => {
    // Critical values from the F table: F(11, 10) at 5% is 2.94; F(1, 10) = t(10)^2, and t = 1.734 is two-sided 11.4%.
    expect(fDistributionUpperTail(2.94, 11, 10)).toBeCloseTo(0.05, 3);
    expect(fDistributionUpperTail(3.0, 1, 10)).toBeCloseTo(0.1139, 3);
    expect(fDistributionUpperTail(1, 5, 5)).toBeCloseTo(0.5, 10);
    expect(fDistributionUpperTail(0, 3, 3)).toBe(1);
    expect(fDistributionUpperTail(Infinity, 3, 3)).toBe(0);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe("seasonality screen", () => {
  const twoYears = Array.from({ length: 24 }, (_, t) => (1000 + 40 * t) * (t % 12 === 11 ? 1.3 : 1) * (1 + 0.01 * noise(t)));

  test("two years with the same December peak are seasonal by the F-test, though the autocorrelation has too few pairs", () => {
    expect(changesAutocorrelated(twoYears, 12)).toBe(false);
    expect(seasonalEffectsSignificant(twoYears, 12)).toBe(true);
    expect(hasSeasonalSignal(twoYears, 12)).toBe(true);
  });

  test("a trend with noise, or fewer than two seasons, is not", () => {
    const trend = Array.from({ length: 36 }, (_, t) => 100 + 2 * t + 5 * noise(t));
    expect(hasSeasonalSignal(trend, 12)).toBe(false);
    expect(hasSeasonalSignal(twoYears.slice(0, 23), 12)).toBe(false);
  });
});

describe("Theta (SES with drift)", () => {
  test("SES gives a random walk a large alpha and noise around a level a small one", () => {
    const walk: number[] = [100];
    for (let t = 1; t < 80; t++) walk.push(walk[t - 1] + 5 * noise(t));
    expect(fitSes(walk).alpha).toBeGreaterThan(0.5);
    const level = Array.from({ length: 80 }, (_, t) => 100 + 5 * noise(t));
    expect(fitSes(level).alpha).toBeLessThan(0.2);
  });

  test("a straight line is forecast with half its slope on top of the last level (the theta-2 line's drift)", () => {
    const line = Float64Array.from({ length: 40 }, (_, t) => 10 + 2 * t);
    const f = thetaForecast(line, 0, 3);
    // alpha → 1: level = last value 88, drift = 1, start term → 1.
    expect(f.mean[0]).toBeCloseTo(88 + 1 * (0 + 1), 3);
    expect(f.mean[2]).toBeCloseTo(88 + 1 * (2 + 1), 3);
  });

  test("puts a multiplicative season back", () => {
    const y = Float64Array.from({ length: 48 }, (_, t) => 100 * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)));
    const f = thetaForecast(y, 12, 12);
    for (let h = 0; h < 12; h++) expect(f.mean[h] / (100 * (1 + 0.3 * Math.sin((2 * Math.PI * (48 + h)) / 12)))).toBeCloseTo(1, 2);
    for (let h = 1; h < 12; h++) expect(f.sd[h] / f.mean[h]).toBeGreaterThanOrEqual(f.sd[h - 1] / f.mean[h - 1] - 1e-12);
  });
});

describe("airline ARIMA(0,1,1)(0,1,1)12", () => {
  test("continues a linear trend plus a fixed season exactly", () => {
    const season = [5, -3, 8, 0, -6, 2, 9, -4, 1, -7, 3, -8];
    const y = Float64Array.from({ length: 60 }, (_, t) => 200 + 3 * t + season[t % 12]);
    const f = airlineForecast(y, 12, 24);
    for (let h = 0; h < 24; h++) expect(f.mean[h]).toBeCloseTo(200 + 3 * (60 + h) + season[(60 + h) % 12], 6);
  });

  test("its interval widens with the horizon and refuses too short a history", () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12) + 3 * noise(t));
    const f = airlineForecast(y, 12, 24);
    for (let h = 1; h < 24; h++) expect(f.sd[h]).toBeGreaterThanOrEqual(f.sd[h - 1]);
    expect(() => airlineForecast(y.subarray(0, 35), 12, 3)).toThrow(/three seasons/);
  });
});

describe("level shift", () => {
  const season = (t: number): number => 1 + 0.2 * Math.sin((2 * Math.PI * t) / 12);

  test("finds a step in the last year, with its month and size (log scale for a positive history)", () => {
    const y = Float64Array.from({ length: 70 }, (_, t) => (t >= 62 ? 600 : 1000) * season(t) * (1 + 0.01 * noise(t)));
    const found = shiftAdjusted(y, 12);
    expect(found?.shift.at).toBe(62);
    expect(Math.exp(found!.shift.size)).toBeCloseTo(0.6, 1);
    // The earlier months are scaled to the new level.
    expect(found!.history[10] / y[10]).toBeCloseTo(Math.exp(found!.shift.size), 12);
    expect(found!.history[65]).toBe(y[65]);
  });

  test("ignores a ramp (a recession building up), an outlier that reverses, and an old shift", () => {
    const ramp = Array.from({ length: 70 }, (_, t) => 1000 + (t > 50 ? 30 * (t - 50) : 0) + 10 * noise(t));
    expect(findLevelShift(ramp, 1)).toBeNull();
    const spike = Array.from({ length: 60 }, (_, t) => (t === 50 ? 2000 : 1000) + 10 * noise(t));
    expect(findLevelShift(spike, 1)).toBeNull();
    const old = Array.from({ length: 60 }, (_, t) => (t >= 10 ? 1500 : 1000) + 10 * noise(t));
    expect(findLevelShift(old, 1)).toBeNull();
    const recent = Array.from({ length: 60 }, (_, t) => (t >= 40 ? 1500 : 1000) + 10 * noise(t));
    expect(findLevelShift(recent, 1)?.at).toBe(40);
  });
});

describe("the combination", () => {
  test("an exactly fitted history keeps ETS alone; a noisy seasonal one averages three methods", () => {
    const line = Float64Array.from({ length: 30 }, (_, t) => (50 + 3 * t) / 137);
    expect(combinedForecast(line, 0, false, 6, 0.95).members).toEqual(["ets"]);
    const y = Float64Array.from({ length: 60 }, (_, t) => (100 + t + 20 * Math.sin((2 * Math.PI * t) / 12) + 4 * noise(t)) / 200);
    const c = combinedForecast(y, 12, false, 12, 0.95);
    expect(c.members).toEqual(["ets", "theta", "airline"]);
    for (let h = 0; h < 12; h++) expect(c.lower[h]).toBeLessThan(c.mean[h]);
  });
});
