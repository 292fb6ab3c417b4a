import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { PricingInputError } from "../../src/model/errors";
import { parseBilling } from "../../src/model/plan";
import { findPlan, SEED_BOOK } from "../../src/model/pricebook";
import { intercomPlan } from "../support/plans";

/** A tier name as every surface reads it: a plan of the book (tier names mean Intercom's). */
const findTier = (name: string) => findPlan(SEED_BOOK, name);

function errorOf(fn: () => unknown): PricingInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PricingInputError) return error;
    throw error;
  }
  throw new Error("expected a PricingInputError");
}

describe("findTier and parseBilling", () => {
  it("match names ignoring case and surrounding spaces", () => {
    expect(findTier("  advanced ").id).toBe("intercom-advanced");
    expect(findTier("EXPERT").id).toBe("intercom-expert");
    expect(findTier("Zendesk-Professional").id).toBe("zendesk-professional");
    expect(parseBilling(" Monthly ")).toBe("monthly");
    expect(parseBilling(undefined)).toBe("annual");
    expect(parseBilling("")).toBe("annual");
  });

  it("name the valid choices when a name is unknown", () => {
    const tier = errorOf(() => findTier("Gold"));
    expect(tier.kind).toBe("unknown");
    expect(tier.message).toMatch(/^Unknown plan "Gold": use a tier \(Essential, Advanced or Expert\) or a plan of the price book: .*intercom-advanced/);
    const billing = errorOf(() => parseBilling("quarterly"));
    expect(billing.kind).toBe("unknown");
    expect(billing.message).toBe('Unknown billing "quarterly": use "annual" or "monthly".');
  });

  it("asks for a tier when it is blank", () => {
    const error = errorOf(() => findTier("   "));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(/Plan is required/);
  });
});

describe("a tier's plan, bound to seats and billing", () => {
  it("takes seat prices and AI terms from the price book", () => {
    const plan = intercomPlan("Essential", 3, "monthly");
    expect(plan.bound.seatCost).toBe(3 * DEFAULT_CATALOG.tiers[0].seat.monthly.usdPerSeatMonth);
    expect(plan.bound.ai?.baseRate).toBe(0.99);
    expect(plan.bound.ai?.minimum).toBe(50);
  });

  it.each([
    [{ seats: -1 }, /Seats must be a whole number of 0 or more; got -1/],
    [{ seats: 2.5 }, /Seats must be a whole number of 0 or more; got 2.5/],
    [{ seats: 2_000_000 }, /Seats must be at most 1,000,000/],
    [{ seats: 1, aiRate: -0.5 }, /AI rate must be US dollars per resolution, 0 or more; got -0.5/],
    [{ seats: 1, aiMinimum: 12.5 }, /AI minimum must be a whole number of resolutions/],
    [{ seats: 1, aiMinimum: -1 }, /AI minimum must be a whole number of resolutions/],
    [{ seats: Number.NaN }, /got not a number/],
  ])("rejects %p with a message saying what to fix", (input, message) => {
    const { seats, ...overrides } = input as { seats: number; aiRate?: number; aiMinimum?: number };
    const error = errorOf(() => intercomPlan("Advanced", seats, "annual", overrides));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(message);
  });
});
