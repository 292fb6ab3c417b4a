import fc from "fast-check";
import { forecastSeries, ForecastOptions, ForecastResult } from "../../src/model/forecast";

/** Volume histories: plain random counts, or level + trend + yearly cycle + noise (positive or with zeros). */
const structured = fc
  .record({
    length: fc.integer({ min: 4, max: 72 }),
    level: fc.double({ min: 1, max: 5000, noNaN: true }),
    trend: fc.double({ min: -0.02, max: 0.03, noNaN: true }),
    amplitude: fc.double({ min: 0, max: 0.6, noNaN: true }),
    noise: fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 72, maxLength: 72 }),
  })
  .map(({ length, level, trend, amplitude, noise }) =>
    Array.from({ length }, (_, t) =>
      Math.max(0, Math.round(level * (1 + trend * t) * (1 + amplitude * Math.sin((2 * Math.PI * t) / 12)) * (1 + noise[t]))),
    ),
  );
const plain = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 48 });
const history = fc.oneof(structured, plain);

/** A history with up to 30% of its points blanked (keeping at least 4 numbers). */
const withBlanks = fc
  .tuple(history, fc.array(fc.nat(), { maxLength: 30 }))
  .map(([values, picks]) => {
    const out: (number | null)[] = values.slice();
    const maxBlanks = Math.min(Math.floor(0.3 * values.length), values.length - 4);
    for (const p of picks.slice(0, Math.max(0, maxBlanks))) out[p % out.length] = null;
    return out;
  });

const options: fc.Arbitrary<ForecastOptions> = fc.record(
  {
    seasonality: fc.constantFrom<"auto" | "none">("auto", "none"),
    confidence: fc.double({ min: 0.5, max: 0.995, noNaN: true }),
  },
  { requiredKeys: [] },
);

const horizon = fc.integer({ min: 1, max: 36 });
const RUNS = { numRuns: 60 };

function maxAbs(r: ForecastResult): number {
  return Math.max(1e-12, ...r.upper);
}

describe("forecastSeries properties", () => {
  test("every result is finite, of the requested length, with 0 ≤ lower ≤ forecast ≤ upper", () => {
    fc.assert(
      fc.property(withBlanks, horizon, options, (h, steps, opts) => {
        const r = forecastSeries(h, steps, opts);
        expect(r.forecast).toHaveLength(steps);
        for (let i = 0; i < steps; i++) {
          expect(Number.isFinite(r.lower[i]) && Number.isFinite(r.forecast[i]) && Number.isFinite(r.upper[i])).toBe(true);
          expect(0).toBeLessThanOrEqual(r.lower[i]);
          expect(r.lower[i]).toBeLessThanOrEqual(r.forecast[i]);
          expect(r.forecast[i]).toBeLessThanOrEqual(r.upper[i]);
        }
        expect([0, 12]).toContain(r.seasonality);
      }),
      RUNS,
    );
  });

  test("intervals widen with the horizon (absolutely for additive error, relative to the forecast for multiplicative)", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 2, max: 36 }), (h, steps) => {
        const r = forecastSeries(h, steps);
        const additive = r.model.startsWith("ETS(A");
        const tol = 1e-9 * maxAbs(r);
        for (let i = 1; i < steps; i++) {
          const [f0, f1] = [r.forecast[i - 1], r.forecast[i]];
          if (!(f0 > 0 && f1 > 0)) continue; // a forecast clamped at 0 has no interval shape left to compare
          if (additive) {
            expect(r.upper[i] - f1).toBeGreaterThanOrEqual(r.upper[i - 1] - f0 - tol);
            if (r.lower[i] > 0 && r.lower[i - 1] > 0) expect(f1 - r.lower[i]).toBeGreaterThanOrEqual(f0 - r.lower[i - 1] - tol);
          } else {
            expect(r.upper[i] / f1).toBeGreaterThanOrEqual(r.upper[i - 1] / f0 - 1e-9);
            if (r.lower[i] > 0 && r.lower[i - 1] > 0) expect(r.lower[i] / f1).toBeLessThanOrEqual(r.lower[i - 1] / f0 + 1e-9);
          }
        }
        // Over the whole horizon the interval is never narrower at the end than at the start.
        if (r.forecast[0] > 0 && r.forecast[steps - 1] > 0) {
          const rel = (k: number): number => (r.upper[k] - r.forecast[k]) / (additive ? 1 : r.forecast[k]);
          expect(rel(steps - 1)).toBeGreaterThanOrEqual(rel(0) - 1e-9 * maxAbs(r));
        }
      }),
      RUNS,
    );
  });

  test("deterministic: the same input gives exactly the same output", () => {
    fc.assert(
      fc.property(withBlanks, horizon, options, (h, steps, opts) => {
        expect(forecastSeries(h, steps, opts)).toEqual(forecastSeries(h.slice(), steps, { ...opts }));
      }),
      { numRuns: 30 },
    );
  });

  test("scale equivariance: multiplying the history by c multiplies forecast and bounds by c", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (h, c) => {
        const a = forecastSeries(h, 12);
        const b = forecastSeries(
          h.map((v) => v * c),
          12,
        );
        expect(b.model).toBe(a.model);
        const tol = 1e-6 * maxAbs(a);
        for (let i = 0; i < 12; i++) {
          expect(Math.abs(b.forecast[i] / c - a.forecast[i])).toBeLessThanOrEqual(tol);
          expect(Math.abs(b.lower[i] / c - a.lower[i])).toBeLessThanOrEqual(tol);
          expect(Math.abs(b.upper[i] / c - a.upper[i])).toBeLessThanOrEqual(tol);
        }
      }),
      RUNS,
    );
  });

  test("a higher confidence never gives a narrower interval", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0.5, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.09, noNaN: true }), (h, c, more) => {
        const narrow = forecastSeries(h, 12, { confidence: c });
        const wide = forecastSeries(h, 12, { confidence: c + more });
        expect(wide.forecast).toEqual(narrow.forecast);
        for (let i = 0; i < 12; i++) {
          expect(wide.upper[i]).toBeGreaterThanOrEqual(narrow.upper[i]);
          expect(wide.lower[i]).toBeLessThanOrEqual(narrow.lower[i]);
        }
      }),
      { numRuns: 30 },
    );
  });

  test("blanks are equivalent to their interpolated values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 8, maxLength: 40 }), fc.nat(), (values, pick) => {
        const i = 1 + (pick % (values.length - 2)); // an interior point
        const blanked: (number | null)[] = values.slice();
        blanked[i] = null;
        const filled = values.slice();
        filled[i] = (values[i - 1] + values[i + 1]) / 2;
        expect(forecastSeries(blanked, 6)).toEqual(forecastSeries(filled, 6));
      }),
      { numRuns: 30 },
    );
  });
});
