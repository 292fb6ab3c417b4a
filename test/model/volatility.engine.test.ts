import { resolvePlan } from "../../src/model/plan";
import { bindStack, MonthVolume, priceHorizon, priceMonth, resolveStack, SEED_BOOK, stackPricing, volumeOfStackResolutions } from "../../src/model/pricebook";
import { simulateVolatility, volatilitySensitivity } from "../../src/model/volatility";

const volumes = { kind: "expected" as const, expected: 1500, months: 12, cv: 0.3 };

describe("the simulation prices any price-book plan with the engine's month rule", () => {
  it("an Intercom plan through the engine gives the fast path's figures", () => {
    const fast = simulateVolatility({ plan: resolvePlan({ tier: "Advanced", seats: 12 }), volumes, paths: 2000, budget: 32000 });
    const engine = simulateVolatility({ plan: stackPricing(bindStack(resolveStack(SEED_BOOK, "intercom-advanced"), { seats: 12 })), volumes, paths: 2000, budget: 32000 });
    expect(engine.plannedCost).toBe(fast.plannedCost);
    expect(engine.total.p95).toBeCloseTo(fast.total.p95, 6);
    expect(engine.total.mean).toBeCloseTo(fast.total.mean, 6);
    expect(engine.probabilityOverBudget).toBe(fast.probabilityOverBudget);
  });

  it("a pack-priced plan: the planned cost is priceHorizon's, and the percentiles are ordered", () => {
    const stack = bindStack(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 12 });
    // 1,500 resolutions at a 60% resolution rate are 2,500 AI-involved sessions: 25 packs.
    const pricing = stackPricing(stack, { involvement: 0.5, resolution: 0.6 });
    const r = simulateVolatility({ plan: pricing, volumes, paths: 2000 });
    const month: MonthVolume = { conversations: 5000, involved: 2500, resolved: 1500 };
    expect(r.plannedCost).toBeCloseTo(priceHorizon(stack, new Array<MonthVolume>(12).fill(month)).total, 6);
    expect(r.plannedCost).toBeCloseTo(22620, 6);
    expect(r.total.p5).toBeLessThanOrEqual(r.total.p50);
    expect(r.total.p50).toBeLessThanOrEqual(r.total.p95);
    // Every simulated month costs a whole number of packs on top of the seats.
    for (const m of r.monthly) expect(((m.p95 - 660) / 49) % 1).toBeCloseTo(0, 9);
    expect(priceMonth(stack, volumeOfStackResolutions(pricing, 1500)).total).toBe(660 + 25 * 49);
  });

  it("the tornado of a price-book plan keeps the volume drivers and leaves out rate, seats and minimum", () => {
    const s = volatilitySensitivity({ plan: stackPricing(bindStack(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 12 }), { resolution: 0.6 }), volumes, paths: 1000 });
    const drivers = s.entries.map((e) => e.driver);
    expect(drivers).toContain("Volatility (CV)");
    expect(drivers).not.toContain("AI rate");
  });
});
