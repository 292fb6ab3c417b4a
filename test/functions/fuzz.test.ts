/**
 * Every function, called as Excel calls it with random Excel-shaped arguments in desktop and web mode
 * (2,000 calls each here; `npm run fuzz` makes 100,000): no crash, no error without a message, no
 * NaN, Infinity, −0, null or ragged spill.
 */
import { fuzzFunction } from "../support/fuzz";
import { loadMetadata } from "../support/excel";

const ARGUMENT_SETS = 1000; // × 2 modes = 2,000 calls per function
const SEED = 20261201;

const NAMES = ["AGENTS", "AI", "BUDGETRISK", "COMPARE", "CONVERT", "FORECAST", "FXRATE", "MONTHLY", "PRICE", "RISKTABLE", "SEATS", "STAFFING", "TIER", "TIERS", "TOTAL", "VARIANCE"];

describe("fuzzing every function in functions.json", () => {
  it("covers the whole family", async () => {
    const { functions } = await loadMetadata();
    expect(functions.map((f) => f.name).sort()).toEqual(expect.arrayContaining(NAMES));
    expect(functions.length).toBe(NAMES.length);
  });

  it.each(NAMES)("%s: 2,000 calls, every one an Excel error with a message or a displayable value", async (name) => {
    const report = await fuzzFunction(name, ARGUMENT_SETS, SEED);
    expect(report.calls).toBe(2 * ARGUMENT_SETS);
    expect(report.failures.slice(0, 3)).toEqual([]);
    // The generator must reach past the argument checks, or the fuzz proves little.
    expect(report.values).toBeGreaterThan(name === "TIERS" ? 1000 : 20);
  }, 120_000);
});
