import { tokens } from "@fluentui/react-components";
import type { VarianceRow } from "../../model/actuals/variance";
import { formatCompactMoney, formatDifference, formatMoney, formatMonth } from "../format";
import { useT } from "../i18n/I18n";
import { AXIS_TEXT, useChartStyles } from "./chartParts";

const W = 320;
const H = 190;
const TOP = 18;
const BOTTOM = 34;
const LEFT = 8;
const RIGHT = 8;

interface Props {
  rows: readonly VarianceRow[];
  /** The row the waterfall shows. */
  row: VarianceRow;
  /** "YYYY-MM" of each month row, in order. */
  months: readonly string[];
}

/**
 * The variance as a waterfall, hand-drawn like the pane's other charts: planned cost, the three
 * effects floating from where the one before left off, and the invoice. The same numbers, month by
 * month and year to date, are in the "Chart numbers" table under it.
 */
export default function MonthEndChart({ rows, row, months }: Props) {
  const t = useT();
  const styles = useChartStyles();
  const label = (r: VarianceRow) => (r.month === "YTD" ? t("monthEnd.ytd") : formatMonth(months[r.month - 1] ?? String(r.month)));
  const steps = [
    { key: "planned", name: t("monthEnd.planned"), from: 0, to: row.planned, total: true },
    { key: "volume", name: t("monthEnd.volumeEffect"), from: row.planned, to: row.planned + row.volumeEffect, total: false },
    { key: "rate", name: t("monthEnd.rateEffect"), from: row.planned + row.volumeEffect, to: row.modelled, total: false },
    { key: "billing", name: t("monthEnd.billingEffect"), from: row.modelled, to: row.invoice, total: false },
    { key: "invoice", name: t("monthEnd.invoice"), from: 0, to: row.invoice, total: true },
  ];
  const max = Math.max(1, ...steps.map((s) => Math.max(s.from, s.to)));
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const slot = (W - LEFT - RIGHT) / steps.length;
  const barW = slot * 0.62;
  const color = (s: (typeof steps)[number]) =>
    s.total ? tokens.colorBrandBackground : s.to > s.from ? tokens.colorPaletteRedForeground2 : s.to < s.from ? tokens.colorPaletteGreenForeground2 : tokens.colorNeutralStroke1;
  const aria = t("monthEnd.chartLabel", {
    period: label(row),
    planned: formatMoney(row.planned),
    volume: formatDifference(row.volumeEffect),
    rate: formatDifference(row.rateEffect),
    billing: formatDifference(row.billingEffect),
    invoice: formatMoney(row.invoice),
  });
  return (
    <>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={aria} data-testid="month-end-chart">
        <line x1={LEFT} x2={W - RIGHT} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} strokeWidth={0.75} />
        {steps.map((s, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          const top = y(Math.max(s.from, s.to));
          const height = Math.max(0.75, Math.abs(y(s.from) - y(s.to)));
          const value = s.total ? formatCompactMoney(s.to) : formatDifference(s.to - s.from);
          return (
            <g key={s.key} data-step={s.key} data-value={s.total ? s.to : Math.round((s.to - s.from) * 100) / 100}>
              <rect x={x} y={top} width={barW} height={height} fill={color(s)} rx={1} />
              {i < steps.length - 1 && <line x1={x + barW} x2={x + slot} y1={y(s.to)} y2={y(s.to)} stroke={tokens.colorNeutralStroke1} strokeDasharray="2 2" strokeWidth={0.75} />}
              <text x={x + barW / 2} y={top - 4} textAnchor="middle" {...AXIS_TEXT} fill={tokens.colorNeutralForeground1}>
                {value}
              </text>
              {s.name.split(" ").reduce<string[]>((lines, word) => {
                // Two short lines under each bar: "Volume" / "effect".
                if (lines.length === 0 || (lines.length < 2 && lines[lines.length - 1].length + word.length > 9)) lines.push(word);
                else lines[lines.length - 1] += ` ${word}`;
                return lines;
              }, []).map((line, k) => (
                <text key={k} x={x + barW / 2} y={H - BOTTOM + 12 + k * 10} textAnchor="middle" {...AXIS_TEXT}>
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t("monthEnd.chartNumbers")}</summary>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t("monthEnd.tableLabel")}>
          <table className={styles.table} data-testid="variance-table">
            <caption style={{ textAlign: "left" }}>{t("monthEnd.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>
                  {t("monthEnd.month")}
                </th>
                <th scope="col">{t("monthEnd.planned")}</th>
                <th scope="col">{t("monthEnd.volumeEffect")}</th>
                <th scope="col">{t("monthEnd.rateEffect")}</th>
                <th scope="col">{t("monthEnd.billingEffect")}</th>
                <th scope="col">{t("monthEnd.invoice")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r.month)} data-testid="variance-row" data-month={String(r.month)}>
                  <th scope="row">{label(r)}</th>
                  <td data-value={r.planned}>{formatMoney(r.planned)}</td>
                  <td data-value={r.volumeEffect}>{formatMoney(r.volumeEffect)}</td>
                  <td data-value={r.rateEffect}>{formatMoney(r.rateEffect)}</td>
                  <td data-value={r.billingEffect}>{formatMoney(r.billingEffect)}</td>
                  <td data-value={r.invoice}>{formatMoney(r.invoice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
