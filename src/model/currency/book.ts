/**
 * The rate a total is shown at comes from the price book, like every price: the workbook's own book
 * when it holds a rate for the currency (its "Exchange rate" rows), the built-in book's dated rate
 * otherwise. Either way the rate carries its source and as-of date, so every converted figure can say
 * which rate it used.
 */
import { DEFAULT_BOOK } from "../pricebook/builtin";
import { PriceBook } from "../pricebook/types";
import { BOOK_CURRENCY, Currency, CURRENCIES } from "./codes";
import { FxRate, USD_RATE } from "./rate";

/** The book's rate for a currency, or the built-in book's when the book has none. */
export function fxRateOf(book: PriceBook | undefined, currency: Currency, builtIn: PriceBook = DEFAULT_BOOK): FxRate {
  if (currency === BOOK_CURRENCY) return USD_RATE;
  const entry = book?.fx?.[currency] ?? builtIn.fx?.[currency];
  if (!entry) throw new Error(`the built-in price book has no USD→${currency} rate`);
  return { currency, amount: entry.amount, source: entry.source, asOf: entry.asOf };
}

/** The currencies a book can show money in: US dollars, and every currency it (or the built-in book) has a rate for. */
export function currenciesOf(book: PriceBook | undefined, builtIn: PriceBook = DEFAULT_BOOK): Currency[] {
  return CURRENCIES.filter((c) => c === BOOK_CURRENCY || book?.fx?.[c] !== undefined || builtIn.fx?.[c] !== undefined);
}
