/**
 * The workbook's display currency lives in the workbook as a defined name, SupportCost_Currency, whose
 * formula is the currency's code (="JPY"). A name travels with the file and syncs between co-authors like
 * any edit (Office settings do not), and a formula can use it: =SUPPORTCOST.CONVERT(B2, SupportCost_Currency).
 * No name, or one that does not hold a known code, means US dollars, the billing currency.
 */
import { BOOK_CURRENCY, Currency, isCurrency } from "../model/currency/codes";

export const CURRENCY_NAME = "SupportCost_Currency";

/** The name's formula for a currency: ="JPY". */
export function currencyFormula(currency: Currency): string {
  return `="${currency}"`;
}

/** The currency a name's formula (or value) holds; US dollars for anything else. */
export function currencyOfFormula(formula: unknown): Currency {
  const code = typeof formula === "string" ? formula.trim().replace(/^=/, "").replace(/^"|"$/g, "").trim().toUpperCase() : "";
  return isCurrency(code) ? code : BOOK_CURRENCY;
}
