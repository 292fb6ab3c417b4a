import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ScenarioComparison } from "../../model/scenario";
import { SupportForecast } from "../../model/scenario/supportCost";
import { formatCount, formatDifference, formatMoney, formatMonth, formatPercent, formatPercentDifference, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";

const useStyles = makeStyles({
  // A narrow pane scrolls the scenarios sideways, with the metric names kept in view, a scrollbar
  // that stays visible (Chromium's overlay scrollbars, as in Excel's WebView2, hide it until
  // scrolled) and a line saying there is more. (Setting scrollbar-width would turn the styled
  // scrollbar off in Chromium.)
  wrap: {
    overflowX: "auto",
    paddingBottom: tokens.spacingVerticalXS,
    "::-webkit-scrollbar": { height: "8px" },
    "::-webkit-scrollbar-thumb": { backgroundColor: tokens.colorNeutralStroke1, borderRadius: "4px" },
  },
  more: { color: tokens.colorNeutralForeground2 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& td": { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
    "& th[scope=row]": {
      textAlign: "left",
      fontWeight: tokens.fontWeightRegular,
      position: "sticky",
      left: 0,
      backgroundColor: tokens.colorNeutralBackground1,
      minWidth: "96px",
    },
    "& thead th": { textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  },
});

interface Props {
  rows: ScenarioComparison[];
  /** Total cost of support by scenario id, for the scenarios that use staffing drivers. */
  support?: Readonly<Record<string, SupportForecast>>;
}

interface Metric {
  key: string;
  label: string;
  value: (c: ScenarioComparison) => number | undefined;
  show: (c: ScenarioComparison) => string;
}

/** The scenarios side by side; each number cell carries its exact value in data-value for checks. */
export function Comparison({ rows, support = {} }: Props) {
  const styles = useStyles();
  const t = useT();
  const years = Math.max(...rows.map((r) => r.annualTotals.length));
  const reference = rows[0]?.name ?? "";
  const metrics: Metric[] = [
    { key: "total", label: t("compare.total"), value: (c) => c.total, show: (c) => formatWholeMoney(c.total) },
    ...Array.from({ length: years }, (_, y): Metric => ({
      key: `year${y + 1}`,
      label: t("compare.year", { year: String(y + 1) }),
      value: (c) => c.annualTotals[y],
      show: (c) => (c.annualTotals[y] === undefined ? "—" : formatWholeMoney(c.annualTotals[y])),
    })),
    { key: "seatCost", label: t("compare.seats"), value: (c) => c.seatCost, show: (c) => formatWholeMoney(c.seatCost) },
    { key: "aiCost", label: t("compare.aiAgent"), value: (c) => c.aiCost, show: (c) => formatWholeMoney(c.aiCost) },
    { key: "aiShare", label: t("compare.aiShare"), value: (c) => c.aiShare, show: (c) => formatPercent(c.aiShare) },
    { key: "peakMonth", label: t("compare.peakMonth"), value: () => undefined, show: (c) => formatMonth(c.peakMonth) },
    { key: "peakCost", label: t("compare.peakCost"), value: (c) => c.peakCost, show: (c) => formatWholeMoney(c.peakCost) },
    { key: "costPerConversation", label: t("compare.perConversation"), value: (c) => c.costPerConversation, show: (c) => formatMoney(c.costPerConversation) },
    { key: "costPerResolution", label: t("compare.perResolution"), value: (c) => c.costPerResolution, show: (c) => formatMoney(c.costPerResolution) },
    { key: "resolutions", label: t("compare.resolutions"), value: (c) => c.resolutions, show: (c) => formatCount(c.resolutions) },
    { key: "difference", label: t("compare.versus", { reference }), value: (c) => c.differenceFromReference, show: (c) => formatDifference(c.differenceFromReference) },
    {
      key: "differencePct",
      label: t("compare.versusPct", { reference }),
      value: (c) => c.differenceFromReferencePct,
      show: (c) => formatPercentDifference(c.differenceFromReferencePct),
    },
  ];
  // People, seats and AI together: only when at least one scenario plans its agents from workload.
  if (rows.some((r) => support[r.id])) {
    const of = (c: ScenarioComparison) => support[c.id];
    const money = (v: number | undefined) => (v === undefined ? "—" : formatWholeMoney(v));
    metrics.push(
      { key: "agentsScheduled", label: t("compare.agentsScheduled"), value: (c) => of(c)?.peakAgents, show: (c) => (of(c) ? formatCount(of(c).peakAgents) : "—") },
      { key: "peopleCost", label: t("compare.people"), value: (c) => of(c)?.peopleCost, show: (c) => money(of(c)?.peopleCost) },
      {
        key: "staffedSeatCost",
        label: t("compare.staffedSeats"),
        value: (c) => of(c)?.seatCost,
        show: (c) => money(of(c)?.seatCost),
      },
      { key: "totalCostOfSupport", label: t("compare.totalCostOfSupport"), value: (c) => of(c)?.totalCostOfSupport, show: (c) => money(of(c)?.totalCostOfSupport) },
      {
        key: "costPerHumanHandled",
        label: t("compare.perHumanHandled"),
        value: (c) => of(c)?.costPerHumanHandled,
        show: (c) => formatMoney(of(c)?.costPerHumanHandled),
      },
    );
  }
  const wrap = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    // How many scenario columns lie (partly) beyond the right edge, to say so above the table.
    const measure = () => {
      const edge = el.getBoundingClientRect().right;
      const heads = Array.from(el.querySelectorAll("thead th")).slice(1);
      setHidden(heads.filter((th) => th.getBoundingClientRect().right > edge + 1).length);
    };
    measure();
    el.addEventListener("scroll", measure);
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      el.removeEventListener("scroll", measure);
      observer?.disconnect();
    };
  }, [rows]);
  return (
    <>
      {hidden > 0 && (
        <Text size={200} className={styles.more} data-testid="comparison-more">
          {t("compare.more", { count: hidden, n: String(hidden) })}
        </Text>
      )}
      <div ref={wrap} className={styles.wrap} tabIndex={0} role="region" aria-label={t("compare.table")} data-testid="comparison-scroll">
        <table className={styles.table} data-testid="comparison">
          <caption style={{ textAlign: "left", paddingBottom: tokens.spacingVerticalXS }}>
            {t("compare.caption", { reference })}
            {rows.some((r) => support[r.id]) && t("compare.captionSupport")}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left" }}>
                {t("compare.metric")}
              </th>
              {rows.map((r) => (
                <th scope="col" key={r.id}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.key} data-metric={m.key}>
                <th scope="row">{m.label}</th>
                {rows.map((r) => (
                  <td key={r.id} data-scenario={r.name} data-value={m.value(r) ?? ""}>
                    {m.show(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
