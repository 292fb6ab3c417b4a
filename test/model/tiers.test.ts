import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { catalogRows, cheapestTierFor, featuresOfTier, findFeature } from "../../src/model/tiers";

describe("cheapestTierFor", () => {
  it.each([
    [[], "Essential"],
    [["ticketing"], "Essential"],
    [["Shared inbox", "help center"], "Essential"],
    [["workflows"], "Advanced"],
    [["Private help centre", "ticketing"], "Advanced"],
    [["SSO"], "Expert"],
    [["hipaa"], "Expert"],
    [["SLA", "workflows"], "Expert"],
    [[" multi brand "], "Expert"],
  ])("%p needs %s", (requirements, tier) => {
    expect(cheapestTierFor(requirements).name).toBe(tier);
  });

  it("names every valid feature when one is unknown", () => {
    expect(() => cheapestTierFor(["SSO", "telepathy"])).toThrow(
      'Unknown feature "telepathy": use Shared inbox, Ticketing, Help center, Workflows, Multiple inboxes, Private help center, SSO, HIPAA support, SLAs or Multi-brand.',
    );
  });
});

describe("the catalog", () => {
  it("gives each tier every feature of the cheaper tiers", () => {
    const [essential, advanced, expert] = DEFAULT_CATALOG.tiers.map((t) => featuresOfTier(t));
    expect(advanced).toEqual(expect.arrayContaining(essential));
    expect(expert).toEqual(expect.arrayContaining(advanced));
    expect(findFeature("single sign-on")).toBe("SSO");
  });

  it("lists every price with a source and an as-of date", () => {
    const rows = catalogRows();
    expect(rows).toHaveLength(DEFAULT_CATALOG.tiers.length * 2 + 2);
    for (const row of rows) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(Number.isFinite(row.price)).toBe(true);
    }
    expect(rows.find((r) => r.item === "Advanced seat" && r.billing === "annual")?.price).toBe(85);
    expect(rows.find((r) => r.item === "Expert seat" && r.billing === "monthly")?.price).toBe(139);
    expect(rows.find((r) => r.item === "Fin AI agent")?.price).toBe(0.99);
  });

  it("matches the published plan features", () => {
    const prices = DEFAULT_CATALOG.tiers.map((t) => [t.name, t.seat.annual.usdPerSeatMonth, t.seat.monthly.usdPerSeatMonth]);
    expect(prices).toEqual([
      ["Essential", 29, 39],
      ["Advanced", 85, 99],
      ["Expert", 132, 139],
    ]);
    expect(DEFAULT_CATALOG.ai.monthlyMinimumResolutions).toBe(50);
    expect(DEFAULT_CATALOG.ai.rateSource.asOf).toBe("2025-10-27");
  });
});
