import { PricingInputError } from "../../src/model/errors";
import { forecastSeries, ForecastResult } from "../../src/model/forecast";

const seasonalWave = (t: number): number => 100 + 20 * Math.sin((2 * Math.PI * t) / 12);

/** Deterministic small noise in [-1, 1] (no Math.random in tests either). */
function noise(t: number): number {
  const x = Math.sin(t * 12.9898 + 78.233) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

function expectWellFormed(r: ForecastResult, horizon: number): void {
  expect(r.forecast).toHaveLength(horizon);
  expect(r.lower).toHaveLength(horizon);
  expect(r.upper).toHaveLength(horizon);
  // ETS alone when it reproduces the history exactly, else averaged with Theta (and the airline ARIMA from three seasons).
  expect(r.model).toMatch(/^ETS\([AM],(N|A|Ad),[NAM]\)( \+ Theta(\(\d+\))?( \+ ARIMA\(0,1,1\)\(0,1,1\)\d+)?)?$/);
  expect(r.description).toMatch(/, from \d+ months/);
  for (let h = 0; h < horizon; h++) {
    for (const v of [r.forecast[h], r.lower[h], r.upper[h]]) expect(Number.isFinite(v)).toBe(true);
    expect(r.lower[h]).toBeGreaterThanOrEqual(0);
    expect(r.lower[h]).toBeLessThanOrEqual(r.forecast[h]);
    expect(r.forecast[h]).toBeLessThanOrEqual(r.upper[h]);
  }
}

/** The ETS member of the method ("ETS(A,N,A) + Theta(12) + …" → "ETS(A,N,A)"). */
function etsOf(r: ForecastResult): string {
  return r.model.split(" + ")[0];
}

function expectInvalid(fn: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PricingInputError);
  expect((caught as PricingInputError).kind).toBe("invalid");
  expect((caught as Error).message).toMatch(message);
}

describe("forecastSeries on known series", () => {
  test("recovers a pure 12-month seasonal pattern", () => {
    const history = Array.from({ length: 48 }, (_, t) => seasonalWave(t));
    const r = forecastSeries(history, 24);
    expectWellFormed(r, 24);
    expect(r.seasonality).toBe(12);
    expect(r.model).toMatch(/,[AM]\)$/);
    r.forecast.forEach((f, h) => expect(f).toBeCloseTo(seasonalWave(48 + h), 3));
  });

  test("recovers a noisy multiplicative seasonal pattern with growth", () => {
    const level = (t: number): number => 1000 * Math.pow(1.01, t);
    const season = (t: number): number => 1 + 0.3 * Math.sin((2 * Math.PI * t) / 12);
    const history = Array.from({ length: 72 }, (_, t) => level(t) * season(t) * (1 + 0.01 * noise(t)));
    const r = forecastSeries(history, 12);
    expectWellFormed(r, 12);
    expect(r.seasonality).toBe(12);
    r.forecast.forEach((f, h) => expect(Math.abs(f / (level(72 + h) * season(72 + h)) - 1)).toBeLessThan(0.05));
  });

  test("extrapolates a linear trend", () => {
    const history = Array.from({ length: 30 }, (_, t) => 50 + 3 * t);
    const r = forecastSeries(history, 6);
    expectWellFormed(r, 6);
    expect(r.model).toBe("ETS(A,A,N)");
    r.forecast.forEach((f, h) => expect(f).toBeCloseTo(50 + 3 * (30 + h), 6));
  });

  test("extrapolates a noisy trend close to the true line", () => {
    const history = Array.from({ length: 40 }, (_, t) => 200 + 5 * t + 3 * noise(t));
    const r = forecastSeries(history, 6, { seasonality: "none" });
    expect(etsOf(r)).toMatch(/,A(d)?,N\)$/);
    r.forecast.forEach((f, h) => expect(Math.abs(f - (200 + 5 * (40 + h)))).toBeLessThan(15));
  });

  test("a constant series gives a flat forecast and (nearly) zero-width intervals", () => {
    const r = forecastSeries(Array(30).fill(250), 12);
    expectWellFormed(r, 12);
    expect(r.model).toBe("ETS(A,N,N)");
    expect(r.seasonality).toBe(0);
    for (let h = 0; h < 12; h++) {
      expect(r.forecast[h]).toBeCloseTo(250, 8);
      expect(r.upper[h] - r.lower[h]).toBeLessThan(1e-6);
    }
  });

  test("the shortest history (4 numbers) works", () => {
    const r = forecastSeries([10, 12, 11, 13], 3);
    expectWellFormed(r, 3);
    expect(etsOf(r)).toBe("ETS(A,N,N)");
  });

  test("zeros are allowed; multiplicative models are then not used", () => {
    const history = [0, 3, 0, 5, 0, 2, 1, 0, 4, 0, 0, 2, 3, 0, 1, 2];
    const r = forecastSeries(history, 6);
    expectWellFormed(r, 6);
    expect(r.model.startsWith("ETS(A,")).toBe(true);
    expect(r.model.endsWith(",M)")).toBe(false);
  });

  test("an all-zero history forecasts zero", () => {
    const r = forecastSeries(Array(24).fill(0), 4);
    expect(r.forecast).toEqual([0, 0, 0, 0]);
    expect(r.upper).toEqual([0, 0, 0, 0]);
  });

  test("zeros inside a seasonal series keep the seasonal model additive", () => {
    const history = Array.from({ length: 48 }, (_, t) => Math.max(0, 30 * Math.sin((2 * Math.PI * t) / 12) + 10 + noise(t)));
    expect(history.filter((v) => v === 0).length).toBeGreaterThan(0);
    const r = forecastSeries(history, 12, { seasonality: 12 });
    expectWellFormed(r, 12);
    expect(etsOf(r)).toMatch(/^ETS\(A,.*,A\)$/);
  });

  test("a level shift does not crash and the forecast follows the new level", () => {
    const history = [
      ...Array.from({ length: 36 }, (_, t) => 100 + (t % 3)),
      ...Array.from({ length: 36 }, (_, t) => 500 + (t % 5)),
    ];
    const r = forecastSeries(history, 12);
    expectWellFormed(r, 12);
    r.forecast.forEach((f) => expect(Math.abs(f - 502)).toBeLessThan(20));
  });

  test("a sudden drop to zero is handled", () => {
    const history = [...Array.from({ length: 30 }, (_, t) => 80 + noise(t)), 0, 0, 0, 0];
    expectWellFormed(forecastSeries(history, 12), 12);
  });

  test("lower bounds are clamped at 0 for noisy volumes near zero", () => {
    const history = Array.from({ length: 36 }, (_, t) => Math.round(3 + 3 * noise(t)));
    const r = forecastSeries(history, 24);
    expectWellFormed(r, 24);
    expect(r.lower.some((v) => v === 0)).toBe(true);
  });

  test("a falling trend is clamped at 0 rather than forecasting negative volumes", () => {
    const history = Array.from({ length: 24 }, (_, t) => 240 - 10 * t);
    const r = forecastSeries(history, 36);
    expectWellFormed(r, 36);
    expect(r.forecast[35]).toBe(0);
  });

  test("horizon 120 gives finite values everywhere", () => {
    const history = Array.from({ length: 60 }, (_, t) => seasonalWave(t) * (1 + 0.005 * t) + 2 * noise(t));
    expectWellFormed(forecastSeries(history, 120), 120);
  });

  test("very large and very small volumes give finite, proportional forecasts", () => {
    const base = Array.from({ length: 36 }, (_, t) => seasonalWave(t) + noise(t));
    const big = forecastSeries(base.map((v) => v * 2 ** 40), 6);
    const small = forecastSeries(base.map((v) => v * 2 ** -40), 6);
    const plain = forecastSeries(base, 6);
    expectWellFormed(big, 6);
    expectWellFormed(small, 6);
    plain.forecast.forEach((f, h) => {
      expect(big.forecast[h] / 2 ** 40).toBeCloseTo(f, 6);
      expect(small.forecast[h] * 2 ** 40).toBeCloseTo(f, 6);
    });
  });
});

describe("seasonality option", () => {
  const history = Array.from({ length: 48 }, (_, t) => seasonalWave(t) + noise(t));

  test('"none" never fits a seasonal model', () => {
    const r = forecastSeries(history, 12, { seasonality: "none" });
    expect(r.seasonality).toBe(0);
    expect(etsOf(r)).toMatch(/,N\)$/);
    expect(r.model).not.toMatch(/Theta\(|ARIMA/);
  });

  test("a whole number forces that season length", () => {
    const r = forecastSeries(history, 12, { seasonality: 6 });
    expect(r.seasonality).toBe(6);
    expect(etsOf(r)).toMatch(/,[AM]\)$/);
    expect(r.model).toContain("Theta(6)");
  });

  test("an explicit season on a very short history still works", () => {
    const r = forecastSeries([1, 5, 2, 6, 3, 7, 4, 8], 4, { seasonality: 2 });
    expectWellFormed(r, 4);
    expect(r.seasonality).toBe(2);
    expect(r.forecast[1]).toBeGreaterThan(r.forecast[0]);
  });

  test("auto finds the 12-month cycle when there are two full years", () => {
    expect(forecastSeries(history.slice(0, 24), 12).seasonality).toBe(12);
  });

  test("auto fits no seasonal model on less than two full seasons", () => {
    const r = forecastSeries(history.slice(0, 23), 12);
    expect(r.seasonality).toBe(0);
    expect(etsOf(r)).toMatch(/,N\)$/);
    expect(r.model).not.toMatch(/Theta\(|ARIMA/);
  });

  test("auto fits no seasonal model on a series without a cycle", () => {
    const flat = Array.from({ length: 60 }, (_, t) => 100 + 5 * noise(t));
    expect(forecastSeries(flat, 12).seasonality).toBe(0);
  });
});

describe("short and shifting histories", () => {
  /** Two years of monthly conversations with a December peak and growth: the preview's sample. */
  const twoYears = [
    17200, 16400, 18100, 18600, 19000, 18200, 17600, 17900, 19400, 20300, 21800, 24100, 18900, 18000, 19800, 20200, 20900, 19900,
    19300, 19500, 21200, 22400, 23900, 26500,
  ];

  test("two years with the same December peak get a seasonal forecast that peaks in December again", () => {
    const r = forecastSeries(twoYears, 12);
    expectWellFormed(r, 12);
    expect(r.seasonality).toBe(12);
    expect(r.description).toMatch(/^yearly season with .*, from 24 months/);
    // Month 12 ahead is next December: the highest of the year, and above this December.
    expect(Math.max(...r.forecast)).toBe(r.forecast[11]);
    expect(r.forecast[11]).toBeGreaterThan(twoYears[23]);
  });

  test("two years of noise without a cycle still get no season", () => {
    const flat = Array.from({ length: 24 }, (_, t) => 1000 + 50 * noise(t));
    expect(forecastSeries(flat, 12).seasonality).toBe(0);
  });

  test("a forced yearly season on two years never claims less than the history's own month-to-month noise", () => {
    const r = forecastSeries(twoYears, 12, { seasonality: 12 });
    // Noise the history itself shows: the spread of the change from the same month last year, over √2.
    const changes = twoYears.slice(12).map((v, t) => v - twoYears[t]);
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    const sd = Math.sqrt(changes.reduce((a, b) => a + (b - mean) ** 2, 0) / (changes.length - 1) / 2);
    for (let h = 0; h < 12; h++) {
      expect(r.upper[h] - r.forecast[h]).toBeGreaterThanOrEqual(1.959 * sd);
      expect(r.forecast[h] - r.lower[h]).toBeGreaterThanOrEqual(1.959 * sd);
    }
  });

  test("a level shift in the last year is taken as the new level, not as a trend", () => {
    // Five seasonal years at 1,000, then the last 8 months 30% lower (a law change, a new channel).
    const season = (t: number): number => 1 + 0.2 * Math.sin((2 * Math.PI * t) / 12);
    const history = Array.from({ length: 68 }, (_, t) => (t >= 60 ? 700 : 1000) * season(t) * (1 + 0.02 * noise(t)));
    const r = forecastSeries(history, 12);
    expectWellFormed(r, 12);
    r.forecast.forEach((f, h) => expect(Math.abs(f / (700 * season(68 + h)) - 1)).toBeLessThan(0.08));
  });
});

describe("prediction intervals", () => {
  const history = Array.from({ length: 48 }, (_, t) => seasonalWave(t) + 4 * noise(t));

  test("default confidence is 0.95", () => {
    expect(forecastSeries(history, 6)).toEqual(forecastSeries(history, 6, { confidence: 0.95 }));
  });

  test("a higher confidence gives wider intervals around the same forecast", () => {
    const narrow = forecastSeries(history, 12, { confidence: 0.8 });
    const wide = forecastSeries(history, 12, { confidence: 0.99 });
    expect(wide.forecast).toEqual(narrow.forecast);
    for (let h = 0; h < 12; h++) {
      expect(wide.upper[h]).toBeGreaterThan(narrow.upper[h]);
      expect(wide.lower[h]).toBeLessThanOrEqual(narrow.lower[h]);
    }
  });

  test("intervals widen with the horizon", () => {
    const r = forecastSeries(history, 36, { seasonality: "none" });
    for (let h = 1; h < 36; h++) expect(r.upper[h] - r.forecast[h]).toBeGreaterThanOrEqual(r.upper[h - 1] - r.forecast[h - 1] - 1e-9);
    expect(r.upper[35] - r.lower[35]).toBeGreaterThan(r.upper[0] - r.lower[0]);
  });

  test("about 95% of one-step-ahead outcomes fall inside a 95% interval", () => {
    // Rolling one-step forecasts on a noisy seasonal series with known Gaussian-like noise.
    const series = Array.from({ length: 96 }, (_, t) => seasonalWave(t) + 5 * (noise(t) + noise(t + 1000) + noise(t + 2000)));
    let inside = 0;
    let total = 0;
    for (let end = 60; end < 96; end++) {
      const r = forecastSeries(series.slice(0, end), 1);
      if (series[end] >= r.lower[0] && series[end] <= r.upper[0]) inside++;
      total++;
    }
    expect(inside / total).toBeGreaterThan(0.8);
  });
});

describe("blank (null) points", () => {
  const full = Array.from({ length: 36 }, (_, t) => seasonalWave(t) + noise(t));

  test("blanks inside the history are filled by straight-line interpolation", () => {
    const withBlanks: (number | null)[] = full.slice();
    withBlanks[5] = null;
    withBlanks[6] = null;
    withBlanks[20] = null;
    const filled = full.slice();
    filled[5] = full[4] + (full[7] - full[4]) / 3;
    filled[6] = full[4] + (2 * (full[7] - full[4])) / 3;
    filled[20] = (full[19] + full[21]) / 2;
    const a = forecastSeries(withBlanks, 6);
    const b = forecastSeries(filled, 6);
    a.forecast.forEach((f, h) => expect(f).toBeCloseTo(b.forecast[h], 9));
  });

  test("leading and trailing blanks take the nearest number", () => {
    const r = forecastSeries([null, null, 10, 11, 12, 13, 14, 15, 16, 17, null], 2);
    const same = forecastSeries([10, 10, 10, 11, 12, 13, 14, 15, 16, 17, 17], 2);
    expect(r.forecast).toEqual(same.forecast);
  });

  test("exactly 30% blank is accepted", () => {
    const history: (number | null)[] = full.slice(0, 30);
    for (let i = 1; i < 27; i += 3) history[i] = null; // 9 of 30
    expect(history.filter((v) => v === null)).toHaveLength(9);
    expectWellFormed(forecastSeries(history, 6), 6);
  });

  test("more than 30% blank is refused with a clear message", () => {
    const history: (number | null)[] = full.slice(0, 30);
    for (let i = 1; i < 30; i += 3) history[i] = null; // 10 of 30
    expectInvalid(
      () => forecastSeries(history, 6),
      /^10 of the 30 history values are blank \(33%\); at most 30% may be blank\. Fill in the missing months or use a shorter range\.$/,
    );
  });

  test("undefined is treated like a blank", () => {
    const history = [10, undefined, 12, 13, 14] as unknown as (number | null)[];
    expect(forecastSeries(history, 2)).toEqual(forecastSeries([10, 11, 12, 13, 14], 2));
  });
});

describe("input validation", () => {
  const ok = [10, 12, 11, 13, 12, 14];

  test("non-finite values", () => {
    expectInvalid(() => forecastSeries([1, 2, NaN, 4, 5], 3), /^Value 3 of the history is not a number; each value must be a number of 0 or more, or blank\.$/);
    expectInvalid(() => forecastSeries([1, 2, 3, Infinity, 5], 3), /^Value 4 of the history is infinity;/);
    expectInvalid(() => forecastSeries([-Infinity, 2, 3, 4, 5], 3), /^Value 1 of the history is minus infinity;/);
    expectInvalid(() => forecastSeries([1, 2, "3", 4, 5] as unknown as number[], 3), /^Value 3 of the history is the text "3";/);
  });

  test("negative volumes", () => {
    expectInvalid(() => forecastSeries([5, 6, -2, 7, 8], 3), /^Value 3 of the history is -2; volumes cannot be negative\. Use 0 or more, or leave it blank\.$/);
  });

  test("absurdly large volumes", () => {
    expectInvalid(() => forecastSeries([5, 6, 1e16, 7, 8], 3), /^Value 3 of the history is 10000000000000000, larger than any supported volume/);
  });

  test("too short a history", () => {
    expectInvalid(() => forecastSeries([1, 2, 3], 3), /^The history needs at least 4 numbers to forecast from; it has 3\.$/);
    expectInvalid(() => forecastSeries([], 3), /it has 0\.$/);
    expectInvalid(() => forecastSeries([1, null, 2, 3], 3), /^The history needs at least 4 numbers to forecast from; it has 3 \(blanks do not count\)\.$/);
  });

  test("history that is not a list", () => {
    expectInvalid(() => forecastSeries("1,2,3,4" as unknown as number[], 3), /^History must be a list of past volumes/);
  });

  test("horizon not a whole number from 1 to 120", () => {
    const message = /^Horizon must be a whole number of months from 1 to 120; got /;
    for (const h of [0, -1, 1.5, 121, NaN, Infinity]) expectInvalid(() => forecastSeries(ok, h), message);
    expectInvalid(() => forecastSeries(ok, 2.5), /got 2\.5\.$/);
    expectInvalid(() => forecastSeries(ok, NaN), /got not a number\.$/);
    expect(forecastSeries(ok, 1).forecast).toHaveLength(1);
    expect(forecastSeries(ok, 120).forecast).toHaveLength(120);
  });

  test("confidence outside (0, 1)", () => {
    const message = /^Confidence must be a number between 0 and 1, such as 0\.95 for a 95% interval; got /;
    for (const c of [0, 1, -0.5, 95, NaN]) expectInvalid(() => forecastSeries(ok, 3, { confidence: c }), message);
    expectInvalid(() => forecastSeries(ok, 3, { confidence: 95 }), /got 95\.$/);
    expect(() => forecastSeries(ok, 3, { confidence: 0.5 })).not.toThrow();
    expect(forecastSeries(ok, 3, { confidence: null as unknown as number })).toEqual(forecastSeries(ok, 3));
  });

  test("seasonality not auto, none or a whole number from 2 to half the history", () => {
    const history = Array.from({ length: 20 }, (_, t) => 10 + (t % 4));
    const message = /^Seasonality must be "auto", "none" or a whole number of periods from 2 to 10 \(half the history length\); got /;
    for (const s of [1, 0, 11, 2.5, -3, NaN]) {
      expectInvalid(() => forecastSeries(history, 3, { seasonality: s }), message);
    }
    expectInvalid(() => forecastSeries(history, 3, { seasonality: 11 }), /got 11\.$/);
    expectInvalid(() => forecastSeries(history, 3, { seasonality: "monthly" as unknown as number }), /got the text "monthly"\.$/);
    expect(forecastSeries(history, 3, { seasonality: 10 }).seasonality).toBe(10);
    expect(forecastSeries(history, 3, { seasonality: 2 }).seasonality).toBe(2);
  });

  test("a season longer than 24 periods is refused, however long the history", () => {
    // 2,000 months with a season of 1,000 once took over four minutes in one cell.
    const long = Array.from({ length: 2000 }, (_, t) => 100 + (t % 7));
    const message = /^Seasonality must be "auto", "none" or a whole number of periods from 2 to 24 \(the longest season supported\); got 1000\.$/;
    expectInvalid(() => forecastSeries(long, 12, { seasonality: 1000 }), message);
    const daily = Array.from({ length: 730 }, (_, t) => 50 + (t % 7));
    expectInvalid(() => forecastSeries(daily, 30, { seasonality: 365 }), /from 2 to 24 \(the longest season supported\); got 365\.$/);
    expectInvalid(() => forecastSeries(daily, 30, { seasonality: 25 }), /got 25\.$/);
    expect(forecastSeries(daily, 3, { seasonality: 24 }).seasonality).toBe(24);
  });

  test("a history longer than 3,000 values is refused with the cap in the message", () => {
    const tooLong = Array.from({ length: 3001 }, (_, t) => 100 + (t % 12));
    expectInvalid(
      () => forecastSeries(tooLong, 12),
      /^The history has 3001 values; at most 3000 are supported\. Use the most recent 3000 months or fewer\.$/,
    );
    // Blanks count towards the length: it is the size of the range that bounds the work.
    const blanks: (number | null)[] = [...Array<null>(1500).fill(null), ...tooLong.slice(0, 1501)];
    expectInvalid(() => forecastSeries(blanks, 12), /^The history has 3001 values; at most 3000/);
    expect(forecastSeries(tooLong.slice(0, 3000), 1).forecast).toHaveLength(1);
  });

  test("errors name the history problem before the options", () => {
    expectInvalid(() => forecastSeries([1, 2], 0, { confidence: 2 }), /^The history needs at least 4 numbers/);
  });
});
