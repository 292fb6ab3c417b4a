/**
 * Month-end: the variance bridge from plan to invoice, and the year-end landing, for any stack.
 */
import fc from "fast-check";
import { landingOf, varianceOf } from "../../src/model/actuals";
import { DEFAULT_STACKS, resolveStack, SEED_BOOK } from "../../src/model/pricebook";

const advanced = resolveStack(SEED_BOOK, "intercom-advanced");
const plan = (conversations: number, months = 1) => new Array(months).fill(0).map(() => ({ conversations, involvement: 0.5, resolution: 0.6 }));

describe("the variance bridge", () => {
  it("explains the issue's worked month: 2,505 + 297 + 297 + 51 = 3,150", () => {
    const [row] = varianceOf(advanced, { seats: 12 }, plan(5000), [{ conversations: 6000, involvement: 0.5, resolution: 0.7, invoice: 3150 }]);
    expect(row).toEqual({ month: 1, planned: 2505, volumeEffect: 297, rateEffect: 297, billingEffect: 51, invoice: 3150, modelled: 3099, flagged: true });
  });

  it("adds up to the invoice to the cent, month by month and year to date, for random plans, stacks and actuals", () => {
    const month = fc.record({
      conversations: fc.integer({ min: 0, max: 200_000 }),
      involvement: fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
      resolution: fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
      invoice: fc.integer({ min: 0, max: 50_000_000 }).map((x) => x / 100),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_STACKS),
        fc.integer({ min: 0, max: 80 }),
        fc.array(fc.record({ conversations: fc.integer({ min: 0, max: 200_000 }), involvement: fc.double({ min: 0, max: 1, noNaN: true }), resolution: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 12 }),
        fc.array(month, { minLength: 1, maxLength: 12 }),
        (stack, seats, planned, actual) => {
          fc.pre(actual.length <= planned.length);
          const rows = varianceOf(resolveStack(SEED_BOOK, stack), { seats }, planned, actual);
          for (const r of rows) {
            const c = (x: number) => Math.round(x * 100);
            expect(c(r.planned) + c(r.volumeEffect) + c(r.rateEffect) + c(r.billingEffect)).toBe(c(r.invoice));
            expect(c(r.planned + r.volumeEffect + r.rateEffect + r.billingEffect)).toBe(c(r.invoice));
          }
          const ytd = rows[rows.length - 1];
          if (actual.length > 1) expect(Math.round(ytd.invoice * 100)).toBe(actual.reduce((s, a) => s + Math.round(a.invoice * 100), 0));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("prices the stack's own rules: Freshdesk's volume effect is whole packs", () => {
    const [row] = varianceOf(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 12 }, plan(5000), [{ conversations: 5210, involvement: 0.5, resolution: 0.6, invoice: 2000 }]);
    // 2,605 sessions need 27 packs instead of 25.
    expect(row.volumeEffect).toBe(2 * 49);
    expect(row.rateEffect).toBe(0);
  });

  it("takes counts instead of shares, and names a month whose counts cannot be", () => {
    const [row] = varianceOf(advanced, { seats: 12 }, plan(5000), [{ conversations: 6000, involved: 3000, resolved: 2100, invoice: 3099 }]);
    expect(row).toMatchObject({ modelled: 3099, billingEffect: 0, flagged: false });
    expect(() => varianceOf(advanced, { seats: 12 }, plan(5000), [{ conversations: 100, involved: 200, resolved: 0, invoice: 1 }])).toThrow(/Month 1: 200 AI-involved conversations but 100 conversations/);
    expect(() => varianceOf(advanced, { seats: 12 }, plan(5000), [{ conversations: 100, involvement: 0.5, resolution: 0.5, invoice: -3 }])).toThrow(/Month 1: the invoice must be an amount of 0 or more/);
  });
});

describe("the year-end landing", () => {
  it("with every month actual, lands on the invoices", () => {
    const l = landingOf(advanced, { seats: 12 }, plan(5000, 2), [
      { conversations: 5000, involvement: 0.5, resolution: 0.6, invoice: 2500 },
      { conversations: 5000, involvement: 0.5, resolution: 0.6, invoice: 2510 },
    ], { budget: 5000 });
    expect(l).toMatchObject({ actualToDate: 5010, remainingMonths: 0, landing: 5010, landingP90: 5010, probabilityOverBudget: 1 });
  });

  it("re-fits the rest of the year on the actuals' run rate and rates, through the stack's rules", () => {
    const actual = [6000, 6000, 6000].map((conversations) => ({ conversations, involvement: 0.5, resolution: 0.7, invoice: 3099 }));
    const l = landingOf(advanced, { seats: 12 }, plan(5000, 12), actual, { cv: 0, paths: 200 });
    // Nine more months like the actual ones: 6,000 conversations, 2,100 resolutions, $3,099 each.
    expect(l.runRate).toBeCloseTo(1.2, 12);
    expect(l.landing).toBeCloseTo(12 * 3099, 6);
    expect(l.landingP90).toBeCloseTo(12 * 3099, 6);
  });

  it("gives a spread and the chance of exceeding the budget", () => {
    const actual = [5200, 5600, 6100].map((conversations) => ({ conversations, involvement: 0.5, resolution: 0.6, invoice: 2600 }));
    const l = landingOf(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 12 }, plan(5000, 12), actual, { budget: 26_500, paths: 2000 });
    expect(l.landingP50).toBeLessThanOrEqual(l.landingP90);
    expect(l.cv).toBeGreaterThan(0.05);
    expect(l.probabilityOverBudget).toBeGreaterThan(0);
    expect(l.probabilityOverBudget).toBeLessThan(1);
  });
});
