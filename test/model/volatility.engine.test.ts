import fc from "fast-check";
import {
  bindStack,
  compareStacks,
  compileMonth,
  DEFAULT_STACKS,
  fastMonthCost,
  MonthVolume,
  priceHorizon,
  priceMonth,
  resolveStack,
  SEED_BOOK,
  volumeOf,
  volumeOfResolutions,
} from "../../src/model/pricebook";
import { simulateVolatility, stackRisks, stackSimulation, volatilitySensitivity } from "../../src/model/volatility";

const RATES = { involvement: 0.5, resolution: 0.6 };
const conversations = { kind: "expected" as const, expected: 5000, months: 12, cv: 0.3 };

describe("the compiled month is priceMonth, to the bit", () => {
  it("for every default stack, any volume and rates, with and without people, past the cap too", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_STACKS),
        fc.integer({ min: 0, max: 60 }),
        fc.oneof(fc.double({ min: 0, max: 2e6, noNaN: true }), fc.integer({ min: 0, max: 20_000 })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0, 4, 2.5),
        fc.constantFrom(0, 0.3),
        (id, seats, c, involvement, resolution, people, reversalRate) => {
          const stack = bindStack(resolveStack(SEED_BOOK, id), { seats });
          const rates = { involvement, resolution, assumedShare: reversalRate > 0 ? 0.5 : 0, reversalRate };
          const v = volumeOf(c, rates);
          const bill = priceMonth(stack, v);
          const expected = bill.total + (people > 0 ? bill.humanHandled * people : 0);
          const compiled = compileMonth(stack, rates, people);
          expect(compiled.cost(c)).toBe(expected);
          const fast = compiled.fast && fastMonthCost(compiled.fast, resolution, reversalRate, rates.assumedShare, c);
          // NaN means "ask the engine" (a cap the closed form cannot take); any number must be the engine's.
          if (fast !== null && !Number.isNaN(fast)) expect(fast).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("from AI resolutions, as BUDGETRISK simulates them", () => {
    for (const id of ["intercom-advanced", "zendesk-professional", "zendesk-professional+fin-standalone"]) {
      const stack = bindStack(resolveStack(SEED_BOOK, id), { seats: 7 });
      const compiled = compileMonth(stack, { resolution: 1 }, 0, "resolutions");
      for (const r of [0, 1, 49.5, 50, 120, 1500, 123456.789]) {
        const expected = priceMonth(stack, volumeOfResolutions(r)).total;
        expect(compiled.cost(r)).toBe(expected);
        expect(fastMonthCost(compiled.fast!, 1, 0, 0, r)).toBe(expected);
      }
    }
  });

  it("counts exactly: 7% of 10,000 conversations are 700 Freddy sessions, 7 packs", () => {
    const stack = bindStack(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 1 });
    const v = volumeOf(10_000, { involvement: 0.07, resolution: 0.5 });
    expect(v.involved).toBe(700);
    expect(priceMonth(stack, v).aiCost).toBe(7 * 49);
    expect(compileMonth(stack, { involvement: 0.07, resolution: 0.5 }).cost(10_000)).toBe(55 + 7 * 49);
  });
});

describe("the simulation prices any stack through its own rules", () => {
  it("with certain volumes, every default stack's percentiles are its comparison total", () => {
    const input = { conversations: 5000, months: 12, ...RATES, seats: 12 };
    const comparison = compareStacks(SEED_BOOK, input);
    const risks = stackRisks(SEED_BOOK, input, comparison, { cv: 0, paths: 200, budget: 30_000 });
    comparison.stacks.forEach((s, i) => {
      expect(risks[i].stack).toBe(s.stack);
      for (const p of [risks[i].p50, risks[i].p90, risks[i].p95]) expect(p).toBeCloseTo(s.total, 6);
      expect(risks[i].probabilityOverBudget).toBe(s.total > 30_000 ? 1 : 0);
    });
  });

  it("a pack-priced plan: the planned cost is priceHorizon's, and every simulated month is whole packs", () => {
    const plans = resolveStack(SEED_BOOK, "freshdesk-pro");
    const r = simulateVolatility({ plan: stackSimulation(plans, { seats: 12 }, { volume: "conversations", rates: RATES }), volumes: conversations, paths: 2000 });
    const month: MonthVolume = { conversations: 5000, involved: 2500, resolved: 1500 };
    expect(r.plannedCost).toBeCloseTo(priceHorizon(bindStack(plans, { seats: 12 }), new Array<MonthVolume>(12).fill(month)).total, 6);
    expect(r.plannedCost).toBeCloseTo(22620, 6);
    expect(r.total.p5).toBeLessThanOrEqual(r.total.p50);
    expect(r.total.p50).toBeLessThanOrEqual(r.total.p95);
    for (const m of r.monthly) expect(((m.p95 - 660) / 49) % 1).toBeCloseTo(0, 9);
  });

  it("a spend cap absorbs the swings: eesel's AI bill stays at its cap while Fin's moves", () => {
    const run = (id: string) => simulateVolatility({ plan: stackSimulation(resolveStack(SEED_BOOK, id), { seats: 12 }, { volume: "conversations", rates: RATES }), volumes: conversations, paths: 2000 });
    const eesel = run("freshdesk-pro+eesel");
    expect(eesel.total.p95 - eesel.total.p5).toBeCloseTo(0, 6);
    const fin = run("freshdesk-pro+fin-standalone");
    expect(fin.total.p95 - fin.total.p5).toBeGreaterThan(1000);
  });

  it("people per conversation: a capped AI's paused conversations cost people, and the bill alone does not move", () => {
    const plan = stackSimulation(resolveStack(SEED_BOOK, "freshdesk-pro+eesel"), { seats: 12 }, { volume: "conversations", rates: RATES, humanCostPerConversation: 4 });
    const r = simulateVolatility({ plan, volumes: { ...conversations, cv: 0 }, paths: 200 });
    expect(r.plannedCost).toBeCloseTo(232_920, 6);
  });

  it("the AI resolution rate drawn per path widens the band of a plan billed per resolution, not of one billed per session", () => {
    const run = (id: string, resolutionSd: number) =>
      simulateVolatility({ plan: stackSimulation(resolveStack(SEED_BOOK, id), { seats: 12 }, { volume: "conversations", rates: RATES }), volumes: conversations, paths: 3000, counting: { resolutionSd } });
    const finCalm = run("intercom-advanced", 0);
    const finRate = run("intercom-advanced", 0.1);
    expect(finRate.total.p95 - finRate.total.p5).toBeGreaterThan(finCalm.total.p95 - finCalm.total.p5);
    expect(finRate.monthly[0].p95).toBeGreaterThan(finCalm.monthly[0].p95);
    const packsCalm = run("freshdesk-pro", 0);
    const packsRate = run("freshdesk-pro", 0.1);
    expect(packsRate.total.p95).toBe(packsCalm.total.p95);
  });

  it("reversed assumed resolutions are not billed: more reversals, a smaller Fin bill", () => {
    const run = (reversalRate: number) =>
      simulateVolatility({
        plan: stackSimulation(resolveStack(SEED_BOOK, "intercom-advanced"), { seats: 12 }, { volume: "conversations", rates: { ...RATES, assumedShare: 0.5, reversalRate } }),
        volumes: { ...conversations, cv: 0 },
        paths: 200,
      }).plannedCost;
    // 1,500 resolutions, half assumed, 20% of those reversed: 1,350 billed.
    expect(run(0.2)).toBeCloseTo(12 * (1020 + 1350 * 0.99), 6);
    expect(run(0.2)).toBeLessThan(run(0));
  });
});

describe("the tornado covers the drivers that move the chosen stack's bill", () => {
  const tornado = (id: string) =>
    volatilitySensitivity({ plan: stackSimulation(resolveStack(SEED_BOOK, id), { seats: 12 }, { volume: "conversations", rates: { ...RATES, assumedShare: 0.4, reversalRate: 0.1 } }), volumes: conversations, paths: 1000 })
      .entries.map((e) => e.driver);

  it("per session (Freshdesk): price, seats and involvement move it; the resolution rate and reversals do not", () => {
    const drivers = tornado("freshdesk-pro");
    expect(drivers).toEqual(expect.arrayContaining(["Expected conversations", "Volatility (CV)", "AI price", "Seats", "AI involvement"]));
    expect(drivers).not.toContain("AI resolution rate");
    expect(drivers).not.toContain("Reversed assumed resolutions");
    expect(drivers).not.toContain("AI monthly minimum");
  });

  it("per resolution (Intercom): the resolution rate, reversals and the minimum's driver appear", () => {
    const drivers = tornado("intercom-advanced");
    expect(drivers).toEqual(expect.arrayContaining(["AI price", "Seats", "AI resolution rate", "AI involvement", "Reversed assumed resolutions"]));
  });

  it("a spend cap (eesel) is a driver of its own", () => {
    expect(tornado("freshdesk-pro+eesel")).toContain("AI spend cap");
  });
});
