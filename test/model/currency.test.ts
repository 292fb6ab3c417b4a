/**
 * Money in other currencies: codes read as typed, conversion as the last step (no rounding until
 * display), Excel's and Intl's forms, and the rate as a dated price-book entry — in the built-in book,
 * in the row form the workbook's sheet holds, refused with the row named when it is not a rate.
 */
import {
  checkFxRate,
  convert,
  CURRENCIES,
  currenciesOf,
  describeRate,
  EXCEL_MONEY_FORMATS,
  formatMoney,
  fxRateOf,
  MINOR_DIGITS,
  parseCurrency,
  roundToMinor,
  typedRate,
  USD_RATE,
} from "../../src/model/currency";
import { PricingInputError } from "../../src/model/errors";
import { isAsOfDate } from "../../src/model/pricebook/stale";
import { DEFAULT_BOOK, EDITIONS, INTERCOM_2026_BOOK, SEED_BOOK } from "../../src/model/pricebook/builtin";
import { FX_KIND, PRICE_ITEMS, PRICE_UNITS, priceBookFromJson, priceBookFromRows, priceBookToJson, priceBookToRows } from "../../src/model/pricebook/rows";
import { PriceBook } from "../../src/model/pricebook/types";
import { errorOf } from "../support/errors";

describe("currency codes", () => {
  it("reads a code in any case, with spaces or full-width letters", () => {
    expect(parseCurrency("JPY")).toBe("JPY");
    expect(parseCurrency(" jpy ")).toBe("JPY");
    expect(parseCurrency("Eur")).toBe("EUR");
    expect(parseCurrency("ｇｂｐ")).toBe("GBP");
    expect(parseCurrency("usd")).toBe("USD");
  });

  it.each([["XYZ"], [""], ["yen"], ["JP Y"]])("refuses %j naming the currencies the book has", (typed) => {
    const error = errorOf(() => parseCurrency(typed));
    expect(error.kind).toBe("unknown");
    expect(error.message).toMatch(/is not a currency the price book has: use USD, JPY, EUR or GBP\.$/);
  });

  it("names only the currencies offered when a list is given", () => {
    expect(errorOf(() => parseCurrency("GBP", ["USD", "JPY"])).message).toBe('"GBP" is not a currency the price book has: use USD or JPY.');
    expect(errorOf(() => parseCurrency(42)).message).toMatch(/^42 is not a currency/);
  });

  it("knows each currency's minor unit: the yen has none", () => {
    expect(MINOR_DIGITS).toEqual({ USD: 2, JPY: 0, EUR: 2, GBP: 2 });
  });
});

describe("conversion is the last step", () => {
  const rate = typedRate("JPY", 150, "test", "2026-12-01");

  it("multiplies without rounding", () => {
    expect(convert(30060, rate)).toBe(4509000);
    expect(convert(0.99, rate)).toBeCloseTo(148.5, 12);
    expect(convert(1234.567, 150)).toBeCloseTo(185185.05, 9);
    expect(Object.is(convert(-0, rate), 0)).toBe(true);
  });

  it("rounds only for display, half away from zero, to the minor unit", () => {
    expect(roundToMinor(4509000.5, "JPY")).toBe(4509001);
    expect(roundToMinor(-4509000.5, "JPY")).toBe(-4509001);
    expect(roundToMinor(1.005, "USD")).toBe(1.01);
    expect(roundToMinor(0.004, "GBP")).toBe(0);
    expect(Object.is(roundToMinor(-0.004, "EUR"), 0)).toBe(true);
  });
});

describe("how money looks", () => {
  it("gives Excel a number format with a locale-tagged symbol per currency", () => {
    expect(EXCEL_MONEY_FORMATS.JPY).toBe("[$¥-411]#,##0");
    expect(EXCEL_MONEY_FORMATS.USD).toBe("[$$-409]#,##0.00");
    expect(EXCEL_MONEY_FORMATS.GBP).toBe("[$£-809]#,##0.00");
    expect(EXCEL_MONEY_FORMATS.EUR).toBe("[$€-x-euro2] #,##0.00");
    // The yen format has no decimals; every other one has the currency's two.
    for (const c of CURRENCIES) expect(/0\.(0+)$/.exec(EXCEL_MONEY_FORMATS[c])?.[1].length ?? 0).toBe(MINOR_DIGITS[c]);
  });

  it("writes yen as Intl does: the full-width ￥ (U+FFE5) in Japanese, no decimals", () => {
    const text = formatMoney(4509000, "JPY");
    expect(text).toBe("￥4,509,000");
    expect(text.codePointAt(0)).toBe(0xffe5);
    expect(formatMoney(4509000.5, "JPY")).toBe("￥4,509,001");
    expect(formatMoney(4509000, "JPY", "en-US")).toBe("¥4,509,000");
    expect(formatMoney(30060, "USD")).toBe("$30,060.00");
    expect(formatMoney(1234.5, "GBP")).toBe("£1,234.50");
    expect(formatMoney(-0, "EUR")).toBe("€0.00");
  });

  it("says which rate a figure used, with its source and date", () => {
    expect(describeRate(typedRate("JPY", 150, "typed on the command line as --usd-jpy", "2026-12-05"))).toBe("Rate: 1 USD = 150 JPY, as of 2026-12-05 (typed on the command line as --usd-jpy).");
    const old = typedRate("EUR", 0.91836, "ECB", "2025-03-14");
    expect(describeRate(old, "en-US", "2026-12-05")).toBe("Rate: 1 USD = 0.91836 EUR, as of 2025-03-14, over 12 months old (ECB).");
    expect(describeRate(old, "en-US", "2025-12-05")).toBe("Rate: 1 USD = 0.91836 EUR, as of 2025-03-14 (ECB).");
    expect(describeRate(USD_RATE)).toBe("Amounts in US dollars, as priced.");
  });
});

describe("a rate's bounds", () => {
  it.each<[string, number, RegExp]>([
    ["zero", 0, /must be more than 0 \(JPY per US dollar\); got 0\./],
    ["negative", -150, /must be more than 0 \(JPY per US dollar\); got -150\./],
    ["not a number", Number.NaN, /must be a number of JPY per US dollar; got not a number\./],
    ["infinite", Number.POSITIVE_INFINITY, /got infinity\./],
    ["a hundredth of the yen", 0.5, /must be between 1 and 10,000 JPY per US dollar; got 0\.5, which looks like a typo\./],
    ["an absurd yen", 1e9, /must be between 1 and 10,000 JPY per US dollar; got 1000000000, which looks like a typo\./],
  ])("refuses a %s USD→JPY rate", (_, amount, message) => {
    const error = errorOf(() => checkFxRate("JPY", amount, "--usd-jpy"));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(/^--usd-jpy /);
    expect(error.message).toMatch(message);
  });

  it("accepts the bounds themselves and refuses just past them", () => {
    expect(checkFxRate("JPY", 1)).toBe(1);
    expect(checkFxRate("JPY", 10_000)).toBe(10_000);
    expect(checkFxRate("EUR", 0.01)).toBe(0.01);
    expect(checkFxRate("GBP", 100)).toBe(100);
    expect(() => checkFxRate("EUR", 0.0099)).toThrow(PricingInputError);
    expect(() => checkFxRate("GBP", 100.01)).toThrow(PricingInputError);
    expect(() => checkFxRate("USD", 2)).toThrow(/must be 1: prices are in US dollars/);
  });
});

describe("the rate is a dated entry of the price book", () => {
  it("is in every built-in edition for every currency, with a source and an as-of date", () => {
    for (const edition of EDITIONS) {
      for (const c of ["JPY", "EUR", "GBP"] as const) {
        const rate = edition.book.fx?.[c];
        expect(rate).toBeDefined();
        expect(rate!.source.length).toBeGreaterThan(20);
        expect(isAsOfDate(rate!.asOf)).toBe(true);
        expect(checkFxRate(c, rate!.amount)).toBe(rate!.amount);
      }
    }
    // Crossed through the ECB's euro rates of one day: USD→GBP ÷ USD→EUR = the GBP per EUR rate ÷ … = 0.84183.
    expect(SEED_BOOK.fx!.GBP!.amount / SEED_BOOK.fx!.EUR!.amount).toBeCloseTo(0.84183, 4);
  });

  it("comes from the book when it has one, from the built-in book otherwise, and is 1 for dollars", () => {
    const own: PriceBook = { plans: SEED_BOOK.plans, fx: { JPY: { amount: 149.5, source: "Treasury's budget rate", asOf: "2026-04" } } };
    expect(fxRateOf(own, "JPY")).toEqual({ currency: "JPY", amount: 149.5, source: "Treasury's budget rate", asOf: "2026-04" });
    expect(fxRateOf(own, "EUR")).toEqual({ currency: "EUR", ...DEFAULT_BOOK.fx!.EUR });
    expect(fxRateOf({ plans: SEED_BOOK.plans }, "JPY").amount).toBe(DEFAULT_BOOK.fx!.JPY!.amount);
    expect(fxRateOf(undefined, "USD")).toBe(USD_RATE);
    expect(currenciesOf({ plans: [] })).toEqual(["USD", "JPY", "EUR", "GBP"]);
    expect(currenciesOf({ plans: [] }, { plans: [] })).toEqual(["USD"]);
  });
});

describe("exchange-rate rows", () => {
  const rows = () => priceBookToRows(SEED_BOOK).map((r) => [...r]) as unknown[][];
  const fxRow = (all: unknown[][], id: string) => all.findIndex((r) => r[0] === id);

  it("follow the plans' rows, one per currency, in the vocabulary the sheet validates", () => {
    const all = rows();
    const jpy = fxRow(all, "usd-jpy");
    expect(jpy).toBeGreaterThan(all.findIndex((r) => r[0] === "eesel"));
    expect(all[jpy]).toEqual(["usd-jpy", "Exchange rate", "US dollar to Japanese yen", FX_KIND, "Exchange rate", 156.22, "JPY per USD", SEED_BOOK.fx!.JPY!.source, "2025-12-24"]);
    expect(all.slice(jpy).map((r) => r[6])).toEqual(["JPY per USD", "EUR per USD", "GBP per USD"]);
    expect(PRICE_ITEMS.map((s) => s.item)).toContain("Exchange rate");
    for (const unit of ["JPY per USD", "EUR per USD", "GBP per USD"]) expect(PRICE_UNITS).toContain(unit);
  });

  it.each([
    ["seed", SEED_BOOK],
    ["intercom-2026", INTERCOM_2026_BOOK],
  ])("round-trip with the %s edition, as rows and as JSON", (_, book) => {
    expect(priceBookFromRows(priceBookToRows(book)).fx).toStrictEqual(book.fx);
    expect(priceBookFromJson(JSON.parse(JSON.stringify(priceBookToJson(book)))).fx).toStrictEqual(book.fx);
  });

  it("let the workbook override the rate with its own source and date, read as a sheet hands them over", () => {
    const all = rows();
    const r = fxRow(all, "usd-jpy");
    all[r][5] = " 149.5 ";
    all[r][7] = "Our FY27 budget rate";
    all[r][8] = 46113; // Excel's serial for 2026-04-01
    const book = priceBookFromRows(all);
    expect(fxRateOf(book, "JPY")).toEqual({ currency: "JPY", amount: 149.5, source: "Our FY27 budget rate", asOf: "2026-04-01" });
    // A book without rate rows still reads, and shows totals at the built-in rate.
    const plansOnly = priceBookFromRows(all.filter((row) => row[3] !== FX_KIND));
    expect(plansOnly.fx).toBeUndefined();
    expect(fxRateOf(plansOnly, "JPY").amount).toBe(156.22);
  });

  it.each<[string, (row: unknown[]) => void, "invalid" | "unknown", RegExp]>([
    ["a rate of 0", (row) => (row[5] = 0), "invalid", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: must be more than 0; got 0\.$/],
    ["a negative rate", (row) => (row[5] = -150), "invalid", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: must be 0 or more; got -150\.$/],
    ["text", (row) => (row[5] = "about 150"), "invalid", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: the text "about 150" is not a number\.$/],
    ["a blank rate", (row) => (row[5] = ""), "invalid", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: is blank/],
    ["an absurd magnitude", (row) => (row[5] = 1.5622e7), "invalid", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: the rate must be between 1 and 10,000 JPY per US dollar; got 15622000, which looks like a typo\.$/],
    ["a rate typed a hundred times too small", (row) => (row[5] = 0.015), "invalid", /^Prices row 42 .* Amount: the rate must be between 1 and 10,000/],
    ["an unknown currency", (row) => (row[6] = "CHF per USD"), "unknown", /^Prices row 42 \(usd-jpy, Exchange rate\), Unit: "CHF per USD" is not a unit of Exchange rate: use "JPY per USD", "EUR per USD" or "GBP per USD"\.$/],
    ["a plan id for another pair", (row) => (row[0] = "usd-eur"), "invalid", /^Prices row 42 \(usd-eur, Exchange rate\), Plan id: a rate in JPY per USD has the Plan id usd-jpy; got "usd-eur"\.$/],
    ["a plan's kind", (row) => (row[3] = "helpdesk"), "unknown", /^Prices row 42 .*, Kind: an Exchange rate row has the Kind exchange-rate; got "helpdesk"\.$/],
    ["a blank source", (row) => (row[7] = ""), "invalid", /^Prices row 42 .*, Source: is blank; say where the rate was read\.$/],
    ["a bad date", (row) => (row[8] = "today"), "invalid", /^Prices row 42 .*, As of: "today" is not a date/],
  ])("refuse %s with the row named", (_, spoil, kind, message) => {
    const all = rows();
    const r = fxRow(all, "usd-jpy");
    expect(r + 1).toBe(42);
    spoil(all[r]);
    const error = errorOf(() => priceBookFromRows(all));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it("refuse a second rate for one currency, and a plan row that calls itself an exchange rate", () => {
    const all = rows();
    all.push([...all[fxRow(all, "usd-gbp")]]);
    expect(errorOf(() => priceBookFromRows(all)).message).toBe("Prices row 45 (usd-gbp, Exchange rate), Price item: the GBP per USD rate is already given in row 44; keep one.");
    const plan = rows();
    plan[1][3] = FX_KIND;
    expect(errorOf(() => priceBookFromRows(plan)).message).toMatch(/^Prices row 2 \(intercom-essential, Seat, annual billing\), Kind: an exchange-rate row's Price item is Exchange rate; a plan's Kind is helpdesk, ai-only or add-on\.$/);
  });
});
