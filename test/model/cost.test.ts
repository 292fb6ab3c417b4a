import fc from "fast-check";
import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { PricingInputError } from "../../src/model/errors";
import { costOfResolutions, monthlyCostsOfResolutions, ResolutionPlan } from "../../src/model/pricebook";
import { intercomPlan } from "../support/plans";

/**
 * Today's Intercom cost rule as every surface prices it: through the price book's engine. The names are
 * those of the Intercom-only functions this suite was written for, so every case it held still runs,
 * unchanged, against the one engine (the 30,060 example to the bit).
 */
interface PlanInput {
  tier: string;
  seats: number;
  billing?: string;
  aiRate?: number;
  aiMinimum?: number;
}
function resolvePlan(p: PlanInput): ResolutionPlan {
  return intercomPlan(p.tier, p.seats, p.billing === "monthly" ? "monthly" : p.billing === undefined || p.billing === "annual" ? "annual" : (p.billing as "annual"), { aiRate: p.aiRate, aiMinimum: p.aiMinimum });
}
const costOfSteadyMonths = (plan: ResolutionPlan, resolutions: number, months: number) => costOfResolutions(plan, { steady: resolutions, months });
const costOfMonths = (plan: ResolutionPlan, resolutions: ArrayLike<number>) => costOfResolutions(plan, { perMonth: resolutions });
const monthlyCosts = monthlyCostsOfResolutions;
const aiChargeForMonth = (resolutions: number, rate: number, minimum: number) => costOfSteadyMonths(resolvePlan({ tier: "Advanced", seats: 0, aiRate: rate, aiMinimum: minimum }), resolutions, 1).aiCost;

const tiers = DEFAULT_CATALOG.tiers.map((t) => t.name);
const volume = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1_000_000 }));
const volumes = fc.array(volume, { minLength: 1, maxLength: 36 });
const planArb = fc.record({
  tier: fc.constantFrom(...tiers),
  seats: fc.integer({ min: 0, max: 500 }),
  billing: fc.constantFrom("annual", "monthly"),
});

describe("aiChargeForMonth", () => {
  it("charges the minimum in a month with a few resolutions", () => {
    expect(aiChargeForMonth(20, 0.99, 50)).toBeCloseTo(49.5, 10);
    expect(aiChargeForMonth(1, 0.99, 50)).toBeCloseTo(49.5, 10);
  });
  it("charges every resolution above the minimum", () => {
    expect(aiChargeForMonth(60, 0.99, 50)).toBeCloseTo(59.4, 10);
    expect(aiChargeForMonth(1500, 0.99, 50)).toBeCloseTo(1485, 10);
  });
  it("charges nothing in a month with no resolutions", () => {
    expect(aiChargeForMonth(0, 0.99, 50)).toBe(0);
  });
  it("with no minimum charges exactly the resolutions", () => {
    expect(aiChargeForMonth(3, 0.99, 0)).toBeCloseTo(2.97, 10);
  });
});

describe("costOfSteadyMonths and costOfMonths", () => {
  const advanced12 = resolvePlan({ tier: "Advanced", seats: 12 });

  it("prices a year of Advanced seats with 1,500 resolutions a month", () => {
    expect(costOfSteadyMonths(advanced12, 1500, 12)).toEqual({ seatCost: 12240, aiCost: 17820, total: 30060, months: 12 });
  });

  it("applies the minimum month by month, never to the yearly total", () => {
    const cost = costOfMonths(advanced12, [0, 20, 60]);
    expect(cost.aiCost).toBeCloseTo(108.9, 10); // 0 + 49.50 + 59.40
    expect(cost.seatCost).toBe(3060);
    // 80 resolutions in total would be 79.20 if the minimum applied to the sum: it must not.
    expect(cost.aiCost).not.toBeCloseTo(0.99 * 80, 2);
  });

  it("uses the monthly-billing price when asked", () => {
    const monthly = resolvePlan({ tier: "Advanced", seats: 12, billing: "monthly" });
    expect(costOfSteadyMonths(monthly, 0, 12).seatCost).toBe(12 * 99 * 12);
  });

  it("honours AI rate and minimum overrides", () => {
    const plan = resolvePlan({ tier: "Essential", seats: 0, aiRate: 1.5, aiMinimum: 0 });
    expect(costOfMonths(plan, [10, 0, 1]).aiCost).toBeCloseTo(16.5, 10);
  });

  it("rejects negative, infinite and missing volumes with the month named", () => {
    expect(() => costOfMonths(advanced12, [10, -1])).toThrow(/Resolutions in month 2 must be a number of 0 or more; got -1/);
    expect(() => costOfMonths(advanced12, [Number.NaN])).toThrow(/month 1 .*not a number/);
    expect(() => costOfMonths(advanced12, [Infinity])).toThrow(/infinity/);
    expect(() => costOfMonths(advanced12, [])).toThrow(/Months must be a whole number from 1 to 600; got 0/);
    expect(() => costOfSteadyMonths(advanced12, 5, 1.5)).toThrow(PricingInputError);
  });

  it("breaks a horizon down month by month consistently with the total", () => {
    const rows = monthlyCosts(advanced12, [0, 20, 60]);
    expect(rows.map((r) => r.month)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.aiCost)).toEqual([0, expect.closeTo(49.5, 10), expect.closeTo(59.4, 10)]);
    expect(rows.every((r) => r.seatCost === 1020 && r.total === r.seatCost + r.aiCost)).toBe(true);
  });
});

describe("pricing properties", () => {
  it("more resolutions in any month never cost less", () => {
    fc.assert(
      fc.property(planArb, volumes, fc.nat({ max: 35 }), fc.integer({ min: 1, max: 10_000 }), (p, v, i, extra) => {
        const plan = resolvePlan(p);
        const more = v.slice();
        more[i % v.length] += extra;
        expect(costOfMonths(plan, more).total).toBeGreaterThanOrEqual(costOfMonths(plan, v).total);
      }),
    );
  });

  it("more seats never cost less", () => {
    fc.assert(
      fc.property(planArb, volumes, fc.integer({ min: 1, max: 100 }), (p, v, extra) => {
        const fewer = costOfMonths(resolvePlan(p), v).total;
        const more = costOfMonths(resolvePlan({ ...p, seats: p.seats + extra }), v).total;
        expect(more).toBeGreaterThan(fewer - 1e-9);
      }),
    );
  });

  it("the minimum holds in every month with a resolution, and idle months cost nothing", () => {
    fc.assert(
      fc.property(planArb, volumes, (p, v) => {
        const plan = resolvePlan(p);
        for (const row of monthlyCosts(plan, v)) {
          // The seed book's Fin terms: $0.99 a resolution, at least 50 in a month with any.
          if (row.resolutions > 0) expect(row.aiCost).toBeGreaterThanOrEqual(0.99 * 50 - 1e-9);
          else expect(row.aiCost).toBe(0);
        }
      }),
    );
  });

  it("cost is additive across months", () => {
    fc.assert(
      fc.property(planArb, volumes, volumes, (p, a, b) => {
        fc.pre(a.length + b.length <= 600);
        const plan = resolvePlan(p);
        const joined = costOfMonths(plan, [...a, ...b]);
        const parts = [costOfMonths(plan, a), costOfMonths(plan, b)];
        expect(joined.total).toBeCloseTo(parts[0].total + parts[1].total, 6);
        expect(joined.months).toBe(parts[0].months + parts[1].months);
      }),
    );
  });

  it("a steady horizon costs the same as the same volume listed month by month", () => {
    fc.assert(
      fc.property(planArb, volume, fc.integer({ min: 1, max: 60 }), (p, r, months) => {
        const plan = resolvePlan(p);
        expect(costOfSteadyMonths(plan, r, months).total).toBeCloseTo(costOfMonths(plan, Array(months).fill(r)).total, 6);
      }),
    );
  });

  it("monthly billing is never cheaper than annual billing in the default catalog", () => {
    fc.assert(
      fc.property(fc.constantFrom(...tiers), fc.integer({ min: 0, max: 1000 }), volumes, (tier, seats, v) => {
        const annual = costOfMonths(resolvePlan({ tier, seats, billing: "annual" }), v).total;
        const monthly = costOfMonths(resolvePlan({ tier, seats, billing: "monthly" }), v).total;
        expect(monthly).toBeGreaterThanOrEqual(annual);
      }),
    );
  });

  it("never returns NaN or Infinity for valid input", () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 36 }), (p, v) => {
        const cost = costOfMonths(resolvePlan(p), v);
        expect(Number.isFinite(cost.total)).toBe(true);
      }),
    );
  });
});
