import { tokens } from "@fluentui/react-components";
import { ForecastResult } from "../../model/forecast";
import { addMonths } from "../../model/scenario";
import { forecastDescription } from "../analysis";
import { monthTicks, valueTicks } from "../chartAxes";
import { formatCount, formatMonth } from "../format";
import { useLanguage, useT } from "../i18n/I18n";
import { AXIS_TEXT, useChartStyles, useHoverIndex, YGrid } from "./chartParts";

const HISTORY = tokens.colorPaletteBlueForeground2;
const FORECAST = tokens.colorPaletteDarkOrangeForeground2;

interface Props {
  history: readonly (number | null)[];
  result: ForecastResult;
  confidence: number;
  /** The forecast's first month ("2027-01"): the history ends the month before. Without it, months are numbered. */
  firstForecastMonth?: string;
}

const W = 320;
const H = 190;
const PAD = { left: 40, right: 10, top: 16, bottom: 22 };
/** Minimum drawn height of the interval band, in SVG units, so even a narrow interval is visible. */
const BAND_MIN = 3;

/** History, forecast and its prediction interval (a shaded band) as one SVG line chart, on a dated month axis. */
export function FanChart({ history, result, confidence, firstForecastMonth }: Props) {
  const styles = useChartStyles();
  const t = useT();
  const english = useLanguage().locale === "en";
  const n = history.length;
  const h = result.forecast.length;
  const points = n + h;
  const known = history.filter((v): v is number => v !== null);
  const ticks = valueTicks(Math.max(1, ...known, ...result.upper));
  const max = ticks[ticks.length - 1];
  const slot = points <= 1 ? 0 : (W - PAD.left - PAD.right) / (points - 1);
  const x = (i: number) => PAD.left + i * slot;
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const pt = (i: number, v: number) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  const hover = useHoverIndex(W, PAD.left, slot, points);
  const firstMonth = firstForecastMonth ? addMonths(firstForecastMonth, -n) : undefined;
  const labelOf = (i: number) => (firstMonth ? formatMonth(addMonths(firstMonth, i)) : t("forecast.monthN", { n: i < n ? String(i - n) : `+${i - n + 1}` }));
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
  const historyValues = { months: String(n), month: labelOf(0), first: formatCount(known[0] ?? 0), last: formatCount(last ?? 0) };
  const forecastValues = { months: String(h), month: labelOf(points - 1), description: forecastDescription(result, t, english), model: result.model, end: formatCount(result.forecast[h - 1]) };
  const description = [
    t(firstMonth ? "forecast.chart.descHistoryFrom" : "forecast.chart.descHistory", historyValues),
    t(firstMonth ? "forecast.chart.descForecastTo" : "forecast.chart.descForecast", forecastValues),
    t("forecast.chart.descInterval", { pct, lower: formatCount(result.lower[h - 1]), upper: formatCount(result.upper[h - 1]) }),
  ].join(" ");
  const xTicks = firstMonth
    ? monthTicks(firstMonth, points, 4)
    : [
        { index: 0, label: labelOf(0) },
        { index: points - 1, label: labelOf(points - 1) },
      ];
  const readout = (i: number) => {
    if (i < n) {
      const value = history[i] === null ? t("forecast.chart.blank") : t("forecast.chart.conversations", { count: formatCount(history[i] as number) });
      return t("forecast.chart.readoutHistory", { month: labelOf(i), value });
    }
    const k = i - n;
    return t("forecast.chart.readoutForecast", { month: labelOf(i), forecast: formatCount(result.forecast[k]), pct, lower: formatCount(result.lower[k]), upper: formatCount(result.upper[k]) });
  };
  return (
    <figure style={{ margin: 0 }}>
      <div
        className={styles.keys}
        role="group"
        aria-label={t("forecast.chart.keys")}
        data-testid="fan-chart-keys"
        {...hover.keyboard}
      >
        <svg
          className={styles.svg}
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby="fan-title fan-desc"
          data-testid="fan-chart"
          onPointerMove={hover.onPointerMove}
          onPointerLeave={hover.onPointerLeave}
        >
          <title id="fan-title">{t("forecast.chart.title")}</title>
          <desc id="fan-desc">{description}</desc>
          <text x={0} y={9} {...AXIS_TEXT}>
            {t("forecast.chart.yAxis")}
          </text>
          <YGrid ticks={ticks} y={y} left={PAD.left} right={W - PAD.right} label={formatCount} />
          {xTicks.map((t) => (
            <g key={t.index} data-testid="x-tick">
              <line x1={x(t.index)} x2={x(t.index)} y1={H - PAD.bottom} y2={H - PAD.bottom + 3} stroke={tokens.colorNeutralStroke1} />
              <text x={x(t.index)} y={H - 6} textAnchor={t.index === 0 ? "start" : t.index === points - 1 ? "end" : "middle"} {...AXIS_TEXT}>
                {t.label}
              </text>
            </g>
          ))}
          <line x1={x(n - 0.5)} x2={x(n - 0.5)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralStroke1} strokeDasharray="2 2" strokeWidth={0.75} />
          <polygon points={band} fill={FORECAST} fillOpacity={0.18} stroke="none" data-testid="fan-band" />
          {/* The interval's edges, outlined so the band reads even where it is narrow. */}
          <polyline points={upperLine} fill="none" stroke={FORECAST} strokeOpacity={0.6} strokeWidth={1} strokeDasharray="3 2" />
          <polyline points={lowerLine} fill="none" stroke={FORECAST} strokeOpacity={0.6} strokeWidth={1} strokeDasharray="3 2" />
          <polyline points={historyLine} fill="none" stroke={HISTORY} strokeWidth={2} />
          <polyline points={forecastLine} fill="none" stroke={FORECAST} strokeWidth={2} strokeDasharray="5 3" />
          {hover.index !== undefined && (
            <line x1={x(hover.index)} x2={x(hover.index)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground2} strokeWidth={0.75} data-testid="chart-hover" />
          )}
        </svg>
      </div>
      <p className={styles.readout} data-testid="chart-readout" aria-live="polite">
        {hover.index === undefined ? t("forecast.chart.readoutIdle") : readout(hover.index)}
      </p>
      <figcaption>
        <ul className={styles.legend} aria-label={t("charts.legend")}>
          <li>
            <span className={styles.swatch} style={{ background: HISTORY }} aria-hidden="true" />
            {t("forecast.chart.history")}
          </li>
          <li>
            <span className={styles.swatch} style={{ background: FORECAST }} aria-hidden="true" />
            {t("forecast.chart.forecast")}
          </li>
          <li>
            <span className={styles.swatch} style={{ background: FORECAST, opacity: 0.3, height: "8px" }} aria-hidden="true" />
            {t("forecast.chart.interval", { pct })}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
