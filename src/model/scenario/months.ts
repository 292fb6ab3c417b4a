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
