/**
 * One table of bounds, every surface: the pane's validation (and the price book's sheet), the functions as
 * Excel calls them, and the CLI each accept a value at the bound and refuse one just past it, with a
 * message, never a number.
 */
import { runCli } from "../support/cli";
import { BOUNDS } from "../../src/model/bounds";
import { DEFAULT_BOOK } from "../../src/model/pricebook/builtin";
import { priceBookFromRows, priceBookToRows } from "../../src/model/pricebook/rows";
import { defaultScenarios, validateDrivers } from "../../src/model/scenario";
import { excelIn } from "../support/excel";

function cli(argv: string[]) {
  const { code, err } = runCli(argv);
  return { code, err };
}

const drivers = () => defaultScenarios("2027-01")[0].drivers;
const excel = { desktop: excelIn("desktop"), web: excelIn("web") };

/** The value just past a bound, the way a typo lands there. */
const past = (max: number) => (Number.isInteger(max) ? max + 1 : max * (1 + 1e-9));

describe("every surface reads the same bounds", () => {
  test("the table's bounds are finite and ordered", () => {
    for (const [name, b] of Object.entries(BOUNDS)) {
      expect({ name, ok: Number.isFinite(b.min) && Number.isFinite(b.max) && b.min < b.max }).toEqual({ name, ok: true });
    }
  });

  test("conversations in a month: the pane's field, COMPARE and the CLI", async () => {
    const { max } = BOUNDS.conversationsPerMonth;
    expect(validateDrivers({ ...drivers(), startConversations: max, growthPct: 0 }).startConversations).toBeUndefined();
    expect(validateDrivers({ ...drivers(), startConversations: past(max), growthPct: 0 }).startConversations).toMatch(/Conversations per month must be from 0 to 100,000,000/);
    for (const call of Object.values(excel)) {
      const refused = await call("COMPARE", past(max), 0.5, 0.6, 12, 12);
      expect(refused).toMatchObject({ code: "#VALUE!" });
      expect(String((refused as { message?: string }).message)).toMatch(/100,000,000/);
    }
    const ok = cli(["compare", "--conversations", String(max), "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--months", "1", "--json"]);
    expect(ok).toEqual({ code: 0, err: [] });
    const bad = cli(["compare", "--conversations", String(past(max)), "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([expect.stringMatching(/from 0 to 100,000,000; got 100000001/)]);
  });

  test("seats: the pane's field, TOTAL and the CLI", async () => {
    const { max } = BOUNDS.seats;
    expect(validateDrivers({ ...drivers(), seats: max }).seats).toBeUndefined();
    expect(validateDrivers({ ...drivers(), seats: past(max) }).seats).toMatch(/at most 1,000,000/);
    for (const call of Object.values(excel)) {
      expect(await call("TOTAL", "Advanced", max, 0, 1)).toBe(max * 85);
      expect(await call("TOTAL", "Advanced", past(max), 0, 1)).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/at most 1,000,000/) });
    }
    expect(cli(["total", "--tier", "Advanced", "--seats", String(max), "--resolutions", "0", "--months", "1"]).code).toBe(0);
    const bad = cli(["total", "--tier", "Advanced", "--seats", String(past(max)), "--resolutions", "0", "--months", "1"]);
    expect(bad).toEqual({ code: 2, err: [expect.stringMatching(/at most 1,000,000; got 1000001/)] });
  });

  test("months of a calculation: TOTAL and the CLI; a scenario's horizon in the pane", async () => {
    const { max } = BOUNDS.months;
    for (const call of Object.values(excel)) {
      expect(await call("TOTAL", "Advanced", 1, 0, max)).toBe(max * 85);
      expect(await call("TOTAL", "Advanced", 1, 0, past(max))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/from 1 to 600/) });
    }
    expect(cli(["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "0", "--months", String(past(max))])).toEqual({ code: 2, err: [expect.stringMatching(/from 1 to 600/)] });
    const h = BOUNDS.horizon;
    expect(validateDrivers({ ...drivers(), horizonMonths: h.max }).horizonMonths).toBeUndefined();
    expect(validateDrivers({ ...drivers(), horizonMonths: h.max + 1 }).horizonMonths).toMatch(/Horizon must be from 12 to 36/);
  });

  test("a unit price: the price book's sheet, an AI-rate override in TOTAL, and the CLI", async () => {
    const { max } = BOUNDS.unitPrice;
    const rows = priceBookToRows(DEFAULT_BOOK);
    const at = rows.findIndex((r) => r[4] === "AI rate");
    expect(at).toBeGreaterThan(0);
    const withAmount = (amount: number) => rows.map((r, i) => (i === at ? r.map((c, j) => (j === 5 ? amount : c)) : r));
    expect(() => priceBookFromRows(withAmount(max))).not.toThrow();
    expect(() => priceBookFromRows(withAmount(past(max)))).toThrow(/10,000/);
    for (const call of Object.values(excel)) {
      expect(await call("TOTAL", "Advanced", 0, 100, 1, null, max)).toBe(100 * max);
      expect(await call("TOTAL", "Advanced", 0, 100, 1, null, past(max))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/10,000/) });
    }
    const bad = cli(["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "100", "--months", "1", "--ai-rate", String(past(max))]);
    expect(bad).toEqual({ code: 2, err: [expect.stringMatching(/10,000/)] });
  });

  test("an exchange rate: the CLI's --usd-jpy and CONVERT's rate, at and past the bound", async () => {
    const { max } = BOUNDS.usdJpy;
    const total = (rate: number) => cli(["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "0", "--months", "1", "--currency", "JPY", "--usd-jpy", String(rate), "--json"]);
    expect(total(max).code).toBe(0);
    expect(total(past(max))).toEqual({ code: 2, err: [expect.stringMatching(/10,000/)] });
    for (const call of Object.values(excel)) {
      expect(await call("CONVERT", 1, "JPY", past(max))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/10,000/) });
    }
  });

  test("monthly growth: the pane's field and the CLI's --growth", () => {
    const { max } = BOUNDS.growth;
    expect(validateDrivers({ ...drivers(), growthPct: max }).growthPct).toBeUndefined();
    expect(validateDrivers({ ...drivers(), growthPct: past(max) }).growthPct).toMatch(/Monthly growth must be from -50 to 50/);
    const bad = cli(["compare", "--conversations", "1000", "--growth", `${past(max)}%`, "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "1"]);
    expect(bad).toEqual({ code: 2, err: [expect.stringMatching(/--growth must be a monthly share from -0\.5 to 0\.5/)] });
  });
});
