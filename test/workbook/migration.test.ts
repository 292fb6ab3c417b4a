/**
 * Scenarios saved before the one budget model (a `tier`, and an AI resolution rate of all
 * conversations when no involvement was given) load as stacks with every number they gave: each
 * month's total equals the old rule worked by hand — seats × the tier's price + $0.99 × max(conversations
 * × rate, 50) in a month with any resolution — to the cent, and to within a few units in the last place.
 */
import fc from "fast-check";
import { forecastScenario, Scenario, conversationsInMonth } from "../../src/model/scenario";
import { decodeRow } from "../../src/workbook/stateRecords";
import { checksum } from "../../src/workbook/stateRecords";
import { parseStoredState } from "../../src/workbook/stateSchema";
import { handAiCharge, SEAT_PRICE } from "../support/plans";

type OldDrivers = Record<string, unknown> & { tier: string; seats: number; billing: "annual" | "monthly"; aiResolutionPct: number; aiInvolvementPct?: number };

const oldDrivers = fc.record({
  startConversations: fc.integer({ min: 0, max: 200_000 }),
  // As people type them into the pane: percents with up to three decimals.
  growthPct: fc.integer({ min: -5000, max: 10_000 }).map((x) => x / 1000),
  seasonality: fc.constant("flat" as const),
  aiResolutionPct: fc.integer({ min: 0, max: 100_000 }).map((x) => x / 1000),
  tier: fc.constantFrom("Essential", "Advanced", "Expert", "advanced"),
  seats: fc.integer({ min: 0, max: 200 }),
  billing: fc.constantFrom("annual" as const, "monthly" as const),
  horizonMonths: fc.integer({ min: 12, max: 36 }),
  firstMonth: fc.constant("2027-01"),
});

/** The old rule by hand: resolutions = conversations × rate% of all conversations (× involvement% when given). */
function oldMonthTotal(d: OldDrivers, conversations: number): number {
  const involved = d.aiInvolvementPct === undefined ? conversations : conversations * (d.aiInvolvementPct / 100);
  const resolutions = (involved * d.aiResolutionPct) / 100;
  const tier = d.tier[0].toUpperCase() + d.tier.slice(1).toLowerCase();
  return d.seats * SEAT_PRICE[tier][d.billing] + handAiCharge(resolutions);
}

/** A schema-2 record row, as an earlier add-in wrote it. */
function schema2Row(scenario: { id: string; name: string; drivers: OldDrivers }): string[] {
  const body = JSON.stringify({ schemaVersion: 2, id: scenario.id, rev: 1, pos: 0, author: "old-pane", savedAt: "2026-06-01T00:00:00.000Z", scenario });
  return [`|${JSON.stringify({ sc: 2, id: scenario.id, rev: 1, n: 1, sum: checksum(body) })}`, `|${body}`];
}

function expectSameNumbers(loaded: Scenario, old: OldDrivers): void {
  const f = forecastScenario(loaded);
  f.months.forEach((m, k) => {
    const expected = oldMonthTotal(old, conversationsInMonth(loaded.drivers, k + 1));
    expect(Math.round(m.total * 100)).toBe(Math.round(expected * 100));
    expect(Math.abs(m.total - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
  });
}

describe("scenarios saved before the one budget model", () => {
  it("a schema-2 record with a tier loads as that tier's stack, involvement 100%, with every month's number unchanged", () => {
    fc.assert(
      fc.property(oldDrivers, (drivers) => {
        const decoded = decodeRow(schema2Row({ id: "s1", name: "Base", drivers }));
        if (decoded.kind !== "record") throw new Error(`not a record: ${JSON.stringify(decoded)}`);
        const loaded = decoded.record.scenario!;
        expect(loaded.drivers.stack).toBe(`intercom-${drivers.tier.toLowerCase()}`);
        expect(loaded.drivers.aiInvolvementPct).toBe(100);
        expect("tier" in loaded.drivers).toBe(false);
        expectSameNumbers(loaded, drivers);
      }),
      { numRuns: 200 },
    );
  });

  it("a schema-2 record on the volume chain (involvement given, a plan id as its tier) keeps its numbers too", () => {
    const drivers: OldDrivers = { startConversations: 5000, growthPct: 0, seasonality: "flat", aiResolutionPct: 60, aiInvolvementPct: 50, tier: "intercom-advanced", seats: 12, billing: "annual", horizonMonths: 12, firstMonth: "2027-01" };
    const decoded = decodeRow(schema2Row({ id: "s2", name: "Chain", drivers }));
    if (decoded.kind !== "record") throw new Error("not a record");
    const loaded = decoded.record.scenario!;
    expect(loaded.drivers).toMatchObject({ stack: "intercom-advanced", aiInvolvementPct: 50, aiResolutionPct: 60 });
    expect(forecastScenario(loaded).summary.total).toBe(30060);
  });

  it("a schema-1 document migrates the same way", () => {
    const drivers: OldDrivers = { startConversations: 20000, growthPct: 2, seasonality: "flat", aiResolutionPct: 45, tier: "Advanced", seats: 25, billing: "annual", horizonMonths: 12, firstMonth: "2027-01" };
    const parsed = parseStoredState(JSON.stringify({ schemaVersion: 1, savedAt: "2026-01-01T00:00:00.000Z", scenarios: [{ id: "s1", name: "Base", drivers }] }));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.scenarios[0].drivers.stack).toBe("intercom-advanced");
    expectSameNumbers(parsed.scenarios[0], drivers);
  });

  it("a record with neither a stack nor a tier is refused with a message, not loaded as a guess", () => {
    const { tier: _, ...drivers } = { startConversations: 1, growthPct: 0, seasonality: "flat", aiResolutionPct: 1, tier: "x", seats: 1, billing: "annual", horizonMonths: 12, firstMonth: "2027-01" };
    const decoded = decodeRow(schema2Row({ id: "s3", name: "Broken", drivers: drivers as unknown as OldDrivers }));
    expect(decoded).toMatchObject({ kind: "bad", problem: "invalid" });
    expect((decoded as { message: string }).message).toMatch(/needs a stack/);
  });
});
