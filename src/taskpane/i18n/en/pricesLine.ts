/** The line under the pane's title that names the price book in use and its age (first load). */
export const pricesLine = {
  "prices.oldest": "Oldest figure as of {date}.",
  "prices.noneStale": "No figure is older than 12 months.",
  "prices.stale": "{count, plural, one {# figure is} other {# figures are}} older than 12 months: check them before relying on the numbers.",
  "prices.builtInBook": "the built-in price book, {edition}",
  "prices.workbookBook": "the workbook's price book ({address})",
  "prices.workbookBookNote": "the workbook's price book ({address}; {note})",
  "prices.lastGoodBook": "the workbook's price book as it last read without problems ({address})",
  "prices.lastGoodBookEarlier": "the workbook's price book as it last read without problems (earlier)",
  "prices.edition.seed": "Seed list (default)",
  "prices.edition.intercom2026": "Intercom 2026 billing (outcomes)",
};
