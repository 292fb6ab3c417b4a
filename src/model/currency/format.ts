/**
 * How money looks in each currency: the Excel number format a cell gets, and Intl's form for text.
 *
 * Excel's formats carry the currency symbol with a locale tag, so a cell shows the same symbol whatever
 * the reader's regional settings: [$¥-411] (0x411, Japanese), [$$-409] (0x409, English (US)), [$£-809]
 * (0x809, English (UK)) and [$€-x-euro2] (the "€ 123" euro form of Excel's currency list). The yen has
 * no decimals, the others two.
 *
 * Text follows Intl.NumberFormat: in Japanese, yen are written ￥4,509,000 (the full-width ￥, U+FFE5,
 * as Intl writes it for ja-JP); in English ¥4,509,000.
 */
import { isAsOfDate, isStale, STALE_AFTER_MONTHS } from "../pricebook/stale";
import { Currency, MINOR_DIGITS } from "./codes";
import { FxRate } from "./rate";

export const EXCEL_MONEY_FORMATS: Readonly<Record<Currency, string>> = {
  USD: "[$$-409]#,##0.00",
  JPY: "[$¥-411]#,##0",
  EUR: "[$€-x-euro2] #,##0.00",
  GBP: "[$£-809]#,##0.00",
};

export function excelMoneyFormat(currency: Currency): string {
  return EXCEL_MONEY_FORMATS[currency];
}

/** The locale a currency's amounts are written in when the caller has none (the CLI). */
export const DEFAULT_LOCALE: Readonly<Record<Currency, string>> = { USD: "en-US", JPY: "ja-JP", EUR: "en-IE", GBP: "en-GB" };

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl's money formatter for a currency in a locale, with the currency's minor-unit digits (cached). */
export function moneyFormatter(currency: Currency, locale: string = DEFAULT_LOCALE[currency]): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = MINOR_DIGITS[currency];
    f = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/**
 * An amount as text in its currency: ￥4,509,000 (JPY, ja-JP), $30,060.00 (USD, en-US).
 *
 * @example formatMoney(4509000, "JPY")          // → "￥4,509,000"
 * @example formatMoney(4509000, "JPY", "en-US") // → "¥4,509,000"
 */
export function formatMoney(amount: number, currency: Currency, locale?: string): string {
  return moneyFormatter(currency, locale).format(amount === 0 ? 0 : amount);
}

/** A rate as a sentence's figure: "1 USD = 156.22 JPY". */
export function formatRate(rate: FxRate, locale = "en-US"): string {
  const amount = rate.amount.toLocaleString(locale, { maximumFractionDigits: 6 });
  return `1 USD = ${amount} ${rate.currency}`;
}

/**
 * Which rate a converted figure used, in one line: "Rate: 1 USD = 150 JPY, as of 2026-12-05 (typed on
 * the command line as --usd-jpy)." Given today's date, a rate read more than 12 months before is
 * flagged as prices are. For US dollars: "Amounts in US dollars, as priced."
 */
export function describeRate(rate: FxRate, locale = "en-US", today?: string | Date): string {
  if (rate.currency === "USD") return "Amounts in US dollars, as priced.";
  const stale = today !== undefined && isAsOfDate(rate.asOf) && isStale(rate.asOf, today) ? `, over ${STALE_AFTER_MONTHS} months old` : "";
  return `Rate: ${formatRate(rate, locale)}, as of ${rate.asOf}${stale} (${rate.source}).`;
}
