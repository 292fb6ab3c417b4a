import fc from "fast-check";
import { PricingInputError } from "../../../src/model/errors";
import { busiestIntervalContacts, humanWorkload, staffAsyncChannel } from "../../../src/model/staffing";

describe("humanWorkload: the human side of the volume chain", () => {
  it("sends never-involved and handed-off conversations to people (the reference example chain)", () => {
    const w = humanWorkload({ conversations: 5000, involvementRate: 0.5, resolutionRate: 0.6, handleTimeSeconds: 360 });
    expect(w).toEqual({
      conversations: 5000,
      aiInvolved: 2500,
      aiResolved: 1500,
      handedOff: 1000,
      neverInvolved: 2500,
      humanHandled: 3500,
      workloadHours: (3500 * 360) / 3600,
    });
  });

  it("accounts for every conversation exactly once, with nothing negative", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e8, noNaN: true }), share, share, (conversations, involvementRate, resolutionRate) => {
        const w = humanWorkload({ conversations, involvementRate, resolutionRate, handleTimeSeconds: 300 });
        const parts = [w.aiInvolved, w.aiResolved, w.handedOff, w.neverInvolved, w.humanHandled, w.workloadHours];
        return (
          parts.every((x) => Number.isFinite(x) && x >= 0 && !Object.is(x, -0)) &&
          Math.abs(w.humanHandled + w.aiResolved - conversations) <= 1e-9 * Math.max(1, conversations) &&
          w.aiResolved <= w.aiInvolved &&
          w.aiInvolved <= conversations
        );
      }),
    );
  });

  it("never gives people more work when the AI resolves more", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (r1, r2) => {
        const at = (resolutionRate: number) => humanWorkload({ conversations: 12_345, involvementRate: 0.7, resolutionRate, handleTimeSeconds: 240 }).workloadHours;
        return at(Math.max(r1, r2)) <= at(Math.min(r1, r2));
      }),
    );
  });

  it.each<[Record<string, number>, RegExp]>([
    [{ conversations: -1 }, /^Conversations per month must be a number of 0 or more; got -1\.$/],
    [{ conversations: 2e9 }, /Conversations per month must be at most 100,000,000; got 2000000000/],
    [{ involvementRate: 1.5 }, /^AI involvement rate must be a share from 0 to 1 \(such as 0\.5 .*\); got 1\.5\.$/],
    [{ resolutionRate: NaN }, /AI resolution rate must be a share from 0 to 1 .* got not a number/],
    [{ handleTimeSeconds: 0 }, /Handle time must be more than 0 seconds .* got 0/],
  ])("%p is refused with a message", (change, message) => {
    const go = () => humanWorkload({ conversations: 5000, involvementRate: 0.5, resolutionRate: 0.6, handleTimeSeconds: 360, ...change });
    expect(go).toThrow(PricingInputError);
    expect(go).toThrow(message);
  });
});

describe("busiestIntervalContacts", () => {
  it("is the month's contacts times the busiest interval's share", () => {
    expect(busiestIntervalContacts(3500, 0.02)).toBeCloseTo(70, 12);
    expect(busiestIntervalContacts(0, 0.02)).toBe(0);
  });
  it.each([0, -0.1, 1.5, NaN])("refuses a peak share of %p", (share) => {
    expect(() => busiestIntervalContacts(3500, share)).toThrow(/Peak-interval share must be a share more than 0 and at most 1/);
  });
});

describe("staffAsyncChannel", () => {
  it("is workload hours ÷ (productive hours × occupancy), rounded up without float noise", () => {
    // 140 × 0.85 = 119 hours of ticket work per agent-month; 1,190 hours is exactly 10 agents.
    expect(staffAsyncChannel({ workloadHours: 1190, productiveHoursPerAgentMonth: 140, occupancy: 0.85 })).toEqual({ fte: expect.closeTo(10, 10), agents: 10 });
    expect(staffAsyncChannel({ workloadHours: 1191, productiveHoursPerAgentMonth: 140, occupancy: 0.85 }).agents).toBe(11);
    expect(staffAsyncChannel({ workloadHours: 0, productiveHoursPerAgentMonth: 140, occupancy: 0.85 })).toEqual({ fte: 0, agents: 0 });
  });

  it("gives the fewest whole agents whose hours cover the workload", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 744, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (workloadHours, productiveHoursPerAgentMonth, occupancy) => {
          const { agents } = staffAsyncChannel({ workloadHours, productiveHoursPerAgentMonth, occupancy });
          const capacity = (n: number) => n * productiveHoursPerAgentMonth * occupancy;
          // Within a billionth of an agent counts as covered: that much is floating-point noise.
          const noise = 1e-9 * Math.max(1, agents) * capacity(1);
          return capacity(agents) >= workloadHours - noise && (agents === 0 || capacity(agents - 1) < workloadHours);
        },
      ),
    );
  });

  it.each<[Record<string, number>, RegExp]>([
    [{ workloadHours: -3 }, /^Workload must be a number of 0 or more hours; got -3\.$/],
    [{ productiveHoursPerAgentMonth: 0 }, /Productive hours per agent-month must be more than 0 \(such as 140\); got 0/],
    [{ productiveHoursPerAgentMonth: 800 }, /Productive hours per agent-month must be at most 744 \(every hour of a 31-day month\); got 800/],
    [{ occupancy: 0 }, /^Occupancy must be a share more than 0 and at most 1 \(such as 0\.85 for 85%\); got 0\.$/],
    [{ workloadHours: 1e12, occupancy: 0.01 }, /needs more than 10,000,000 agents/],
  ])("%p is refused with a message", (change, message) => {
    expect(() => staffAsyncChannel({ workloadHours: 100, productiveHoursPerAgentMonth: 140, occupancy: 0.85, ...change })).toThrow(message);
  });
});

describe("a share of a count never exceeds the count", () => {
  it("snapping a product to a whole number never makes more AI-involved conversations than conversations", () => {
    // 99,999,999.99999864 × 0.9999999999999993 is 99,999,999.99999858, within 64 units in the last place of 10⁸.
    const w = humanWorkload({ conversations: 99999999.99999864, involvementRate: 0.9999999999999993, resolutionRate: 0, handleTimeSeconds: 300 });
    expect(w.aiInvolved).toBeLessThanOrEqual(w.conversations);
    expect(w.neverInvolved).toBeGreaterThanOrEqual(0);
  });
});
