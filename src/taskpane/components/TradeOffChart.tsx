import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { PricingInputError } from "../../model/errors";
import { Scenario } from "../../model/scenario";
import { scenarioTradeOff, ScenarioTradeOff } from "../../model/scenario/supportCost";
import { TradeOffPoint } from "../../model/staffing/tradeOff";
import { valueTicks } from "../chartAxes";
import { formatCompactMoney, formatCount, formatDifference, formatMoney, formatPercent, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";
import { useProblemText } from "../i18n/problems";
import { AXIS_TEXT, useChartStyles, useHoverIndex } from "./chartParts";
import { ScenarioSelect } from "./ScenarioSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  /** Valid scenarios that use staffing drivers; the chart draws one of them. */
  scenarios: Scenario[];
  /** The scenario to start with, if it is among them (the one the Scenarios tab edits). */
  preferredId?: string;
}

const W = 320;
const H = 190;
const PAD = { left: 44, right: 10, top: 16, bottom: 22 };
const LINE = tokens.colorPaletteBlueForeground2;
const TODAY = tokens.colorPaletteDarkOrangeForeground2;
const BREAK_EVEN = tokens.colorPaletteGreenForeground2;

/** Rates the numbers table lists: every 10 percentage points, plus today's. */
function tableRates(t: ScenarioTradeOff): number[] {
  return [...new Set<number>([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, t.currentResolutionRate])].sort((a, b) => a - b);
}

function pointAt(t: ScenarioTradeOff, rate: number): TradeOffPoint | undefined {
  if (t.current && t.current.resolutionRate === rate) return t.current;
  return t.curve.find((p) => Math.abs(p.resolutionRate - rate) < 1e-9);
}

/**
 * The AI trade-off as a hand-drawn SVG: total cost of support for an average month against the AI
 * resolution rate, with the cost without an AI agent, today's rate and the break-even rate marked,
 * a readout for the pointer or the arrow keys, and the same numbers as a table.
 */
export default function TradeOffChart({ scenarios, preferredId }: Props) {
  const styles = useStyles();
  const chart = useChartStyles();
  const t = useT();
  const problem = useProblemText();
  const [chosenId, setChosenId] = useState<string>();
  const scenario = scenarios.find((s) => s.id === chosenId) ?? scenarios.find((s) => s.id === preferredId) ?? scenarios[0];
  const result = useMemo((): { trade: ScenarioTradeOff } | { problem: string } | undefined => {
    if (!scenario) return undefined;
    try {
      return { trade: scenarioTradeOff(scenario) };
    } catch (error) {
      if (error instanceof PricingInputError) return { problem: error.message };
      throw error;
    }
  }, [scenario]);
  const count = result && "trade" in result ? result.trade.curve.length : 0;
  const slot = count <= 1 ? 0 : (W - PAD.left - PAD.right) / (count - 1);
  const hover = useHoverIndex(W, PAD.left, slot, count);
  if (!scenario || !result) return null;

  const picker =
    scenarios.length > 1 ? (
      <ScenarioSelect label={t("compare.tradeOff.for")} scenarios={scenarios} selectedId={scenario.id} onSelect={setChosenId} testId="trade-off-scenario" />
    ) : null;
  if ("problem" in result) {
    return (
      <section className={styles.root} aria-label={t("compare.tradeOff.label")}>
        <h3 style={{ margin: 0 }}>{t("compare.tradeOff.heading")}</h3>
        {picker}
        <Text data-testid="trade-off-problem">{problem(result.problem)}</Text>
      </section>
    );
  }
  const trade = result.trade;
  const ticks = valueTicks(Math.max(1, trade.withoutAi.total, ...trade.curve.map((p) => p.total)));
  const top = ticks[ticks.length - 1];
  const x = (rate: number) => PAD.left + rate * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const today = trade.current as TradeOffPoint;
  const be = trade.breakEvenRate;
  const pct = (rate: number) => formatPercent(rate).replace(".0%", "%");
  const describe = (p: TradeOffPoint) =>
    t("compare.tradeOff.point", {
      rate: pct(p.resolutionRate),
      total: formatWholeMoney(p.total),
      people: formatWholeMoney(p.peopleCost),
      seats: formatWholeMoney(p.seatCost),
      ai: formatWholeMoney(p.aiCost),
      agents: formatCount(p.agentsScheduled),
    });
  const breakEvenText =
    be === null ? t("compare.tradeOff.never") : t("compare.tradeOff.breakEven", { rate: formatPercent(be) });
  const hovered = hover.index === undefined ? undefined : trade.curve[hover.index];
  return (
    <section className={styles.root} aria-label={t("compare.tradeOff.label")} data-testid="trade-off">
      <h3 style={{ margin: 0 }}>{t("compare.tradeOff.heading")}</h3>
      {picker}
      <figure style={{ margin: 0 }}>
        <div className={chart.keys} role="group" aria-label={t("compare.tradeOff.keys")} data-testid="trade-off-keys" {...hover.keyboard}>
          <svg
            className={chart.svg}
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-labelledby="trade-off-title trade-off-desc"
            data-testid="trade-off-chart"
            onPointerMove={hover.onPointerMove}
            onPointerLeave={hover.onPointerLeave}
          >
            <title id="trade-off-title">{t("compare.tradeOff.title", { name: scenario.name })}</title>
            <desc id="trade-off-desc">{t("compare.tradeOff.desc", { total: formatWholeMoney(trade.withoutAi.total), today: describe(today), breakEven: breakEvenText })}</desc>
            <text x={0} y={9} {...AXIS_TEXT}>
              {t("compare.chart.axis")}
            </text>
            {ticks.map((v) => (
              <g key={v}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} strokeWidth={0.5} />
                <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" {...AXIS_TEXT}>
                  {formatCompactMoney(v)}
                </text>
              </g>
            ))}
            {[0, 0.25, 0.5, 0.75, 1].map((r) => (
              <g key={r} data-testid="x-tick">
                <line x1={x(r)} x2={x(r)} y1={H - PAD.bottom} y2={H - PAD.bottom + 3} stroke={tokens.colorNeutralStroke1} />
                <text x={x(r)} y={H - 6} textAnchor={r === 0 ? "start" : r === 1 ? "end" : "middle"} {...AXIS_TEXT}>
                  {pct(r)}
                </text>
              </g>
            ))}
            <line x1={PAD.left} x2={W - PAD.right} y1={y(trade.withoutAi.total)} y2={y(trade.withoutAi.total)} stroke={tokens.colorNeutralForeground2} strokeDasharray="4 3" data-testid="trade-off-without-ai" />
            <polyline fill="none" stroke={LINE} strokeWidth={2} points={trade.curve.map((p) => `${x(p.resolutionRate).toFixed(1)},${y(p.total).toFixed(1)}`).join(" ")} />
            <line x1={x(today.resolutionRate)} x2={x(today.resolutionRate)} y1={PAD.top} y2={H - PAD.bottom} stroke={TODAY} strokeWidth={1.5} data-testid="trade-off-today" />
            <circle cx={x(today.resolutionRate)} cy={y(today.total)} r={3.5} fill={TODAY} />
            {be !== null && (
              <line x1={x(be)} x2={x(be)} y1={PAD.top} y2={H - PAD.bottom} stroke={BREAK_EVEN} strokeWidth={1.5} strokeDasharray="2 2" data-testid="trade-off-break-even" />
            )}
            {hovered && (
              <g data-testid="chart-hover">
                <line x1={x(hovered.resolutionRate)} x2={x(hovered.resolutionRate)} y1={PAD.top} y2={H - PAD.bottom} stroke={tokens.colorNeutralForeground2} strokeWidth={0.75} />
                <circle cx={x(hovered.resolutionRate)} cy={y(hovered.total)} r={3} fill={LINE} />
              </g>
            )}
          </svg>
        </div>
        <p className={chart.readout} data-testid="trade-off-readout" aria-live="polite">
          {hovered ? describe(hovered) : t("compare.tradeOff.hint")}
        </p>
        <figcaption>
          <ul className={chart.legend} aria-label={t("compare.tradeOff.legend")}>
            <li>
              <span className={chart.swatch} style={{ backgroundColor: LINE }} />
              {t("compare.tradeOff.total")}
            </li>
            <li>
              <span className={chart.swatch} style={{ backgroundColor: tokens.colorNeutralForeground2 }} />
              {t("compare.tradeOff.withoutAi")}
            </li>
            <li>
              <span className={chart.swatch} style={{ backgroundColor: TODAY }} />
              {t("compare.tradeOff.today", { rate: pct(today.resolutionRate) })}
            </li>
            {be !== null && (
              <li>
                <span className={chart.swatch} style={{ backgroundColor: BREAK_EVEN }} />
                {t("compare.tradeOff.breakEvenMark", { rate: formatPercent(be) })}
              </li>
            )}
          </ul>
        </figcaption>
      </figure>
      <ul className={styles.facts} data-testid="trade-off-facts">
        <li data-testid="trade-off-break-even-text">{breakEvenText}</li>
        <li>
          {t("compare.tradeOff.average", { count: formatCount(trade.conversations), policy: scenario.drivers.seatPolicy === "fromStaffing" ? "fromStaffing" : "fixed" })}
        </li>
        <li data-testid="trade-off-unit-costs">
          {t("compare.tradeOff.unitCosts", { human: formatMoney(today.costPerHumanHandled ?? undefined), ai: formatMoney(today.costPerAiResolved ?? undefined) })}
        </li>
      </ul>
      <details>
        <summary>{t("compare.tradeOff.numbers")}</summary>
        <div className={chart.tableWrap} tabIndex={0} role="region" aria-label={t("compare.tradeOff.tableLabel")}>
          <table className={chart.table} data-testid="trade-off-table">
            <caption style={{ textAlign: "left" }}>{t("compare.tradeOff.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>
                  {t("compare.tradeOff.aiResolves")}
                </th>
                <th scope="col">{t("compare.tradeOff.agents")}</th>
                <th scope="col">{t("compare.tradeOff.totalColumn")}</th>
                <th scope="col">{t("compare.tradeOff.versusNoAi")}</th>
              </tr>
            </thead>
            <tbody>
              {tableRates(trade).map((rate) => {
                const p = pointAt(trade, rate);
                if (!p) return null;
                const mark = rate === today.resolutionRate ? t("compare.tradeOff.todayMark") : "";
                return (
                  <tr key={rate} data-rate={rate}>
                    <th scope="row">
                      {formatPercent(rate)}
                      {mark}
                    </th>
                    <td>{formatCount(p.agentsScheduled)}</td>
                    <td data-value={p.total}>{formatWholeMoney(p.total)}</td>
                    <td data-value={-p.savingVsWithoutAi}>{formatDifference(-p.savingVsWithoutAi)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
