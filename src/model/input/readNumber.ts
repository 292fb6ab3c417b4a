/**
 * The one reader of numbers people type, for every surface: the pane's fields, the command line and the
 * functions' text arguments. It reads what is meant — "30,000", "$1.5k", "5k", "1.5m", "2bn", "45%",
 * "1 500", a Japanese IME's "４５％" or "￥１，５００" — and refuses, with both readings, what could mean
 * two things: "1,5" (a decimal comma, or 15?), "2.500" (2.5, or 2,500 written the European way?),
 * "1.234,5". Words are refused too ("12 seats" in a conversations field is not 12 conversations), and so
 * are hexadecimal, "Infinity", overflow and blanks. Nothing is ever misread silently.
 */

export type ReadNumber =
  | {
      ok: true;
      value: number;
      /** Typed with a "%": the value is the share (45% → 0.45). */
      percent: boolean;
      /** The currency sign or code typed, upper-cased ("USD", "JPY", "EUR", "GBP"), if any. */
      currency?: string;
      /** Typed with a k, m or bn: the value is scaled (5k → 5000). */
      scaled: boolean;
    }
  | {
      ok: false;
      message: string;
      /**
       * "not-a-number", "blank", "too-large": the text is simply no number, and the message adds nothing to
       * a caller's own "must be a number"; "unclear": it says what to type (both readings, or a hint).
       */
      reason: ReadFailure;
    };

export type ReadFailure = "not-a-number" | "blank" | "too-large" | "unclear";

/** Currency signs and codes before or after an amount, and the code each means. */
const CURRENCIES: readonly [RegExp, string][] = [
  [/^us\$/i, "USD"],
  [/^\$/, "USD"],
  [/^usd/i, "USD"],
  [/^¥|^円/, "JPY"],
  [/^jpy/i, "JPY"],
  [/^€/, "EUR"],
  [/^eur/i, "EUR"],
  [/^£/, "GBP"],
  [/^gbp/i, "GBP"],
];

const SCALES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, bn: 1e9, b: 1e9 };

/** Spaces people type or paste between thousands: ordinary, no-break, narrow no-break, thin. */
const SPACE = /[ \u00a0\u202f\u2009]/g;

const fail = (message: string, reason: ReadFailure = "unclear"): ReadNumber => ({ ok: false, message, reason });

/**
 * Reads one number from text.
 *
 * @example readNumber("$1.5k")  // → { ok: true, value: 1500, currency: "USD", scaled: true, percent: false }
 * @example readNumber("４５％")  // → { ok: true, value: 0.45, percent: true, … }
 * @example readNumber("1,5")    // → { ok: false, message: '"1,5" could be 1.5 or 15: …' }
 */
export function readNumber(typed: string): ReadNumber {
  const shown = typed.trim();
  // Full-width digits, signs and symbols (a Japanese IME) become their ASCII forms; ￥ becomes ¥.
  let text = typed.normalize("NFKC").replace(/[\u2212\u2013\uff0d]/g, "-").trim();
  if (text === "") return fail("it is blank", "blank");
  let negative = false;
  let signed = false;
  if (/^[-+]/.test(text)) {
    negative = text[0] === "-";
    signed = true;
    text = text.slice(1).trim();
  }
  let currency: string | undefined;
  const takeCurrency = (atEnd: boolean) => {
    for (const [re, code] of CURRENCIES) {
      const pattern = atEnd ? new RegExp(`(?:${re.source.slice(1)})$`, re.flags) : re;
      const m = pattern.exec(text);
      if (m) {
        if (currency !== undefined && currency !== code) return false;
        currency = code;
        text = (atEnd ? text.slice(0, m.index) : text.slice(m[0].length)).trim();
        return true;
      }
    }
    return true;
  };
  if (!takeCurrency(false) || !takeCurrency(true)) return fail(`"${shown}" names two currencies`);
  // A minus after the currency ($-5) is a sign, but only the one: "+-3" is not a number.
  if (!signed && /^-/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  }
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  let scale = 1;
  const suffix = /^(.*?\d\.?)\s*(k|m|mm|bn|b)$/i.exec(text);
  if (suffix) {
    scale = SCALES[suffix[2].toLowerCase()];
    text = suffix[1];
  }
  if (percent && (scale !== 1 || currency)) return fail(`"${shown}" mixes a percent with an amount`);
  if (/[a-z]/i.test(text.replace(/^(\d+\.?\d*|\.\d+)e[-+]?\d+$/i, "$1"))) {
    // "12 seats": a number and a word. Say which number to type; anything else is simply not a number.
    const worded = /^([\d.,' ]*\d)\s+[a-z]/i.exec(text);
    return worded ? fail(`"${shown}" is not a number: type the number alone, such as ${worded[1]}`) : fail(`"${shown}" is not a number`, "not-a-number");
  }
  const body = readDigits(text.replace(SPACE, " "), shown);
  if (body === null) return fail(`"${shown}" is not a number`, "not-a-number");
  if (typeof body === "string") return fail(body);
  const value = (negative ? -body : body) * scale * (percent ? 0.01 : 1);
  if (!Number.isFinite(value)) return fail(`"${shown}" is too large`, "too-large");
  // 5k is 5000 exactly: the scaled product keeps no floating-point tail (1.1k is 1100, not 1100.0000000000002).
  const tidy = scale !== 1 || percent ? Number(value.toPrecision(15)) : value;
  return { ok: true, value: tidy === 0 ? 0 : tidy, percent, scaled: scale !== 1, ...(currency ? { currency } : {}) };
}

/** The digits of a number with at most one kind of group separator, why they cannot be read, or null for no number at all. */
function readDigits(text: string, shown: string): number | string | null {
  if (/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) {
    // One point followed by exactly three digits after a short whole part: 2.500 is 2.5 here, 2,500 in much of Europe.
    if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) return `"${shown}" could be ${Number(text)} or ${Number(text.replace(".", "")).toLocaleString("en-US")} (a point between thousands): type ${Number(text)} or ${text.replace(".", "")}`;
    return Number(text);
  }
  for (const sep of [",", " ", "'"]) {
    const grouped = new RegExp(`^\\d{1,3}(?:${sep === " " ? " " : sep}\\d{3})+(\\.\\d+)?$`);
    if (grouped.test(text)) return Number(text.split(sep).join(""));
  }
  if (/^\d+,\d+$/.test(text)) {
    const [whole, part] = text.split(",");
    return `"${shown}" could be ${whole}.${part} or ${whole}${part}: use a point for decimals (${whole}.${part}) and no separator for thousands (${whole}${part})`;
  }
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text) || /^\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    const meant = text.replace(/\./g, "").replace(",", ".");
    return `"${shown}" uses points between thousands${text.includes(",") ? " and a decimal comma" : ""}: type ${meant}`;
  }
  if (/\d[ ,.']\d/.test(text)) return `"${shown}" is not one number: separate thousands in groups of three (1,500), or type the digits alone`;
  return null;
}

/** How a field counts a share: in percent (45 means 45%) or as a fraction (0.45 means 45%). */
export type ShareUnit = "percent" | "fraction";

export type ReadShare = { ok: true; share: number } | { ok: false; message: string };

/**
 * A share (0..1) as a person types it, in a field whose bare numbers are in `unit`. "45%" is 45% in
 * either. A bare number implausible in the field's unit is questioned, not guessed: 0.45 in a percent
 * field (0.45% or 45%?), 60 in a fraction field (60% or 0.6?).
 *
 * @example readShare("45%", "fraction") // → { ok: true, share: 0.45 }
 * @example readShare("0.45", "percent") // → { ok: false, message: "0.45 here is a percent: …" }
 */
export function readShare(typed: string, unit: ShareUnit, what = "The share"): ReadShare {
  const read = readNumber(typed);
  if (!read.ok) return read;
  if (read.currency || read.scaled) return { ok: false, message: `${what} is a share, not an amount: type a percent such as 45%` };
  const share = read.percent ? read.value : unit === "percent" ? read.value / 100 : read.value;
  if (!read.percent && unit === "percent" && read.value > 0 && read.value < 1) {
    return { ok: false, message: `${typed.trim()} here means ${read.value}%: type ${read.value}% if you mean that, or ${Number((read.value * 100).toPrecision(12))}% for ${Number((read.value * 100).toPrecision(12))} percent` };
  }
  if (!read.percent && unit === "fraction" && read.value > 1) {
    return { ok: false, message: `${what} is a share from 0 to 1; ${typed.trim()} is not one: type ${read.value}% or ${Number((read.value / 100).toPrecision(12))}` };
  }
  if (!(share >= 0 && share <= 1)) return { ok: false, message: `${what} must be from 0% to 100%; got ${typed.trim()}` };
  return { ok: true, share: share === 0 ? 0 : Number(share.toPrecision(15)) };
}

export type ReadList = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * A list of numbers, one per month, as the command line takes it: separated by ";" (or spaces or new
 * lines), which nothing mistakes for a thousands separator. Commas separate items only where they
 * cannot be thousands ("0,20,60"); "1,500" — one month of 1,500, or two of 1 and 500? — is refused.
 */
export function readList(typed: string, what: string): ReadList {
  const text = typed.trim();
  let items: string[];
  if (/;/.test(text)) items = text.split(";");
  else if (/,/.test(text)) {
    const one = readNumber(text);
    if (one.ok) {
      // Thousands or a list of months: both readings are there, so neither is taken.
      const parts = text.split(",");
      return { ok: false, message: `${what} "${text}" could be one month of ${one.value.toLocaleString("en-US")} or ${parts.length} months (${parts.join(", ")}): write ${one.value} for one, or separate months with ";" (${parts.join(";")})` };
    }
    items = text.split(",");
  } else items = [text];
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const read = readNumber(item);
    if (!read.ok) return { ok: false, message: `${what}${items.length > 1 ? ` item ${i + 1}` : ""}: ${read.message}` };
    values.push(read.value);
  }
  return { ok: true, values };
}
