/**
 * The words the add-in writes on sheets, in the workbook's language: FormatJS (its React-free core,
 * the one react-intl wraps) over the catalogs beside this file. English ships with the pane; Japanese
 * loads on first use (its own chunk), as the pane's own Japanese does. The layouts take a SheetText
 * (English when not given), so they stay pure and synchronous.
 */
import { createIntl, createIntlCache } from "@formatjs/intl";
import { MONTH_NAMES, monthLabel } from "../../model/scenario";
import { en, SheetKey } from "./en";

export type { SheetKey } from "./en";

/** The languages the sheets can be written in (the pane's Locale is the same union). */
export type SheetLanguage = "en" | "ja";

export type SheetValues = Record<string, string | number>;

export interface SheetText {
  language: SheetLanguage;
  /** The message for `key`, with ICU arguments filled in. */
  t(key: SheetKey, values?: SheetValues): string;
  /** "2027-01" → "Jan 2027" / "2027年1月". */
  month(month: string): string;
  /** 0-based calendar month → "Jan" / "1月". */
  monthName(index: number): string;
  /** Excel's number format for a month held as a date: "mmm yyyy" / yyyy"年"m"月". */
  monthFormat: string;
  /** A count with the language's digit grouping: 4,000. */
  count(n: number): string;
}

const INTL_TAG: Record<SheetLanguage, string> = { en: "en-US", ja: "ja-JP" };
const cache = createIntlCache();

function make(language: SheetLanguage, messages: Record<SheetKey, string>): SheetText {
  const intl = createIntl({ locale: INTL_TAG[language], defaultLocale: "en-US", messages }, cache);
  const counts = new Intl.NumberFormat(INTL_TAG[language], { maximumFractionDigits: 0 });
  const ja = language === "ja";
  return {
    language,
    t: (key, values) => intl.formatMessage({ id: key }, values),
    month: (m) => (ja ? `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月` : monthLabel(m)),
    monthName: (k) => (ja ? `${k + 1}月` : MONTH_NAMES[k]),
    monthFormat: ja ? 'yyyy"年"m"月"' : "mmm yyyy",
    count: (n) => counts.format(n),
  };
}

/** The sheets' English: the default of every layout. */
export const ENGLISH: SheetText = make("en", en);

let japanese: SheetText | undefined;

/** The sheets' words in `language` (English when not given); Japanese is fetched once, on first use. */
export async function sheetText(language: SheetLanguage = "en"): Promise<SheetText> {
  if (language !== "ja") return ENGLISH;
  if (!japanese) {
    const { ja } = await import(/* webpackChunkName: "sheets-ja" */ "./ja");
    japanese = make("ja", ja);
  }
  return japanese;
}
