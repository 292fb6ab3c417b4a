/** The volatility simulation with staffing: people cost fixed by plan, or scaling with each simulated month. */
import fc from "fast-check";
import { defaultScenarios, forecastScenario, Scenario, simulationPlanOf } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { staffedSimulationPlan, supportForecast } from "../../src/model/scenario/supportCost";
import { pricerOf } from "../../src/model/volatility/pricing";
import { simulateVolatility } from "../../src/model/volatility/simulate";

function staffed(seatPolicy: "fixed" | "fromStaffing"): Scenario {
  const [s] = defaultScenarios("2027-01");
  return { ...s, drivers: { ...s.drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy } };
}

const run = (s: Scenario, assumption: "planned" | "scaling", cv: number) => {
  const sf = supportForecast(s);
  return simulateVolatility({
    plan: staffedSimulationPlan(sf, assumption),
    volumes: { kind: "expected", expected: sf.months.map((m) => m.conversations), cv },
    paths: 2000,
    seed: 7,
  });
};

describe("volatility with staffing", () => {
  it("a scenario without staffing is simulated with exactly today's plan", () => {
    const [s] = defaultScenarios("2027-01");
    const sf = supportForecast(s);
    expect(staffedSimulationPlan(sf, "scaling")).toEqual(simulationPlanOf(forecastScenario(s)));
  });

  it.each(["fixed", "fromStaffing"] as const)("with certain volumes (seats %s), both assumptions give the total cost of support", (policy) => {
    const s = staffed(policy);
    const tco = supportForecast(s).totalCostOfSupport;
    expect(run(s, "planned", 0).total.mean).toBeCloseTo(tco, 4);
    expect(run(s, "scaling", 0).total.mean).toBeCloseTo(tco, 4);
  });

  it("staffing that scales with volume widens the spread of the total; planned staffing moves only the AI bill", () => {
    const s = staffed("fromStaffing");
    const planned = run(s, "planned", 0.3);
    const scaling = run(s, "scaling", 0.3);
    expect(scaling.total.p95 - scaling.total.p5).toBeGreaterThan(planned.total.p95 - planned.total.p5);
    // Planned: the people and seats are the same on every path, so the spread is the AI bill's alone.
    const bill = simulateVolatility({
      plan: simulationPlanOf(forecastScenario({ ...s, drivers: { ...s.drivers, seats: Math.round(supportForecast(s).months.reduce((a, m) => a + m.agentsScheduled, 0) / 12) } })),
      volumes: { kind: "expected", expected: supportForecast(s).months.map((m) => m.conversations), cv: 0.3 },
      paths: 2000,
      seed: 7,
    });
    expect(planned.total.p95 - planned.total.p5).toBeCloseTo(bill.total.p95 - bill.total.p5, 4);
  });

  it("a month's cost never falls as simulated volume rises, under either assumption", () => {
    for (const assumption of ["planned", "scaling"] as const) {
      const month = pricerOf(staffedSimulationPlan(supportForecast(staffed("fromStaffing")), assumption)).cost;
      fc.assert(
        fc.property(fc.double({ min: 0, max: 200_000, noNaN: true }), fc.double({ min: 0, max: 50_000, noNaN: true }), (r, more) => {
          expect(month(r + more)).toBeGreaterThanOrEqual(month(r));
        }),
        { numRuns: 200 },
      );
    }
  });

  it("simulates conversations, so an AI resolution rate of 0 is a scenario like any other (everything goes to people)", () => {
    const s = staffed("fixed");
    s.drivers.aiResolutionPct = 0;
    const r = simulateVolatility({ plan: staffedSimulationPlan(supportForecast(s), "scaling"), volumes: { kind: "expected", expected: supportForecast(s).months.map((m) => m.conversations), cv: 0 }, paths: 100 });
    expect(r.plannedCost).toBeCloseTo(supportForecast(s).totalCostOfSupport, 6);
  });
});
