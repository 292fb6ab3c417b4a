import fc from "fast-check";
import { PricingInputError } from "../../src/model/errors";
import { percentile, percentiles, percentilesInPlace } from "../../src/model/volatility";

/** PERCENTILE.INC the textbook way: sort, then interpolate between the two nearest ranks. */
function naive(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return h > lo ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

describe("percentile", () => {
  it("matches Excel's PERCENTILE.INC", () => {
    expect(percentile([10, 40, 20, 30], 0.5)).toBe(25);
    expect(percentile([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 12); // Excel: PERCENTILE.INC({1,2,3,4},0.3) = 1.9
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 1)).toBe(9);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it("agrees with sorting, for any list and any p, sorted or not, and leaves the list alone", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (values, ps) => {
          const before = [...values];
          expect(percentiles(values, ps)).toEqual(ps.map((p) => naive(values, p)));
          expect(values).toEqual(before);
        },
      ),
    );
  });

  it("handles large arrays full of ties (every month at the minimum costs the same)", () => {
    const values = new Float64Array(200_000);
    for (let i = 0; i < values.length; i++) values[i] = i % 10 < 7 ? 899.5 : 900 + (i % 1000);
    const sorted = Array.from(values).sort((x, y) => x - y);
    const ps = [0.05, 0.5, 0.69, 0.7, 0.9, 0.95, 0.99];
    expect(percentilesInPlace(values.slice(), ps)).toEqual(ps.map((p) => naive(sorted, p)));
    expect(percentilesInPlace(new Float64Array(100_000).fill(3), ps)).toEqual(ps.map(() => 3));
  });

  it("refuses an empty list, a NaN or a p outside [0, 1]", () => {
    const invalid = (action: () => unknown, message: RegExp) => {
      expect(action).toThrow(PricingInputError);
      expect(action).toThrow(message);
    };
    invalid(() => percentile([], 0.5), /^Percentile needs at least one number\.$/);
    invalid(() => percentile([1, NaN], 0.5), /^Percentile needs numbers; item 2 is not a number\.$/);
    invalid(() => percentile([1, 2], 1.5), /^A percentile must be between 0 and 1 \(0\.95 for P95\); got 1\.5\.$/);
    invalid(() => percentile([1, 2], -0.1), /got -0\.1\./);
  });
});
