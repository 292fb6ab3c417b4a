/**
 * Currency risk: a dollar bill paid in yen swings with the rate. Properties of the exchange-rate driver
 * over random plans, volumes and seeds: with no volatility the yen result is the dollar result × the rate,
 * figure by figure; with volatility the P90 in yen is above the dollar P90 × today's rate; the dollar
 * futures are the same with and without it; bad settings are refused with a message; and the tornado
 * shows the rate when the money is shown in another currency.
 */
import fc from "fast-check";
import { PricingInputError } from "../../src/model/errors";
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { resolveStack } from "../../src/model/pricebook/stacks";
import { percentileOfSorted, simulateVolatility, simulateVolatilityWithTotals, stackSimulation, VolatilityInput, VolatilityResult, volatilitySensitivity } from "../../src/model/volatility";
import { intercomRisk } from "../support/plans";

const money = (r: VolatilityResult): number[] => [
  r.plannedCost,
  r.budgetAtRisk,
  r.worstMonth.p95,
  ...[r.total, ...r.monthly].flatMap((d) => [d.mean, d.p5, d.p50, d.p90, d.p95, d.p99, ...d.atPercentiles]),
  ...r.monthly.map((m) => m.plannedCost),
  ...r.histogram.edges,
];

const stacks = ["intercom-advanced", "zendesk-professional", "freshdesk-pro+eesel", "zendesk-professional+fin-standalone"];

/** A random scenario: any of four stacks, on conversations, with random volumes, spread, correlation and seed. */
const scenario = fc.record({
  stack: fc.constantFrom(...stacks),
  seats: fc.integer({ min: 0, max: 40 }),
  expected: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 24 }),
  cv: fc.double({ min: 0, max: 1, noNaN: true }),
  correlation: fc.double({ min: 0, max: 0.9, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  budget: fc.integer({ min: 0, max: 50_000_000 }),
  rate: fc.double({ min: 1, max: 400, noNaN: true }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function inputOf(s: Scenario): VolatilityInput {
  const plan = stackSimulation(resolveStack(SEED_BOOK, s.stack), { seats: s.seats }, { volume: "conversations", rates: { involvement: 0.5, resolution: 0.6 } });
  return { plan, volumes: { kind: "expected", expected: s.expected, cv: s.cv }, correlation: s.correlation, seed: s.seed, paths: 500, percentiles: [0.25, 0.75] };
}

describe("the exchange-rate driver", () => {
  it("with no volatility, gives the dollar result × the rate, figure by figure (the budget in yen)", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const usd = simulateVolatility({ ...input, budget: s.budget / s.rate });
        const yen = simulateVolatility({ ...input, budget: s.budget, fx: { rate: s.rate, volatility: 0, currency: "JPY" } });
        expect(money(yen)).toEqual(money(usd).map((v) => v * s.rate));
        expect(yen.probabilityOverBudget).toBe(usd.probabilityOverBudget);
        expect(yen.budget).toBe(s.budget);
        expect(yen.histogram.counts).toEqual(usd.histogram.counts);
      }),
      { numRuns: 40, seed: 16 },
    );
  });

  it("with volatility, puts the P90 in yen above the dollar P90 × today's rate", () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.05, max: 2, noNaN: true }), (s, volatility) => {
        fc.pre(s.expected.some((v) => v > 0) || s.seats > 0);
        const input = inputOf(s);
        const usd = simulateVolatility(input);
        const yen = simulateVolatility({ ...input, fx: { rate: s.rate, volatility } });
        expect(yen.total.p90).toBeGreaterThan(usd.total.p90 * s.rate);
        // Planned at today's rate: the plan does not move, only its futures do.
        expect(yen.plannedCost).toBeCloseTo(usd.plannedCost * s.rate, 6);
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  it("leaves every dollar figure alone: the same futures, with the rate's draws from a stream of their own", () => {
    const input: VolatilityInput = { plan: intercomRisk("Advanced", 12), volumes: { kind: "expected", expected: 1500, months: 12, cv: 0.3 }, paths: 2_000, seed: 9, budget: 32_000 };
    const before = simulateVolatility(input);
    simulateVolatility({ ...input, fx: { rate: 150, volatility: 0.1 } });
    expect(simulateVolatility(input)).toEqual(before);
    expect(simulateVolatility({ ...input, fx: undefined })).toEqual(before);
    // A seats-only bill (no AI use) is fixed in dollars, so in yen it moves with the rate alone: each path's total is the
    // dollar total × the path's average rate, which has its median near today's rate.
    const seatsOnly: VolatilityInput = { ...input, volumes: { kind: "expected", expected: 0, months: 12, cv: 0.3 }, budget: undefined };
    const fixed = simulateVolatility(seatsOnly);
    const moved = simulateVolatilityWithTotals({ ...seatsOnly, fx: { rate: 150, volatility: 0.1 } });
    expect(fixed.total.p5).toBe(fixed.total.p95);
    expect(moved.result.total.p50 / (fixed.total.p50 * 150)).toBeCloseTo(1, 2);
    expect(moved.result.total.p5).toBeLessThan(fixed.total.p5 * 150);
    expect(moved.result.total.p95).toBeGreaterThan(fixed.total.p95 * 150);
    // Deterministic for a seed, like every other draw.
    expect(simulateVolatility({ ...seatsOnly, fx: { rate: 150, volatility: 0.1 } })).toEqual(moved.result);
    expect(percentileOfSorted(moved.sortedTotals, 0.5)).toBeCloseTo(moved.result.total.p50, 6);
  });

  it("spreads month by month: a later month's yen cost is more uncertain than an earlier one's", () => {
    const input: VolatilityInput = { plan: intercomRisk("Advanced", 12), volumes: { kind: "expected", expected: 1500, months: 24, cv: 0 }, paths: 4_000, seed: 3, fx: { rate: 150, volatility: 0.1 } };
    const r = simulateVolatility(input);
    const width = (m: number) => r.monthly[m].p95 - r.monthly[m].p5;
    expect(width(0)).toBeGreaterThan(0);
    expect(width(23)).toBeGreaterThan(width(11));
    expect(width(11)).toBeGreaterThan(width(0));
    // √12 months of spread: a year out, the P95/P5 ratio is about exp(2 × 1.645 × 10%).
    expect(r.monthly[11].p95 / r.monthly[11].p5).toBeCloseTo(Math.exp(2 * 1.645 * 0.1), 1);
  });

  it.each<[string, Partial<{ rate: number; volatility: number }>, RegExp]>([
    ["a negative volatility", { volatility: -0.1 }, /^The exchange rate's volatility must be an annualised share from 0 to 2 \(0\.1 = 10% a year, 200% at most\); got -0\.1\.$/],
    ["a volatility over 200%", { volatility: 2.5 }, /volatility must be an annualised share from 0 to 2 .*; got 2\.5\.$/],
    ["a volatility that is not a number", { volatility: Number.NaN }, /; got not a number\.$/],
    ["a rate of 0", { rate: 0 }, /^The exchange rate must be more than 0 and at most 10,000 units per US dollar; got 0\.$/],
    ["an infinite rate", { rate: Number.POSITIVE_INFINITY }, /; got infinity\.$/],
  ])("refuses %s clearly", (_, change, message) => {
    const input: VolatilityInput = { plan: intercomRisk("Advanced", 12), volumes: { kind: "expected", expected: 1500, months: 12, cv: 0.3 }, fx: { rate: 150, volatility: 0.1, ...change } };
    let error: unknown;
    try {
      simulateVolatility(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PricingInputError);
    expect((error as PricingInputError).message).toMatch(message);
  });

  it("accepts the bounds themselves", () => {
    const input: VolatilityInput = { plan: intercomRisk("Advanced", 12), volumes: { kind: "expected", expected: 1500, months: 3, cv: 0.3 }, paths: 100 };
    expect(simulateVolatility({ ...input, fx: { rate: 150, volatility: 2 } }).total.p50).toBeGreaterThan(0);
    expect(simulateVolatility({ ...input, fx: { rate: 10_000, volatility: 0 } }).total.p50).toBeGreaterThan(0);
  });
});

describe("the tornado in another currency", () => {
  const input: VolatilityInput = { plan: intercomRisk("Advanced", 10), volumes: { kind: "expected", expected: [1500, 2000, 2500, 1800, 60, 2200], cv: 0.4 }, correlation: 0.3, paths: 2_000, seed: 5 };

  it("has no exchange-rate bar in dollars", () => {
    expect(volatilitySensitivity(input).entries.map((e) => e.driver)).not.toContain("Exchange rate (USD→JPY)");
  });

  it("shows the rate ±10% when it stays, every bar the dollar one × the rate", () => {
    const usd = volatilitySensitivity(input);
    const yen = volatilitySensitivity({ ...input, fx: { rate: 150, volatility: 0, currency: "JPY" } });
    expect(yen.base).toBe(usd.base * 150);
    const fx = yen.entries.find((e) => e.driver === "Exchange rate (USD→JPY)")!;
    expect([fx.lowLabel, fx.highLabel]).toEqual(["-10%", "+10%"]);
    expect(fx.lowValue).toBeCloseTo(usd.base * 135, 6);
    expect(fx.highValue).toBeCloseTo(usd.base * 165, 6);
    for (const e of usd.entries) {
      const same = yen.entries.find((y) => y.driver === e.driver)!;
      expect(same.lowValue).toBe(e.lowValue * 150);
      expect(same.highValue).toBe(e.highValue * 150);
    }
    expect(yen.entries.map((e) => e.driver)).not.toContain("Exchange-rate volatility");
  });

  it("adds the rate's volatility when it moves, and both push the P95 the right way", () => {
    const yen = volatilitySensitivity({ ...input, fx: { rate: 150, volatility: 0.1, currency: "JPY" } });
    expect(yen.base).toBe(simulateVolatility({ ...input, fx: { rate: 150, volatility: 0.1, currency: "JPY" } }).total.p95);
    const rate = yen.entries.find((e) => e.driver === "Exchange rate (USD→JPY)")!;
    const vol = yen.entries.find((e) => e.driver === "Exchange-rate volatility")!;
    expect([vol.lowLabel, vol.highLabel]).toEqual(["5% a year", "15% a year"]);
    expect(rate.lowValue).toBeLessThan(yen.base);
    expect(rate.highValue).toBeGreaterThan(yen.base);
    expect(vol.lowValue).toBeLessThan(yen.base);
    expect(vol.highValue).toBeGreaterThan(yen.base);
  });
});
