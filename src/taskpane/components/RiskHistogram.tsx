import { makeStyles, tokens } from "@fluentui/react-components";
import { CostHistogram } from "../../model/volatility";
import { formatCompactMoney, formatPercent, formatWholeMoney } from "../format";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
});

interface Props {
  histogram: CostHistogram;
  budget: number | null;
  p95: number;
  paths: number;
}

const W = 320;
const H = 170;
const PAD = { left: 8, right: 8, top: 14, bottom: 24 };

/** How the simulated futures' total cost spreads, as bars, with the budget and P95 marked. */
export function RiskHistogram({ histogram, budget, p95, paths }: Props) {
  const styles = useStyles();
  const { edges, counts } = histogram;
  const lo = Math.min(edges[0], budget ?? Infinity);
  const hi = Math.max(edges[edges.length - 1], budget ?? -Infinity);
  const span = hi - lo || 1;
  const x = (v: number) => PAD.left + ((v - lo) / span) * (W - PAD.left - PAD.right);
  const top = Math.max(1, ...counts);
  const y = (c: number) => PAD.top + (1 - c / top) * (H - PAD.top - PAD.bottom);
  const mode = counts.indexOf(top);
  const description =
    `${paths.toLocaleString("en-US")} simulated totals from ${formatWholeMoney(edges[0])} to ${formatWholeMoney(edges[edges.length - 1])}; ` +
    `most between ${formatWholeMoney(edges[mode])} and ${formatWholeMoney(edges[mode + 1])}. P95 ${formatWholeMoney(p95)}` +
    (budget === null ? "." : `; budget ${formatWholeMoney(budget)}.`);
  const marker = (v: number, label: string, color: string, dash?: string, anchorEnd = false) => (
    <g>
      <line x1={x(v)} x2={x(v)} y1={PAD.top - 4} y2={H - PAD.bottom} stroke={color} strokeWidth={1.5} strokeDasharray={dash} />
      <text x={x(v) + (anchorEnd ? -3 : 3)} y={PAD.top + 4} fontSize={9} textAnchor={anchorEnd ? "end" : "start"} fill={color}>
        {label}
      </text>
    </g>
  );
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="hist-title hist-desc" data-testid="risk-histogram">
        <title id="hist-title">Total cost over the horizon: simulated futures</title>
        <desc id="hist-desc">{description}</desc>
        {counts.map((c, i) => (
          <rect
            key={i}
            x={x(edges[i]) + 0.25}
            width={Math.max(0.5, x(edges[i + 1]) - x(edges[i]) - 0.5)}
            y={y(c)}
            height={H - PAD.bottom - y(c)}
            fill={budget !== null && edges[i] >= budget ? tokens.colorPaletteRedForeground2 : tokens.colorPaletteBlueForeground2}
          >
            <title>{`${formatWholeMoney(edges[i])}–${formatWholeMoney(edges[i + 1])}: ${formatPercent(c / paths)} of futures`}</title>
          </rect>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke={tokens.colorNeutralStroke1} />
        {marker(p95, "P95", tokens.colorNeutralForeground1, "3 2", budget !== null && budget > p95)}
        {budget !== null && marker(budget, "Budget", tokens.colorPaletteRedForeground2, undefined, budget <= p95)}
        <text x={PAD.left} y={H - 6} fontSize={9} fill={tokens.colorNeutralForeground2}>
          {formatCompactMoney(lo)}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize={9} textAnchor="end" fill={tokens.colorNeutralForeground2}>
          {formatCompactMoney(hi)}
        </text>
      </svg>
    </figure>
  );
}
