import fc from "fast-check";
import { PricingInputError } from "../../../src/model/errors";
import { LiveChannelInput, liveChannelAt, MAX_TRAFFIC_ERLANGS, scheduledAgents, staffLiveChannel } from "../../../src/model/staffing";
import { oracleAsa, oracleErlangC, oracleServiceLevel } from "./oracle";

// The staffing reference: 100 contacts per 30 minutes, AHT 180 s, 80% within 20 s.
const published: LiveChannelInput = { contactsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, answerSeconds: 20 };

function expectClean(values: Record<string, unknown>): void {
  for (const [key, v] of Object.entries(values)) {
    if (typeof v !== "number") continue;
    expect([key, Number.isFinite(v)]).toEqual([key, true]);
    expect([key, Object.is(v, -0)]).toEqual([key, false]);
    expect([key, v >= 0]).toEqual([key, true]);
  }
}

describe("staffLiveChannel: the published worked example", () => {
  it("needs 14 agents: P(wait) 0.1741, service level 0.8884, ASA 7.84 s, occupancy 71.4%", () => {
    const r = staffLiveChannel(published);
    expect(r.trafficErlangs).toBe(10);
    expect(r.agents).toBe(14);
    expect(r.pWait).toBeCloseTo(0.1741, 4);
    expect(r.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(r.asaSeconds).toBeCloseTo(7.84, 2);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
    expect(r.occupancyCapBinding).toBe(false);
  });

  it("gives the same answer for 200 contacts per hour", () => {
    const perHour = staffLiveChannel({ ...published, contactsPerInterval: 200, intervalSeconds: undefined });
    expect(perHour).toEqual(staffLiveChannel(published));
  });

  it("reaches 0.7956 with 13 agents and 0.3896 with 11, so 14 is the fewest", () => {
    expect(liveChannelAt(13, published).serviceLevel).toBeCloseTo(0.7956, 4);
    expect(liveChannelAt(11, published).serviceLevel).toBeCloseTo(0.3896, 4);
    expect(liveChannelAt(14, published).serviceLevel).toBeCloseTo(0.8884, 4);
    expect(liveChannelAt(13, published).serviceLevel).toBeLessThan(0.8);
  });

  it("schedules 20 with 30% shrinkage", () => {
    expect(staffLiveChannel({ ...published, shrinkage: 0.3 }).scheduled).toBe(20);
    expect(staffLiveChannel({ ...published, shrinkage: 0.3, maxOccupancy: 0.85 })).toMatchObject({ agents: 14, scheduled: 20 });
  });

  it("matches the summation oracle for every figure at 11, 13 and 14 agents", () => {
    for (const n of [11, 13, 14]) {
      const m = liveChannelAt(n, published);
      expect(m.pWait).toBeCloseTo(oracleErlangC(n, 10), 10);
      expect(m.serviceLevel).toBeCloseTo(oracleServiceLevel(n, 10, 180, 20), 10);
      expect(m.asaSeconds).toBeCloseTo(oracleAsa(n, 10, 180), 8);
      expect(m.occupancy).toBeCloseTo(10 / n, 12);
    }
  });
});

describe("staffLiveChannel: properties", () => {
  const contacts = fc.double({ min: 0, max: 20_000, noNaN: true });
  const aht = fc.double({ min: 10, max: 1_200, noNaN: true });
  const target = fc.double({ min: 0.05, max: 0.99, noNaN: true });
  const answer = fc.double({ min: 0, max: 120, noNaN: true });
  const cap = fc.oneof(fc.constant(1), fc.double({ min: 0.5, max: 1, noNaN: true }));
  const input = fc.record({ contactsPerInterval: contacts, ahtSeconds: aht, serviceLevel: target, answerSeconds: answer, maxOccupancy: cap });

  it("is the fewest agents that meet both the target and the cap, by the summation oracle", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = staffLiveChannel(i);
        const a = r.trafficErlangs;
        if (a === 0) return r.agents === 0;
        const ok = (n: number) => n > a && n * i.maxOccupancy >= a * (1 - 1e-12) && oracleServiceLevel(n, a, i.ahtSeconds, i.answerSeconds) >= i.serviceLevel - 1e-9;
        return ok(r.agents) && !ok(r.agents - 1) && r.occupancy <= i.maxOccupancy + 1e-12;
      }),
      { numRuns: 150 },
    );
  });

  it("never needs fewer agents for more traffic", () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 5_000, noNaN: true }), (i, more) => {
        return staffLiveChannel({ ...i, contactsPerInterval: i.contactsPerInterval + more }).agents >= staffLiveChannel(i).agents;
      }),
      { numRuns: 200 },
    );
  });

  it("never needs fewer agents for a higher target, a shorter answer time or a lower cap", () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 1, noNaN: true }), (i, t) => {
        const base = staffLiveChannel(i).agents;
        const higher = Math.min(0.999, i.serviceLevel + t * (0.999 - i.serviceLevel));
        return (
          staffLiveChannel({ ...i, serviceLevel: higher }).agents >= base &&
          staffLiveChannel({ ...i, answerSeconds: i.answerSeconds * t }).agents >= base &&
          staffLiveChannel({ ...i, maxOccupancy: Math.max(0.4, i.maxOccupancy * (1 - t / 2)) }).agents >= base
        );
      }),
      { numRuns: 150 },
    );
  });

  it("gives finite, non-negative outputs and never −0", () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 0.95, noNaN: true }), (i, shrinkage) => {
        const r = staffLiveChannel({ ...i, shrinkage });
        expectClean({ ...r });
        return r.scheduled >= r.agents;
      }),
      { numRuns: 150 },
    );
  });
});

describe("scheduledAgents: shrinkage rounding", () => {
  it("is the fewest whole agents whose available share covers those on duty (exact integer check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 99 }), (onDuty, percent) => {
        // ceil(onDuty × 100 / (100 − percent)) in whole numbers: no floating point involved.
        const denominator = 100 - percent;
        const exact = Math.floor((onDuty * 100 + denominator - 1) / denominator);
        return scheduledAgents(onDuty, percent / 100) === exact;
      }),
      { numRuns: 2_000 },
    );
  });

  it("does not let floating-point noise add an agent", () => {
    // The traps: these quotients are whole numbers, but binary floating point lands just above them.
    expect(2 / (1 - 0.9)).toBeGreaterThan(20);
    expect(1 / (1 - 0.8)).toBeGreaterThan(5);
    expect(scheduledAgents(2, 0.9)).toBe(20);
    expect(scheduledAgents(1, 0.8)).toBe(5);
    expect(scheduledAgents(3, 0.8)).toBe(15);
  });

  it("rounds a true fraction up and keeps whole results whole", () => {
    expect(scheduledAgents(14, 0.3)).toBe(20);
    expect(scheduledAgents(15, 0.3)).toBe(Math.ceil(15 / 0.7));
    expect(scheduledAgents(7, 0)).toBe(7);
    expect(scheduledAgents(0, 0.5)).toBe(0);
  });
});

describe("staffLiveChannel: extremes", () => {
  it("needs nobody when there are no contacts", () => {
    const r = staffLiveChannel({ ...published, contactsPerInterval: 0, shrinkage: 0.3, maxOccupancy: 0.85 });
    expect(r).toEqual({ trafficErlangs: 0, agents: 0, scheduled: 0, pWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, occupancyCapBinding: false });
    expectClean({ ...r });
  });

  it("needs one agent for a trickle of contacts", () => {
    const r = staffLiveChannel({ ...published, contactsPerInterval: 0.01 });
    expect(r.agents).toBe(1);
    expect(r.serviceLevel).toBeGreaterThan(0.99);
  });

  it("staffs 10,000 Erlangs, the fewest agents by the oracle, a little above the traffic", () => {
    const i = { contactsPerInterval: 200_000, ahtSeconds: 180, serviceLevel: 0.8, answerSeconds: 20 };
    const r = staffLiveChannel(i);
    expect(r.trafficErlangs).toBe(10_000);
    expect(oracleServiceLevel(r.agents, 10_000, 180, 20)).toBeGreaterThanOrEqual(0.8);
    expect(oracleServiceLevel(r.agents - 1, 10_000, 180, 20)).toBeLessThan(0.8);
    // Square-root staffing: the spare agents grow like √A, a small share of 10,000.
    expect(r.agents - 10_000).toBeGreaterThan(0);
    expect(r.agents - 10_000).toBeLessThan(3 * Math.sqrt(10_000));
    expect(r.occupancy).toBeGreaterThan(0.97);
    expectClean({ ...r });
  });

  it("accepts traffic up to the cap and refuses more with a message", () => {
    const atCap = { contactsPerInterval: (MAX_TRAFFIC_ERLANGS * 3600) / 180, ahtSeconds: 180, serviceLevel: 0.8, answerSeconds: 20 };
    expect(staffLiveChannel(atCap).agents).toBeGreaterThan(MAX_TRAFFIC_ERLANGS);
    expect(() => staffLiveChannel({ ...atCap, contactsPerInterval: atCap.contactsPerInterval * 1.01 })).toThrow(
      /traffic is 101,000 Erlangs .* more than the 100,000 this calculation takes: check the contacts and handle time, or split the queue/,
    );
  });

  it("staffs to the occupancy cap when it binds, and says so", () => {
    const r = staffLiveChannel({ ...published, maxOccupancy: 0.6 });
    expect(r.agents).toBe(Math.ceil(10 / 0.6));
    expect(r.occupancy).toBeLessThanOrEqual(0.6);
    expect(r.occupancyCapBinding).toBe(true);
    expect(r.serviceLevel).toBeGreaterThan(0.8884);
    expect(staffLiveChannel({ ...published, maxOccupancy: 0.85 }).occupancyCapBinding).toBe(false);
  });

  it("takes a cap met exactly as met (8.5 Erlangs at 85% needs 10, not 11)", () => {
    const r = staffLiveChannel({ contactsPerInterval: 170, ahtSeconds: 180, serviceLevel: 0.05, answerSeconds: 20, maxOccupancy: 0.85 });
    expect(r.agents).toBe(10);
    expect(r.occupancyCapBinding).toBe(true);
  });

  it("answering at once (0 s) needs as many agents as it takes for nobody to wait that share of the time", () => {
    const r = staffLiveChannel({ ...published, answerSeconds: 0 });
    expect(r.serviceLevel).toBeCloseTo(1 - r.pWait, 12);
    expect(oracleErlangC(r.agents, 10)).toBeLessThanOrEqual(0.2);
    expect(oracleErlangC(r.agents - 1, 10)).toBeGreaterThan(0.2);
  });

  it("an occupancy cap that asks for millions of agents gets a message, not a hang", () => {
    expect(() => staffLiveChannel({ ...published, contactsPerInterval: 1_000_000, maxOccupancy: 1e-6 })).toThrow(/more than 10,000,000 agents on duty/);
    const r = staffLiveChannel({ ...published, maxOccupancy: 0.001 });
    expect(r.agents).toBe(10_000);
  });
});

describe("staffLiveChannel and liveChannelAt: bad input", () => {
  it.each<[Partial<LiveChannelInput>, RegExp]>([
    [{ contactsPerInterval: -1 }, /^Contacts in the busiest interval must be a number of 0 or more; got -1\.$/],
    [{ contactsPerInterval: NaN }, /Contacts in the busiest interval must be a number of 0 or more; got not a number/],
    [{ contactsPerInterval: Infinity }, /got infinity/],
    [{ ahtSeconds: 0 }, /^Average handle time must be more than 0 seconds \(the average time spent on one contact, such as 180\); got 0\.$/],
    [{ ahtSeconds: -5 }, /Average handle time must be more than 0/],
    [{ ahtSeconds: 100_000 }, /Average handle time must be at most 86,400 seconds \(one day\); got 100000/],
    [{ serviceLevel: 0 }, /^Service level target must be a share between 0 and 1, not including either \(such as 0\.8 for 80% answered in time\); got 0\.$/],
    [{ serviceLevel: 1 }, /Service level target must be a share between 0 and 1.*got 1\./],
    [{ serviceLevel: 80 }, /Service level target .* got 80\./],
    [{ answerSeconds: -1 }, /Answer time must be a number of 0 or more seconds; got -1/],
    [{ shrinkage: 1 }, /^Shrinkage must be a share from 0 up to but not including 1 .*; got 1\.$/],
    [{ shrinkage: -0.1 }, /Shrinkage must be a share .* got -0\.1/],
    [{ maxOccupancy: 0 }, /^Maximum occupancy must be a share more than 0 and at most 1 \(such as 0\.85 for 85%\); got 0\.$/],
    [{ maxOccupancy: 1.2 }, /Maximum occupancy .* got 1\.2/],
    [{ intervalSeconds: 0 }, /Interval length must be more than 0 seconds \(3600 for contacts per hour\); got 0/],
  ])("%p is refused: %s", (change, message) => {
    expect(() => staffLiveChannel({ ...published, ...change })).toThrow(PricingInputError);
    expect(() => staffLiveChannel({ ...published, ...change })).toThrow(message);
  });

  it("liveChannelAt refuses too few agents to keep up, and fractional agents", () => {
    expect(() => liveChannelAt(10, published)).toThrow(/10 agents cannot keep up with 10 Erlangs of traffic: the queue would grow without end\. Give more than 10 agents\./);
    expect(() => liveChannelAt(12.5, published)).toThrow(/Agents must be a whole number from 0 to 10,000,000; got 12\.5/);
  });
});
