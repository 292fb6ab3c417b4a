/**
 * How the pane shows numbers: US dollars (the catalog's currency), counts, percentages and months, in the
 * pane's language (en-US or ja-JP, set by the i18n layer through setFormatLocale). Negative numbers always
 * carry a true minus sign "−" (U+2212), as in print, never a hyphen: "−$56,213", "−38.8%". Editable text
 * (numberText) keeps the hyphen, which is what people type.
 */
import type { Locale } from "./i18n/locale";
import { INTL_TAG } from "./i18n/locale";

function formatters(tag: string) {
  return {
    money: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    wholeMoney: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", maximumFractionDigits: 0 }),
    compactMoney: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }),
    count: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    percent: new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    month: new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", timeZone: "UTC" }),
  };
}

let f = formatters(INTL_TAG.en);
let currentLocale: Locale = "en";

/** Points every format at a language (the i18n layer calls this when the pane's language changes). */
export function setFormatLocale(locale: Locale): void {
  if (locale === currentLocale) return;
  currentLocale = locale;
  f = formatters(INTL_TAG[locale]);
}

export function formatLocale(): Locale {
  return currentLocale;
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
  return value === undefined ? "—" : trueMinus(f.money.format(value));
}

export function formatWholeMoney(value: number): string {
  return trueMinus(f.wholeMoney.format(value));
}

export function formatCount(value: number): string {
  return trueMinus(f.count.format(value));
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? "—" : trueMinus(f.percent.format(fraction));
}

/** "+$1,234" / "−$1,234" / "$0": a difference with its sign, in whole dollars. */
export function formatDifference(value: number): string {
  if (Math.abs(value) < 0.5) return f.wholeMoney.format(0);
  return `${value > 0 ? "+" : "\u2212"}${f.wholeMoney.format(Math.abs(value))}`;
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
  return trueMinus(f.compactMoney.format(value));
}

/** Text from elsewhere (the model's labels, "-20%") with a true minus before each negative number. */
export function withTrueMinus(text: string): string {
  return text.replace(/(^|[\s(/])-(?=[\d.$])/g, "$1\u2212");
}
