/**
 * --currency and the rate options: which currency a command shows money in, and at which rate. Prices
 * stay in US dollars; the engine computes every total in dollars and this converts it as the last step,
 * at the rate given (--usd-jpy 150: typed on the command line, dated today) or the price book's dated
 * rate. Text output writes amounts as Intl does (￥4,509,000) and names the rate and its date; JSON
 * carries the currency and the rate with its source and as-of date.
 */
import { convert, Currency, describeRate, FOREIGN_CURRENCIES, ForeignCurrency, formatMoney, FxRate, fxRateOf, parseCurrency, ratePair, typedRate } from "../model/currency";
import { readNumber } from "../model/input/readNumber";
import { PriceBook } from "../model/pricebook/types";
import { Options, textOption, UsageError } from "./args";

/** The option that gives the rate for a currency: --usd-jpy. */
export function rateOptionName(currency: ForeignCurrency): string {
  return `usd-${currency.toLowerCase()}`;
}

export const CURRENCY_OPTIONS: readonly string[] = ["currency", ...FOREIGN_CURRENCIES.map(rateOptionName)];

/** How a command shows money: the currency, the rate from dollars, and the day the command ran. */
export interface Display {
  currency: Currency;
  rate: FxRate;
  today: string;
}

/** Today's date where the command runs, as YYYY-MM-DD: the as-of date of a rate typed now. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function typedRateOption(options: Options, currency: ForeignCurrency, today: string): FxRate {
  const name = rateOptionName(currency);
  const text = textOption(options, name)!;
  const unit = `${currency} per US dollar`;
  const read = readNumber(text);
  if (!read.ok) throw new UsageError(`--${name} must be a number of ${unit}, got "${text}"`);
  if (read.percent || read.currency !== undefined) throw new UsageError(`--${name} is a number of ${unit}, such as ${currency === "JPY" ? 150 : 0.9}; got "${text.trim()}"`);
  return typedRate(currency, read.value, `typed on the command line as --${name}`, today, `--${name}`);
}

/**
 * The display from --currency and --usd-jpy/--usd-eur/--usd-gbp, or undefined without --currency (then
 * output is in US dollars exactly as before). A rate option for another currency than the one shown,
 * or without --currency, is refused: it would change nothing, which is never what was meant.
 */
export function displayFromOptions(options: Options, book: PriceBook | undefined, now: Date = new Date()): Display | undefined {
  const typed = textOption(options, "currency");
  const rateOptions = FOREIGN_CURRENCIES.filter((c) => options.has(rateOptionName(c)));
  if (typed === undefined) {
    if (rateOptions.length > 0) throw new UsageError(`--${rateOptionName(rateOptions[0])} goes with --currency ${rateOptions[0]}`);
    return undefined;
  }
  const currency = parseCurrency(typed);
  const stray = rateOptions.find((c) => c !== currency);
  if (stray) throw new UsageError(`--${rateOptionName(stray)} is the ${ratePair(stray)} rate, but this run shows ${currency}: drop it or use --currency ${stray}`);
  const today = localDate(now);
  const rate = currency !== "USD" && rateOptions.includes(currency) ? typedRateOption(options, currency, today) : fxRateOf(book, currency);
  return { currency, rate, today };
}

/** A US-dollar figure in the display's currency (unrounded: JSON keeps it, text rounds it). */
export function shown(display: Display | undefined, usd: number): number {
  return display ? convert(usd, display.rate) : usd;
}

/** A US-dollar figure as text in the display's currency: ￥4,509,000, $30,060.00. */
export function moneyText(display: Display | undefined, usd: number): string {
  return formatMoney(shown(display, usd), display?.currency ?? "USD");
}

/** The line under converted output that names the rate and its date (stale ones flagged). */
export function rateLine(display: Display): string {
  return describeRate(display.rate, "en-US", display.today);
}

/** What JSON output adds: the currency, and the rate with its source and as-of date. */
export function currencyJson(display: Display): { currency: Currency; rate: { amount: number; source: string; asOf: string } } {
  return { currency: display.currency, rate: { amount: display.rate.amount, source: display.rate.source, asOf: display.rate.asOf } };
}
