import fc from "fast-check";
import { handAiCharge, SEAT_PRICE } from "../support/plans";
import {
  bindStack,
  findPlan,
  INTERCOM_2026_BOOK,
  MonthVolume,
  Plan,
  priceHorizon,
  priceMonth,
  resolveStack,
  SEED_BOOK,
  volumeOf,
  volumeOfResolutions,
} from "../../src/model/pricebook";

const chain = (conversations: number, involvement = 0.5, resolution = 0.6) => volumeOf(conversations, { involvement, resolution });

function bill(stackId: string, volume: MonthVolume, seats = 12, book = SEED_BOOK, extra: { billing?: "annual" | "monthly"; rateBasis?: "committed" | "payg" } = {}) {
  return priceMonth(bindStack(resolveStack(book, stackId), { seats, ...extra }), volume);
}

describe("priceMonth: each rule on its own, hand-worked", () => {
  it("per resolution with a monthly minimum (Intercom): 1,500 → $1,485; 20 → 50 billed → $49.50; 0 → $0", () => {
    expect(bill("intercom-advanced", volumeOfResolutions(1500))).toMatchObject({ seatCost: 1020, aiCost: 1485, total: 2505, billedUnits: 1500 });
    expect(bill("intercom-advanced", volumeOfResolutions(20)).aiCost).toBeCloseTo(49.5, 10);
    expect(bill("intercom-advanced", volumeOfResolutions(20)).billedUnits).toBe(50);
    expect(bill("intercom-advanced", volumeOfResolutions(0))).toMatchObject({ aiCost: 0, total: 1020, billedUnits: 0 });
  });

  it("included units per seat, no rollover (Zendesk Professional, 12 seats × 10): 1,500 − 120 = 1,380 × $1.50", () => {
    expect(bill("zendesk-professional", chain(5000))).toMatchObject({ seatCost: 1380, billedUnits: 1380 });
    expect(bill("zendesk-professional", chain(5000)).aiCost).toBeCloseTo(2070, 9);
    // A quiet month inside the allowance costs nothing, and nothing carries to the next.
    const quiet = [volumeOfResolutions(100), volumeOfResolutions(200)];
    const h = priceHorizon(bindStack(resolveStack(SEED_BOOK, "zendesk-professional"), { seats: 12 }), quiet);
    expect(h.months.map((m) => m.aiCost)).toEqual([0, 120]);
  });

  it("pay-as-you-go rate instead of the committed one: 1,380 × $2.00", () => {
    expect(bill("zendesk-professional", chain(5000), 12, SEED_BOOK, { rateBasis: "payg" }).aiCost).toBeCloseTo(2760, 9);
  });

  it("packs bought as needed, rounded up (Freshdesk: 2,500 sessions → 25 packs; 2,501 → 26)", () => {
    expect(bill("freshdesk-pro", chain(5000))).toMatchObject({ seatCost: 660, aiCost: 1225, billedUnits: 2500 });
    expect(bill("freshdesk-pro", volumeOf(2501, { involvement: 1, resolution: 0.6 }))).toMatchObject({ aiCost: 26 * 49, billedUnits: 2600 });
  });

  it("platform fee with included units (Fin standalone): $49 + (1,500 − 50) × $0.99", () => {
    const b = bill("zendesk-professional+fin-standalone", chain(5000));
    expect(b.seatCost).toBe(1380);
    expect(b.aiCost).toBeCloseTo(49 + 1450 * 0.99, 9);
    // The fee is billed in a month without use, too.
    expect(bill("zendesk-professional+fin-standalone", chain(0)).aiCost).toBe(49);
    expect(bill("zendesk-professional+fin-standalone", volumeOfResolutions(30)).aiCost).toBe(49);
  });

  it("per AI-involved conversation (Agentforce): 2,500 × $2", () => {
    expect(bill("zendesk-professional+agentforce", chain(5000)).aiCost).toBe(5000);
  });

  it("spend cap: the AI pauses and people take the rest (eesel: $250 buys 625 of 2,500 involved)", () => {
    const b = bill("zendesk-professional+eesel", chain(5000));
    expect(b.aiCost).toBeCloseTo(250, 9);
    expect(b.aiCost).toBeLessThanOrEqual(250);
    expect(b.pausedConversations).toBeCloseTo(1875, 6);
    expect(b.aiResolved).toBeCloseTo(375, 6);
    expect(b.humanHandled).toBeCloseTo(5000 - 375, 6);
    // Under the cap nothing pauses.
    const small = bill("zendesk-professional+eesel", chain(1000));
    expect(small).toMatchObject({ pausedConversations: 0, aiResolved: 300, humanHandled: 700 });
    expect(small.aiCost).toBeCloseTo(200, 9);
  });

  it("outcome billing (Intercom 2026): each outcome at its rate, qualification at $9.99", () => {
    const v = volumeOf(5000, { involvement: 0.5, resolution: 0.6, outcomeSplit: { "procedure-handoff": 0.1, qualification: 0.02 } });
    // 1,500 resolutions + 250 handoffs at $0.99, 50 qualifications at $9.99.
    expect(bill("intercom-advanced", v, 12, INTERCOM_2026_BOOK).aiCost).toBeCloseTo(1750 * 0.99 + 50 * 9.99, 9);
    // A month of 10 outcomes bills the minimum of 50 at the resolution rate.
    const few = volumeOf(20, { involvement: 1, resolution: 0.4, outcomeSplit: { qualification: 0.1 } });
    expect(bill("intercom-advanced", few, 12, INTERCOM_2026_BOOK).aiCost).toBeCloseTo(8 * 0.99 + 2 * 9.99 + 40 * 0.99, 9);
    // Fin standalone 2026: the 50 included outcomes are taken from resolutions first.
    const fin = volumeOf(1000, { involvement: 1, resolution: 0.1, outcomeSplit: { qualification: 0.01 } });
    expect(bill("fin-standalone", fin, 0, INTERCOM_2026_BOOK).aiCost).toBeCloseTo(49 + 50 * 0.99 + 10 * 9.99, 9);
  });

  it("per-seat add-ons (Copilot, $29 annual / $35 monthly per seat-month)", () => {
    const stack = resolveStack(INTERCOM_2026_BOOK, "intercom-advanced+intercom-copilot");
    expect(priceMonth(bindStack(stack, { seats: 10 }), volumeOfResolutions(0))).toMatchObject({ seatCost: 850, addOnCost: 290, total: 1140 });
    expect(priceMonth(bindStack(stack, { seats: 10, addOnSeats: 4, billing: "monthly" }), volumeOfResolutions(0))).toMatchObject({ seatCost: 990, addOnCost: 140, total: 1130 });
  });

  it("one-time free allowance carries over months as a fold (Freshdesk: 500 sessions once, off by default)", () => {
    const months = [volumeOf(300, { involvement: 1, resolution: 0 }), volumeOf(300, { involvement: 1, resolution: 0 }), volumeOf(300, { involvement: 1, resolution: 0 })];
    const stack = resolveStack(SEED_BOOK, "freshdesk-pro");
    const on = priceHorizon(bindStack(stack, { seats: 0, oneTimeFree: true }), months);
    expect(on.months.map((m) => m.aiCost)).toEqual([0, 49, 3 * 49]);
    const off = priceHorizon(bindStack(stack, { seats: 0 }), months);
    expect(off.months.map((m) => m.aiCost)).toEqual([3 * 49, 3 * 49, 3 * 49]);
  });

  it("a billing the book does not have is an error naming the plan", () => {
    expect(() => bill("freshdesk-pro", chain(10), 1, SEED_BOOK, { billing: "monthly" })).toThrow('freshdesk-pro has no monthly billing price in the price book; use "annual".');
  });
});

describe("the four hand-worked totals (5,000 a month, 50% involved, 60% resolved, 12 seats, 12 months, annual)", () => {
  const year = new Array<MonthVolume>(12).fill(chain(5000));
  it.each([
    ["intercom-advanced", 12240, 17820, 30060],
    ["zendesk-professional", 16560, 24840, 41400],
    ["freshdesk-pro", 7920, 14700, 22620],
    ["zendesk-professional+fin-standalone", 16560, 17814, 34374],
  ])("%s: seats %p + AI %p = %p", (id, seats, ai, total) => {
    const h = priceHorizon(bindStack(resolveStack(SEED_BOOK, id), { seats: 12 }), year);
    expect(h.seatCost).toBeCloseTo(seats, 6);
    expect(h.aiCost).toBeCloseTo(ai, 6);
    expect(h.total).toBeCloseTo(total, 6);
  });
});

describe("bit-for-bit with today's Intercom rule", () => {
  it("every seed Intercom plan priced by the engine gives the hand-written rule's month to the last bit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Essential", "Advanced", "Expert"),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom("annual" as const, "monthly" as const),
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 24 }),
        (tier, seats, billing, resolutions) => {
          const stack = bindStack(resolveStack(SEED_BOOK, tier), { seats, billing });
          let aiCost = 0;
          for (const r of resolutions) {
            const m = priceMonth(stack, volumeOfResolutions(r));
            expect(m.aiCost).toBe(handAiCharge(r));
            expect(m.total).toBe(seats * SEAT_PRICE[tier][billing] + handAiCharge(r));
            aiCost += handAiCharge(r);
          }
          const h = priceHorizon(stack, resolutions.map(volumeOfResolutions));
          expect(h.aiCost).toBe(aiCost);
        },
      ),
    );
  });

  it("today's tier names find the seed plans", () => {
    expect(findPlan(SEED_BOOK, " advanced ").id).toBe("intercom-advanced");
    expect(() => findPlan(SEED_BOOK, "Gold")).toThrow(/^Unknown plan "Gold": use a tier \(Essential, Advanced or Expert\) or a plan of the price book: intercom-essential, /);
  });
});

describe("properties over every plan of both editions", () => {
  const books = [SEED_BOOK, INTERCOM_2026_BOOK];
  const helpdeskStacks = (book: typeof SEED_BOOK) => book.plans.filter((pl: Plan) => pl.kind !== "add-on").map((pl) => pl.id);
  const rates = fc.record({ involvement: fc.double({ min: 0, max: 1, noNaN: true }), resolution: fc.double({ min: 0, max: 1, noNaN: true }) });

  it("more conversations never cost less (a capped AI pauses instead of charging more)", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.nat({ max: 1000 }), rates, fc.double({ min: 0, max: 200_000, noNaN: true }), fc.double({ min: 0, max: 200_000, noNaN: true }), fc.integer({ min: 0, max: 60 }), (b, pick, r, c1, c2, seats) => {
        const book = books[b];
        const ids = helpdeskStacks(book);
        const stack = bindStack(resolveStack(book, ids[pick % ids.length]), { seats });
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = priceMonth(stack, volumeOf(lo, r));
        const z = priceMonth(stack, volumeOf(hi, r));
        expect(z.total).toBeGreaterThanOrEqual(a.total - 1e-9 * Math.max(1, a.total));
      }),
    );
  });

  it("only a spend cap pauses the AI, and a paused month never bills above the cap", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), rates, fc.double({ min: 0, max: 200_000, noNaN: true }), (pick, r, c) => {
        const ids = helpdeskStacks(SEED_BOOK);
        const plans = resolveStack(SEED_BOOK, ids[pick % ids.length]);
        const m = priceMonth(bindStack(plans, { seats: 5 }), volumeOf(c, r));
        const cap = plans.ai?.ai?.spendCap?.amount;
        if (cap === undefined) expect(m.pausedConversations).toBe(0);
        else expect(m.aiCost).toBeLessThanOrEqual(cap);
        expect(m.humanHandled).toBeCloseTo(c - m.aiResolved, 6);
      }),
    );
  });

  it("cost is additive over months: a horizon costs the sum of its parts", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), rates, fc.array(fc.double({ min: 0, max: 50_000, noNaN: true }), { minLength: 2, maxLength: 24 }), fc.nat({ max: 23 }), (pick, r, cs, cut) => {
        const ids = helpdeskStacks(SEED_BOOK);
        const stack = bindStack(resolveStack(SEED_BOOK, ids[pick % ids.length]), { seats: 7 });
        const vols = cs.map((c) => volumeOf(c, r));
        const k = 1 + (cut % (vols.length - 1));
        const whole = priceHorizon(stack, vols).total;
        const parts = priceHorizon(stack, vols.slice(0, k)).total + priceHorizon(stack, vols.slice(k)).total;
        expect(whole).toBeCloseTo(parts, 6);
      }),
    );
  });
});
