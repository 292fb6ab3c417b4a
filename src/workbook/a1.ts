/** A1-style addresses for layouts (0-based row and column in, "B7" out). */

export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cell(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function absCell(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/** "A1:C3" for a block of `rows` × `cols` starting at (row, col). */
export function area(row: number, col: number, rows: number, cols: number): string {
  return `${cell(row, col)}:${cell(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as a formula writes it: 'SupportCost Plan'!$A$1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Text as a value Excel will keep as text: a leading =, +, - or @ would otherwise be read as a
 * formula when written through range.values.
 */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
