import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
// Imported file by file, not from the pricebook index: the index sits in the first-load chunk (the
// workbook layer uses it), and naming it here would pull compare.ts into that chunk too.
import { CompareInput, compareStacks, StackComparison } from "../../model/pricebook/compare";
import { resolveStack } from "../../model/pricebook/stacks";
import type { PriceBook } from "../../model/pricebook/types";
import { compareInputOf, Scenario, stackOf } from "../../model/scenario";
import { StackRisk, stackRisks } from "../../model/volatility/stackRisk";
import { formatCount, formatMoney, formatPercent, formatWholeMoney } from "../format";
import { Translate, useT } from "../i18n/I18n";
import { useProblemText } from "../i18n/problems";
import { useChartStyles } from "./chartParts";
import { NumberField } from "./NumberField";
import StackChart from "./StackChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  cheapest: { backgroundColor: tokens.colorNeutralBackground3, "& th, & td": { fontWeight: tokens.fontWeightSemibold } },
  sub: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, whiteSpace: "normal" },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The risk settings of the tab; everything else comes from the selected scenario. */
export interface StackSettings {
  /** Coefficient of variation of a month's conversations (default 0.2). */
  cv?: number;
  /** Budget for the vendor bill over the horizon, US dollars (none by default). */
  budget?: number;
}

interface Props {
  scenario: Scenario;
  book: PriceBook;
  settings: StackSettings;
  onSettings: (settings: StackSettings) => void;
}

/** Paths per stack in the pane: enough for steady P90s, quick enough to redraw as the scenario changes. */
const PANE_PATHS = 4000;
export const DEFAULT_STACK_CV = 0.2;

/** "Zendesk Suite Professional + eesel AI": a stack in its plans' names. */
export function stackLabel(book: PriceBook, id: string): string {
  try {
    const p = resolveStack(book, id);
    return [p.seats, p.ai, ...(p.addOns ?? [])]
      .filter((x, i, all) => x !== undefined && all.indexOf(x) === i)
      .map((x) => x!.name)
      .join(" + ");
  } catch {
    return id;
  }
}

/**
 * The sentence under the comparison, in the pane's language: in English word for word the model's
 * comparisonHeadline (model/pricebook/headline.ts), which the command line shows too.
 */
export function stacksHeadline(r: StackComparison, label: (id: string) => string, t: Translate): string {
  const cheapest = r.stacks.find((s) => s.stack === r.cheapest)!;
  const name = label(cheapest.stack);
  if (r.rankedBy === "totalCostOfSupport") {
    return t("stacks.headline.people", { name, money: formatWholeMoney(cheapest.totalCostOfSupport!), count: formatCount(cheapest.humanHandled) });
  }
  const paused = cheapest.pausedConversations > 0 ? t("stacks.headline.paused", { count: formatCount(cheapest.pausedConversations) }) : "";
  return t("stacks.headline.bill", { name, money: formatWholeMoney(cheapest.total), count: formatCount(cheapest.humanHandled), paused, pricePeople: t("stacks.pricePeople") });
}

/**
 * The selected scenario on every stack of the book: the same months, chain, seats and people, priced by
 * each stack's own rules, with each stack's budget risk under the same simulated futures (P50, P90, the
 * chance of exceeding a budget), the total cost of support when people are priced, and total cost
 * against monthly conversations with the volumes where the cheapest stack changes.
 */
export default function StackCompare({ scenario, book, settings, onSettings }: Props) {
  const styles = useStyles();
  const chart = useChartStyles();
  const t = useT();
  const problemText = useProblemText();
  const cv = settings.cv ?? DEFAULT_STACK_CV;
  const budget = settings.budget;
  const cvProblem = Number.isNaN(cv) || cv < 0 || cv > 10 ? t("stacks.cvProblem") : undefined;
  const budgetProblem = budget !== undefined && (Number.isNaN(budget) || budget < 0) ? t("stacks.budgetProblem") : undefined;
  const result = useMemo((): { ok: StackComparison; input: CompareInput } | { error: string } => {
    try {
      const input = compareInputOf(scenario);
      return { ok: compareStacks(book, input), input };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [book, scenario]);
  const risks = useMemo((): StackRisk[] | undefined => {
    if (!("ok" in result) || cvProblem || budgetProblem) return undefined;
    try {
      return stackRisks(book, result.input, result.ok, { cv, paths: PANE_PATHS, budget: budget || undefined });
    } catch {
      return undefined;
    }
  }, [result, cv, budget, cvProblem, budgetProblem]);
  const ok = "ok" in result ? result.ok : undefined;
  const label = (id: string) => stackLabel(book, id);
  const people = ok?.rankedBy === "totalCostOfSupport";
  const own = useMemo(() => {
    try {
      return stackOf(scenario.drivers, book).id;
    } catch {
      return undefined; // the scenario's own problem is said in Scenarios
    }
  }, [scenario, book]);
  const average = ok ? ok.stacks[0].conversations / ok.months : 0;

  return (
    <div className={styles.root} data-testid="stack-compare">
      <h2 className={styles.h2}>{t("stacks.heading")}</h2>
      <Text size={200} className={styles.note}>
        {t("stacks.intro", {
          name: scenario.name || t("stacks.selectedScenario"),
          months: String(ok ? ok.months : scenario.drivers.horizonMonths),
          involvement: String(scenario.drivers.aiInvolvementPct),
          resolution: String(scenario.drivers.aiResolutionPct),
          seats: String(scenario.drivers.seats),
        })}
      </Text>
      <div className={styles.fields}>
        <NumberField label={t("stacks.cv")} hint={t("stacks.cvHint")} value={cv} error={cvProblem} onChange={(v) => onSettings({ ...settings, cv: v })} testId="stacks-cv" draftKey="stacks:cv" />
        <NumberField
          label={t("stacks.budget")}
          hint={t("stacks.budgetHint")}
          value={budget ?? Number.NaN}
          error={budgetProblem}
          onChange={(v) => onSettings({ ...settings, budget: Number.isNaN(v) ? undefined : v })}
          testId="stacks-budget"
          draftKey="stacks:budget"
        />
      </div>
      {"error" in result && (
        <MessageBar intent="error" data-testid="stacks-error">
          <MessageBarBody>{t("stacks.error", { message: problemText(result.error) ?? "" })}</MessageBarBody>
        </MessageBar>
      )}
      {ok && (
        <>
          <Text size={300} data-testid="stacks-cheapest" data-stack={ok.cheapest}>
            {stacksHeadline(ok, label, t)}
          </Text>
          <div className={chart.tableWrap} role="region" aria-label={t("stacks.region")} tabIndex={0}>
            <table className={chart.table} data-testid="stacks-table">
              <caption style={{ textAlign: "left" }}>
                {t("stacks.caption", { months: String(ok.months), paths: formatCount(PANE_PATHS), cv: String(cv) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: "left" }}>
                    {t("stacks.col.stack")}
                  </th>
                  <th scope="col">{t("stacks.col.total")}</th>
                  {people && <th scope="col">{t("stacks.col.costOfSupport")}</th>}
                  <th scope="col">P50</th>
                  <th scope="col">P90</th>
                  {budget ? <th scope="col">{t("stacks.col.overBudget")}</th> : null}
                  <th scope="col">{t("stacks.col.seats")}</th>
                  <th scope="col">{t("stacks.col.ai")}</th>
                  <th scope="col">{t("stacks.col.perConversation")}</th>
                </tr>
              </thead>
              <tbody>
                {ok.stacks.map((s, i) => {
                  const risk = risks?.[i];
                  return (
                    <tr key={s.stack} className={s.stack === ok.cheapest ? styles.cheapest : undefined} data-testid="stack-row" data-stack={s.stack} data-total={s.total} data-cheapest={s.stack === ok.cheapest ? "true" : "false"}>
                      <th scope="row" style={{ whiteSpace: "normal", minWidth: "96px" }}>
                        {label(s.stack)}
                        {s.stack === own && <span className={styles.sub}>{t("stacks.ownStack")}</span>}
                        {s.stack === ok.cheapest && <span className={styles.sub}>{people ? t("stacks.lowestSupport") : t("stacks.lowestBill")}</span>}
                        {s.pausedConversations > 0 && (
                          <span className={styles.sub} data-testid="stack-paused">
                            {t("stacks.paused", { count: formatCount(s.pausedConversations) })}
                          </span>
                        )}
                        {s.addOnCost > 0 && <span className={styles.sub}>{t("stacks.addOns", { money: formatWholeMoney(s.addOnCost) })}</span>}
                      </th>
                      <td data-value={s.total} data-testid="stack-total">{formatWholeMoney(s.total)}</td>
                      {people && <td data-value={s.totalCostOfSupport ?? undefined}>{formatWholeMoney(s.totalCostOfSupport ?? 0)}</td>}
                      <td data-value={risk?.p50}>{risk ? formatWholeMoney(risk.p50) : "…"}</td>
                      <td data-value={risk?.p90}>{risk ? formatWholeMoney(risk.p90) : "…"}</td>
                      {budget ? <td data-value={risk?.probabilityOverBudget ?? undefined}>{risk && risk.probabilityOverBudget !== null ? formatPercent(risk.probabilityOverBudget) : "…"}</td> : null}
                      <td>{formatWholeMoney(s.seatCost + s.addOnCost)}</td>
                      <td>{formatWholeMoney(s.aiCost)}</td>
                      <td>{s.costPerConversation === null ? "—" : formatMoney(s.costPerConversation)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {ok.skipped.length > 0 && (
            <Text size={200} className={styles.note} data-testid="stacks-skipped">
              {t("stacks.skipped", { list: ok.skipped.map((s) => t("stacks.skippedItem", { name: label(s.stack), reason: problemText(s.reason) ?? s.reason })).join("; ") })}
            </Text>
          )}
          <StackChart comparison={ok} label={label} current={average} />
        </>
      )}
    </div>
  );
}
