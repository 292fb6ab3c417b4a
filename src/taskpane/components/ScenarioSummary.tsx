import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PriceBook } from "../../model/pricebook";
import { compareForecasts, forecastScenario, Scenario } from "../../model/scenario";
import { formatMonth, formatPercent, formatWholeMoney } from "../format";
import { useT } from "../i18n/I18n";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(128px, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0, margin: 0 },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  scenario: Scenario;
  /** True when the scenario's inputs have problems: then no figures, only where to look. */
  invalid: boolean;
  /** The price book in use (the workbook's, when it has one). */
  book?: PriceBook;
}

/**
 * The selected scenario's cost as the user edits it: first year (the annual cost finance budgets),
 * the whole horizon when longer, seats vs AI agent, and the peak month. The same engine as Compare.
 */
export function ScenarioSummary({ scenario, invalid, book }: Props) {
  const styles = useStyles();
  const t = useT();
  const row = useMemo(() => (invalid ? undefined : compareForecasts([forecastScenario(scenario, book)])[0]), [scenario, invalid, book]);
  if (!row) {
    return (
      <Text size={200} className={styles.note} data-testid="scenario-summary" data-state="invalid">
        {t("scenarios.summaryInvalid")}
      </Text>
    );
  }
  const months = scenario.drivers.horizonMonths;
  const firstYear = row.annualTotals[0];
  return (
    <dl className={styles.root} aria-label={row.name ? t("scenarios.costOf", { name: row.name }) : t("scenarios.costOfThis")} data-testid="scenario-summary" data-state="ok">
      <div className={styles.item}>
        <dt className={styles.term}>{t(months > 12 ? "scenarios.firstYear" : "scenarios.annualCost")}</dt>
        <dd className={styles.value} data-testid="summary-annual" data-value={firstYear}>
          {formatWholeMoney(firstYear)}
        </dd>
      </div>
      {months !== 12 && (
        <div className={styles.item}>
          <dt className={styles.term}>{t("scenarios.allMonths", { months: String(months) })}</dt>
          <dd className={styles.value} data-testid="summary-total" data-value={row.total}>
            {formatWholeMoney(row.total)}
          </dd>
        </div>
      )}
      <div className={styles.item}>
        <dt className={styles.term}>{t("scenarios.seatsAi")}</dt>
        <dd className={styles.value} data-testid="summary-split" data-seats={row.seatCost} data-ai={row.aiCost}>
          {formatWholeMoney(row.seatCost)} / {formatWholeMoney(row.aiCost)}
          <Text size={200} className={styles.note}>
            {" "}
            {t("scenarios.aiShare", { share: formatPercent(row.aiShare) })}
          </Text>
        </dd>
      </div>
      <div className={styles.item}>
        <dt className={styles.term}>{t("scenarios.peakMonth")}</dt>
        <dd className={styles.value} data-testid="summary-peak" data-value={row.peakCost}>
          {formatMonth(row.peakMonth)}: {formatWholeMoney(row.peakCost)}
        </dd>
      </div>
    </dl>
  );
}
