import { tokens } from "@fluentui/react-components";
import { addMonths, ScenarioForecast } from "../../model/scenario";
import { monthsBetween, monthTicks, valueTicks } from "../chartAxes";
import { formatCompactMoney, formatMonth, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";
import { AXIS_TEXT, seriesColor, seriesDash, SeriesLegend, useChartStyles, useHoverIndex, YGrid } from "./chartParts";

interface Props {
  forecasts: ScenarioForecast[];
}

const W = 320;
const H = 190;
const PAD = { left: 40, right: 10, top: 16, bottom: 22 };

/**
 * Monthly total cost per scenario as a line chart drawn as SVG (small, no chart library): dated
 * month axis, dollar axis, a legend, the values of the month under the pointer, and the same
 * numbers as a table.
 */
export default function CostChart({ forecasts }: Props) {
  const styles = useChartStyles();
  const t = useT();
  const starts = forecasts.map((f) => f.months[0].month);
  const first = starts.reduce((a, b) => (monthsBetween(a, b) < 0 ? b : a), starts[0]);
  const offsets = forecasts.map((f) => monthsBetween(first, f.months[0].month));
  const count = Math.max(1, ...forecasts.map((f, s) => offsets[s] + f.months.length));
  const ticks = valueTicks(Math.max(1, ...forecasts.flatMap((f) => f.months.map((m) => m.total))));
  const top = ticks[ticks.length - 1];
  const slot = count <= 1 ? 0 : (W - PAD.left - PAD.right) / (count - 1);
  const x = (i: number) => PAD.left + i * slot;
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const hover = useHoverIndex(W, PAD.left, slot, count);
  const costAt = (s: number, i: number) => forecasts[s].months[i - offsets[s]]?.total;
  const summary = forecasts
    .map((f) =>
      t("compare.chart.summary", {
        name: f.scenario.name,
        first: formatWholeMoney(f.months[0].total),
        firstMonth: formatMonth(f.months[0].month),
        last: formatWholeMoney(f.months[f.months.length - 1].total),
        lastMonth: formatMonth(f.months[f.months.length - 1].month),
      }),
    )
    .join("; ");
  const months = Array.from({ length: count }, (_, i) => addMonths(first, i));
  return (
    <figure style={{ margin: 0 }}>
      <div
        className={styles.keys}
        role="group"
        aria-label={t("compare.chart.keys")}
        data-testid="cost-chart-keys"
        {...hover.keyboard}
      >
        <svg
          className={styles.svg}
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby="chart-title chart-desc"
          data-testid="cost-chart"
          onPointerMove={hover.onPointerMove}
          onPointerLeave={hover.onPointerLeave}
        >
          <title id="chart-title">{t("compare.chart.title")}</title>
          <desc id="chart-desc">{summary}</desc>
          <text x={0} y={9} {...AXIS_TEXT}>
            {t("compare.chart.axis")}
          </text>
          <YGrid ticks={ticks} y={y} left={PAD.left} right={W - PAD.right} label={formatCompactMoney} />
          {monthTicks(first, count, 4).map((tick) => (
            <g key={tick.index} data-testid="x-tick">
              <line x1={x(tick.index)} x2={x(tick.index)} y1={H - PAD.bottom} y2={H - PAD.bottom + 3} stroke={tokens.colorNeutralStroke1} />
              <text x={x(tick.index)} y={H - 6} textAnchor={tick.index === 0 ? "start" : "middle"} {...AXIS_TEXT}>
                {formatMonth(months[tick.index])}
              </text>
            </g>
          ))}
          {forecasts.map((f, s) => (
            <polyline
              key={f.scenario.id}
              fill="none"
              stroke={seriesColor(s)}
              strokeWidth={2}
              strokeDasharray={seriesDash(s)}
              points={f.months.map((m, i) => `${x(offsets[s] + i).toFixed(1)},${y(m.total).toFixed(1)}`).join(" ")}
            />
          ))}
          {hover.index !== undefined && (
            <g data-testid="chart-hover">
              <line x1={x(hover.index)} x2={x(hover.index)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground2} strokeWidth={0.75} />
              {forecasts.map((f, s) => {
                const v = costAt(s, hover.index as number);
                return v === undefined ? null : <circle key={f.scenario.id} cx={x(hover.index as number)} cy={y(v)} r={3} fill={seriesColor(s)} />;
              })}
            </g>
          )}
        </svg>
      </div>
      <p className={styles.readout} data-testid="chart-readout" aria-live="polite">
        {hover.index === undefined
          ? t("compare.chart.hint")
          : `${formatMonth(months[hover.index])}: ` +
            forecasts
              .map((f, s) => [f.scenario.name, costAt(s, hover.index as number)] as const)
              .filter(([, v]) => v !== undefined)
              .map(([name, v]) => `${name} ${formatWholeMoney(v as number)}`)
              .join(" · ")}
      </p>
      <figcaption>
        <SeriesLegend className={styles.legend} entries={forecasts.map((f) => ({ key: f.scenario.id, label: f.scenario.name }))} />
      </figcaption>
      <details>
        <summary>{t("compare.chart.numbers")}</summary>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t("compare.chart.tableLabel")}>
          <table className={styles.table} data-testid="cost-chart-table">
            <caption style={{ textAlign: "left" }}>{t("compare.chart.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>
                  {t("compare.chart.month")}
                </th>
                {forecasts.map((f) => (
                  <th scope="col" key={f.scenario.id}>
                    {f.scenario.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((m, i) => (
                <tr key={m}>
                  <th scope="row">{formatMonth(m)}</th>
                  {forecasts.map((f, s) => {
                    const v = costAt(s, i);
                    return (
                      <td key={f.scenario.id} data-value={v ?? ""}>
                        {v === undefined ? "—" : formatWholeMoney(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
