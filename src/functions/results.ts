/**
 * What a custom function hands back to Excel: money as a formatted number where the host can show
 * one, and model errors as Excel errors with a message (only #VALUE! and #N/A carry one in Excel).
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { PricingInputError } from "../model/errors";

/**
 * How money results are returned:
 * - "plain": a bare number (every host; the cell keeps whatever format the user gave it);
 * - "formattedNumber": a FormattedNumber cell value (ExcelApi 1.16 data types);
 * - "double": a Double cell value with a number format (ExcelApi 1.19, which deprecates FormattedNumber).
 * The registration glue picks one from the host's requirement sets when Office is ready.
 */
export type MoneyStyle = "plain" | "formattedNumber" | "double";

let moneyStyle: MoneyStyle = "plain";

export function setMoneyStyle(style: MoneyStyle): void {
  moneyStyle = style;
}

export interface FormattedMoney {
  type: "FormattedNumber" | "Double";
  basicValue: number;
  numberFormat: string;
}

export type CellNumber = number | FormattedMoney;

const CURRENCY_FORMAT = DEFAULT_CATALOG.currencyFormat;

export function money(amount: number): CellNumber {
  if (moneyStyle === "plain") return amount;
  return {
    type: moneyStyle === "double" ? "Double" : "FormattedNumber",
    basicValue: amount,
    numberFormat: CURRENCY_FORMAT,
  };
}

const PERCENT_FORMAT = "0.0%";

/** A probability, shown as a percentage where the host can format results. */
export function percent(share: number): CellNumber {
  if (moneyStyle === "plain") return share;
  return { type: moneyStyle === "double" ? "Double" : "FormattedNumber", basicValue: share, numberFormat: PERCENT_FORMAT };
}

/** Any failure becomes an Excel error with a message; nothing escapes as a crash or a NaN. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof PricingInputError) {
    const code = error.kind === "unknown" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `SupportCost could not compute this: ${detail}`);
}
