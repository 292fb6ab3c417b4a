/**
 * --currency on the command line: totals in yen at a typed rate or the price book's dated rate, every
 * converted figure naming the rate, its source and as-of date; bad rates and currencies exit 2 with one
 * line on stderr; without --currency nothing changes.
 */
import { formatMoney } from "../../src/model/currency";
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv);

const runWithFile = (file: string, text: string, ...argv: string[]) => runCli(argv, { [file]: text });

const TOTAL = ["total", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--months", "12"];
const COMPARE = ["compare", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--months", "12"];
const BOOK_JPY = SEED_BOOK.fx!.JPY!;
const today = /^\d{4}-\d{2}-\d{2}$/;

describe("supportcost total --currency", () => {
  it("gives the issue's total in yen at a typed rate, with the rate, its source and date", () => {
    const r = run(...TOTAL, "--currency", "JPY", "--usd-jpy", "150", "--json");
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toContain('"total":4509000');
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ currency: "JPY", total: 4509000, seatCost: 12240 * 150, aiCost: 17820 * 150, months: 12 });
    expect(json.rate).toEqual({ amount: 150, source: "typed on the command line as --usd-jpy", asOf: expect.stringMatching(today) });
  });

  it("uses the book's dated rate without --usd-jpy, and names it", () => {
    const json = JSON.parse(run(...TOTAL, "--currency", "jpy", "--json").out);
    expect(json.currency).toBe("JPY");
    expect(json.rate).toEqual({ amount: BOOK_JPY.amount, source: BOOK_JPY.source, asOf: BOOK_JPY.asOf });
    expect(json.total).toBeCloseTo(30060 * BOOK_JPY.amount, 6);
    const text = run(...TOTAL, "--currency", "JPY");
    expect(text.out).toContain(`Total:     ${formatMoney(30060 * BOOK_JPY.amount, "JPY")}`);
    expect(text.out).toContain(`Rate: 1 USD = ${BOOK_JPY.amount} JPY, as of ${BOOK_JPY.asOf}`);
    expect(text.out).toContain(BOOK_JPY.source);
  });

  it("writes yen with no decimals, as Intl does, and a line naming the rate and its date", () => {
    const r = run(...TOTAL, "--currency", "JPY", "--usd-jpy", "150");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      "Months:    12",
      "Seat cost: ￥1,836,000",
      "AI cost:   ￥2,673,000",
      "Total:     ￥4,509,000",
      expect.stringMatching(/^Rate: 1 USD = 150 JPY, as of \d{4}-\d{2}-\d{2} \(typed on the command line as --usd-jpy\)\.$/),
    ]);
  });

  it("takes the rate from a price-book file that overrides it with its own source and date", () => {
    const csv = run("pricebook").out.replace(/^usd-jpy,.*$/m, 'usd-jpy,Exchange rate,US dollar to Japanese yen,exchange-rate,Exchange rate,149.5,JPY per USD,"Our FY27 budget rate",2026-04-01');
    const json = JSON.parse(runWithFile("prices.csv", csv, ...TOTAL, "--price-book", "prices.csv", "--currency", "JPY", "--json").out);
    expect(json.rate).toEqual({ amount: 149.5, source: "Our FY27 budget rate", asOf: "2026-04-01" });
    expect(json.total).toBeCloseTo(30060 * 149.5, 6);
  });

  it("shows euros and pounds at their own rates, and dollars as before with the currency named", () => {
    const eur = JSON.parse(run(...TOTAL, "--currency", "EUR", "--usd-eur", "0.9", "--json").out);
    expect(eur).toMatchObject({ currency: "EUR", total: 27054 });
    expect(run(...TOTAL, "--currency", "GBP", "--usd-gbp", "0.8").out).toContain("Total:     £24,048.00");
    const usd = JSON.parse(run(...TOTAL, "--currency", "USD", "--json").out);
    expect(usd).toMatchObject({ currency: "USD", total: 30060, rate: { amount: 1 } });
    expect(run(...TOTAL, "--currency", "USD").out).not.toMatch(/Rate:/);
  });

  it("changes nothing without --currency", () => {
    expect(run(...TOTAL, "--json").out).toBe('{"seatCost":12240,"aiCost":17820,"total":30060,"months":12}');
  });
});

describe("supportcost compare --currency", () => {
  it("gives every stack in yen, each row carrying the currency and the rate", () => {
    const r = run(...COMPARE, "--currency", "JPY", "--usd-jpy", "150", "--json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { stack: string; total: number; currency: string; rate: { amount: number } }[];
    const total = (id: string) => rows.find((x) => x.stack === id)!.total;
    expect(total("intercom-advanced")).toBe(4509000);
    expect(total("zendesk-professional")).toBe(6210000);
    for (const row of rows) {
      expect(row.currency).toBe("JPY");
      expect(row.rate.amount).toBe(150);
    }
    // Counts are not money: they stay as they are.
    const dollars = JSON.parse(run(...COMPARE, "--json").out) as { stack: string; conversations: number; costPerResolution: number }[];
    const adv = rows.find((x) => x.stack === "intercom-advanced") as unknown as { conversations: number; costPerResolution: number };
    expect(adv.conversations).toBe(dollars.find((x) => x.stack === "intercom-advanced")!.conversations);
    expect(adv.costPerResolution).toBeCloseTo(dollars.find((x) => x.stack === "intercom-advanced")!.costPerResolution * 150, 6);
  });

  it("prints yen in the table, the rate under the book's name, and takes --budget in yen", () => {
    const r = run(...COMPARE, "--currency", "JPY", "--usd-jpy", "150", "--volatility", "0.2", "--budget", "4509000", "--stacks", "intercom-advanced");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[2]).toMatch(/^Rate: 1 USD = 150 JPY, as of /);
    expect(r.out).toMatch(/intercom-advanced\s+￥1,836,000\s+￥2,673,000\s+￥4,509,000/);
    const usd = run(...COMPARE, "--volatility", "0.2", "--budget", "30060", "--stacks", "intercom-advanced", "--json");
    const yen = run(...COMPARE, "--currency", "JPY", "--usd-jpy", "150", "--volatility", "0.2", "--budget", "4509000", "--stacks", "intercom-advanced", "--json");
    expect(JSON.parse(yen.out)[0].probabilityOverBudget).toBe(JSON.parse(usd.out)[0].probabilityOverBudget);
    expect(JSON.parse(yen.out)[0].p90).toBeCloseTo(JSON.parse(usd.out)[0].p90 * 150, 6);
  });
});

describe("supportcost simulate --currency", () => {
  const SIMULATE = ["simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--volatility", "0.3", "--paths", "2000"];

  it("converts every figure at a rate that stays, and lets the rate move with --fx-volatility", () => {
    const usd = JSON.parse(run(...SIMULATE, "--json").out);
    const held = JSON.parse(run(...SIMULATE, "--currency", "JPY", "--usd-jpy", "150", "--json").out);
    expect(held).toMatchObject({ currency: "JPY", fxVolatility: 0, rate: { amount: 150 } });
    expect(held.plannedCost).toBe(4509000);
    expect(held.total.p90).toBeCloseTo(usd.total.p90 * 150, 4);
    const moving = JSON.parse(run(...SIMULATE, "--currency", "JPY", "--usd-jpy", "150", "--fx-volatility", "0.1", "--json").out);
    expect(moving.fxVolatility).toBe(0.1);
    expect(moving.total.p90).toBeGreaterThan(held.total.p90);
    const text = run(...SIMULATE, "--currency", "JPY", "--usd-jpy", "150", "--fx-volatility", "0.1", "--budget", "4800000");
    expect(text.code).toBe(0);
    expect(text.out).toContain("Planned total:   ￥4,509,000");
    expect(text.out).toContain("The rate moves with 10.0% annual volatility from there (--fx-volatility).");
    expect(text.out).toMatch(/Chance total exceeds ￥4,800,000: \d+\.\d%/);
  });
});

describe("bad currency input exits 2 with one line on stderr", () => {
  it.each<[string, string[], RegExp]>([
    ["a rate of 0", ["--currency", "JPY", "--usd-jpy", "0"], /^supportcost: --usd-jpy must be more than 0 \(JPY per US dollar\); got 0\.$/],
    ["a negative rate", ["--currency", "JPY", "--usd-jpy", "-150"], /^supportcost: --usd-jpy must be more than 0 \(JPY per US dollar\); got -150\.$/],
    ["a rate in words", ["--currency", "JPY", "--usd-jpy", "abc"], /^supportcost: --usd-jpy must be a number of JPY per US dollar, got "abc"$/],
    ["a rate with a yen sign", ["--currency", "JPY", "--usd-jpy", "¥150"], /^supportcost: --usd-jpy is a number of JPY per US dollar, such as 150; got "¥150"$/],
    ["an absurd rate", ["--currency", "JPY", "--usd-jpy", "1.5e7"], /^supportcost: --usd-jpy must be between 1 and 10,000 JPY per US dollar; got 15000000, which looks like a typo\.$/],
    ["a currency the book lacks", ["--currency", "XYZ"], /^supportcost: "XYZ" is not a currency the price book has: use USD, JPY, EUR or GBP\.$/],
    ["a rate without --currency", ["--usd-jpy", "150"], /^supportcost: --usd-jpy goes with --currency JPY$/],
    ["a rate for another currency", ["--currency", "EUR", "--usd-jpy", "150"], /^supportcost: --usd-jpy is the USD→JPY rate, but this run shows EUR: drop it or use --currency JPY$/],
    ["--currency without a value", ["--currency"], /^supportcost: --currency needs a value$/],
  ])("%s", (_, extra, message) => {
    for (const command of [TOTAL, COMPARE]) {
      const r = run(...command, ...extra);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
    }
  });

  it("refuses an FX volatility out of bounds, or with no currency to move", () => {
    const SIM = ["simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--volatility", "0.3"];
    for (const [extra, message] of [
      [["--currency", "JPY", "--fx-volatility", "-0.1"], /volatility must be an annualised share from 0 to 2/],
      [["--currency", "JPY", "--fx-volatility", "3"], /volatility must be an annualised share from 0 to 2 .*; got 3\.$/],
      [["--fx-volatility", "0.1"], /^supportcost: --fx-volatility goes with --currency JPY, EUR or GBP/],
      [["--currency", "USD", "--fx-volatility", "0.1"], /^supportcost: --fx-volatility goes with --currency JPY, EUR or GBP/],
    ] as [string[], RegExp][]) {
      const r = run(...SIM, ...extra);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
    }
    expect(run("total", "--tier", "Advanced", "--seats", "1", "--fx-volatility", "0.1").err[0]).toMatch(/--fx-volatility does not apply to total/);
  });
});
