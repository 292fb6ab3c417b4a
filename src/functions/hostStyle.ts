/**
 * Which kind of number results this Excel can display, asked in one place (feature checks
 * ask isSetSupported for the documented set of each feature).
 *
 * Returning a data type (a number with its own format) from a custom function needs the custom-functions
 * integration with data types, CustomFunctionsRuntime 1.4 (Microsoft's custom-functions requirement-set
 * table: Microsoft 365 from version 2208, Mac 16.64, the web; not perpetual Office 2021/LTSC). On top of
 * that the value type itself must exist: FormattedNumber from ExcelApi 1.16, Double with a number format
 * from ExcelApi 1.19 (which deprecates FormattedNumber). Anywhere else results are plain numbers and the
 * cell keeps whatever format the user gave it.
 */
export type MoneyStyle = "plain" | "formattedNumber" | "double";

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function moneyStyleFor(requirements: RequirementChecker | undefined): MoneyStyle {
  if (!requirements || !requirements.isSetSupported("CustomFunctionsRuntime", "1.4")) return "plain";
  if (requirements.isSetSupported("ExcelApi", "1.19")) return "double";
  if (requirements.isSetSupported("ExcelApi", "1.16")) return "formattedNumber";
  return "plain";
}
