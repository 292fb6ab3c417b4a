import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
// Imported file by file, not from the pricebook index: the index sits in the first-load chunk (the
// workbook layer uses it), and naming it here would pull compare.ts into that chunk too.
import { CompareInput, compareStacks, StackComparison } from "../../model/pricebook/compare";
import { comparisonHeadline } from "../../model/pricebook/headline";
import { resolveStack } from "../../model/pricebook/stacks";
import type { PriceBook } from "../../model/pricebook/types";
import { compareInputOf, Scenario, stackOf } from "../../model/scenario";
import { StackRisk, stackRisks } from "../../model/volatility/stackRisk";
import { formatCount, formatMoney, formatPercent, formatWholeMoney } from "../format";
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
 * The selected scenario on every stack of the book: the same months, chain, seats and people, priced by
 * each stack's own rules, with each stack's budget risk under the same simulated futures (P50, P90, the
 * chance of exceeding a budget), the total cost of support when people are priced, and total cost
 * against monthly conversations with the volumes where the cheapest stack changes.
 */
export default function StackCompare({ scenario, book, settings, onSettings }: Props) {
  const styles = useStyles();
  const chart = useChartStyles();
  const cv = settings.cv ?? DEFAULT_STACK_CV;
  const budget = settings.budget;
  const cvProblem = Number.isNaN(cv) || cv < 0 || cv > 10 ? "Volatility must be a coefficient of variation from 0 to 10, such as 0.2." : undefined;
  const budgetProblem = budget !== undefined && (Number.isNaN(budget) || budget < 0) ? "Budget must be an amount of 0 or more." : undefined;
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
      <h2 className={styles.h2}>Compare stacks</h2>
      <Text size={200} className={styles.note}>
        {scenario.name || "The selected scenario"} on every stack of the price book: its {ok ? ok.months : scenario.drivers.horizonMonths} months of conversations, AI involvement {scenario.drivers.aiInvolvementPct}% and resolution {scenario.drivers.aiResolutionPct}% of those, {scenario.drivers.seats} seats. Change them in Scenarios.
      </Text>
      <div className={styles.fields}>
        <NumberField label="Volatility (CV)" hint="of a month's conversations" value={cv} error={cvProblem} onChange={(v) => onSettings({ ...settings, cv: v })} testId="stacks-cv" draftKey="stacks:cv" />
        <NumberField
          label="Budget (optional)"
          hint="for the bill over the horizon"
          value={budget ?? Number.NaN}
          error={budgetProblem}
          onChange={(v) => onSettings({ ...settings, budget: Number.isNaN(v) ? undefined : v })}
          testId="stacks-budget"
          draftKey="stacks:budget"
        />
      </div>
      {"error" in result && (
        <MessageBar intent="error" data-testid="stacks-error">
          <MessageBarBody>Fix the scenario to compare stacks: {result.error}</MessageBarBody>
        </MessageBar>
      )}
      {ok && (
        <>
          <Text size={300} data-testid="stacks-cheapest" data-stack={ok.cheapest}>
            {comparisonHeadline(ok, { money: formatWholeMoney, count: formatCount, stack: label, pricePeople: "give the scenario a cost per human-handled conversation" })}
          </Text>
          <div className={chart.tableWrap} role="region" aria-label="Stacks side by side" tabIndex={0}>
            <table className={chart.table} data-testid="stacks-table">
              <caption style={{ textAlign: "left" }}>
                Cost over {ok.months} months, US dollars; P50 and P90 of the bill from {PANE_PATHS.toLocaleString("en-US")} simulated futures at a volatility of {cv}.
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: "left" }}>
                    Stack
                  </th>
                  <th scope="col">Total</th>
                  {people && <th scope="col">Cost of support</th>}
                  <th scope="col">P50</th>
                  <th scope="col">P90</th>
                  {budget ? <th scope="col">Over budget</th> : null}
                  <th scope="col">Seats</th>
                  <th scope="col">AI</th>
                  <th scope="col">Per conversation</th>
                </tr>
              </thead>
              <tbody>
                {ok.stacks.map((s, i) => {
                  const risk = risks?.[i];
                  return (
                    <tr key={s.stack} className={s.stack === ok.cheapest ? styles.cheapest : undefined} data-testid="stack-row" data-stack={s.stack} data-total={s.total} data-cheapest={s.stack === ok.cheapest ? "true" : "false"}>
                      <th scope="row" style={{ whiteSpace: "normal", minWidth: "96px" }}>
                        {label(s.stack)}
                        {s.stack === own && <span className={styles.sub}>the scenario&apos;s stack</span>}
                        {s.stack === ok.cheapest && <span className={styles.sub}>{people ? "lowest cost of support" : "lowest bill"}</span>}
                        {s.pausedConversations > 0 && (
                          <span className={styles.sub} data-testid="stack-paused">
                            Spend cap reached: the AI pauses, and {formatCount(s.pausedConversations)} conversations go to people instead.
                          </span>
                        )}
                        {s.addOnCost > 0 && <span className={styles.sub}>add-ons {formatWholeMoney(s.addOnCost)}</span>}
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
              Left out: {ok.skipped.map((s) => `${label(s.stack)} (${s.reason})`).join("; ")}
            </Text>
          )}
          <StackChart comparison={ok} label={label} current={average} />
        </>
      )}
    </div>
  );
}
