import { makeStyles, tokens } from "@fluentui/react-components";
import { ForecastResult } from "../../model/forecast";
import { formatCount } from "../format";

const HISTORY = tokens.colorPaletteBlueForeground2;
const FORECAST = tokens.colorPaletteDarkOrangeForeground2;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "12px", height: "8px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
});

interface Props {
  history: readonly (number | null)[];
  result: ForecastResult;
  confidence: number;
}

const W = 320;
const H = 180;
const PAD = { left: 48, right: 8, top: 8, bottom: 24 };
/** Minimum drawn height of the interval band, in SVG units (the chart is 180 high). */
const BAND_MIN = 3;

/** History, forecast and its prediction interval (a shaded band) as one SVG line chart. */
export function FanChart({ history, result, confidence }: Props) {
  const styles = useStyles();
  const n = history.length;
  const h = result.forecast.length;
  const points = n + h;
  const known = history.filter((v): v is number => v !== null);
  const max = Math.max(1, ...known, ...result.upper);
  const x = (i: number) => PAD.left + (points <= 1 ? 0 : (i / (points - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const pt = (i: number, v: number) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  const lastIndex = history.map((v, i) => (v === null ? -1 : i)).reduce((a, b) => Math.max(a, b), -1);
  const last = lastIndex >= 0 ? (history[lastIndex] as number) : undefined;
  const historyLine = history.flatMap((v, i) => (v === null ? [] : [pt(i, v)])).join(" ");
  const forecastLine = [...(last === undefined ? [] : [pt(lastIndex, last)]), ...result.forecast.map((f, k) => pt(n + k, f))].join(" ");
  // Drawn bounds: the interval, widened symmetrically on screen to at least BAND_MIN px where it is
  // narrower (the numbers in the table and the description stay exact).
  const drawnUpper = result.upper.map((u, k) => Math.min(y(u), y(result.forecast[k]) - BAND_MIN / 2));
  const drawnLower = result.lower.map((l, k) => Math.max(y(l), y(result.forecast[k]) + BAND_MIN / 2));
  const at = (i: number, py: number) => `${x(i).toFixed(1)},${py.toFixed(1)}`;
  const upperLine = drawnUpper.map((py, k) => at(n + k, py)).join(" ");
  const lowerLine = drawnLower.map((py, k) => at(n + k, py)).join(" ");
  const band = [...drawnUpper.map((py, k) => at(n + k, py)), ...drawnLower.map((py, k) => at(n + k, py)).reverse()].join(" ");
  const pct = `${Math.round(confidence * 1000) / 10}%`;
  const description =
    `History of ${n} months, from ${formatCount(known[0] ?? 0)} to ${formatCount(last ?? 0)} conversations. ` +
    `Forecast for ${h} months (${result.description}; ${result.model}), ending at ${formatCount(result.forecast[h - 1])}, ` +
    `with a ${pct} interval from ${formatCount(result.lower[h - 1])} to ${formatCount(result.upper[h - 1])} in the last month.`;
  const ticks = [0, max / 2, max];
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="fan-title fan-desc" data-testid="fan-chart">
        <title id="fan-title">Monthly conversations: history and forecast</title>
        <desc id="fan-desc">{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={tokens.colorNeutralStroke2} strokeWidth={0.5} />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill={tokens.colorNeutralForeground2}>
              {formatCount(t)}
            </text>
          </g>
        ))}
        <line x1={x(n - 0.5)} x2={x(n - 0.5)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralStroke1} strokeDasharray="2 2" strokeWidth={0.75} />
        <text x={PAD.left} y={H - 6} fontSize={9} fill={tokens.colorNeutralForeground2}>
          {n} months ago
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize={9} textAnchor="end" fill={tokens.colorNeutralForeground2}>
          +{h} months
        </text>
        {/* The band is filled and outlined, and at least BAND_MIN px tall, so a narrow interval is still seen. */}
        <polygon points={band} fill={FORECAST} fillOpacity={0.28} stroke="none" data-testid="fan-band" />
        <polyline points={upperLine} fill="none" stroke={FORECAST} strokeWidth={1} strokeOpacity={0.8} data-testid="fan-upper" />
        <polyline points={lowerLine} fill="none" stroke={FORECAST} strokeWidth={1} strokeOpacity={0.8} data-testid="fan-lower" />
        <polyline points={historyLine} fill="none" stroke={HISTORY} strokeWidth={2} />
        <polyline points={forecastLine} fill="none" stroke={FORECAST} strokeWidth={2} strokeDasharray="5 3" />
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label="Legend">
          <li>
            <span className={styles.swatch} style={{ background: HISTORY, height: "3px" }} aria-hidden="true" />
            History
          </li>
          <li>
            <span className={styles.swatch} style={{ background: FORECAST, height: "3px" }} aria-hidden="true" />
            Forecast
          </li>
          <li>
            <span className={styles.swatch} style={{ background: FORECAST, opacity: 0.4, outline: `1px solid ${FORECAST}` }} aria-hidden="true" />
            {pct} interval
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
