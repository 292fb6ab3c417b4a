import { Button, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StackComparison } from "../../model/pricebook/compare";
import { readableTop, valueTicks } from "../chartAxes";
import { formatCompactMoney, formatCount, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";
import { AXIS_TEXT, seriesColor, seriesDash, SeriesLegend, useChartStyles, useHoverIndex, YGrid } from "./chartParts";

interface Props {
  comparison: StackComparison;
  label: (stack: string) => string;
  /** The volume compared in the table, marked on the x axis. */
  current: number;
}

const W = 320;
const H = 210;
const PAD = { left: 40, right: 10, top: 16, bottom: 24 };
/** Every how many chart points the table shows a row (the chart has 51). */
const TABLE_EVERY = 5;

/**
 * Total cost over the horizon against steady monthly conversations, one line per stack, with the
 * break-even volumes (where the cheapest stack changes) marked and listed, a keyboard readout, and
 * the same numbers as a table.
 */
export default function StackChart({ comparison, label, current }: Props) {
  const styles = useChartStyles();
  const t = useT();
  const xs = comparison.chart.conversations;
  const lines = comparison.chart.lines;
  const end = xs[xs.length - 1] || 1;
  const [full, setFull] = useState(false);
  const readable = readableTop(lines.map((l) => Math.max(...l.totals)));
  const clipped = !full && readable.offScale.length > 0;
  const ticks = valueTicks(clipped ? readable.top : Math.max(1, ...lines.flatMap((l) => l.totals)));
  const top = ticks[ticks.length - 1];
  const x = (c: number) => PAD.left + (c / end) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const slot = xs.length > 1 ? (W - PAD.left - PAD.right) / (xs.length - 1) : 0;
  const hover = useHoverIndex(W, PAD.left, slot, xs.length);
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(end * f));
  const ranked = (i: number) => lines.map((l) => ({ stack: l.stack, total: l.totals[i] })).sort((a, b) => a.total - b.total);
  const breakEvens = comparison.breakEvens;
  const summary =
    breakEvens.length === 0
      ? t("stacks.chart.summaryNone", { name: label(ranked(0)[0].stack), max: formatCount(end) })
      : breakEvens.map((b) => t("stacks.chart.summaryBreak", { count: formatCount(b.conversations), to: label(b.to), from: label(b.from) })).join("; ");
  const months = String(comparison.months);
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.keys} role="group" aria-label={t("stacks.chart.keys")} data-testid="stack-chart-keys" {...hover.keyboard}>
        <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="stack-chart-title stack-chart-desc" data-testid="stack-chart" onPointerMove={hover.onPointerMove} onPointerLeave={hover.onPointerLeave}>
          <title id="stack-chart-title">{t("stacks.chart.title", { months })}</title>
          <desc id="stack-chart-desc">{summary}</desc>
          <text x={0} y={9} {...AXIS_TEXT}>
            {t("stacks.chart.yAxis", { months })}
          </text>
          <YGrid ticks={ticks} y={y} left={PAD.left} right={W - PAD.right} label={formatCompactMoney} />
          {xTicks.map((c, i) => (
            <g key={c}>
              <line x1={x(c)} x2={x(c)} y1={H - PAD.bottom} y2={H - PAD.bottom + 3} stroke={tokens.colorNeutralStroke1} />
              <text x={x(c)} y={H - 12} textAnchor={i === 0 ? "start" : i === xTicks.length - 1 ? "end" : "middle"} {...AXIS_TEXT}>
                {formatCount(c)}
              </text>
            </g>
          ))}
          <text x={W - PAD.right} y={H - 2} textAnchor="end" {...AXIS_TEXT}>
            {t("stacks.chart.xAxis")}
          </text>
          <clipPath id="stack-chart-plot">
            <rect x={PAD.left} y={PAD.top - 2} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom + 2} />
          </clipPath>
          {lines.map((l, s) => (
            <polyline
              key={l.stack}
              clipPath="url(#stack-chart-plot)"
              fill="none"
              stroke={seriesColor(s)}
              strokeWidth={1.5}
              strokeDasharray={seriesDash(s)}
              points={l.totals.map((v, i) => `${x(xs[i]).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
            />
          ))}
          {breakEvens.map((b, i) => (
            <g key={`${b.conversations}-${b.to}`} data-testid="break-even-mark">
              <line x1={x(b.conversations)} x2={x(b.conversations)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground1} strokeWidth={0.75} strokeDasharray="2 2" />
              <text x={x(b.conversations) + 2} y={PAD.top + 8 + (i % 3) * 9} {...AXIS_TEXT} fill={tokens.colorNeutralForeground1}>
                {i + 1}
              </text>
            </g>
          ))}
          {current <= end && <line x1={x(current)} x2={x(current)} y1={H - PAD.bottom - 6} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground1} strokeWidth={2} />}
          {hover.index !== undefined && (
            <g data-testid="stack-chart-hover">
              <line x1={x(xs[hover.index])} x2={x(xs[hover.index])} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground2} strokeWidth={0.75} />
              {lines.map((l, s) => (
                <circle key={l.stack} cx={x(xs[hover.index as number])} cy={y(l.totals[hover.index as number])} r={2.5} fill={seriesColor(s)} />
              ))}
            </g>
          )}
        </svg>
      </div>
      <p className={styles.readout} data-testid="stack-chart-readout" aria-live="polite">
        {hover.index === undefined
          ? t("stacks.chart.readoutIdle")
          : t("stacks.chart.readoutAt", {
              count: formatCount(xs[hover.index]),
              list: ranked(hover.index)
                .slice(0, 3)
                .map((r) => `${label(r.stack)} ${formatWholeMoney(r.total)}`)
                .join(" · "),
            })}
      </p>
      {readable.offScale.length > 0 && (
        <p className={styles.readout} data-testid="stack-chart-scale">
          {clipped
            ? t("stacks.chart.offScale", { list: readable.offScale.map((i) => t("stacks.chart.offScaleItem", { name: label(lines[i].stack), max: formatCompactMoney(Math.max(...lines[i].totals)) })).join(", ") })
            : t("stacks.chart.oneScale")}{" "}
          <Button size="small" appearance="subtle" onClick={() => setFull(!full)} data-testid="stack-chart-full-scale">
            {clipped ? t("stacks.chart.showFull") : t("stacks.chart.fitCheaper")}
          </Button>
        </p>
      )}
      <figcaption>
        <SeriesLegend className={styles.legend} entries={lines.map((l) => ({ key: l.stack, label: label(l.stack) }))} />
        <h3 style={{ fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` }}>{t("stacks.chart.breakEvens")}</h3>
        {breakEvens.length === 0 ? (
          <p data-testid="break-evens-none" style={{ margin: 0 }}>
            {t("stacks.chart.none", { max: formatCount(end), name: label(ranked(0)[0].stack) })}
          </p>
        ) : (
          <ol data-testid="break-evens" style={{ margin: 0, paddingLeft: "1.5em" }}>
            {breakEvens.map((b) => (
              <li key={`${b.conversations}-${b.to}`} data-conversations={b.conversations} data-to={b.to}>
                {t("stacks.chart.breakEven", { count: formatCount(b.conversations), to: label(b.to), from: label(b.from) })}
              </li>
            ))}
          </ol>
        )}
      </figcaption>
      <details>
        <summary>{t("charts.numbers")}</summary>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t("stacks.chart.tableRegion")}>
          <table className={styles.table} data-testid="stack-chart-table">
            <caption style={{ textAlign: "left" }}>{t("stacks.chart.tableCaption", { months })}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>
                  {t("stacks.chart.conversationsCol")}
                </th>
                {lines.map((l) => (
                  <th scope="col" key={l.stack}>
                    {label(l.stack)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xs.map((c, i) =>
                i % TABLE_EVERY === 0 ? (
                  <tr key={c}>
                    <th scope="row">{formatCount(c)}</th>
                    {lines.map((l) => (
                      <td key={l.stack} data-value={l.totals[i]}>
                        {formatWholeMoney(l.totals[i])}
                      </td>
                    ))}
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
