/**
 * What a user typed into a number field, read by the one number reader every surface uses
 * (model/input/readNumber.ts: "$30,000", "5k", "1.5m", "３０ ０００", "45%"), and the one wording the
 * pane uses (field, Compare, Volatility) when it is not a number. What could mean two things is refused
 * with both readings, never guessed; a word after a number ("12 seats") is refused too, since the field
 * already says what it counts. Pure: no React, no DOM.
 */
import { readNumber } from "../model/input/readNumber";

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: string };

export interface FieldUnit {
  /** The field holds a percent (its suffix is %): "45%" and a bare 45 are both 45. */
  percent?: boolean;
  /**
   * A rate of 0 to 100% (AI involvement, AI resolution): a bare number between 0 and 1 is questioned —
   * 0.45 here would be 0.45%, and people who type it usually mean 45%.
   */
  rate?: boolean;
}

/**
 * Reads a number from what the user typed, in the field's unit, or says why it cannot.
 *
 * @example parseLenientNumber("$30 000") // { ok: true, value: 30000 }
 * @example parseLenientNumber("45%", { percent: true }) // { ok: true, value: 45 }
 * @example parseLenientNumber("1,5") // { ok: false, reason: '"1,5" could be 1.5 or 15: …' }
 */
export function parseLenientNumber(typed: string, unit: FieldUnit = {}): ParsedNumber {
  const read = readNumber(typed);
  if (!read.ok) return { ok: false, reason: read.message };
  if (unit.percent) {
    if (read.currency || read.scaled) return { ok: false, reason: `"${typed.trim()}" is an amount, and this field is a percent` };
    if (read.percent) return { ok: true, value: Number((read.value * 100).toPrecision(15)) };
    if (unit.rate && read.value > 0 && read.value < 1) {
      return { ok: false, reason: `${typed.trim()} here means ${read.value}%: type ${read.value}% if you mean that, or ${Number((read.value * 100).toPrecision(12))} for ${Number((read.value * 100).toPrecision(12))}%` };
    }
    return { ok: true, value: read.value };
  }
  if (read.percent) return { ok: false, reason: `"${typed.trim()}" is a percent, and this field is not` };
  return { ok: true, value: read.value };
}

/** The number typed, or undefined: for callers that only need the value. */
export function numberFromText(typed: string, unit: FieldUnit = {}): number | undefined {
  const parsed = parseLenientNumber(typed, unit);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The pane's one message for a field that does not hold a number: "Seats is required." when blank,
 * else "Seats must be a number: "twelve" is not a number." Used by the field itself, by Compare's list
 * of problems and by Volatility, so the same problem reads the same everywhere.
 */
export function notANumberMessage(label: string, typed: string, unit: FieldUnit = {}): string {
  const parsed = parseLenientNumber(typed, unit);
  if (parsed.ok) return "";
  if (typed.trim() === "") return `${label} is required.`;
  return `${label} must be a number: ${parsed.reason}.`;
}

/** "Seats" from the model's "Seats must be a number.", so a list of problems can name the field the same way. */
export function labelOfNumberMessage(message: string): string | undefined {
  const m = /^(.+?) must be (?:a|an) /.exec(message);
  return m ? m[1] : undefined;
}
