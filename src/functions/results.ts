/**
 * What a custom function hands back to Excel: money as a formatted number where the host can show
 * one, and model errors as Excel errors with a message (only #VALUE! and #N/A carry one in Excel).
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { PricingInputError, invalidInput } from "../model/errors";
import { MoneyStyle } from "./hostStyle";

export type { MoneyStyle } from "./hostStyle";

let moneyStyle: MoneyStyle = "plain";
/** Set while the host's capabilities are not known yet: results wait for them (see whenHostKnown). */
let hostPending: Promise<void> | undefined;

export function setMoneyStyle(style: MoneyStyle): void {
  moneyStyle = style;
}

/**
 * Makes every result wait until the host says which number results it can show, so the first
 * calculation after opening a workbook looks like every later one (a cell computed before Office is
 * ready would otherwise be a plain number, and a formatted one after).
 */
export function whenHostKnown(style: Promise<MoneyStyle>): void {
  const pending: Promise<void> = style
    .then(setMoneyStyle, () => setMoneyStyle("plain"))
    .then(() => {
      if (hostPending === pending) hostPending = undefined;
    });
  hostPending = pending;
}

/**
 * Runs a function body: synchronously once the host is known, as a promise before. A model error
 * becomes an Excel error with its message either way (thrown, or the promise's rejection).
 */
export function excelResult<T>(work: () => T): T | Promise<T> {
  if (hostPending) return hostPending.then(() => guarded(work));
  return guarded(work);
}

/** excelResult for work that returns a promise (the heavy functions): waits for the host, then the work. */
export async function excelResultAsync<T>(work: () => Promise<T>): Promise<T> {
  if (hostPending) await hostPending;
  try {
    return await work();
  } catch (error) {
    throw toExcelError(error);
  }
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toExcelError(error);
  }
}

export interface FormattedMoney {
  type: "FormattedNumber" | "Double";
  basicValue: number;
  numberFormat: string;
}

export type CellNumber = number | FormattedMoney;

const CURRENCY_FORMAT = DEFAULT_CATALOG.currencyFormat;

/**
 * A number Excel can show: finite, and never −0 (which would display as "-0.00" in some formats).
 * Inputs are bounded so this cannot fail for accepted input; it is the last line of defence.
 */
export function cellSafe(amount: number, what = "The result"): number {
  if (!Number.isFinite(amount)) throw invalidInput(`${what} is too large to compute: check the volumes, rates and months for a typo.`);
  return amount === 0 ? 0 : amount;
}

/** A number with a number format where the host can show one (money in another currency, a share). */
export function formatted(amount: number, numberFormat: string, what?: string): CellNumber {
  const value = cellSafe(amount, what);
  if (moneyStyle === "plain") return value;
  return { type: moneyStyle === "double" ? "Double" : "FormattedNumber", basicValue: value, numberFormat };
}

export function money(amount: number): CellNumber {
  return formatted(amount, CURRENCY_FORMAT, "The cost");
}

const PERCENT_FORMAT = "0.0%";

/** A probability, shown as a percentage where the host can format results. */
export function percent(share: number): CellNumber {
  return formatted(share, PERCENT_FORMAT);
}

/** Any failure becomes an Excel error with a message; nothing escapes as a crash or a NaN. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  // Outside Excel (the browser preview hosts the same bundle) office.js has no CustomFunctions.Error.
  const ExcelError = typeof CustomFunctions === "object" && typeof CustomFunctions.Error === "function" ? CustomFunctions.Error : undefined;
  if (ExcelError && error instanceof ExcelError) return error;
  const [code, message] =
    error instanceof PricingInputError
      ? [error.kind === "unknown" ? "#N/A" : "#VALUE!", error.message]
      : ["#VALUE!", `SupportCost could not compute this: ${(error instanceof Error ? error.message : String(error)) || "an unexpected error"}.`];
  if (!ExcelError) return Object.assign(new Error(message), { code }) as unknown as CustomFunctions.Error;
  return new ExcelError(code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, message);
}
