/** A scenario's staffing drivers: people + seats + AI month by month, the AI trade-off, validation. */
import fc from "fast-check";
import { defaultScenarios, forecastScenario, Scenario, ScenarioDrivers, validateDrivers } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { liveChannelAt, staffLiveChannel } from "../../src/model/staffing/liveChannel";
import { scenarioTradeOff, supportForecast } from "../../src/model/scenario/supportCost";

const ADVANCED_ANNUAL_SEAT = 85;
const AI_RATE = 0.99;

/**
 * The published Erlang C example inside a scenario: 40,000 conversations a month, the AI resolves
 * half, so people handle 20,000; 1% of them in the busiest hour is 200 an hour (100 per 30 minutes),
 * 180 s each = 10 Erlangs; 80% within 20 s → 14 on duty; 30% shrinkage → 20 scheduled.
 */
function published(extra: Partial<ScenarioDrivers> = {}): Scenario {
  const s = defaultScenarios("2027-01")[0];
  return {
    ...s,
    drivers: {
      ...s.drivers,
      startConversations: 40_000,
      growthPct: 0,
      aiResolutionPct: 50,
      seats: 25,
      staffingChannel: "live",
      handleTimeSeconds: 180,
      peakHourSharePct: 1,
      serviceLevelPct: 80,
      answerSeconds: 20,
      shrinkagePct: 30,
      maxOccupancyPct: 85,
      loadedCostPerAgentMonth: 6000,
      ...extra,
    },
  };
}

describe("total cost of support for a scenario", () => {
  it("the published example at 30% shrinkage schedules 20 agents, and seats fixed keep the forecast's seat and AI costs", () => {
    const s = published();
    const f = supportForecast(s);
    const m = f.months[0];
    expect(m.agentsScheduled).toBe(20);
    expect(m.humanHandled).toBe(20_000);
    expect(m.seats).toBe(25);
    expect(m.peopleCost).toBe(20 * 6000);
    expect(m.seatCost).toBeCloseTo(25 * ADVANCED_ANNUAL_SEAT, 9);
    expect(m.aiCost).toBeCloseTo(20_000 * AI_RATE, 9);
    expect(m.totalCostOfSupport).toBeCloseTo(20 * 6000 + 25 * ADVANCED_ANNUAL_SEAT + 20_000 * AI_RATE, 6);
    expect(f.totalCostOfSupport).toBeCloseTo(12 * (20 * 6000 + 25 * ADVANCED_ANNUAL_SEAT + 20_000 * AI_RATE), 4);
    const plain = forecastScenario(s);
    expect(f.months.map((x) => [x.seatCost, x.aiCost])).toEqual(plain.months.map((x) => [x.seatCost, x.aiCost]));
  });

  it("seats from staffing price the month with its 20 agents as seats", () => {
    const f = supportForecast(published({ seatPolicy: "fromStaffing" }));
    expect(f.months.every((m) => m.seats === 20)).toBe(true);
    expect(f.seatCost).toBeCloseTo(12 * 20 * ADVANCED_ANNUAL_SEAT, 6);
    expect(f.totalCostOfSupport).toBeCloseTo(12 * (20 * 6000 + 20 * ADVANCED_ANNUAL_SEAT + 20_000 * AI_RATE), 4);
    expect(f.peakAgents).toBe(20);
    expect(f.costPerHumanHandled).toBeCloseTo((20 * 6000 + 20 * ADVANCED_ANNUAL_SEAT) / 20_000, 9);
    expect(f.costPerAiResolved).toBeCloseTo(AI_RATE, 9);
  });

  it("an async channel: 5,000 conversations, half seen by the AI, 60% of those resolved → 350 hours → 3 agents", () => {
    const f = supportForecast(
      published({
        startConversations: 5000,
        aiInvolvementPct: 50,
        aiResolutionPct: 60,
        staffingChannel: "async",
        handleTimeSeconds: 360,
        productiveHoursPerAgentMonth: 140,
        occupancyPct: 85,
        seatPolicy: "fromStaffing",
      }),
    );
    // 3,500 human-handled × 360 s = 350 h; 350 ÷ (140 × 0.85) = 2.94 → 3.
    expect(f.months[0].humanHandled).toBe(3500);
    expect(f.months[0].agentsScheduled).toBe(3);
    expect(f.months[0].seatCost).toBeCloseTo(3 * ADVANCED_ANNUAL_SEAT, 9);
  });

  it("a scenario without staffing has no people and the forecast's totals, bit for bit", () => {
    for (const s of defaultScenarios("2027-05")) {
      const f = supportForecast(s);
      const plain = forecastScenario(s);
      expect(f.months.map((m) => m.totalCostOfSupport)).toEqual(plain.months.map((m) => m.total));
      expect(f.peopleCost).toBe(0);
      expect(f.peakAgents).toBe(0);
    }
  });

  it("without a loaded cost, people cost nothing but the agents are still counted", () => {
    const f = supportForecast(published({ loadedCostPerAgentMonth: undefined }));
    expect(f.peopleCost).toBe(0);
    expect(f.months[0].agentsScheduled).toBe(20);
  });

  it("more volume never needs fewer agents, and seats from staffing are never fewer than the agents the month needs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 30, max: 1200 }),
        (start, more, resolution, aht) => {
          const at = (conversations: number) =>
            supportForecast(published({ startConversations: conversations, aiResolutionPct: resolution, handleTimeSeconds: aht, seatPolicy: "fromStaffing" })).months[0];
          const low = at(start);
          const high = at(start + more);
          expect(high.agentsScheduled).toBeGreaterThanOrEqual(low.agentsScheduled);
          const needed = staffLiveChannel({
            contactsPerInterval: high.humanHandled * 0.01,
            ahtSeconds: aht,
            serviceLevel: 0.8,
            answerSeconds: 20,
            shrinkage: 0.3,
            maxOccupancy: 0.85,
          });
          expect(high.seats).toBeGreaterThanOrEqual(needed.scheduled);
          // Those seats, less shrinkage, still meet the target when anyone calls.
          if (needed.trafficErlangs > 0) {
            const onDuty = Math.floor(high.seats * 0.7 + 1e-9);
            expect(liveChannelAt(onDuty, { contactsPerInterval: high.humanHandled * 0.01, ahtSeconds: aht, serviceLevel: 0.8, answerSeconds: 20 }).serviceLevel).toBeGreaterThanOrEqual(0.8 - 1e-12);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the AI trade-off for a scenario", () => {
  it("marks today's rate on the curve, and the break-even rate is where the AI's bill equals the people and seats it saves", () => {
    const s = published({ seatPolicy: "fromStaffing" });
    const t = scenarioTradeOff(s);
    expect(t.conversations).toBe(40_000);
    expect(t.currentResolutionRate).toBe(0.5);
    expect(t.current?.agentsScheduled).toBe(20);
    expect(t.current?.total).toBeCloseTo(supportForecast(s).months[0].totalCostOfSupport, 6);
    expect(t.curve[0].resolutionRate).toBe(0);
    expect(t.curve[t.curve.length - 1].resolutionRate).toBe(1);
    // At $6,000 an agent-month and $0.99 a resolution the AI pays from low rates on.
    expect(t.breakEvenRate).not.toBeNull();
    const be = t.breakEvenRate as number;
    expect(t.withoutAi.total).toBeGreaterThanOrEqual(t.curve.find((p) => p.resolutionRate >= be)!.total);
    // Total cost falls from no AI to today's rate.
    expect(t.current!.total).toBeLessThan(t.withoutAi.total);
  });

  it("with people left out (no loaded cost) the AI never pays: only its bill rises", () => {
    const t = scenarioTradeOff(published({ loadedCostPerAgentMonth: 0, seatPolicy: "fixed" }));
    expect(t.breakEvenRate).toBeNull();
    expect(t.curve.every((p, i) => i === 0 || p.total >= t.curve[i - 1].total)).toBe(true);
  });

  it("cost per human-handled and per AI-resolved conversation at today's rate", () => {
    const t = scenarioTradeOff(published({ seatPolicy: "fromStaffing" }));
    expect(t.current?.costPerHumanHandled).toBeCloseTo((20 * 6000 + 20 * ADVANCED_ANNUAL_SEAT) / 20_000, 9);
    expect(t.current?.costPerAiResolved).toBeCloseTo(AI_RATE, 9);
  });

  it("asks for the staffing drivers when a scenario has none", () => {
    expect(() => scenarioTradeOff(defaultScenarios("2027-01")[0])).toThrow(/needs the staffing drivers: turn on Staffing/);
  });
});

describe("staffing drivers are checked field by field", () => {
  const d = () => published().drivers;
  it.each([
    ["shrinkagePct", 100, /^Shrinkage must be from 0% up to but not including 100%, such as 30; got 100\.$/],
    ["serviceLevelPct", 0, /^Service level must be more than 0% and less than 100%/],
    ["handleTimeSeconds", -5, /^Handle time must be more than 0 and at most 86,400 seconds/],
    ["peakHourSharePct", Number.NaN, /^Busiest-hour share must be a number/],
    ["answerSeconds", 7200, /^Answer within must be from 0 to 3,600 seconds/],
    ["maxOccupancyPct", 120, /^Maximum occupancy must be more than 0% and at most 100%/],
    ["productiveHoursPerAgentMonth", 800, /^Productive hours per agent-month must be more than 0 and at most 744/],
    ["occupancyPct", 0, /^Occupancy must be more than 0% and at most 100%/],
    ["loadedCostPerAgentMonth", -1, /^Cost per agent-month must be from 0 to 1,000,000/],
  ] as const)("%s = %p", (field, value, message) => {
    const errors = validateDrivers({ ...d(), [field]: value });
    expect(errors[field]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("seats from staffing without a channel, and an unknown channel", () => {
    const plain = defaultScenarios("2027-01")[0].drivers;
    expect(validateDrivers({ ...plain, seatPolicy: "fromStaffing" }).seatPolicy).toMatch(/^Seats from staffing needs the staffing drivers: choose a channel/);
    expect(validateDrivers({ ...plain, staffingChannel: "fax" as never }).staffingChannel).toMatch(/^Channel must be "live" \(chat, phone\) or "async"/);
  });

  it("traffic beyond what Erlang C takes is refused under the channel, with what to check", () => {
    const errors = validateDrivers({ ...d(), startConversations: 10_000_000, peakHourSharePct: 100, handleTimeSeconds: 3600 });
    expect(errors.staffingChannel).toMatch(/Erlangs .*check the contacts and handle time, or split the queue/);
  });

  it("the defaults the editor fills in are valid", () => {
    expect(validateDrivers({ ...defaultScenarios("2027-01")[0].drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing" })).toEqual({});
    expect(validateDrivers({ ...defaultScenarios("2027-01")[0].drivers, staffingChannel: "async", ...DEFAULT_STAFFING })).toEqual({});
  });
});
