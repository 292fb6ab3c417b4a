/**
 * Money in another currency, in a cell. Prices stay in US dollars and every SUPPORTCOST function prices
 * in dollars; converting is the last step, in a formula of its own that shows which rate it used:
 * - =SUPPORTCOST.FXRATE("JPY", SupportCost_Prices) spills the rate the book holds, its source and its
 *   as-of date (the workbook's own "Exchange rate" row, else the built-in rate);
 * - =SUPPORTCOST.CONVERT(B2, "JPY", F1) converts a dollar amount at the rate in F1 — the rate is in the
 *   formula, and Trace Precedents leads to it — or, without a rate, at the book's.
 * The result is a number in the currency with its Excel number format (¥ and no decimals for yen).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { checkFxRate, Currency, EXCEL_MONEY_FORMATS, excelMoneyFormat, fxRateOf, parseCurrency } from "../model/currency";
import { invalidInput } from "../model/errors";
import { readNumber as readTyped } from "../model/input/readNumber";
import { plainValue, readNumber, readOverride, readText } from "./args";
import { readPriceBook } from "./book";
import { CellNumber, excelResult, formatted } from "./results";

function readCurrency(value: any): Currency {
  const text = readText(value, "Currency");
  if (text === undefined) throw invalidInput('Currency is blank: give a currency code such as "JPY", "EUR", "GBP" or "USD".');
  return parseCurrency(text);
}

/** The currency a cell's number format shows, when it is one of ours in a currency other than dollars. */
function formattedCurrency(value: any): Currency | undefined {
  const format = typeof value === "object" && value !== null && "numberFormat" in value ? (value as { numberFormat: unknown }).numberFormat : undefined;
  if (typeof format !== "string") return undefined;
  return (Object.keys(EXCEL_MONEY_FORMATS) as Currency[]).find((c) => c !== "USD" && EXCEL_MONEY_FORMATS[c] === format);
}

/** A plausible rate, for messages. */
const EXAMPLE_RATE: Record<Currency, string> = { USD: "1", JPY: "150", EUR: "0.92", GBP: "0.77" };

/** A rate argument: a number (0 and a desktop blank refused), or text of a plain number — not an amount with a currency sign. */
function readRate(value: any, currency: Currency): number | undefined {
  const v = plainValue(value);
  if (typeof v === "string" && v.trim() !== "") {
    const read = readTyped(v);
    if (read.ok && (read.currency !== undefined || read.percent)) {
      throw invalidInput(`Rate is a number of ${currency} per US dollar, such as ${EXAMPLE_RATE[currency]}; got the text "${v.trim()}".`);
    }
  }
  return readOverride(value, "Rate", `Leave the rate out to use the price book's, or enter it, such as ${EXAMPLE_RATE[currency]} ${currency} per US dollar.`);
}

/**
 * The exchange rate the price book holds for a currency: spills one row — the rate (units of the currency per US dollar), where it was read and its as-of date — so converted figures can show which rate they used. A book without a rate for the currency uses the built-in one.
 * @customfunction FXRATE
 * @param currency The currency code: "JPY", "EUR", "GBP" or "USD" (any case).
 * @param [priceBook] The price book whose rate to use: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices", where a workbook keeps its own dated rates), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns One row: rate, source, as-of date.
 */
export function fxRate(currency: any, priceBook?: any[][]): any[][] {
  return excelResult(() => {
    const rate = fxRateOf(readPriceBook(priceBook), readCurrency(currency));
    return [[rate.amount, rate.source, rate.asOf]];
  }) as any[][];
}

/**
 * An amount in US dollars converted into another currency, shown in that currency's format (yen with no decimals). Give the rate (a number, or the cell holding SUPPORTCOST.FXRATE's rate) so the formula shows which rate it used; without it, the price book's rate.
 * @customfunction CONVERT
 * @param amount The amount in US dollars, such as the cell of a SUPPORTCOST.TOTAL (blank means 0).
 * @param currency The currency to show it in: "JPY", "EUR", "GBP" or "USD" (any case).
 * @param [rate] Units of the currency per US dollar, such as 150 for ¥150 to the dollar, or a cell holding the rate. Leave it out for the price book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [priceBook] The price book whose rate to use when no rate is given: the range of a price book (such as SupportCost_Prices), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns The amount in the currency.
 */
export function convertAmount(amount: any, currency: any, rate?: any, priceBook?: any[][]): any {
  return excelResult((): CellNumber => {
    const already = formattedCurrency(amount);
    const to = readCurrency(currency);
    if (already !== undefined) throw invalidInput(`Amount is already in ${already} (its cell is formatted in that currency): give the amount in US dollars, such as the SUPPORTCOST.TOTAL cell.`);
    const usd = readNumber(amount, "Amount", 0);
    if (usd < 0) throw invalidInput(`Amount must be 0 or more US dollars; got ${usd}.`);
    const typed = readRate(rate, to);
    const r = typed === undefined ? fxRateOf(readPriceBook(priceBook), to).amount : checkFxRate(to, typed, "Rate");
    return formatted(usd * r, excelMoneyFormat(to), "The converted amount");
  });
}
