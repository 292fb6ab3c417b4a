/**
 * Conversion is the last step: prices stay in dollars in the book, every total is computed in dollars
 * by the one engine, and a total is converted at one rate only when it is shown. Nothing is rounded
 * here; rounding to the currency's minor unit happens only at display (format.ts, or roundToMinor for
 * a figure written out as text).
 */
import { Currency, MINOR_DIGITS } from "./codes";
import { FxRate } from "./rate";

/** A US-dollar amount in the rate's currency: usd × rate, unrounded. */
export function convert(usd: number, rate: FxRate | number): number {
  const r = typeof rate === "number" ? rate : rate.amount;
  const value = usd * r;
  return value === 0 ? 0 : value;
}

/** Every amount of a list converted at one rate. */
export function convertAll(usd: readonly number[], rate: FxRate | number): number[] {
  return usd.map((v) => convert(v, rate));
}

/**
 * An amount rounded to the currency's minor unit, half away from zero as Intl.NumberFormat shows it
 * (¥4,509,000.5 → ¥4,509,001; $0.125 → $0.13). For display and printed figures only.
 */
export function roundToMinor(amount: number, currency: Currency): number {
  const scale = 10 ** MINOR_DIGITS[currency];
  // Through a 15-digit decimal first, so 1.005 (stored as 1.00499…) rounds as written.
  const scaled = Number((Math.abs(amount) * scale).toPrecision(15));
  const rounded = (Math.sign(amount) * Math.round(scaled)) / scale;
  return rounded === 0 ? 0 : rounded;
}
