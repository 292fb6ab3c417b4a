/**
 * A scenario is the volume chain plus any stack plus people, priced by the one engine: the task
 * ("12 agents on Intercom Advanced, 5,000 conversations a month, the AI involved in half of them and
 * resolving 60% of those") gives the same figure whichever surface asks.
 */
import { compareStacks, DEFAULT_STACKS, EDITIONS, SEED_BOOK } from "../../src/model/pricebook";
import { forecastScenario, Scenario, simulationPlanOf, templateDrivers, validateDrivers } from "../../src/model/scenario";
import { supportForecast } from "../../src/model/scenario/supportCost";
import { simulateVolatility } from "../../src/model/volatility";

const task = (extra: Partial<Scenario["drivers"]> = {}): Scenario => ({
  id: "s1",
  name: "Task",
  drivers: { ...templateDrivers("Base", "2027-01"), startConversations: 5000, growthPct: 0, aiInvolvementPct: 50, aiResolutionPct: 60, stack: "intercom-advanced", seats: 12, ...extra },
});

describe("one budget model", () => {
  it("prices the task on any stack exactly as compare does", () => {
    const comparison = compareStacks(SEED_BOOK, { conversations: 5000, months: 12, involvement: 0.5, resolution: 0.6, seats: 12 });
    for (const stack of DEFAULT_STACKS) {
      const f = forecastScenario(task({ stack }));
      expect({ stack, total: f.summary.total }).toEqual({ stack, total: comparison.stacks.find((s) => s.stack === stack)!.total });
    }
    expect(forecastScenario(task()).summary.total).toBe(30060);
    expect(forecastScenario(task({ stack: "freshdesk-pro" })).summary.total).toBe(22620);
    expect(validateDrivers(task({ stack: "freshdesk-pro+eesel" }).drivers)).toEqual({});
  });

  it("counts the people a capped AI leaves, per human-handled conversation", () => {
    expect(supportForecast(task({ stack: "freshdesk-growth", humanCostPerConversation: 4 })).totalCostOfSupport).toBe(185436);
    expect(supportForecast(task({ humanCostPerConversation: 4 })).totalCostOfSupport).toBe(198060);
    const eesel = supportForecast(task({ stack: "freshdesk-pro+eesel", humanCostPerConversation: 4 }));
    expect(eesel.totalCostOfSupport).toBeCloseTo(232920, 6);
    expect(eesel.months[0].pausedConversations).toBe(1875);
    expect(eesel.months[0].humanHandled).toBe(4625);
  });

  it("simulates the scenario's own stack: with no volatility, the planned cost is the scenario's total", () => {
    for (const stack of ["freshdesk-pro", "zendesk-professional+agentforce", "freshdesk-pro+eesel"]) {
      const f = forecastScenario(task({ stack }));
      const r = simulateVolatility({ plan: simulationPlanOf(f), volumes: { kind: "expected", expected: f.months.map((m) => m.conversations), cv: 0 }, paths: 100 });
      expect(r.plannedCost).toBeCloseTo(f.summary.total, 6);
      expect(r.total.p95).toBeCloseTo(f.summary.total, 6);
    }
  });

  it("prices with the workbook's book: another edition gives its own prices", () => {
    const edition = EDITIONS.find((e) => e.id === "intercom-2026")!;
    expect(forecastScenario(task({ stack: "intercom-essential" }), edition.book).summary.seatCost).toBe(12 * 12 * 19);
  });
});

describe("bad input gets a message at its field", () => {
  it("a stack the workbook's book lacks", () => {
    expect(validateDrivers(task({ stack: "acme-pro" }).drivers).stack).toMatch(/^Unknown plan "acme-pro": use a tier/);
    expect(validateDrivers(task({ stack: "freshdesk-pro+zendesk-team" }).drivers).stack).toMatch(/a stack has one helpdesk/);
  });

  it("a stack without the billing asked for", () => {
    expect(validateDrivers(task({ stack: "freshdesk-pro", billing: "monthly" }).drivers).stack).toMatch(/freshdesk-pro has no monthly billing price in the price book/);
  });

  it("a driver out of range", () => {
    expect(validateDrivers(task({ aiInvolvementPct: 140 }).drivers).aiInvolvementPct).toMatch(/AI involvement \(% of conversations\) must be from 0 to 100/);
    expect(validateDrivers(task({ reversalPct: -1 }).drivers).reversalPct).toMatch(/must be from 0 to 100/);
  });

  it("a compounded volume past the bound is said at growth, with the month and the number", () => {
    const errors = validateDrivers(task({ startConversations: 1_000_000, growthPct: 50, horizonMonths: 36 }).drivers);
    expect(errors.growthPct).toMatch(/^With 50% growth a month, month 13 reaches 129,746,338: the model takes at most 100,000,000 conversations a month\. Lower the growth, the horizon or the starting volume\.$/);
    expect(Object.keys(errors)).toEqual(["growthPct"]);
  });

  it("a month-by-month list past the bound is said at the list", () => {
    const list = new Array<number>(12).fill(1000);
    list[5] = 2e8;
    expect(validateDrivers(task({ monthlyConversations: list }).drivers).monthlyConversations).toMatch(/month 6 must be a number from 0 to 100,000,000/);
  });

  it("people priced twice is refused: staffing and a cost per conversation", () => {
    const errors = validateDrivers(task({ staffingChannel: "async", humanCostPerConversation: 4 }).drivers);
    expect(errors.humanCostPerConversation).toMatch(/Staffing prices people in this scenario/);
  });
});
