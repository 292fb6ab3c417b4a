import fc from "fast-check";
import { PricingInputError } from "../../src/model/errors";
import { Random, normalQuantile, portableExp, splitmix32 } from "../../src/model/random";

function expectInvalid(action: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PricingInputError);
  expect((caught as PricingInputError).kind).toBe("invalid");
  expect((caught as PricingInputError).message).toMatch(message);
}

/** Abramowitz & Stegun 26.2.17 is too coarse for a chi-square test; erfc from Numerical Recipes (|rel err| < 1.2e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const tail =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
          t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - tail / 2 : tail / 2;
}

describe("splitmix32 and xoshiro128**", () => {
  it("reproduce the reference C implementations' outputs", () => {
    // Computed with the reference C code (xoshiro128starstar.c, and splitmix32 as written in random.ts).
    const mix = splitmix32(0);
    expect([mix(), mix(), mix(), mix()]).toEqual([1684164658, 3653269916, 2939563536, 2141751570]);
    const mix42 = splitmix32(42);
    expect([mix42(), mix42(), mix42(), mix42()]).toEqual([551831576, 144025891, 322543647, 3034809370]);
    const rng = Random.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it("keeps a seed's sequence fixed from release to release", () => {
    // Golden values: a saved scenario must reproduce its percentiles after an upgrade.
    const rng = new Random(1);
    expect(Array.from({ length: 5 }, () => rng.nextUint32())).toEqual([393288148, 2174103013, 3814759091, 2092745082, 1865176206]);
    const normals = new Random(42);
    expect(Array.from({ length: 5 }, () => normals.nextNormal())).toEqual([
      0.4589965226497555, -0.41013541108099594, 0.06257447067044503, 0.46926607107555035, -0.9588975893264229,
    ]);
    const floats = new Random(42);
    expect([floats.nextFloat(), floats.nextFloat(), floats.nextFloat()]).toEqual([
      0.15377165265745885, 0.018084542542176507, 0.5348906284683476,
    ]);
  });

  it("gives the same sequence for the same seed and a different one for a different seed", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (s, t) => {
        const a = new Random(s);
        const b = new Random(s);
        const first = Array.from({ length: 8 }, () => a.nextInt32());
        expect(Array.from({ length: 8 }, () => b.nextInt32())).toEqual(first);
        if (!Object.is(s, t) && !(s === 0 && t === 0)) {
          const c = new Random(t);
          expect(Array.from({ length: 8 }, () => c.nextInt32())).not.toEqual(first);
        }
      }),
    );
  });

  it("maps every whole-number seed from 0 to 2^32 - 1 to its own stream", () => {
    const firsts = new Set<number>();
    for (const seed of [0, 1, 2, 3, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) firsts.add(new Random(seed).nextUint32());
    expect(firsts.size).toBe(11);
    expect(new Random(2 ** 32).nextUint32()).not.toBe(new Random(0).nextUint32());
    expect(new Random(-1).nextUint32()).not.toBe(new Random(2 ** 32 - 1).nextUint32());
    expect(new Random(0.5).nextUint32()).not.toBe(new Random(0).nextUint32());
  });

  it("refuses a seed that is not a finite number", () => {
    expectInvalid(() => new Random(NaN), /^Seed must be a finite number.*got not a number\.$/);
    expectInvalid(() => new Random(Infinity), /Seed must be a finite number.*got infinity\./);
    expectInvalid(() => Random.fromState(0, 0, 0, 0), /must not be all zero/);
  });

  it("draws uniform numbers in [0, 1) that average one half", () => {
    const rng = new Random(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Standard error of the mean is 1/sqrt(12n) ≈ 0.0009.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.004);
  });
});

describe("standard normal draws (ziggurat)", () => {
  const n = 400_000;
  const draws = new Float64Array(n);
  new Random(2024).fillNormal(draws);

  it("fillNormal gives exactly what repeated nextNormal gives, slow paths included", () => {
    const one = new Random(99);
    const expected = Array.from({ length: 20_000 }, () => one.nextNormal());
    const out = new Float64Array(20_000);
    const bulk = new Random(99);
    bulk.fillNormal(out, 0, 7_000);
    bulk.fillNormal(out, 7_000);
    expect(Array.from(out)).toEqual(expected);
    // The two generators are in the same state afterwards.
    expect(bulk.nextInt32()).toBe(one.nextInt32());
  });

  it("has mean 0, variance 1, no skew and normal kurtosis", () => {
    let m = 0;
    for (const x of draws) m += x;
    m /= n;
    let v = 0;
    let s = 0;
    let k = 0;
    for (const x of draws) {
      const d = x - m;
      v += d * d;
      s += d * d * d;
      k += d * d * d * d;
    }
    v /= n;
    // Standard errors: mean 0.0016, variance 0.0022, skewness 0.0039, kurtosis 0.0077.
    expect(Math.abs(m)).toBeLessThan(0.008);
    expect(Math.abs(v - 1)).toBeLessThan(0.011);
    expect(Math.abs(s / n / v ** 1.5)).toBeLessThan(0.02);
    expect(Math.abs(k / n / (v * v) - 3)).toBeLessThan(0.04);
  });

  it("fits the normal distribution: chi-square over 100 equally likely bins", () => {
    const bins = 100;
    const counts = new Array<number>(bins).fill(0);
    for (const x of draws) counts[Math.min(bins - 1, Math.floor(normalCdf(x) * bins))]++;
    const expected = n / bins;
    const chi2 = counts.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
    // 99 degrees of freedom: the 0.1% critical value is 148.2.
    expect(chi2).toBeLessThan(148.2);
  });

  it("draws the tail beyond the ziggurat's base as often as the normal does", () => {
    const r = 3.442619855899;
    const tail = draws.filter((x) => Math.abs(x) > r).length / n;
    const expected = 2 * (1 - normalCdf(r)); // 0.000576
    // About 230 draws expected; allow 5 standard errors.
    expect(Math.abs(tail - expected)).toBeLessThan(5 * Math.sqrt(expected / n));
    const positive = draws.filter((x) => x > r).length;
    const negative = draws.filter((x) => x < -r).length;
    expect(Math.abs(positive - negative)).toBeLessThan(5 * Math.sqrt(positive + negative));
  });
});

describe("normalQuantile", () => {
  it("matches known quantiles of the standard normal", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });

  it("is antisymmetric and inverts the normal distribution function", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 8);
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
      }),
    );
  });

  it("refuses probabilities outside (0, 1)", () => {
    expectInvalid(() => normalQuantile(0), /between 0 and 1.*got 0\./);
    expectInvalid(() => normalQuantile(1), /got 1\./);
    expectInvalid(() => normalQuantile(NaN), /got not a number\./);
  });
});

describe("portableExp", () => {
  it("agrees with Math.exp to within 2 units in the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const want = Math.exp(x);
        expect(Math.abs(portableExp(x) - want)).toBeLessThanOrEqual(want * 4.5e-16);
      }),
      { numRuns: 2000 },
    );
  });

  it("is exact where it must be and sensible at the edges", () => {
    expect(portableExp(0)).toBe(1);
    expect(portableExp(-0)).toBe(1);
    expect(portableExp(1)).toBeCloseTo(Math.E, 15);
    expect(portableExp(800)).toBe(Infinity);
    expect(portableExp(-800)).toBe(0);
    expect(portableExp(NaN)).toBeNaN();
  });
});
