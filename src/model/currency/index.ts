/**
 * Money in other currencies, one idea a file: codes.ts (the currencies, their minor units, reading a
 * code), rate.ts (a rate is a dated price-book entry, and its bounds), book.ts (the rate a book gives),
 * convert.ts (conversion as the last step; rounding only at display), format.ts (Excel's number formats
 * and Intl's text).
 */
export * from "./codes";
export * from "./rate";
export * from "./book";
export * from "./convert";
export * from "./format";
