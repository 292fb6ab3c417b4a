import fc from "fast-check";
import { PricingInputError } from "../../../src/model/errors";
import { costOfResolutions } from "../../../src/model/pricebook";
import { intercomPlan } from "../../support/plans";
import {
  aiTradeOff,
  PriceStaffedMonth,
  StaffingDrivers,
  supportCostForMonth,
  supportCostOverMonths,
  SupportMonthInput,
} from "../../../src/model/staffing";
import { oracleServiceLevel } from "./oracle";

/** Intercom's pricing through the price book as the pricing callback: seats plus Fin at $0.99, minimum 50. */
function intercom(tier: string, aiRate?: number, aiMinimum?: number): PriceStaffedMonth {
  return (v) => {
    const cost = costOfResolutions(intercomPlan(tier, v.seats, "annual", { aiRate, aiMinimum }), { steady: v.aiResolved, months: 1 });
    return { seatCost: cost.seatCost, aiCost: cost.aiCost };
  };
}

const asyncDesk: StaffingDrivers = { channel: "async", productiveHoursPerAgentMonth: 140, occupancy: 0.85 };

// The reference chain (5,000 conversations, AI in 50%, resolving 60% of those), 6-minute handle time.
const example: SupportMonthInput = {
  conversations: 5000,
  involvementRate: 0.5,
  resolutionRate: 0.6,
  handleTimeSeconds: 360,
  staffing: asyncDesk,
  loadedCostPerAgentMonth: 6000,
  seats: { kind: "fromStaffing" },
  price: intercom("Advanced"),
};

describe("supportCostForMonth: people + seats + AI", () => {
  it("works the example by hand: 3,500 human conversations × 6 min = 350 h ÷ 119 h → 3 agents", () => {
    const m = supportCostForMonth(example);
    expect(m.workload.humanHandled).toBe(3500);
    expect(m.agentsScheduled).toBe(3);
    expect(m.seats).toBe(3);
    expect(m.peopleCost).toBe(3 * 6000);
    expect(m.seatCost).toBe(3 * 85);
    expect(m.aiCost).toBeCloseTo(1500 * 0.99, 9);
    expect(m.total).toBeCloseTo(18000 + 255 + 1485, 9);
    expect(m.costPerHumanHandled).toBeCloseTo((18000 + 255) / 3500, 12);
    expect(m.costPerAiResolved).toBeCloseTo(0.99, 12);
  });

  it("keeps seats fixed when asked, and leaves people out at a loaded cost of 0", () => {
    const m = supportCostForMonth({ ...example, seats: { kind: "fixed", seats: 12 }, loadedCostPerAgentMonth: 0 });
    expect(m.seats).toBe(12);
    expect(m.agentsScheduled).toBe(3);
    expect(m.peopleCost).toBe(0);
    // With people left out and seats fixed, this is today's seats + AI bill for the month.
    expect(m.total).toBeCloseTo(costOfResolutions(intercomPlan("Advanced", 12), { steady: 1500, months: 1 }).total, 9);
  });

  it("staffs a live channel at the busiest hour: 2% of 3,500 human chats, 6 min each = 7 Erlangs", () => {
    const live: StaffingDrivers = { channel: "live", peakIntervalShare: 0.02, serviceLevel: 0.8, answerSeconds: 60, shrinkage: 0.25 };
    const m = supportCostForMonth({ ...example, staffing: live });
    // The fewest on duty above 7 Erlangs that answer 80% within 60 s, by the summation oracle; ÷ 0.75.
    let onDuty = 8;
    while (oracleServiceLevel(onDuty, 7, 360, 60) < 0.8) onDuty++;
    expect(m.agentsScheduled).toBe(Math.ceil(onDuty / 0.75 - 1e-9));
    expect(m.seats).toBe(m.agentsScheduled);
    expect(m.peopleCost).toBe(m.agentsScheduled * 6000);
  });

  it("has no cost per AI resolution when the AI resolves nothing, and none per human conversation when people have none", () => {
    expect(supportCostForMonth({ ...example, resolutionRate: 0 }).costPerAiResolved).toBeNull();
    const allAi = supportCostForMonth({ ...example, involvementRate: 1, resolutionRate: 1 });
    expect(allAi.costPerHumanHandled).toBeNull();
    expect(allAi.agentsScheduled).toBe(0);
  });

  it("never costs more in people when the AI resolves more", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const at = (resolutionRate: number) => supportCostForMonth({ ...example, conversations: 40_000, resolutionRate }).peopleCost;
        return at(Math.max(a, b)) <= at(Math.min(a, b));
      }),
      { numRuns: 100 },
    );
  });

  it("adds months up month by month", () => {
    const over = supportCostOverMonths({ ...example, conversationsByMonth: [5000, 0, 9000] });
    expect(over.months).toHaveLength(3);
    const sum = over.months.reduce((s, m) => s + m.total, 0);
    expect(over.total).toBeCloseTo(sum, 9);
    expect(over.months[1].total).toBe(0); // no conversations: no agents, no seats, no AI charge
    expect(() => supportCostOverMonths({ ...example, conversationsByMonth: [5000, -1] })).toThrow(/^Month 2: Conversations per month must be a number of 0 or more; got -1\.$/);
    expect(() => supportCostOverMonths({ ...example, conversationsByMonth: [] })).toThrow(/at least one month/);
  });

  it.each<[Partial<SupportMonthInput>, RegExp]>([
    [{ loadedCostPerAgentMonth: -1 }, /Fully loaded cost per agent-month must be a number of 0 or more; got -1/],
    [{ seats: { kind: "fixed", seats: 2.5 } }, /Seats must be a whole number from 0 to 1,000,000; got 2\.5/],
    [{ price: () => ({ seatCost: NaN, aiCost: 0 }) }, /The stack's seat cost for the month must be an amount of 0 or more; the pricing gave not a number/],
    [{ price: () => ({ seatCost: 0, aiCost: Infinity }) }, /The stack's AI cost .* the pricing gave infinity/],
  ])("%p is refused with a message", (change, message) => {
    expect(() => supportCostForMonth({ ...example, ...change })).toThrow(PricingInputError);
    expect(() => supportCostForMonth({ ...example, ...change })).toThrow(message);
  });
});

describe("aiTradeOff: total cost against the AI resolution rate", () => {
  // 10,000 conversations, all seen by the AI, 10 minutes each by a person: 1,666.7 h ÷ 119 h = 14.006 FTE at 0%.
  const big: SupportMonthInput = { ...example, conversations: 10_000, involvementRate: 1, handleTimeSeconds: 600, seats: { kind: "fixed", seats: 20 } };
  const fte = (rate: number) => (10_000 * (1 - rate) * 600) / 3600 / (140 * 0.85);

  it("traces 0% to 100% every point, fewer agents as the AI resolves more", () => {
    const t = aiTradeOff(big);
    expect(t.curve).toHaveLength(101);
    expect(t.curve[0].resolutionRate).toBe(0);
    expect(t.curve[100].resolutionRate).toBe(1);
    expect(t.curve[50].resolutionRate).toBe(0.5);
    expect(t.withoutAi.agentsScheduled).toBe(Math.ceil(fte(0)));
    expect(t.withoutAi.aiCost).toBe(0);
    expect(t.curve[100].agentsScheduled).toBe(0);
    for (let i = 1; i < t.curve.length; i++) expect(t.curve[i].agentsScheduled).toBeLessThanOrEqual(t.curve[i - 1].agentsScheduled);
    for (const p of t.curve) expect(p.savingVsWithoutAi).toBeCloseTo(t.withoutAi.total - p.total, 6);
  });

  it("finds where a platform fee is paid back: 4 agents saved ($24,000) beat $20,000 + $0.50 a resolution", () => {
    const withFee: PriceStaffedMonth = (v) => ({ seatCost: v.seats * 85, aiCost: v.aiResolved > 0 ? 20_000 + 0.5 * v.aiResolved : 0 });
    const t = aiTradeOff({ ...big, price: withFee });
    // Three agents saved ($18,000) never cover the fee; four do, once FTE ≤ 11: rate ≥ 1 − 11/14.006.
    const firstRateWithEleven = Math.ceil((1 - 11 / fte(0)) * 1000) / 1000;
    expect(t.breakEvenRate).toBeCloseTo(firstRateWithEleven, 12);
    expect(t.breakEvenRate).toBeGreaterThan(0.2);
    // At 0% the AI resolves nothing and is not billed, so that point ties with no AI at all.
    for (const p of t.curve.slice(1)) expect(p.savingVsWithoutAi >= 0).toBe(p.resolutionRate >= (t.breakEvenRate as number));
  });

  it("with today's Fin price and a $6,000 agent, the AI pays at any rate", () => {
    const t = aiTradeOff(big);
    expect(t.breakEvenRate).toBe(0);
    expect(t.curve.every((p) => p.savingVsWithoutAi >= 0)).toBe(true);
  });

  it("an AI dearer than the people it replaces never pays for itself", () => {
    const t = aiTradeOff({ ...big, price: intercom("Advanced", 60, 0) });
    expect(t.breakEvenRate).toBeNull();
    expect(t.curve[100].savingVsWithoutAi).toBeLessThan(0);
  });

  it("marks today's rate on the curve, and refuses a bad one", () => {
    const t = aiTradeOff({ ...big, currentResolutionRate: 0.6 });
    expect(t.current?.resolutionRate).toBe(0.6);
    expect(t.current?.agentsScheduled).toBe(Math.ceil(fte(0.6) - 1e-9));
    expect(() => aiTradeOff({ ...big, currentResolutionRate: 1.2 })).toThrow(/Current AI resolution rate must be a share from 0 to 1/);
    expect(() => aiTradeOff({ ...big, curveStep: 0 })).toThrow(/Curve step must be a share more than 0 and at most 1/);
    expect(() => aiTradeOff({ ...big, curveStep: 1e-6 })).toThrow(/Curve step must be at least 0\.0001/);
  });

  it("is consistent with pricing each month on its own", () => {
    const t = aiTradeOff({ ...big, curveStep: 0.25 });
    expect(t.curve.map((p) => p.resolutionRate)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    for (const p of t.curve) expect(p.total).toBe(supportCostForMonth({ ...big, resolutionRate: p.resolutionRate }).total);
  });
});
