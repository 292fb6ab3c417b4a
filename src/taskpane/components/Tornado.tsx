import { tokens } from "@fluentui/react-components";
import { SensitivityResult } from "../../model/volatility";
import { formatCompactMoney, formatWholeMoney, withTrueMinus } from "../format";
import { AXIS_TEXT, useChartStyles } from "./chartParts";

const LOW = tokens.colorPaletteBlueForeground2;
const HIGH = tokens.colorPaletteDarkOrangeForeground2;

interface Props {
  sensitivity: SensitivityResult;
}

const W = 320;
const ROW = 40;
const PAD = { left: 4, right: 4, top: 20, bottom: 6 };

/**
 * Each driver's low and high setting as bars either side of the base P95, widest swing on top. Each
 * driver's name and settings are written in full on a line of their own above its bars (a narrow
 * pane has no room for a label column), and each bar carries its value.
 */
export function Tornado({ sensitivity }: Props) {
  const styles = useChartStyles();
  const { base, entries } = sensitivity;
  const H = PAD.top + entries.length * ROW + PAD.bottom;
  const swing = Math.max(1, ...entries.flatMap((e) => [Math.abs(e.lowValue - base), Math.abs(e.highValue - base)]));
  const mid = PAD.left + (W - PAD.left - PAD.right) / 2;
  // Room either side of the middle for a bar and its value label.
  const half = (W - PAD.left - PAD.right) / 2 - 44;
  const x = (v: number) => mid + ((v - base) / swing) * half;
  const stat = sensitivity.statistic.toUpperCase();
  const description = entries
    .map((e) => withTrueMinus(`${e.driver}: ${e.lowLabel} gives ${formatWholeMoney(e.lowValue)}, ${e.highLabel} gives ${formatWholeMoney(e.highValue)}`))
    .join("; ");
  const bar = (v: number, yTop: number, color: string, label: string) => {
    const end = x(v);
    const left = v < base;
    return (
      <g>
        <rect x={Math.min(end, mid)} width={Math.max(0.5, Math.abs(end - mid))} y={yTop} height={9} fill={color}>
          <title>{`${label}: ${formatWholeMoney(v)}`}</title>
        </rect>
        <text x={left ? Math.min(end, mid) - 3 : Math.max(end, mid) + 3} y={yTop + 8} textAnchor={left ? "end" : "start"} {...AXIS_TEXT} fontSize={8}>
          {formatCompactMoney(v)}
        </text>
      </g>
    );
  };
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tornado-title tornado-desc" data-testid="tornado">
        <title id="tornado-title">{`What moves the ${stat} of total cost (base ${formatWholeMoney(base)})`}</title>
        <desc id="tornado-desc">{description}</desc>
        <text x={mid} y={10} textAnchor="middle" {...AXIS_TEXT}>
          Base {stat} {formatCompactMoney(base)}, US$
        </text>
        {entries.map((e, i) => {
          const yRow = PAD.top + i * ROW;
          return (
            <g key={e.driver}>
              <text x={PAD.left} y={yRow + 9} fontSize={9.5} fill={tokens.colorNeutralForeground1} data-testid="tornado-label">
                {e.driver}
                <tspan fill={tokens.colorNeutralForeground2}>{withTrueMinus(` (${e.lowLabel} / ${e.highLabel})`)}</tspan>
              </text>
              {bar(e.lowValue, yRow + 13, LOW, withTrueMinus(`${e.driver} at ${e.lowLabel}`))}
              {bar(e.highValue, yRow + 24, HIGH, withTrueMinus(`${e.driver} at ${e.highLabel}`))}
              <line x1={mid} x2={mid} y1={yRow + 11} y2={yRow + 35} stroke={tokens.colorNeutralForeground1} strokeWidth={1} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label="Legend">
          <li>
            <span className={styles.swatch} style={{ background: LOW, height: "8px" }} aria-hidden="true" />
            Low setting
          </li>
          <li>
            <span className={styles.swatch} style={{ background: HIGH, height: "8px" }} aria-hidden="true" />
            High setting
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
