/**
 * Golden test of the metadata Excel reads (functions.json), generated from the JSDoc in
 * src/functions/functions.ts. A change here changes what users see in Excel: review it, then
 * refresh the golden file with UPDATE_GOLDEN=1 npx jest test/functions/metadata.
 */
import * as fs from "fs";
import * as path from "path";
import { loadMetadata } from "../support/excel";

const GOLDEN = path.resolve(__dirname, "../golden/functions.json");

describe("generated functions.json", () => {
  it("matches the reviewed golden copy", async () => {
    const { json } = await loadMetadata();
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(GOLDEN, `${json}\n`);
    expect(JSON.parse(json)).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
  });

  it("declares the whole SUPPORTCOST family", async () => {
    const { functions } = await loadMetadata();
    expect(functions.map((f) => f.name).sort()).toEqual(["AGENTS", "AI", "BUDGETRISK", "COMPARE", "CONVERT", "FORECAST", "FXRATE", "MONTHLY", "PRICE", "RISKTABLE", "SEATS", "STAFFING", "TIER", "TIERS", "TOTAL", "VARIANCE"]);
  });

  it("gives every function and parameter help text a finance user can act on", async () => {
    const { functions } = await loadMetadata();
    for (const f of functions) {
      expect(f.description.length).toBeGreaterThan(30);
      for (const p of f.parameters) expect((p as { description?: string }).description ?? "").toMatch(/\w{3,}.*\w{3,}/);
    }
  });

  it("declares optional arguments in Excel's order: required first", async () => {
    const { functions } = await loadMetadata();
    for (const f of functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
    const total = functions.find((f) => f.name === "TOTAL");
    expect(total?.parameters.map((p) => [p.name, p.optional ?? false, p.dimensionality ?? "scalar"])).toEqual([
      ["tier", false, "scalar"],
      ["seats", false, "scalar"],
      ["resolutions", false, "matrix"],
      ["months", true, "scalar"],
      ["billing", true, "scalar"],
      ["aiRate", true, "scalar"],
      ["aiMinimum", true, "scalar"],
      ["priceBook", true, "matrix"],
      // Added after the price book, so formulas written before it keep every argument in its place.
      ["aiInvolved", true, "matrix"],
    ]);
  });
});
