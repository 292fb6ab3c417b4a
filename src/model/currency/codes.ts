/**
 * The currencies SupportCost shows money in. Prices stay in US dollars in the price book (every vendor
 * bills in dollars); another currency is a way of showing a total, converted at the book's dated rate as
 * the last step. Each currency has its minor-unit digits (ISO 4217: the yen has none) and an English name.
 */
import { listChoices, unknownName } from "../errors";

export type Currency = "USD" | "JPY" | "EUR" | "GBP";
export const CURRENCIES: readonly Currency[] = ["USD", "JPY", "EUR", "GBP"];

/** The book's own currency: every price is in it, and its rate to itself is 1. */
export const BOOK_CURRENCY = "USD" satisfies Currency;

/** A currency the book holds a rate for (units of it per US dollar). */
export type ForeignCurrency = Exclude<Currency, "USD">;
export const FOREIGN_CURRENCIES: readonly ForeignCurrency[] = ["JPY", "EUR", "GBP"];

/** Digits after the decimal point an amount is shown (and rounded) with: ISO 4217's minor unit. */
export const MINOR_DIGITS: Readonly<Record<Currency, number>> = { USD: 2, JPY: 0, EUR: 2, GBP: 2 };

/** The sign before a short amount where space is tight (a field's prefix, a chart's label): "¥64.5M". */
export const CURRENCY_SIGNS: Readonly<Record<Currency, string>> = { USD: "$", JPY: "¥", EUR: "€", GBP: "£" };

export const CURRENCY_NAMES: Readonly<Record<Currency, string>> = {
  USD: "US dollar",
  JPY: "Japanese yen",
  EUR: "euro",
  GBP: "pound sterling",
};

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value);
}

/**
 * A currency code from what a person typed: any case, spaces around it and full-width letters (a
 * Japanese IME's "ｊｐｙ") are read; anything else is refused naming the currencies there are.
 *
 * @example parseCurrency(" jpy ") // → "JPY"
 * @example parseCurrency("XYZ")   // throws: "XYZ" is not a currency the price book has: use USD, JPY, EUR or GBP.
 */
export function parseCurrency(text: unknown, available: readonly Currency[] = CURRENCIES): Currency {
  const typed = typeof text === "string" ? text.normalize("NFKC").trim() : "";
  const code = typed.toUpperCase();
  if (isCurrency(code) && available.includes(code)) return code;
  const shown = typeof text === "string" ? (typed === "" ? "A blank currency" : `"${typed}"`) : `${text === null || text === undefined ? "Nothing" : String(text)}`;
  throw unknownName(`${shown} is not a currency the price book has: use ${listChoices([...available])}.`);
}
