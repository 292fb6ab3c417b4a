/**
 * How the pane shows numbers: US dollars (the catalog's currency), counts and percentages. Negative
 * numbers always carry a true minus sign "−" (U+2212), as in print, never a hyphen: "−$56,213", "−38.8%".
 * Editable text (numberText) keeps the hyphen, which is what people type.
 */
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Intl writes a hyphen-minus for negatives; the pane shows a true minus. */
function trueMinus(text: string): string {
  return text.replace(/-/g, "\u2212");
}

export function formatMoney(value: number | undefined): string {
  return value === undefined ? "—" : trueMinus(money.format(value));
}

export function formatWholeMoney(value: number): string {
  return trueMinus(wholeMoney.format(value));
}

export function formatCount(value: number): string {
  return trueMinus(count.format(value));
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? "—" : trueMinus(percent.format(fraction));
}

/** "+$1,234" / "−$1,234" / "$0": a difference with its sign, in whole dollars. */
export function formatDifference(value: number): string {
  if (Math.abs(value) < 0.5) return wholeMoney.format(0);
  return `${value > 0 ? "+" : "\u2212"}${wholeMoney.format(Math.abs(value))}`;
}

/** "+82.5%" / "−38.8%" / "0.0%": a relative difference with its sign, like formatDifference. */
export function formatPercentDifference(fraction: number | undefined): string {
  if (fraction === undefined) return "—";
  if (Math.abs(fraction) < 0.0005) return percent.format(0);
  return `${fraction > 0 ? "+" : "\u2212"}${percent.format(Math.abs(fraction))}`;
}

/** Editable text for a number: no grouping, up to 4 decimals. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Math.round(value * 10_000) / 10_000);
}

const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });

/** "$412.3K", "$1.2M": for chart labels, where space is short. */
export function formatCompactMoney(value: number): string {
  return trueMinus(compactMoney.format(value));
}

/** Text from elsewhere (the model's labels, "-20%") with a true minus before each negative number. */
export function withTrueMinus(text: string): string {
  return text.replace(/(^|[\s(/])-(?=[\d.$])/g, "$1\u2212");
}
