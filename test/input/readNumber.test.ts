/**
 * The one number reader: what people type, read as meant or refused with both readings, never misread.
 * The fuzz reads 100,000 random strings both with the reader and with an independent rule written as a
 * single grammar, and counts every string the reader reads differently from the rule: there must be none.
 */
import fc from "fast-check";
import { readList, readNumber, readShare } from "../../src/model/input/readNumber";

const value = (text: string) => {
  const r = readNumber(text);
  return r.ok ? r.value : undefined;
};

describe("readNumber", () => {
  it.each([
    ["30,000", 30000],
    ["1,500,000", 1_500_000],
    ["$1.5k", 1500],
    ["5k", 5000],
    ["1.5m", 1_500_000],
    ["2bn", 2e9],
    ["45%", 0.45],
    ["４５％", 0.45],
    ["￥１，５００", 1500],
    ["¥1,500", 1500],
    ["1 500", 1500],
    ["1\u00a0500", 1500],
    ["US$ 1,200", 1200],
    ["12 USD", 12],
    ["−1,200", -1200],
    ["0.125", 0.125],
    ["3e4", 30000],
    ["1.1k", 1100],
  ])("reads %p as %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ["1,5", /could be 1\.5 or 15/],
    ["2.500", /could be 2\.5 or 2,500/],
    ["1.234,5", /points between thousands and a decimal comma: type 1234\.5/],
    ["12 seats", /is not a number: type the number alone, such as 12/],
    ["0x10", /is not a number$/],
    ["Infinity", /is not a number$/],
    ["1e400", /too large/],
    ["", /blank/],
    ["12,34,567", /groups of three/],
    ["$12 EUR", /two currencies/],
  ])("refuses %p, saying why", (text, message) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toMatch(message);
  });

  it("says which currency was typed, so a yen amount is never taken for dollars", () => {
    expect(readNumber("￥1,500")).toMatchObject({ ok: true, currency: "JPY" });
    expect(readNumber("$1,500")).toMatchObject({ ok: true, currency: "USD" });
    expect(readNumber("1,500")).not.toHaveProperty("currency");
  });
});

describe("one percent convention", () => {
  it("reads 45% the same in either unit, and a bare number in the field's unit", () => {
    expect(readShare("45%", "fraction")).toEqual({ ok: true, share: 0.45 });
    expect(readShare("45%", "percent")).toEqual({ ok: true, share: 0.45 });
    expect(readShare("45", "percent")).toEqual({ ok: true, share: 0.45 });
    expect(readShare("0.45", "fraction")).toEqual({ ok: true, share: 0.45 });
  });

  it("questions a bare number implausible in the field's unit", () => {
    expect(readShare("0.45", "percent")).toEqual({ ok: false, message: "0.45 here means 0.45%: type 0.45% if you mean that, or 45% for 45 percent" });
    expect(readShare("60", "fraction", "--ai-resolution")).toEqual({ ok: false, message: "--ai-resolution is a share from 0 to 1; 60 is not one: type 60% or 0.6" });
    expect(readShare("$5", "percent").ok).toBe(false);
  });
});

describe("lists on the command line", () => {
  it("separates months with ';', and with commas only where they cannot be thousands", () => {
    expect(readList("1500;1600", "--x")).toEqual({ ok: true, values: [1500, 1600] });
    expect(readList("0,20,60", "--x")).toEqual({ ok: true, values: [0, 20, 60] });
    expect(readList("1,500;2,000", "--x")).toEqual({ ok: true, values: [1500, 2000] });
  });

  it("refuses what reads both ways, with both readings", () => {
    expect(readList("1,500", "--resolutions")).toEqual({ ok: false, message: '--resolutions "1,500" could be one month of 1,500 or 2 months (1, 500): write 1500 for one, or separate months with ";" (1;500)' });
  });
});

/**
 * The independent rule, as one grammar: an optional sign, an optional currency before or after, digits
 * plain or grouped in threes by one separator (comma, space or apostrophe), an optional k/m/bn, an
 * optional percent. A point followed by exactly three digits after a short whole part reads two ways.
 */
function oracle(typed: string): { ok: true; value: number } | { ok: false } {
  const s = typed.normalize("NFKC").replace(/[\u2212\u2013]/g, "-").replace(/[\u00a0\u202f\u2009]/g, " ");
  const cur = "(?:US\\$|\\$|USD|¥|円|JPY|€|EUR|£|GBP)";
  const num = "(\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:'\\d{3})+(?:\\.\\d+)?)";
  const grammar = new RegExp(`^\\s*([-+])?\\s*(${cur})?\\s*(-)?\\s*${num}\\s*(k|m|mm|bn|b)?\\s*(%)?\\s*(${cur})?\\s*$`, "i");
  const m = grammar.exec(s);
  if (!m) return { ok: false };
  const [, sign, before, minus, digits, suffix, percent, after] = m;
  if (sign && minus) return { ok: false };
  if (before && after && codeOf(before) !== codeOf(after)) return { ok: false };
  if (percent && (suffix || before || after)) return { ok: false };
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(digits)) return { ok: false };
  const scale = suffix ? { k: 1e3, m: 1e6, mm: 1e6, bn: 1e9, b: 1e9 }[suffix.toLowerCase() as "k"] : 1;
  let v = Number(digits.replace(/[, ']/g, "")) * scale * (percent ? 0.01 : 1);
  if (sign === "-" || minus) v = -v;
  if (!Number.isFinite(v)) return { ok: false };
  if (scale !== 1 || percent) v = Number(v.toPrecision(15));
  return { ok: true, value: v === 0 ? 0 : v };
}

function codeOf(c: string): string {
  const k = c.toUpperCase();
  return k === "$" || k === "US$" ? "USD" : k === "¥" || k === "円" ? "JPY" : k === "€" ? "EUR" : k === "£" ? "GBP" : k;
}

const TOKENS = ["0", "1", "2", "3", "5", "7", "9", "00", "000", "500", ",", ",", ".", " ", "\u00a0", "'", "$", "US$", "USD", "¥", "￥", "€", "£", "JPY", "k", "K", "m", "bn", "b", "%", "％", "１", "５", "，", "．", "-", "−", "+", "e", "e3", "x", "seats", "a", ";", "(", "Infinity"];

describe("the fuzz: 100,000 random strings, no silent misreading", () => {
  it("reads every string as the independent rule does, or refuses what the rule refuses", () => {
    let read = 0;
    let misread = 0;
    let refusedAlone = 0;
    const examples: string[] = [];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 9 }), (tokens) => {
        const text = tokens.join("");
        const mine = readNumber(text);
        const rule = oracle(text);
        if (mine.ok) read++;
        // A misreading: the reader gives a number the rule does not. A refusal the rule would not make is
        // counted too (it costs the user a retype, not a wrong number), and must also be none.
        const agrees = mine.ok ? rule.ok && Object.is(rule.value, mine.value) : !rule.ok;
        if (!mine.ok && rule.ok) refusedAlone++;
        if (!agrees) {
          misread++;
          if (examples.length < 5) examples.push(`${JSON.stringify(text)}: reader ${JSON.stringify(mine)}, rule ${JSON.stringify(rule)}`);
        }
      }),
      { numRuns: 100_000, seed: 20261205 },
    );
    expect(examples).toEqual([]);
    expect(misread).toBe(0);
    expect(refusedAlone).toBe(0);
    // The strings reach past the refusals often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(5_000);
  }, 120_000);
});
