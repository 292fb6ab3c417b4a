import { checkChainRates, volumeOf, volumeOfResolutions } from "../../src/model/pricebook/chain";
import { asOfLatestDay, isStale, staleness } from "../../src/model/pricebook/stale";
import { INTERCOM_2026_BOOK, SEED_BOOK } from "../../src/model/pricebook/builtin";
import { parseDecimal } from "../../src/model/numbers";

describe("the volume chain", () => {
  it("conversations → involved → resolved, by hand: 5,000 × 50% × 60%", () => {
    expect(volumeOf(5000, { involvement: 0.5, resolution: 0.6 })).toEqual({ conversations: 5000, involved: 2500, resolved: 1500 });
  });

  it("involvement defaults to 100%, so a resolution rate is a share of all conversations", () => {
    expect(volumeOf(2000, { resolution: 0.45 })).toEqual({ conversations: 2000, involved: 2000, resolved: 900 });
  });

  it("reversed assumed resolutions are deducted: 1,000 resolved, 40% assumed, 10% of those reversed → 960", () => {
    const v = volumeOf(2000, { involvement: 1, resolution: 0.5, assumedShare: 0.4, reversalRate: 0.1 });
    expect(v.resolved).toBeCloseTo(960, 9);
    expect(v.reversed).toBeCloseTo(40, 9);
  });

  it("splits AI-involved conversations into outcomes for outcome billing", () => {
    const v = volumeOf(1000, { involvement: 0.8, resolution: 0.5, outcomeSplit: { "procedure-handoff": 0.25, qualification: 0.05 } });
    expect(v.outcomes).toEqual({ resolution: 400, "procedure-handoff": 200, disqualification: 0, qualification: 40 });
  });

  it("resolutions alone stand for every link when nothing else is known", () => {
    expect(volumeOfResolutions(30)).toEqual({ conversations: 30, involved: 30, resolved: 30 });
  });

  it.each([
    [{ involvement: 1.2, resolution: 0.5 }, "AI involvement must be a share from 0 to 1; got 1.2."],
    [{ resolution: -0.1 }, "AI resolution rate must be a share from 0 to 1; got -0.1."],
    [{ resolution: Number.NaN }, "AI resolution rate must be a share from 0 to 1; got not a number."],
    [{ resolution: 0.7, outcomeSplit: { qualification: 0.4 } }, "Resolution and other outcome shares add up to 1.1; one outcome per AI-involved conversation means at most 1."],
    [{ resolution: 0.5, reversalRate: 2 }, "Reversal rate must be a share from 0 to 1; got 2."],
  ])("refuses %p", (rates, message) => {
    expect(() => checkChainRates(rates)).toThrow(message);
  });
});

describe("stale prices (as of more than 12 months before a day)", () => {
  it.each([
    ["2025-10-27", "2026-12-01", true],
    ["2025-12-01", "2026-12-01", false],
    ["2025-11-30", "2026-12-01", true],
    ["2025-12", "2026-12-01", false],
    ["2025-11", "2026-12-01", true],
    ["2025", "2026-12-01", false],
    ["2025", "2027-01-01", true],
    ["2026", "2026-12-01", false],
    ["2024-02-29", "2025-02-28", false],
    ["2024-02-28", "2025-03-01", true],
  ])("%s on %s → %p", (asOf, today, stale) => {
    expect(isStale(asOf, today)).toBe(stale);
  });

  it("takes a Date too, and refuses what is not a date", () => {
    expect(isStale("2025-10-27", new Date(Date.UTC(2026, 11, 1)))).toBe(true);
    expect(() => isStale("soon", "2026-12-01")).toThrow('As of must be a date written as YYYY, YYYY-MM or YYYY-MM-DD; got "soon".');
    expect(asOfLatestDay("2025-13")).toBeUndefined();
    expect(asOfLatestDay("2024-02")).toEqual([2024, 2, 29]);
  });

  it("finds the stale prices of the built-in book: the seed guide's 2025-10-27 and Freshworks' 2025-11-13 on 2026-12-01", () => {
    const seed = staleness(SEED_BOOK, "2026-12-01");
    expect(seed.oldestAsOf).toBe("2025-05");
    // 3 Intercom plans × (annual seat, rate, minimum) = 9; Freshdesk 3 plans × 4 prices = 12; Agentforce 1.
    expect(seed.stalePrices).toBe(9 + 12 + 1);
    expect(staleness(INTERCOM_2026_BOOK, "2026-12-01").stalePrices).toBe(12 + 1);
  });
});

describe("parseDecimal: plain decimal numbers only", () => {
  it.each([
    ["12", 12],
    [" 2.5 ", 2.5],
    ["-3", -3],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%p → %p", (text, n) => {
    expect(parseDecimal(text)).toBe(n);
  });
  it.each(["0x10", "0b1", "0o7", "1e400", "Infinity", "-Infinity", "NaN", "", " ", "1,000", "12abc", "1_000"])("%p is not a number", (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});
