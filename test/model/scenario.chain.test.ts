import { defaultScenarios, forecastScenario, Scenario, validateDrivers } from "../../src/model/scenario";

const base = (): Scenario => defaultScenarios("2027-01")[0];

describe("scenarios on the volume chain", () => {
  it("without an involvement rate a scenario keeps its numbers, and 100% gives the same bits", () => {
    const s = base();
    const before = forecastScenario(s);
    const hundred = forecastScenario({ ...s, drivers: { ...s.drivers, aiInvolvementPct: 100 } });
    expect(hundred.months.map((m) => m.resolutions)).toEqual(before.months.map((m) => m.resolutions));
    expect(hundred.summary).toEqual(before.summary);
    // Base: 20,000 conversations, 45% resolved → 9,000 resolutions in the first month.
    expect(before.months[0].resolutions).toBe(9000);
  });

  it("with an involvement rate, the resolution rate is a share of the involved: 20,000 × 50% × 45% = 4,500", () => {
    const s = base();
    const f = forecastScenario({ ...s, drivers: { ...s.drivers, aiInvolvementPct: 50 } });
    expect(f.months[0].resolutions).toBe(4500);
    expect(f.months[0].aiCost).toBeCloseTo(4500 * 0.99, 9);
  });

  it("checks the involvement rate and the outcome split with the other drivers", () => {
    const d = base().drivers;
    expect(validateDrivers({ ...d, aiInvolvementPct: 120 }).aiInvolvementPct).toBe("AI involvement (% of conversations) must be from 0 to 100.");
    expect(validateDrivers({ ...d, outcomeSplit: { qualification: 0.6 } }).outcomeSplit).toMatch(/^Resolution and other outcome shares add up to 1\.05/);
    expect(validateDrivers({ ...d, aiInvolvementPct: 60, outcomeSplit: { qualification: 0.1 } })).toEqual({});
  });
});
