import { makeStyles, tokens } from "@fluentui/react-components";
import { monthLabel, ScenarioForecast } from "../../model/scenario";
import { formatWholeMoney } from "../format";

/** Series colours that keep contrast on light and dark backgrounds. */
const COLORS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteMarigoldForeground2,
];

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "12px", height: "3px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
});

interface Props {
  forecasts: ScenarioForecast[];
}

const W = 320;
const H = 180;
const PAD = { left: 52, right: 8, top: 8, bottom: 24 };

/** Monthly total cost per scenario as a line chart, drawn as SVG (small, no chart library). */
export default function CostChart({ forecasts }: Props) {
  const styles = useStyles();
  const months = Math.max(...forecasts.map((f) => f.months.length));
  const max = Math.max(1, ...forecasts.flatMap((f) => f.months.map((m) => m.total)));
  const x = (i: number) => PAD.left + (months <= 1 ? 0 : (i / (months - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const ticks = [0, max / 2, max];
  const first = forecasts[0]?.months;
  const summary = forecasts
    .map((f) => `${f.scenario.name}: from ${formatWholeMoney(f.months[0].total)} to ${formatWholeMoney(f.months[f.months.length - 1].total)} a month`)
    .join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" data-testid="cost-chart">
        <title id="chart-title">Monthly cost by scenario</title>
        <desc id="chart-desc">{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={tokens.colorNeutralStroke2} strokeWidth={0.5} />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill={tokens.colorNeutralForeground2}>
              {formatWholeMoney(t)}
            </text>
          </g>
        ))}
        {first && (
          <>
            <text x={x(0)} y={H - 6} fontSize={9} fill={tokens.colorNeutralForeground2}>
              {monthLabel(first[0].month)}
            </text>
            <text x={x(months - 1)} y={H - 6} fontSize={9} textAnchor="end" fill={tokens.colorNeutralForeground2}>
              Month {months}
            </text>
          </>
        )}
        {forecasts.map((f, s) => (
          <polyline
            key={f.scenario.id}
            fill="none"
            stroke={COLORS[s % COLORS.length]}
            strokeWidth={2}
            strokeDasharray={s >= COLORS.length ? "4 2" : undefined}
            points={f.months.map((m, i) => `${x(i).toFixed(1)},${y(m.total).toFixed(1)}`).join(" ")}
          />
        ))}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label="Legend">
          {forecasts.map((f, s) => (
            <li key={f.scenario.id}>
              <span className={styles.swatch} style={{ background: COLORS[s % COLORS.length] }} aria-hidden="true" />
              {f.scenario.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
