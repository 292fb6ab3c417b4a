/**
 * How the pane shows numbers: money, counts, percentages and months, in the pane's language (en-US or
 * ja-JP, set by the i18n layer through setFormatLocale) and the workbook's display currency (set through
 * setDisplayCurrency). The model prices in US dollars, as vendors bill; converting to the display
 * currency at the book's dated rate is the last step, here, when a figure is shown. Prices themselves
 * (the Prices tab) stay in their billing currency: formatBillingMoney.
 *
 * Negative numbers always carry a true minus sign "−" (U+2212), as in print, never a hyphen: "−$56,213",
 * "−38.8%". Editable text (numberText) keeps the hyphen, which is what people type.
 */
import { MINOR_DIGITS } from "../model/currency/codes";
import type { Currency } from "../model/currency/codes";
import type { DisplayMoney } from "../workbook/port";
import type { Locale } from "./i18n/locale";
import { INTL_TAG } from "./i18n/locale";

function formatters(tag: string, currency: Currency) {
  const digits = MINOR_DIGITS[currency];
  return {
    money: new Intl.NumberFormat(tag, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
    wholeMoney: new Intl.NumberFormat(tag, { style: "currency", currency, maximumFractionDigits: 0 }),
    compactMoney: new Intl.NumberFormat(tag, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }),
    billing: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    count: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    percent: new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    month: new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", timeZone: "UTC" }),
  };
}

let currentLocale: Locale = "en";
let display: DisplayMoney = { currency: "USD", rate: 1 };
let f = formatters(INTL_TAG.en, "USD");

/** Points every format at a language (the i18n layer calls this when the pane's language changes). */
export function setFormatLocale(locale: Locale): void {
  if (locale === currentLocale) return;
  currentLocale = locale;
  f = formatters(INTL_TAG[locale], display.currency);
}

export function formatLocale(): Locale {
  return currentLocale;
}

/**
 * Shows money in `currency` at `rate` units per US dollar (the price book's dated rate, whose source and
 * as-of date travel with it to what says which rate was used); USD at 1 shows figures as priced. A rate
 * that is not a positive finite number is refused rather than shown as NaN.
 */
export function setDisplayCurrency(currency: Currency, rate: number, dated: { source?: string; asOf?: string } = {}): void {
  if (!(Number.isFinite(rate) && rate > 0)) throw new RangeError(`A display rate must be a positive number; got ${rate}.`);
  if (currency === display.currency && rate === display.rate && dated.source === display.source && dated.asOf === display.asOf) return;
  display = { currency, rate, source: dated.source, asOf: dated.asOf };
  f = formatters(INTL_TAG[currentLocale], currency);
}

export function displayCurrency(): DisplayMoney {
  return display;
}

/** A dollar figure of the model in the display currency (the last step of every money figure shown). */
const shown = (usd: number) => usd * display.rate;

/** A price as billed, in US dollars whatever the display currency ("$0.99"): the Prices tab's amounts. */
export function formatBillingMoney(usd: number): string {
  return trueMinus(f.billing.format(usd));
}

/** "Jan 2027" / "2027年1月" for a "YYYY-MM" month; anything else is shown as it is. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return f.month.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

/** Intl writes a hyphen-minus for negatives; the pane shows a true minus. */
function trueMinus(text: string): string {
  return text.replace(/-/g, "\u2212");
}

export function formatMoney(value: number | undefined): string {
  return value === undefined ? "—" : trueMinus(f.money.format(shown(value)));
}

export function formatWholeMoney(value: number): string {
  return trueMinus(f.wholeMoney.format(shown(value)));
}

export function formatCount(value: number): string {
  return trueMinus(f.count.format(value));
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? "—" : trueMinus(f.percent.format(fraction));
}

/** "+$1,234" / "−$1,234" / "$0": a difference with its sign, in whole dollars. */
export function formatDifference(value: number): string {
  const v = shown(value);
  if (Math.abs(v) < 0.5) return f.wholeMoney.format(0);
  return `${v > 0 ? "+" : "\u2212"}${f.wholeMoney.format(Math.abs(v))}`;
}

/** "+82.5%" / "−38.8%" / "0.0%": a relative difference with its sign, like formatDifference. */
export function formatPercentDifference(fraction: number | undefined): string {
  if (fraction === undefined) return "—";
  if (Math.abs(fraction) < 0.0005) return f.percent.format(0);
  return `${fraction > 0 ? "+" : "\u2212"}${f.percent.format(Math.abs(fraction))}`;
}

/** Editable text for a number: no grouping, up to 4 decimals. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Math.round(value * 10_000) / 10_000);
}

/** "$412.3K", "$1.2M": for chart labels, where space is short. */
export function formatCompactMoney(value: number): string {
  return trueMinus(f.compactMoney.format(shown(value)));
}

/** Text from elsewhere (the model's labels, "-20%") with a true minus before each negative number. */
export function withTrueMinus(text: string): string {
  return text.replace(/(^|[\s(/])-(?=[\d.$])/g, "$1\u2212");
}
