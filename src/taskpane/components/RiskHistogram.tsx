import { tokens } from "@fluentui/react-components";
import { CostHistogram } from "../../model/volatility";
import { valueTicks } from "../chartAxes";
import { formatCompactMoney, formatCount, formatPercent, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";
import { AXIS_TEXT, useChartStyles, useHoverIndex } from "./chartParts";

interface Props {
  histogram: CostHistogram;
  budget: number | null;
  p95: number;
  paths: number;
}

const W = 320;
const H = 190;
/** The markers' labels sit in two lanes above the bars (top), never on them. */
const LANE = [10, 21];
const PAD = { left: 8, right: 8, top: 28, bottom: 34 };

/**
 * How the simulated futures' total cost spreads, as bars on a dollar axis, with the budget and P95
 * marked by lines whose labels sit above the bars (in two lanes when they are close). The bar under
 * the pointer is read out below the chart.
 */
export function RiskHistogram({ histogram, budget, p95, paths }: Props) {
  const styles = useChartStyles();
  const t = useT();
  const { edges, counts } = histogram;
  const lo = Math.min(edges[0], budget ?? Infinity);
  const hi = Math.max(edges[edges.length - 1], budget ?? -Infinity);
  const span = hi - lo || 1;
  const x = (v: number) => PAD.left + ((v - lo) / span) * (W - PAD.left - PAD.right);
  const top = Math.max(1, ...counts);
  const base = H - PAD.bottom;
  const y = (c: number) => PAD.top + (1 - c / top) * (base - PAD.top);
  const mode = counts.indexOf(top);
  const binWidth = x(edges[1]) - x(edges[0]);
  const hover = useHoverIndex(W, x(edges[0]) + binWidth / 2, binWidth, counts.length);
  const description =
    t("volatility.hist.desc", {
      paths: formatCount(paths),
      from: formatWholeMoney(edges[0]),
      to: formatWholeMoney(edges[edges.length - 1]),
      modeFrom: formatWholeMoney(edges[mode]),
      modeTo: formatWholeMoney(edges[mode + 1]),
      p95: formatWholeMoney(p95),
    }) + (budget === null ? t("volatility.hist.descEnd") : t("volatility.hist.descBudget", { budget: formatWholeMoney(budget) }));
  // Two markers closer than a label's width go in separate lanes.
  const markers = [
    { key: "p95", value: p95, label: `P95 ${formatCompactMoney(p95)}`, color: tokens.colorNeutralForeground1, dash: "3 2" },
    ...(budget === null ? [] : [{ key: "budget", value: budget, label: t("volatility.hist.budgetMarker", { value: formatCompactMoney(budget) }), color: tokens.colorPaletteRedForeground2, dash: undefined }]),
  ].sort((a, b) => a.value - b.value);
  const close = markers.length === 2 && x(markers[1].value) - x(markers[0].value) < 90;
  const xTicks = valueTicks(hi, lo, 3).filter((t) => t >= lo && t <= hi);
  return (
    <figure style={{ margin: 0 }}>
      <div
        className={styles.keys}
        role="group"
        aria-label={t("volatility.hist.keys")}
        data-testid="risk-histogram-keys"
        {...hover.keyboard}
      >
        <svg
          className={styles.svg}
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby="hist-title hist-desc"
          data-testid="risk-histogram"
          onPointerMove={hover.onPointerMove}
          onPointerLeave={hover.onPointerLeave}
        >
          <title id="hist-title">{t("volatility.hist.title")}</title>
          <desc id="hist-desc">{description}</desc>
          {counts.map((c, i) => (
            <rect
              key={i}
              data-testid="histogram-bar"
              x={x(edges[i]) + 0.25}
              width={Math.max(0.5, x(edges[i + 1]) - x(edges[i]) - 0.5)}
              y={y(c)}
              height={base - y(c)}
              fill={budget !== null && edges[i] >= budget ? tokens.colorPaletteRedForeground2 : tokens.colorPaletteBlueForeground2}
              fillOpacity={hover.index === undefined || hover.index === i ? 1 : 0.55}
            />
          ))}
          <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} stroke={tokens.colorNeutralStroke1} />
          {xTicks.map((t) => (
            <g key={t} data-testid="x-tick">
              <line x1={x(t)} x2={x(t)} y1={base} y2={base + 3} stroke={tokens.colorNeutralStroke1} />
              <text x={x(t)} y={base + 13} textAnchor={x(t) < 30 ? "start" : x(t) > W - 30 ? "end" : "middle"} {...AXIS_TEXT}>
                {formatCompactMoney(t)}
              </text>
            </g>
          ))}
          <text x={W / 2} y={H - 3} textAnchor="middle" {...AXIS_TEXT}>
            {t("volatility.hist.axis")}
          </text>
          {markers.map((m, i) => {
            const lane = close ? LANE[i] : LANE[1];
            const right = x(m.value) > W - 70;
            return (
              <g key={m.key} data-testid={`marker-${m.key}`}>
                <line x1={x(m.value)} x2={x(m.value)} y1={lane + 3} y2={base} stroke={m.color} strokeWidth={1.5} strokeDasharray={m.dash} />
                <text data-testid={`marker-label-${m.key}`} x={x(m.value) + (right ? -3 : 3)} y={lane} fontSize={9} textAnchor={right ? "end" : "start"} fill={m.color}>
                  {m.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className={styles.readout} data-testid="chart-readout" aria-live="polite">
        {hover.index === undefined
          ? t("volatility.hist.readoutIdle")
          : t("volatility.hist.readout", { from: formatWholeMoney(edges[hover.index]), to: formatWholeMoney(edges[hover.index + 1]), pct: formatPercent(counts[hover.index] / paths) })}
      </p>
    </figure>
  );
}
