import { makeStyles, tokens } from "@fluentui/react-components";
import { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent, useState } from "react";
import { useT } from "../i18n/I18n";

/** Styles every hand-drawn chart shares: a full-width SVG, a legend, the hover readout and the numbers table. */
export const useChartStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", touchAction: "pan-y" },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, listStyle: "none", padding: 0, margin: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "16px", height: "3px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  // The chart's keyboard stop: arrow keys read one month (or bar) at a time into the readout.
  keys: { borderRadius: tokens.borderRadiusMedium, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  readout: { fontSize: tokens.fontSizeBase200, minHeight: "1.4em", color: tokens.colorNeutralForeground1, fontVariantNumeric: "tabular-nums", margin: 0 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th[scope=row]": { textAlign: "left", fontWeight: tokens.fontWeightRegular, whiteSpace: "nowrap" },
    "& thead th": { textAlign: "right" },
    "& td": { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  },
  tableWrap: { overflowX: "auto" },
});

/** Axis text: small, and in the theme's secondary colour so it reads in light and dark. */
export const AXIS_TEXT = { fontSize: 9, fill: tokens.colorNeutralForeground2 } as const;

/**
 * Which slot (month, bar) the pointer or the keyboard is on in a chart `width` viewBox units wide whose slots
 * start at `left` and are `slot` units apart: the hover state of a chart, and its handlers.
 */
export function useHoverIndex(width: number, left: number, slot: number, count: number) {
  const [index, setIndex] = useState<number>();
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const x = ((e.clientX - box.left) / box.width) * width;
    const i = Math.round((x - left) / (slot || 1));
    setIndex(i >= 0 && i < count ? i : undefined);
  };
  /** Props for the element around the chart: Tab reaches it, arrows (Home, End) move along the slots. */
  const keyboard = {
    tabIndex: 0,
    onKeyDown: (e: ReactKeyboardEvent<HTMLElement>) => {
      const moves: Record<string, (i: number) => number> = {
        ArrowRight: (i) => Math.min(count - 1, i + 1),
        ArrowLeft: (i) => Math.max(0, i - 1),
        Home: () => 0,
        End: () => count - 1,
      };
      const move = moves[e.key];
      if (!move || count === 0) return;
      e.preventDefault();
      // From no slot, Right starts at the first and Left at the last.
      setIndex((i) => move(i === undefined ? (e.key === "ArrowLeft" ? count : -1) : i));
    },
    onBlur: () => setIndex(undefined),
  };
  return { index, onPointerMove, onPointerLeave: () => setIndex(undefined), keyboard };
}

interface GridProps {
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  label: (value: number) => string;
}

/** Horizontal gridlines with their value labels left of the plot, shared by the line charts. */
export function YGrid({ ticks, y, left, right, label }: GridProps) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke={tokens.colorNeutralStroke2} strokeWidth={0.5} />
          <text x={left - 4} y={y(t) + 3} textAnchor="end" {...AXIS_TEXT}>
            {label(t)}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * Series colours that keep contrast on light and dark backgrounds: thirteen distinct hues, one for each
 * stack of the default comparison; past them they repeat dashed, then dotted.
 */
const SERIES_COLORS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteMarigoldForeground2,
  tokens.colorPaletteRedForeground2,
  tokens.colorPalettePurpleForeground2,
  tokens.colorPaletteForestForeground2,
  tokens.colorPaletteCranberryForeground2,
  tokens.colorPaletteNavyForeground2,
  tokens.colorPaletteBrownForeground2,
  tokens.colorPaletteSteelForeground2,
];
export const seriesColor = (s: number) => SERIES_COLORS[s % SERIES_COLORS.length];
export const seriesDash = (s: number) => [undefined, "5 3", "1.5 2.5"][Math.floor(s / SERIES_COLORS.length) % 3];

/** A legend of line series, each with its colour and dash, in series order. */
export function SeriesLegend({ className, entries }: { className: string; entries: readonly { key: string; label: string }[] }) {
  const t = useT();
  return (
    <ul className={className} aria-label={t("charts.legend")}>
      {entries.map((e, s) => (
        <li key={e.key}>
          <svg width="16" height="6" aria-hidden="true" style={{ marginRight: 4, verticalAlign: "middle" }}>
            <line x1="0" x2="16" y1="3" y2="3" stroke={seriesColor(s)} strokeWidth={3} strokeDasharray={seriesDash(s)} />
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}
