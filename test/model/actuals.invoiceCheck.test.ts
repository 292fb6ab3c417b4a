/**
 * The invoice check: the invoice against the price book's bill at the actual counts, and which rule
 * explains a gap — each rule driven by an invoice made with that rule changed.
 */
import fc from "fast-check";
import { checkInvoice, checkInvoices, CheckedMonth, SEAT_SEARCH, varianceOf } from "../../src/model/actuals";
import { bindStack, DEFAULT_STACKS, INTERCOM_2026_BOOK, priceMonth, resolveStack, SEED_BOOK } from "../../src/model/pricebook";

const stack = (id: string, book = SEED_BOOK) => resolveStack(book, id);
const month = (conversations: number, involved: number, resolved: number, invoice: number): CheckedMonth => ({ conversations, involved, resolved, invoice });

describe("the invoice check, rule by rule", () => {
  it("matches the model within the tolerance: nothing flagged, nothing to explain", () => {
    const c = checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3099.6));
    expect(c).toMatchObject({ modelled: 3099, invoice: 3099.6, difference: 0.6, flagged: false, explanations: [] });
    expect(checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3099.6), { tolerance: 0.5 }).flagged).toBe(true);
  });

  it("a monthly minimum: 20 resolutions billed as 20, not the 50 minimum", () => {
    // The book bills 50 × $0.99 = $49.50 beside $1,020 of seats; the vendor billed 20 × $0.99 = $19.80.
    const c = checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(100, 40, 20, 1039.8));
    expect(c.modelled).toBe(1069.5);
    expect(c.flagged).toBe(true);
    expect(c.explanations[0]).toMatchObject({ rule: "minimum", minimum: 50, unit: "ai-resolved", modelled: 1039.8, gap: 0 });
    expect(c.explanations[0].message).toBe("The invoice matches the model without the 50-resolution monthly minimum.");
  });

  it("pack rounding: one more Freshworks pack of 100", () => {
    // 2,605 AI-involved conversations: 27 packs × $49 = $1,323 beside 12 × $55 seats.
    const c = checkInvoice(stack("freshdesk-pro"), { seats: 12 }, month(5210, 2605, 1563, 660 + 28 * 49));
    expect(c.modelled).toBe(660 + 27 * 49);
    expect(c.explanations.map((e) => e.rule)).toEqual(["packs"]);
    expect(c.explanations[0]).toMatchObject({ packs: 1, modelPacks: 27, size: 100, price: 49 });
    expect(c.explanations[0].message).toBe("The invoice matches 1 more Freshworks pack (28 packs of 100 AI-involved conversations instead of 27).");
    const fewer = checkInvoice(stack("freshdesk-pro"), { seats: 12 }, month(5210, 2605, 1563, 660 + 25 * 49));
    expect(fewer.explanations[0]).toMatchObject({ rule: "packs", packs: -2 });
  });

  it("a spend cap: eesel's $250 cap was not applied", () => {
    // 1,000 AI-involved × $0.40 = $400, capped at $250 by the book; the vendor billed $400.
    const c = checkInvoice(stack("freshdesk-pro+eesel"), { seats: 10 }, month(2000, 1000, 500, 550 + 400));
    expect(c.modelled).toBe(550 + 250);
    expect(c.explanations[0]).toMatchObject({ rule: "spend-cap", cap: 250, modelled: 950 });
    expect(c.explanations[0].message).toBe("The invoice matches the model without the $250 spend cap: the AI was not paused.");
  });

  it("an outcome type's price: qualifications billed at $0.99 instead of $9.99", () => {
    const m: CheckedMonth = { ...month(5000, 2500, 1500, 0), outcomes: { qualification: 10, "procedure-handoff": 100 } };
    const at = (invoice: number) => checkInvoice(stack("intercom-advanced", INTERCOM_2026_BOOK), { seats: 12 }, { ...m, invoice });
    // Book: 1,500 × 0.99 + 100 × 0.99 + 10 × 9.99 = $1,683.90 beside $1,020 of seats.
    expect(at(0).modelled).toBeCloseTo(2703.9, 10);
    const c = at(1020 + 1600 * 0.99 + 10 * 0.99);
    expect(c.explanations.map((e) => e.rule)).toEqual(["outcome-price"]);
    expect(c.explanations[0]).toMatchObject({ outcome: "qualification", rate: 0.99, bookRate: 9.99 });
    expect(c.explanations[0].message).toBe("The invoice matches with qualifications billed at $0.99 instead of $9.99.");
    const unbilled = at(1020 + 1510 * 0.99 + 10 * 9.99 - 10 * 0.99);
    expect(unbilled.explanations.some((e) => e.rule === "outcome-price" && e.outcome === "procedure-handoff" && e.rate === 0)).toBe(true);
  });

  it("a seat change: 13 seats instead of 12", () => {
    const c = checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3184));
    expect(c).toMatchObject({ modelled: 3099, difference: 85, flagged: true });
    expect(c.explanations.map((e) => e.rule)).toEqual(["seats"]);
    expect(c.explanations[0]).toMatchObject({ seats: 13, bookSeats: 12 });
    expect(c.explanations[0].message).toBe("The invoice matches 13 seats instead of 12.");
  });

  it("a seat change moves a per-seat allowance too (Zendesk: 10 resolutions included per seat)", () => {
    // 10 seats: 100 included; 300 resolutions → 200 × $1.50. At 8 seats: 80 included → 220 × $1.50.
    const expected = priceMonth(bindStack(stack("zendesk-professional"), { seats: 8 }), { conversations: 1000, involved: 600, resolved: 300 }).total;
    expect(expected).toBe(8 * 115 + 220 * 1.5);
    const c = checkInvoice(stack("zendesk-professional"), { seats: 10 }, month(1000, 600, 300, expected));
    expect(c.explanations[0]).toMatchObject({ rule: "seats", seats: 8 });
  });

  it("monthly billing of the seats instead of annual", () => {
    const c = checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 12 * 99 + 2079));
    expect(c.explanations.map((e) => e.rule)).toEqual(["billing"]);
    expect(c.explanations[0].message).toBe("The invoice matches the seats billed monthly instead of annual.");
  });

  it("no rule explains the worked month's $51: it offers the count (52 more resolutions) and says so", () => {
    const c = checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3150));
    expect(c.difference).toBe(51);
    expect(c.explanations).toHaveLength(1);
    expect(c.explanations[0]).toMatchObject({ rule: "count", units: 52, counted: 2100, unit: "ai-resolved", modelled: 3150.48 });
    expect(c.explanations[0].message).toMatch(/^No rule of the bill explains it; it matches 52 more resolutions billed than the actuals count \(2,152 instead of 2,100\)/);
    // With a tolerance of a cent, nothing matches: the gap stays unexplained.
    expect(checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3150), { tolerance: 0.01 }).explanations).toEqual([]);
  });

  it("agrees with the variance's modelled bill and billing effect, month by month", () => {
    const actual = [month(6000, 3000, 2100, 3150), month(5000, 2500, 1500, 2505)];
    const checks = checkInvoices(stack("intercom-advanced"), { seats: 12 }, actual);
    const rows = varianceOf(stack("intercom-advanced"), { seats: 12 }, [1, 2].map(() => ({ conversations: 5000, involvement: 0.5, resolution: 0.6 })), actual);
    checks.forEach((c, i) => {
      expect(c.month).toBe(i + 1);
      expect(c.modelled).toBe(rows[i].modelled);
      expect(c.difference).toBe(rows[i].billingEffect);
      expect(c.flagged).toBe(rows[i].flagged);
    });
  });

  it("names bad input instead of answering", () => {
    expect(() => checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, 3150), { tolerance: -1 })).toThrow(/tolerance must be an amount of 0 or more/);
    expect(() => checkInvoice(stack("intercom-advanced"), { seats: 12 }, month(6000, 3000, 2100, NaN))).toThrow(/Month 1: the invoice must be an amount/);
    expect(() => checkInvoice(stack("intercom-advanced", INTERCOM_2026_BOOK), { seats: 12 }, { ...month(10, 5, 2, 1), outcomes: { qualification: 9 } })).toThrow(/qualifications must be a count from 0 to the 5 AI-involved/);
    expect(() => checkInvoices(stack("intercom-advanced"), { seats: 12 }, [])).toThrow(/at least one month/);
  });
});

describe("the invoice check, properties", () => {
  const counts = fc.record({ conversations: fc.integer({ min: 0, max: 50_000 }), inv: fc.double({ min: 0, max: 1, noNaN: true }), res: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ conversations, inv, res }) => {
    const involved = Math.floor(conversations * inv);
    return { conversations, involved, resolved: Math.floor(involved * res) };
  });

  it("an invoice made with other seats is explained by those seats, every explanation within the tolerance", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEFAULT_STACKS), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -SEAT_SEARCH, max: SEAT_SEARCH }), counts, (id, seats, delta, c) => {
        const other = Math.max(0, seats + delta);
        const plans = stack(id);
        const invoice = Math.round(priceMonth(bindStack(plans, { seats: other }), c).total * 100) / 100;
        const check = checkInvoice(plans, { seats }, { ...c, invoice });
        for (const e of check.explanations) expect(Math.abs(e.gap)).toBeLessThanOrEqual(1);
        if (check.flagged) {
          expect(check.explanations.length).toBeGreaterThan(0);
          // The seats that made it are among the explanations, exactly, and the count is not offered.
          expect(check.explanations.find((e) => e.rule === "seats" && e.seats === other)?.gap).toBe(0);
          expect(check.explanations.some((e) => e.rule === "count")).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("an invoice the model gives is never flagged, and a flagged one's difference is invoice − modelled to the cent", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEFAULT_STACKS), fc.integer({ min: 0, max: 60 }), counts, fc.integer({ min: 0, max: 10_000_000 }), (id, seats, c, invoiceCents) => {
        const plans = stack(id);
        const bill = priceMonth(bindStack(plans, { seats }), c).total;
        expect(checkInvoice(plans, { seats }, { ...c, invoice: bill }).flagged).toBe(false);
        const check = checkInvoice(plans, { seats }, { ...c, invoice: invoiceCents / 100 });
        expect(Math.round(check.difference * 100)).toBe(invoiceCents - Math.round(check.modelled * 100));
      }),
      { numRuns: 150 },
    );
  });
});
