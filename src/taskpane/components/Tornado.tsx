import { tokens } from "@fluentui/react-components";
import { SensitivityResult } from "../../model/volatility";
import { formatCompactMoney, formatWholeMoney, withTrueMinus } from "../format";
import type { MessageKey } from "../i18n/en";
import { Translate, useT } from "../i18n/I18n";
import { AXIS_TEXT, useChartStyles } from "./chartParts";

/**
 * The sensitivity's drivers (model/volatility/sensitivity.ts names each in English) by their name;
 * a driver the pane does not know keeps the model's English name.
 */
const DRIVERS: Record<string, MessageKey> = {
  "Expected conversations": "volatility.driver.expectedConversations",
  "Expected resolutions": "volatility.driver.expectedResolutions",
  "Forecast conversations": "volatility.driver.forecastConversations",
  "Forecast resolutions": "volatility.driver.forecastResolutions",
  "Volatility (CV)": "volatility.driver.cv",
  "Interval width": "volatility.driver.intervalWidth",
  "Month-to-month correlation": "volatility.driver.correlation",
  "AI price": "volatility.driver.aiPrice",
  "AI monthly minimum": "volatility.driver.aiMinimum",
  "Included AI units": "volatility.driver.included",
  "AI spend cap": "volatility.driver.spendCap",
  Seats: "volatility.driver.seats",
  "AI resolution rate": "volatility.driver.resolution",
  "AI involvement": "volatility.driver.involvement",
  "Reversed assumed resolutions": "volatility.driver.reversed",
  "Uncertainty of the resolution rate": "volatility.driver.resolutionSd",
  "Exchange-rate volatility": "volatility.driver.fxVolatility",
};

/** A driver's name in `t`'s language. */
export function driverText(driver: string, t: Translate): string {
  const key = DRIVERS[driver];
  if (key) return t(key);
  const fx = /^Exchange rate \(USD→(.+)\)$/.exec(driver);
  if (fx) return t("volatility.driver.fx", { currency: fx[1] === "the currency" ? t("volatility.driver.fxCurrency") : fx[1] });
  return driver;
}

const FIXED_SETTINGS: Record<string, MessageKey> = {
  "No minimum": "volatility.setting.noMinimum",
  "None included": "volatility.setting.noneIncluded",
  "Twice as many": "volatility.setting.twice",
  "None reversed": "volatility.setting.noneReversed",
};

/** A driver's low or high setting in `t`'s language ("-20%", "CV 0.1" and "0.3" need no words), with true minus signs. */
export function settingText(label: string, t: Translate): string {
  const key = FIXED_SETTINGS[label];
  let m: RegExpExecArray | null;
  let text = label;
  if (key) text = t(key);
  else if ((m = /^Minimum (\S+)$/.exec(label))) text = t("volatility.setting.minimum", { amount: m[1] });
  else if ((m = /^Cap (\S+)$/.exec(label))) text = t("volatility.setting.cap", { amount: m[1] });
  else if ((m = /^(\d+) seats?$/.exec(label))) text = t("volatility.setting.seats", { count: Number(m[1]) });
  else if ((m = /^(\S+)% a year$/.exec(label))) text = t("volatility.setting.perYear", { pct: m[1] });
  return withTrueMinus(text);
}

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
  const t = useT();
  const { base, entries } = sensitivity;
  const H = PAD.top + entries.length * ROW + PAD.bottom;
  const swing = Math.max(1, ...entries.flatMap((e) => [Math.abs(e.lowValue - base), Math.abs(e.highValue - base)]));
  const mid = PAD.left + (W - PAD.left - PAD.right) / 2;
  // Room either side of the middle for a bar and its value label.
  const half = (W - PAD.left - PAD.right) / 2 - 44;
  const x = (v: number) => mid + ((v - base) / swing) * half;
  const stat = sensitivity.statistic.toUpperCase();
  const named = entries.map((e) => ({ ...e, name: driverText(e.driver, t), low: settingText(e.lowLabel, t), high: settingText(e.highLabel, t) }));
  const description = named
    .map((e) => t("volatility.tornado.descItem", { driver: e.name, low: e.low, lowValue: formatWholeMoney(e.lowValue), high: e.high, highValue: formatWholeMoney(e.highValue) }))
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
        <title id="tornado-title">{t("volatility.tornado.title", { stat, base: formatWholeMoney(base) })}</title>
        <desc id="tornado-desc">{description}</desc>
        <text x={mid} y={10} textAnchor="middle" {...AXIS_TEXT}>
          {t("volatility.tornado.axis", { stat, base: formatCompactMoney(base) })}
        </text>
        {named.map((e, i) => {
          const yRow = PAD.top + i * ROW;
          return (
            <g key={e.driver}>
              <text x={PAD.left} y={yRow + 9} fontSize={9.5} fill={tokens.colorNeutralForeground1} data-testid="tornado-label">
                {e.name}
                <tspan fill={tokens.colorNeutralForeground2}>{` (${e.low} / ${e.high})`}</tspan>
              </text>
              {bar(e.lowValue, yRow + 13, LOW, t("volatility.tornado.barAt", { driver: e.name, setting: e.low }))}
              {bar(e.highValue, yRow + 24, HIGH, t("volatility.tornado.barAt", { driver: e.name, setting: e.high }))}
              <line x1={mid} x2={mid} y1={yRow + 11} y2={yRow + 35} stroke={tokens.colorNeutralForeground1} strokeWidth={1} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label={t("charts.legend")}>
          <li>
            <span className={styles.swatch} style={{ background: LOW, height: "8px" }} aria-hidden="true" />
            {t("volatility.tornado.low")}
          </li>
          <li>
            <span className={styles.swatch} style={{ background: HIGH, height: "8px" }} aria-hidden="true" />
            {t("volatility.tornado.high")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
