/** How the pane shows numbers: US dollars (the catalog's currency), counts and percentages. */
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatMoney(value: number | undefined): string {
  return value === undefined ? "—" : money.format(value);
}

export function formatWholeMoney(value: number): string {
  return wholeMoney.format(value);
}

export function formatCount(value: number): string {
  return count.format(value);
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? "—" : percent.format(fraction);
}

/** "+$1,234.00" / "−$1,234.00": a difference with its sign. */
export function formatDifference(value: number): string {
  if (Math.abs(value) < 0.5) return wholeMoney.format(0);
  return `${value > 0 ? "+" : "−"}${wholeMoney.format(Math.abs(value))}`;
}

/** Editable text for a number: no grouping, up to 4 decimals. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Math.round(value * 10_000) / 10_000);
}

const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });

/** "$412.3K", "$1.2M": for chart labels, where space is short. */
export function formatCompactMoney(value: number): string {
  return compactMoney.format(value);
}
