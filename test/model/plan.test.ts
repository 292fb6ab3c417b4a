import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { PricingInputError } from "../../src/model/errors";
import { findTier, parseBilling, resolvePlan } from "../../src/model/plan";

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
    expect(findTier("  advanced ").name).toBe("Advanced");
    expect(findTier("EXPERT").name).toBe("Expert");
    expect(parseBilling(" Monthly ")).toBe("monthly");
    expect(parseBilling(undefined)).toBe("annual");
    expect(parseBilling("")).toBe("annual");
  });

  it("name the valid choices when a name is unknown", () => {
    const tier = errorOf(() => findTier("Gold"));
    expect(tier.kind).toBe("unknown");
    expect(tier.message).toBe('Unknown tier "Gold": use Essential, Advanced or Expert.');
    const billing = errorOf(() => parseBilling("quarterly"));
    expect(billing.kind).toBe("unknown");
    expect(billing.message).toBe('Unknown billing "quarterly": use "annual" or "monthly".');
  });

  it("asks for a tier when it is blank", () => {
    const error = errorOf(() => findTier("   "));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(/Tier is required/);
  });
});

describe("resolvePlan", () => {
  it("takes seat prices and AI terms from the catalog", () => {
    const plan = resolvePlan({ tier: "Essential", seats: 3, billing: "monthly" });
    expect(plan.seatPricePerMonth).toBe(DEFAULT_CATALOG.tiers[0].seat.monthly.usdPerSeatMonth);
    expect(plan.aiRate).toBe(0.99);
    expect(plan.aiMinimum).toBe(50);
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
    const error = errorOf(() => resolvePlan({ tier: "Advanced", ...input }));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(message);
  });
});
