/**
 * An exchange rate is a price-book entry like every price: an amount with its source and as-of date
 * (pricebook/types.ts Price). The amount is units of the currency per US dollar (USD→JPY 156.22 means
 * $1 = ¥156.22). The bounds refuse a rate no one means: 0 or less, or a hundredfold away from any rate
 * the currency has had (a yen rate typed as 1.5622 or 15622).
 */
import { describeValue, invalidInput } from "../errors";
import { Price } from "../pricebook/types";
import { BOOK_CURRENCY, Currency, ForeignCurrency } from "./codes";

/** Units of `currency` per US dollar, with where the rate was read and when. */
export interface FxRate extends Price {
  currency: Currency;
}

/** The lowest and highest rate (units per US dollar) accepted for each currency. */
export const FX_RATE_BOUNDS: Readonly<Record<ForeignCurrency, { min: number; max: number }>> = {
  JPY: { min: 1, max: 10_000 },
  EUR: { min: 0.01, max: 100 },
  GBP: { min: 0.01, max: 100 },
};

/** The rate of the book's own currency: prices are shown as priced. */
export const USD_RATE: FxRate = { currency: BOOK_CURRENCY, amount: 1, source: "Prices are in US dollars", asOf: "" };

/** "USD→JPY": how messages and the row form name a rate. */
export function ratePair(currency: Currency): string {
  return `USD→${currency}`;
}

/**
 * A rate amount checked against its bounds; `what` names where it was typed (an option, a cell, a row).
 * Returns the amount, or throws an invalid-input error that says what a rate is.
 */
export function checkFxRate(currency: Currency, amount: number, what = `The ${ratePair(currency)} rate`): number {
  if (currency === BOOK_CURRENCY) {
    if (amount !== 1) throw invalidInput(`${what} must be 1: prices are in US dollars; got ${describeValue(amount)}.`);
    return amount;
  }
  const { min, max } = FX_RATE_BOUNDS[currency];
  const unit = `${currency} per US dollar`;
  if (typeof amount !== "number" || !Number.isFinite(amount)) throw invalidInput(`${what} must be a number of ${unit}; got ${describeValue(amount)}.`);
  if (amount <= 0) throw invalidInput(`${what} must be more than 0 (${unit}); got ${describeValue(amount)}.`);
  if (amount < min || amount > max) {
    throw invalidInput(`${what} must be between ${min.toLocaleString("en-US")} and ${max.toLocaleString("en-US")} ${unit}; got ${describeValue(amount)}, which looks like a typo.`);
  }
  return amount;
}

/** A rate a person typed (a CLI option, a function's argument), sourced as theirs and dated the day it was used. */
export function typedRate(currency: Currency, amount: number, source: string, asOf: string, what?: string): FxRate {
  return { currency, amount: checkFxRate(currency, amount, what), source, asOf };
}
