/**
 * Stale prices: a figure read more than 12 months before a given day is flagged wherever it is shown.
 * As-of dates come as "2026", "2025-10" or "2025-10-27"; a date that names a whole year or month is
 * taken at its last day (the figure may have been read then), so only a figure certainly older than
 * the limit is flagged.
 */
import { invalidInput } from "../errors";
import { Plan, Price, PriceBook } from "./types";

export const STALE_AFTER_MONTHS = 12;

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The as-of date's last possible day as [year, month 1..12, day], or undefined when it is not a date. */
export function asOfLatestDay(asOf: string): [number, number, number] | undefined {
  const m = AS_OF.exec(asOf.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 12 : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  const day = m[3] === undefined ? last : Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return [year, month, day];
}

export function isAsOfDate(asOf: string): boolean {
  return asOfLatestDay(asOf) !== undefined;
}

/**
 * Whether a figure dated `asOf` is more than `months` months older than `today` ("YYYY-MM-DD" or a Date).
 *
 * @example isStale("2025-10-27", "2026-12-01") // → true
 * @example isStale("2026", "2026-12-01")       // → false
 * @example isStale("2025-11", "2026-11-30")    // → false (exactly 12 months)
 */
export function isStale(asOf: string, today: string | Date, months = STALE_AFTER_MONTHS): boolean {
  const read = asOfLatestDay(asOf);
  if (!read) throw invalidInput(`As of must be a date written as YYYY, YYYY-MM or YYYY-MM-DD; got "${asOf}".`);
  let now: [number, number, number];
  if (typeof today === "string") {
    const t = asOfLatestDay(today);
    if (!t || !/^\d{4}-\d{2}-\d{2}$/.test(today.trim())) throw invalidInput(`Today must be a date written as YYYY-MM-DD; got "${today}".`);
    now = t;
  } else {
    now = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  }
  // The limit: `months` months before today, on the same day (clamped to the month's length).
  const index = now[0] * 12 + (now[1] - 1) - months;
  const ly = Math.floor(index / 12);
  const lm = (index % 12) + 1;
  const ld = Math.min(now[2], daysInMonth(ly, lm));
  return read[0] * 10000 + read[1] * 100 + read[2] < ly * 10000 + lm * 100 + ld;
}

/** Every price of a plan, with what it is, for listing and stale checks. */
export function pricesOf(plan: Plan): Price[] {
  const out: Price[] = [];
  if (plan.seat?.annual) out.push(plan.seat.annual);
  if (plan.seat?.monthly) out.push(plan.seat.monthly);
  const ai = plan.ai;
  if (ai) {
    for (const p of [ai.rate, ai.paygRate, ai.outcomeRates?.["procedure-handoff"], ai.outcomeRates?.disqualification, ai.outcomeRates?.qualification, ai.monthlyMinimum, ai.platformFee, ai.includedPerMonth, ai.includedPerSeat, ai.pack?.size, ai.pack?.price, ai.oneTimeFree, ai.spendCap]) {
      if (p) out.push(p);
    }
    for (const band of ai.tiers?.bands ?? []) {
      if (band.upTo) out.push(band.upTo);
      out.push(band.rate);
    }
  }
  return out;
}

/** The oldest as-of date of a book and whether anything in it is stale on `today`. */
export function staleness(book: PriceBook, today: string | Date): { stalePrices: number; oldestAsOf: string | undefined } {
  let stalePrices = 0;
  let oldest: string | undefined;
  let oldestKey = Infinity;
  for (const plan of book.plans) {
    for (const p of pricesOf(plan)) {
      if (isStale(p.asOf, today)) stalePrices++;
      const d = asOfLatestDay(p.asOf);
      const key = d ? d[0] * 10000 + d[1] * 100 + d[2] : Infinity;
      if (key < oldestKey) {
        oldestKey = key;
        oldest = p.asOf;
      }
    }
  }
  return { stalePrices, oldestAsOf: oldest };
}
