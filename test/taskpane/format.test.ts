import { formatBillingMoney, formatCompactMoney, formatDifference, formatMoney, formatMonth, formatPercent, formatPercentDifference, formatWholeMoney, setDisplayCurrency, setFormatLocale, withTrueMinus } from "../../src/taskpane/format";
import { monthsBetween, monthTicks, valueTicks } from "../../src/taskpane/chartAxes";

describe("signs: a true minus for every negative, a plus for every positive difference", () => {
  test("differences in dollars and in percent carry the same signs", () => {
    expect(formatDifference(-56213.4)).toBe("\u2212$56,213");
    expect(formatDifference(119697)).toBe("+$119,697");
    expect(formatPercentDifference(-0.388)).toBe("\u221238.8%");
    expect(formatPercentDifference(0.825)).toBe("+82.5%");
    expect(formatPercentDifference(0)).toBe("0.0%");
    expect(formatPercentDifference(undefined)).toBe("—");
  });

  test("no formatter shows a hyphen for a negative number", () => {
    for (const text of [formatMoney(-1.5), formatWholeMoney(-1200), formatPercent(-0.25), formatCompactMoney(-1500)]) {
      expect(text).not.toContain("-");
      expect(text.startsWith("\u2212")).toBe(true);
    }
  });
});

test("labels from elsewhere get a true minus before negative numbers, and keep their hyphens", () => {
  expect(withTrueMinus("Expected resolutions (-20% / +20%)")).toBe("Expected resolutions (\u221220% / +20%)");
  expect(withTrueMinus("-5 seats")).toBe("\u22125 seats");
  expect(withTrueMinus("Month-to-month correlation, 2027-01")).toBe("Month-to-month correlation, 2027-01");
});

describe("chart axes", () => {
  test("month ticks are dated, on whole steps", () => {
    expect(monthTicks("2027-01", 12, 4).map((t) => t.label)).toEqual(["Jan 2027", "Apr 2027", "Jul 2027", "Oct 2027"]);
    expect(monthTicks("2027-01", 36, 4).map((t) => t.label)).toEqual(["Jan 2027", "Jan 2028", "Jan 2029"]);
    expect(monthTicks("2025-01", 36, 4)[0]).toEqual({ index: 0, label: "Jan 2025" });
  });

  test("value ticks are round and reach the maximum", () => {
    expect(valueTicks(29_064)).toEqual([0, 10_000, 20_000, 30_000]);
    const t = valueTicks(1234, 0, 4);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(1234);
    expect(monthsBetween("2027-11", "2028-02")).toBe(3);
  });
});

describe("language and display currency: conversion is the last step, prices stay in dollars", () => {
  afterEach(() => {
    setDisplayCurrency("USD", 1);
    setFormatLocale("en");
  });

  test("yen at the book's rate: no decimals, ¥ in English and the full-width ￥ in Japanese", () => {
    setDisplayCurrency("JPY", 150);
    expect(formatMoney(30060)).toBe("¥4,509,000");
    expect(formatWholeMoney(41400)).toBe("¥6,210,000");
    expect(formatDifference(-10)).toBe("\u2212¥1,500");
    expect(formatBillingMoney(0.99)).toBe("$0.99");
    setFormatLocale("ja");
    expect(formatMoney(30060)).toBe("￥4,509,000");
    expect(formatBillingMoney(0.99)).toBe("$0.99");
    expect(formatMonth("2027-01")).toBe("2027年1月");
    expect(formatPercent(0.45)).toBe("45.0%");
  });

  test("euros and pounds keep cents; English months; a rate that is not positive is refused", () => {
    setDisplayCurrency("EUR", 0.9);
    expect(formatMoney(100)).toBe("€90.00");
    setDisplayCurrency("GBP", 0.8);
    expect(formatMoney(100)).toBe("£80.00");
    expect(formatMonth("2027-01")).toBe("Jan 2027");
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => setDisplayCurrency("JPY", bad)).toThrow(RangeError);
    expect(formatMoney(100)).toBe("£80.00");
  });
});
