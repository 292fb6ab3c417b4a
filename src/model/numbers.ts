/**
 * Strict decimal numbers from text: the one place every surface that reads typed or stored text
 * (the CLI, price-book files) turns it into a number. JavaScript's Number() also accepts "0x10",
 * "0b1", "0o7", "Infinity" and blank text, and "1e400" becomes Infinity; none of those is a price,
 * a seat count or a volume a person meant, so they are refused here.
 */

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number a decimal text spells, or undefined when it is not one.
 *
 * @example parseDecimal(" 12.5 ") // → 12.5
 * @example parseDecimal("0x10")   // → undefined
 * @example parseDecimal("1e400")  // → undefined (not finite)
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}
