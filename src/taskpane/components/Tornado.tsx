import { makeStyles, tokens } from "@fluentui/react-components";
import { SensitivityResult } from "../../model/volatility";
import { formatCompactMoney, formatWholeMoney } from "../format";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "12px", height: "8px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
});

const LOW = tokens.colorPaletteBlueForeground2;
const HIGH = tokens.colorPaletteDarkOrangeForeground2;

interface Props {
  sensitivity: SensitivityResult;
}

const W = 320;
const ROW = 30;
const LABEL = 112;
const PAD = { right: 8, top: 18, bottom: 6 };

/** Each driver's low and high setting as bars either side of the base P95: widest swing on top. */
export function Tornado({ sensitivity }: Props) {
  const styles = useStyles();
  const { base, entries } = sensitivity;
  const H = PAD.top + entries.length * ROW + PAD.bottom;
  const swing = Math.max(1, ...entries.flatMap((e) => [Math.abs(e.lowValue - base), Math.abs(e.highValue - base)]));
  const mid = LABEL + (W - LABEL - PAD.right) / 2;
  const half = (W - LABEL - PAD.right) / 2 - 2;
  const x = (v: number) => mid + ((v - base) / swing) * half;
  const stat = sensitivity.statistic.toUpperCase();
  const description = entries
    .map((e) => `${e.driver}: ${e.lowLabel} gives ${formatWholeMoney(e.lowValue)}, ${e.highLabel} gives ${formatWholeMoney(e.highValue)}`)
    .join("; ");
  const bar = (v: number, yTop: number, color: string) => (
    <rect x={Math.min(x(v), mid)} width={Math.max(0.5, Math.abs(x(v) - mid))} y={yTop} height={10} fill={color} />
  );
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tornado-title tornado-desc" data-testid="tornado">
        <title id="tornado-title">{`What moves the ${stat} of total cost (base ${formatWholeMoney(base)})`}</title>
        <desc id="tornado-desc">{description}</desc>
        <text x={mid} y={10} fontSize={9} textAnchor="middle" fill={tokens.colorNeutralForeground2}>
          Base {stat} {formatCompactMoney(base)}
        </text>
        {entries.map((e, i) => {
          const yRow = PAD.top + i * ROW;
          return (
            <g key={e.driver}>
              <text x={0} y={yRow + 12} fontSize={9} fill={tokens.colorNeutralForeground1}>
                {e.driver.length > 24 ? `${e.driver.slice(0, 23)}…` : e.driver}
              </text>
              {bar(e.lowValue, yRow + 2, LOW)}
              {bar(e.highValue, yRow + 13, HIGH)}
              <text x={LABEL} y={yRow + 27} fontSize={8} fill={tokens.colorNeutralForeground2}>
                {e.lowLabel} / {e.highLabel}
              </text>
            </g>
          );
        })}
        <line x1={mid} x2={mid} y1={PAD.top - 4} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground1} strokeWidth={1} />
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label="Legend">
          <li>
            <span className={styles.swatch} style={{ background: LOW }} aria-hidden="true" />
            Low setting
          </li>
          <li>
            <span className={styles.swatch} style={{ background: HIGH }} aria-hidden="true" />
            High setting
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
