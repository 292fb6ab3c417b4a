/**
 * What a user typed into a number field, read leniently where the meaning is clear, and the one
 * wording the pane uses (field, Compare, Volatility) when it is not a number. Pure: no React, no DOM.
 *
 * The model's parseNumberInput accepts "12,500", "2.5" and "2.5%". People also type what they see in
 * a sheet or a quote: "$30000", "30 000" (a space, or the no-break space Excel and French locales
 * use, between thousands), "US$ 1,200", "3e4", "12 seats". Those are read here. What could mean two
 * things is refused with the reason, never guessed: "1,5" (a decimal comma, or a typo for 15?),
 * "1.234,5", "3 4" (two numbers?), "12 seats 4".
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: string };

/** Currency signs a finance user types before (or after) an amount; the pane prices in US dollars. */
const CURRENCY = /^(?:US\$|USD|\$)\s*|\s*(?:US\$|USD|\$)$/i;
/** Spaces that may separate thousands: ordinary, no-break, narrow no-break, thin. */
const SPACES = /[ \u00a0\u202f\u2009]/g;
/** A trailing unit word or two ("12 seats", "1,500 conversations a month", "24 months"). */
const UNIT = /^(.*?\d\.?%?)\s*([a-z][a-z-]*(?:\s+(?:a|per|an|each)?\s*[a-z][a-z-]*)?)$/i;
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** Digits grouped in threes by one kind of separator: "30,000", "1 234 567". */
const GROUPED = (sep: string) => new RegExp(`^[-+]?\\d{1,3}(?:${sep}\\d{3})+(?:\\.\\d+)?$`);

/**
 * Reads a number from what the user typed, or says why it cannot.
 *
 * @example parseLenientNumber("$30 000") // { ok: true, value: 30000 }
 * @example parseLenientNumber("1,5") // { ok: false, reason: '"1,5" could be 1.5 or 15: …' }
 */
export function parseLenientNumber(typed: string): ParsedNumber {
  let text = typed.trim().replace(/^[\u2212\u2013]/, "-");
  if (text === "") return { ok: false, reason: "it is blank" };
  const unit = UNIT.exec(text);
  if (unit && !/^e[-+]?\d/i.test(unit[2])) text = unit[1].trim();
  text = text.replace(CURRENCY, "").trim();
  if (text.endsWith("%")) text = text.slice(0, -1).trim();
  if (/^-?\s*\$/.test(text)) text = text.replace(/\$\s*/, "");
  text = text.replace(/^([-+])\s+/, "$1");
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  if (GROUPED(",").test(text)) return { ok: true, value: Number(text.replace(/,/g, "")) };
  const spaced = text.replace(SPACES, " ");
  if (GROUPED(" ").test(spaced)) return { ok: true, value: Number(spaced.replace(/ /g, "")) };
  if (/^[-+]?\d+,\d{1,2}$/.test(text) || /^[-+]?\d+,\d{4,}$/.test(text)) {
    return { ok: false, reason: `"${typed.trim()}" could be read two ways: use a point for decimals (${text.replace(",", ".")})` };
  }
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) {
    return { ok: false, reason: `"${typed.trim()}" uses a decimal comma: type ${text.replace(/\./g, "").replace(",", ".")}` };
  }
  return { ok: false, reason: `"${typed.trim()}" is not one` };
}

/** The number typed, or undefined: for callers that only need the value. */
export function numberFromText(typed: string): number | undefined {
  const parsed = parseLenientNumber(typed);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The pane's one message for a field that does not hold a number: "Seats is required." when blank,
 * else "Seats must be a number: "twelve" is not one." Used by the field itself, by Compare's list of
 * problems and by Volatility, so the same problem reads the same everywhere.
 */
export function notANumberMessage(label: string, typed: string): string {
  const parsed = parseLenientNumber(typed);
  if (parsed.ok) return "";
  if (typed.trim() === "") return `${label} is required.`;
  return `${label} must be a number: ${parsed.reason}.`;
}

/** "Seats" from the model's "Seats must be a number.", so a list of problems can name the field the same way. */
export function labelOfNumberMessage(message: string): string | undefined {
  const m = /^(.+?) must be (?:a|an) /.exec(message);
  return m ? m[1] : undefined;
}
