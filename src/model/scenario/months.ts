/** Months of a plan as "YYYY-MM" text: arithmetic and labels, with no time zone to get wrong. */

export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isMonth(text: string): boolean {
  const m = MONTH_RE.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1900 && Number(m[1]) <= 9999;
}

/** "2027-11" + 3 → "2028-02". */
export function addMonths(month: string, count: number): string {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + count;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

/** The month after `today`, as "YYYY-MM": a plan usually starts next month. */
export function nextMonth(today: Date): string {
  return addMonths(`${today.getFullYear()}-${pad2(today.getMonth() + 1)}`, 1);
}

/** 0 for January .. 11 for December. */
export function calendarMonthIndex(month: string): number {
  return Number(month.slice(5, 7)) - 1;
}

/** "2027-01" → "Jan 2027". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[calendarMonthIndex(month)]} ${month.slice(0, 4)}`;
}

const MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A month as people type it: "2027-01", "2027-1", "2027/01", "Jan 2027", "January 2027", "01/2027",
 * "1/2027" or "2027年1月", as "YYYY-MM"; undefined for anything else (a day-first date such as
 * "1/2/2027" says a day, not a month, and is not guessed).
 *
 * @example parseMonthInput("Jan 2027") // → "2027-01"
 */
export function parseMonthInput(typed: string): string | undefined {
  const text = typed.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  let year: number | undefined;
  let month: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(text)) || (m = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(text))) {
    year = Number(m[1]);
    month = Number(m[2]);
  } else if ((m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text))) {
    month = Number(m[1]);
    year = Number(m[2]);
  } else if ((m = /^([a-z]+)\.?,? (\d{4})$/.exec(text))) {
    const word = m[1];
    const index = MONTH_WORDS.findIndex((w) => w === word || (word.length >= 3 && w.startsWith(word)));
    if (index >= 0) {
      month = index + 1;
      year = Number(m[2]);
    }
  }
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  const iso = `${year}-${pad2(month)}`;
  return isMonth(iso) ? iso : undefined;
}
