import { bindStack, compareStacks, DEFAULT_STACKS, INTERCOM_2026_BOOK, MonthVolume, priceHorizon, resolveStack, SEED_BOOK, volumeOf } from "../../src/model/pricebook";

const scenario = { conversations: 5000, involvement: 0.5, resolution: 0.6, seats: 12, months: 12 };

function totalOf(stack: string, conversations: number, book = SEED_BOOK) {
  const v = volumeOf(conversations, { involvement: 0.5, resolution: 0.6 });
  return priceHorizon(bindStack(resolveStack(book, stack), { seats: 12 }), new Array<MonthVolume>(12).fill(v)).total;
}

describe("compareStacks", () => {
  const r = compareStacks(SEED_BOOK, scenario);
  const by = (id: string) => r.stacks.find((s) => s.stack === id)!;

  it("gives the four hand-worked totals", () => {
    expect(by("intercom-advanced")).toMatchObject({ seatCost: 12240, aiCost: 17820, total: 30060 });
    expect(by("zendesk-professional").total).toBeCloseTo(41400, 6);
    expect(by("freshdesk-pro")).toMatchObject({ seatCost: 7920, aiCost: 14700, total: 22620 });
    expect(by("zendesk-professional+fin-standalone").total).toBeCloseTo(34374, 6);
  });

  it("covers at least five vendors by default", () => {
    expect(new Set(r.stacks.flatMap((s) => s.vendors)).size).toBeGreaterThanOrEqual(5);
    expect(r.stacks.map((s) => s.stack)).toEqual(DEFAULT_STACKS);
  });

  it("effective costs: total per AI resolution and per conversation (Intercom Advanced: 30,060 ÷ 18,000 and ÷ 60,000)", () => {
    const s = by("intercom-advanced");
    expect(s.costPerResolution).toBeCloseTo(30060 / 18000, 12);
    expect(s.aiCostPerResolution).toBeCloseTo(0.99, 12);
    expect(s.costPerConversation).toBeCloseTo(0.501, 12);
  });

  it("names the cheapest stack and says when a cap paused the AI", () => {
    const min = Math.min(...r.stacks.map((s) => s.total));
    expect(by(r.cheapest).total).toBe(min);
    expect(by("freshdesk-pro+eesel").pausedConversations).toBeCloseTo(12 * 1875, 6);
    expect(by("freshdesk-pro+eesel").resolutions).toBeCloseTo(12 * 375, 6);
  });

  it("break-evens are where the cheapest stack changes: one conversation less, the old one is cheaper", () => {
    expect(r.breakEvens.length).toBeGreaterThan(0);
    for (const b of r.breakEvens) {
      expect(totalOf(b.to, b.conversations)).toBeLessThan(totalOf(b.from, b.conversations));
      expect(totalOf(b.from, b.conversations - 1)).toBeLessThanOrEqual(totalOf(b.to, b.conversations - 1));
    }
    // By hand, at 2,601 a month: Freshdesk Growth 2,736 + 14 packs × 49 × 12 = 10,968 against
    // Freshdesk Pro + eesel 7,920 + 250 × 12 = 10,920; at 2,600 Growth needs 13 packs: 10,380.
    expect(r.breakEvens[0]).toEqual({ conversations: 2601, from: "freshdesk-growth", to: "freshdesk-pro+eesel" });
    expect(totalOf("freshdesk-growth", 2601)).toBe(10968);
    expect(totalOf("freshdesk-pro+eesel", 2601)).toBeCloseTo(10920, 9);
  });

  it("charts each stack's total against monthly conversations from priceHorizon", () => {
    const xs = r.chart.conversations;
    expect(xs[0]).toBe(0);
    // At least three times the scenario's 5,000, rounded up: 20,000.
    expect(xs[xs.length - 1]).toBe(20000);
    const line = r.chart.lines.find((l) => l.stack === "zendesk-professional")!;
    xs.forEach((x, i) => expect(line.totals[i]).toBeCloseTo(totalOf("zendesk-professional", x), 6));
  });

  it("takes a list of months, leaves out stacks the book cannot price with the billing, and refuses bad input", () => {
    const list = compareStacks(SEED_BOOK, { ...scenario, months: undefined, conversations: [5000, 0, 2500] });
    expect(list.months).toBe(3);
    expect(list.stacks.find((s) => s.stack === "intercom-advanced")!.aiCost).toBeCloseTo(1485 + 0 + 742.5, 9);
    const monthly = compareStacks(INTERCOM_2026_BOOK, { ...scenario, billing: "monthly" });
    expect(monthly.skipped.map((s) => s.stack)).toContain("freshdesk-pro");
    expect(monthly.stacks.find((s) => s.stack === "intercom-essential")!.seatCost).toBe(12 * 39 * 12);
    expect(() => compareStacks(SEED_BOOK, { ...scenario, conversations: -1 })).toThrow("Conversations per month must be a number from 0 to 100,000,000; got -1.");
    expect(() => compareStacks(SEED_BOOK, { ...scenario, stacks: ["intercom-advanced+zendesk-team"] })).toThrow(/zendesk-team is a helpdesk/);
    expect(() => compareStacks(SEED_BOOK, { ...scenario, stacks: ["nope"] })).toThrow(/^Unknown plan "nope"/);
  });

  it("no conversations: no per-resolution figure rather than a division by zero", () => {
    const zero = compareStacks(SEED_BOOK, { ...scenario, conversations: 0 });
    for (const s of zero.stacks) {
      expect(s.costPerResolution).toBeNull();
      expect(s.costPerConversation).toBeNull();
      expect(Number.isFinite(s.total)).toBe(true);
    }
  });
});
