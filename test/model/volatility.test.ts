import fc from "fast-check";
import { bindStack, costOfResolutions } from "../../src/model/pricebook";
import { Random, portableExp } from "../../src/model/random";
import {
  CostDistribution,
  VolatilityInput,
  VolatilityResult,
  simulateVolatility,
  simulateVolatilitySteps,
  StackSimulation,
} from "../../src/model/volatility";
import { handAiCharge, intercomPlan, intercomRisk } from "../support/plans";

const advanced = intercomRisk("Advanced", 10); // $850 of seats a month
/** Cost equals volume: no seats, $1 per resolution, no minimum. */
const volumeOnly = intercomRisk("Essential", 0, { aiRate: 1, aiMinimum: 0 });
const costOfMonths = (_plan: StackSimulation, resolutions: number[]) => costOfResolutions(intercomPlan("Advanced", 10), { perMonth: resolutions });

function steady(expected: number, months: number, cv: number, extra: Partial<VolatilityInput> = {}): VolatilityInput {
  return { plan: advanced, volumes: { kind: "expected", expected, months, cv }, paths: 2_000, seed: 7, ...extra };
}

function named(d: CostDistribution): number[] {
  return [d.p5, d.p50, d.p90, d.p95, d.p99];
}

function band(d: CostDistribution): number {
  return d.p95 - d.p5;
}

/** PERCENTILE.INC on a sorted copy: the textbook definition the engine must reproduce. */
function percentileInc(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return h > lo ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/**
 * The simulation written out plainly, path by path: the same draws in the same order (month, then path),
 * AR(1) shocks, lognormal volumes with the given mean and CV, each month priced by the cost engine.
 */
function referenceCosts(plan: StackSimulation, expected: number[], cv: number, rho: number, paths: number, seed: number): number[][] {
  const bound = bindStack(plan.plans, plan.terms);
  const rng = new Random(seed);
  const sigma = Math.sqrt(Math.log1p(cv * cv));
  const shrink = Math.sqrt(1 + cv * cv);
  const fresh = Math.sqrt(1 - rho * rho);
  const shock = new Array<number>(paths).fill(0);
  return expected.map((mean, m) =>
    shock.map((previous, p) => {
      const z = rng.nextNormal();
      shock[p] = m === 0 ? z : rho * previous + fresh * z;
      return bound.seatCost + handAiCharge((mean / shrink) * portableExp(sigma * shock[p]), bound.ai!.baseRate, bound.ai!.minimum);
    }),
  );
}

describe("simulateVolatility", () => {
  it("reproduces a plain path-by-path simulation exactly, month by month and in total", () => {
    const expected = [120, 40, 900, 2500, 60, 0, 3000];
    const cv = 0.6;
    const rho = 0.4;
    const paths = 700;
    const result = simulateVolatility({
      plan: advanced,
      volumes: { kind: "expected", expected, cv },
      correlation: rho,
      paths,
      seed: 11,
      percentiles: [0.25, 0.333],
    });
    const costs = referenceCosts(advanced, expected, cv, rho, paths, 11);
    const ps = [0.05, 0.5, 0.9, 0.95, 0.99];
    costs.forEach((monthCosts, m) => {
      const month = result.monthly[m];
      expect(named(month)).toEqual(ps.map((p) => percentileInc(monthCosts, p)));
      expect(month.atPercentiles).toEqual([0.25, 0.333].map((p) => percentileInc(monthCosts, p)));
      expect(month.mean).toBeCloseTo(monthCosts.reduce((s, c) => s + c, 0) / paths, 8);
    });
    const totals = Array.from({ length: paths }, (_, p) => costs.reduce((sum, month) => sum + month[p], 0));
    expect(named(result.total)).toEqual(ps.map((p) => percentileInc(totals, p)));
    expect(result.total.mean).toBeCloseTo(totals.reduce((s, c) => s + c, 0) / paths, 6);
  });

  it("gives identical results for the same seed and different ones for a different seed", () => {
    const input = steady(2000, 12, 0.3, { correlation: 0.5, budget: 35_000 });
    const first = simulateVolatility(input);
    expect(simulateVolatility(input)).toEqual(first);
    const other = simulateVolatility({ ...input, seed: 8 });
    expect(other.total.p50).not.toBe(first.total.p50);
    expect(other.plannedCost).toBe(first.plannedCost);
  });

  it("keeps percentiles in order, for every month and the total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5_000, noNaN: true }), { minLength: 1, maxLength: 18 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.integer(),
        (expected, cv, correlation, seed) => {
          const result = simulateVolatility({ plan: advanced, volumes: { kind: "expected", expected, cv }, correlation, seed, paths: 300 });
          for (const d of [...result.monthly, result.total]) {
            const [p5, p50, p90, p95, p99] = named(d);
            expect(p5).toBeLessThanOrEqual(p50);
            expect(p50).toBeLessThanOrEqual(p90);
            expect(p90).toBeLessThanOrEqual(p95);
            expect(p95).toBeLessThanOrEqual(p99);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never narrows the P5-P95 band when volatility rises (same seed, realistic CVs)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5_000, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer(),
        (expected, cv, more, correlation, seats, seed) => {
          const plan = intercomRisk("Essential", seats);
          const run = (c: number) =>
            simulateVolatility({ plan, volumes: { kind: "expected", expected, cv: c }, correlation, seed, paths: 500 });
          const calm = run(cv);
          const wild = run(cv + more * (1.5 - cv));
          const slack = 1e-9 * calm.total.p99;
          expect(band(wild.total)).toBeGreaterThanOrEqual(band(calm.total) - slack);
          calm.monthly.forEach((month, m) => {
            expect(wild.monthly[m].p95).toBeGreaterThanOrEqual(month.p95 - slack);
            expect(wild.monthly[m].p5).toBeLessThanOrEqual(month.p5 + slack);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("can narrow the band at extreme CVs, as a mean-preserving lognormal does (documented limit)", () => {
    // With the mean held fixed, a CV of 10 piles most months near zero: P95 of one month falls from
    // about 3.9x to 3.4x the mean between CV 4 and CV 10. This is the distribution, not noise.
    const run = (cv: number) =>
      simulateVolatility({ plan: volumeOnly, volumes: { kind: "expected", expected: 1000, months: 1, cv }, paths: 100_000 });
    expect(run(10).total.p95).toBeLessThan(run(4).total.p95);
  });

  it("with a CV of 0 gives exactly the planned cost, every month and in total", () => {
    const expected = [10, 49.5, 50, 51, 0, 1234.5, 20_000];
    const result = simulateVolatility({ plan: advanced, volumes: { kind: "expected", expected, cv: 0 }, correlation: 0.7, paths: 500 });
    expect(result.plannedCost).toBeCloseTo(costOfMonths(advanced, expected).total, 8);
    for (const d of [result.total, ...result.monthly]) {
      const planned = "plannedCost" in d ? (d as { plannedCost: number }).plannedCost : result.plannedCost;
      expect([d.mean, ...named(d)]).toEqual(new Array(6).fill(planned));
    }
    expect(result.budgetAtRisk).toBe(0);
    expect(result.histogram.counts.filter((c) => c > 0)).toEqual([500]);
  });

  it("applies the AI minimum month by month: small volumes are charged 50 resolutions every month", () => {
    // About 5 resolutions a month never reaches 50, so each month costs seats + 50 x $0.99. Twelve months
    // of 5 (60 a year) would cost less if the minimum were yearly.
    const result = simulateVolatility(steady(5, 12, 0.5));
    const monthFloor = 850 + 50 * 0.99;
    for (const month of result.monthly) expect([month.mean, ...named(month)]).toEqual(new Array(6).fill(monthFloor));
    expect(result.total.p50).toBeCloseTo(12 * monthFloor, 8);
    expect(result.total.p50).toBeGreaterThan(12 * 850 + 60 * 0.99);
  });

  it("charges nothing for AI in a month with no expected resolutions", () => {
    const result = simulateVolatility({ plan: advanced, volumes: { kind: "expected", expected: [0, 100], cv: 0.8 }, paths: 500 });
    expect(named(result.monthly[0])).toEqual(new Array(5).fill(850));
    expect(result.monthly[1].p5).toBeGreaterThanOrEqual(850 + 50 * 0.99);
  });

  it("simulates lognormal volumes whose mean is the expected volume and whose median is below it", () => {
    const cv = 0.5;
    const result = simulateVolatility({
      plan: volumeOnly,
      volumes: { kind: "expected", expected: [1000, 5000], cv },
      paths: 100_000,
    });
    // Standard error of the mean is cv x mean / sqrt(paths): 1.6 and 7.9.
    expect(Math.abs(result.monthly[0].mean - 1000)).toBeLessThan(8);
    expect(Math.abs(result.monthly[1].mean - 5000)).toBeLessThan(40);
    // The lognormal's median is mean / sqrt(1 + cv^2).
    expect(result.monthly[0].p50 / (1000 / Math.sqrt(1 + cv * cv))).toBeCloseTo(1, 2);
    expect(result.plannedCost).toBe(6000);
  });

  it("widens the spread of total cost when months are correlated, leaving each month's spread alone", () => {
    const independent = simulateVolatility(steady(2000, 24, 0.3, { paths: 20_000 }));
    const correlated = simulateVolatility(steady(2000, 24, 0.3, { paths: 20_000, correlation: 0.8 }));
    expect(band(correlated.total)).toBeGreaterThan(1.8 * band(independent.total));
    expect(correlated.monthly[12].p95).toBeCloseTo(independent.monthly[12].p95, -2);
    expect(correlated.total.mean).toBeCloseTo(independent.total.mean, -2);
  });

  it("reports the chance of going over budget", () => {
    const input = steady(2000, 12, 0.3, { correlation: 0.3 });
    expect(simulateVolatility({ ...input, budget: 1e12 }).probabilityOverBudget).toBe(0);
    expect(simulateVolatility({ ...input, budget: 0 }).probabilityOverBudget).toBe(1);
    const atMedian = simulateVolatility({ ...input, budget: simulateVolatility(input).total.p50 });
    expect(atMedian.probabilityOverBudget).toBeCloseTo(0.5, 2);
    expect(simulateVolatility(input).probabilityOverBudget).toBeNull();
    expect(simulateVolatility(input).budget).toBeNull();
  });

  it("reports budget at risk, the worst month and a histogram that accounts for every path", () => {
    const expected = [1000, 1500, 4000, 2000];
    const result: VolatilityResult = simulateVolatility({
      plan: advanced,
      volumes: { kind: "expected", expected, cv: 0.4 },
      paths: 5_000,
      histogramBins: 25,
    });
    expect(result.plannedCost).toBeCloseTo(costOfMonths(advanced, expected).total, 8);
    expect(result.budgetAtRisk).toBe(result.total.p95 - result.plannedCost);
    expect(result.budgetAtRisk).toBeGreaterThan(0);
    expect(result.worstMonth).toEqual({ month: 3, p95: result.monthly[2].p95 });
    const { edges, counts } = result.histogram;
    expect(counts).toHaveLength(25);
    expect(edges).toHaveLength(26);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(5_000);
    for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1]);
    expect(edges[0]).toBeLessThanOrEqual(result.total.p5);
    expect(edges[25]).toBeGreaterThanOrEqual(result.total.p99);
    expect(result.monthly.map((m) => m.plannedVolume)).toEqual(expected);
    expect(result.monthly.map((m) => m.month)).toEqual([1, 2, 3, 4]);
  });

  it("accepts one expected number repeated for the horizon", () => {
    const repeated = simulateVolatility(steady(2000, 6, 0.3));
    const listed = simulateVolatility({ ...steady(2000, 6, 0.3), volumes: { kind: "expected", expected: new Array(6).fill(2000), cv: 0.3 } });
    expect(repeated).toEqual(listed);
    expect(repeated.months).toBe(6);
  });
});

describe("volumes from a forecast interval", () => {
  const forecast = [1000, 2000, 4000];

  it("lognormal: median at the forecast, log-symmetric bounds at the interval's percentiles", () => {
    const result = simulateVolatility({
      plan: volumeOnly,
      volumes: { kind: "interval", forecast, lower: forecast.map((f) => f / 1.5), upper: forecast.map((f) => f * 1.5), confidence: 0.9 },
      paths: 100_000,
      percentiles: [0.05, 0.95],
    });
    result.monthly.forEach((month, m) => {
      expect(month.p50 / forecast[m]).toBeCloseTo(1, 2);
      expect(month.atPercentiles[0] / (forecast[m] / 1.5)).toBeCloseTo(1, 1);
      expect(month.atPercentiles[1] / (forecast[m] * 1.5)).toBeCloseTo(1, 1);
      expect(month.plannedVolume).toBe(forecast[m]);
    });
  });

  it("lognormal: a symmetric interval keeps its width", () => {
    const result = simulateVolatility({
      plan: volumeOnly,
      volumes: { kind: "interval", forecast: [1000], lower: [600], upper: [1400], confidence: 0.8 },
      paths: 100_000,
      percentiles: [0.1, 0.9],
    });
    const [low, high] = result.monthly[0].atPercentiles;
    expect((high - low) / 800).toBeCloseTo(1, 1);
    expect(result.monthly[0].p50 / 1000).toBeCloseTo(1, 2);
  });

  it("normal: mean at the forecast, bounds at the interval's percentiles, floored at zero", () => {
    const result = simulateVolatility({
      plan: volumeOnly,
      volumes: {
        kind: "interval",
        forecast: [1000, 0],
        lower: [800, -300],
        upper: [1200, 300],
        confidence: 0.95,
        distribution: "normal",
      },
      paths: 100_000,
      percentiles: [0.025, 0.975],
    });
    const [month, zero] = result.monthly;
    expect(month.mean / 1000).toBeCloseTo(1, 2);
    expect(month.atPercentiles[0] / 800).toBeCloseTo(1, 2);
    expect(month.atPercentiles[1] / 1200).toBeCloseTo(1, 2);
    // A forecast of 0: half the months resolve nothing (no AI charge), the rest up to the bound.
    expect(zero.p5).toBe(0);
    expect(zero.p50).toBeLessThan(5);
    expect(zero.atPercentiles[1] / 300).toBeCloseTo(1, 1);
  });

  it("models months a lognormal cannot fit (forecast 0, or a tiny forecast with a huge interval) as a floored normal", () => {
    // What a forecast of a fading series gives: the lower bound clamped at 0, the upper bound positive.
    const result = simulateVolatility({
      plan: volumeOnly,
      volumes: { kind: "interval", forecast: [0, 1, 1000], lower: [0, 0, 600], upper: [300, 400, 1400], confidence: 0.95 },
      paths: 100_000,
      percentiles: [0.975],
    });
    const [zero, tiny, normal] = result.monthly;
    // The wider side sets the spread, so the upper bound stays the 97.5th percentile.
    expect(zero.p5).toBe(0);
    expect(zero.atPercentiles[0] / 300).toBeCloseTo(1, 1);
    expect(tiny.atPercentiles[0] / 400).toBeCloseTo(1, 1);
    // A month a lognormal can fit keeps it: median at the forecast, skewed upwards.
    expect(normal.p50 / 1000).toBeCloseTo(1, 2);
    expect(normal.atPercentiles[0]).toBeGreaterThan(1400);
  });

  it("a zero-width interval gives exactly the planned cost", () => {
    const result = simulateVolatility({
      plan: advanced,
      volumes: { kind: "interval", forecast, lower: forecast, upper: forecast, confidence: 0.95 },
      paths: 300,
    });
    expect(named(result.total)).toEqual(new Array(5).fill(result.plannedCost));
    expect(result.plannedCost).toBeCloseTo(costOfMonths(advanced, forecast).total, 8);
  });
});

describe("progress for a Web Worker", () => {
  it("steps to the same result, reporting rising fractions that end at 1", () => {
    const input = steady(2000, 5, 0.3, { paths: 70_000 });
    const fractions: number[] = [];
    const result = simulateVolatility(input, (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(5);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions[fractions.length - 1]).toBe(1);

    const steps = simulateVolatilitySteps(input);
    let step = steps.next();
    let count = 0;
    while (!step.done) {
      count++;
      step = steps.next();
    }
    expect(count).toBe(fractions.length);
    expect(step.value).toEqual(result);
  });

  it("checks the inputs when the steps are created, before any work", () => {
    expect(() => simulateVolatilitySteps(steady(2000, 5, -1))).toThrow(/Coefficient of variation/);
  });
});
