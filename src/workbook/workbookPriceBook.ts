/**
 * The workbook's own price book as its table holds it: what the port reads, and what the summary
 * and the pane turn into a book (kept apart from port.ts so layouts can use it without importing the port).
 */
export interface WorkbookPriceBook {
  /** The table's values, header first, as the functions receive them (the Check column computed). */
  rows: unknown[][];
  /** Where it is, e.g. "'SupportCost Prices'!A1:J41". */
  address: string;
  /** Which built-in edition it was written from and when, as the sheet's note says. */
  note: string;
}
