import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Billing } from "../../model/catalog";
// Imported file by file, not from the pricebook index: the index sits in the first-load chunk (the
// workbook layer uses it), and naming it here would pull compare.ts into that chunk too.
import { compareStacks, StackComparison } from "../../model/pricebook/compare";
import { resolveStack } from "../../model/pricebook/stacks";
import type { PriceBook } from "../../model/pricebook/types";
import { conversationsInMonth, Scenario } from "../../model/scenario";
import { formatCount, formatMoney, formatWholeMoney } from "../format";
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

/** What the user changed from the selected scenario's volume; anything not set follows the scenario. */
export interface StackSettings {
  conversations?: number;
  involvementPct?: number;
  resolutionPct?: number;
  seats?: number;
  months?: number;
  billing?: Billing;
}

interface Props {
  scenario: Scenario;
  book: PriceBook;
  settings: StackSettings;
  onSettings: (settings: StackSettings) => void;
}

/** The selected scenario's first month as one steady volume, and its rates, seats, horizon and billing. */
export function stackDefaults(s: Scenario): Required<StackSettings> {
  const d = s.drivers;
  return {
    conversations: Math.round(conversationsInMonth(d, 1)),
    involvementPct: d.aiInvolvementPct ?? 100,
    resolutionPct: d.aiResolutionPct,
    seats: d.seats,
    months: d.horizonMonths,
    billing: d.billing,
  };
}

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

function fieldProblems(v: Required<StackSettings>): Partial<Record<keyof StackSettings, string>> {
  const out: Partial<Record<keyof StackSettings, string>> = {};
  if (Number.isFinite(v.conversations) && v.conversations < 0) out.conversations = "Conversations a month must be 0 or more.";
  if (Number.isFinite(v.involvementPct) && (v.involvementPct < 0 || v.involvementPct > 100)) out.involvementPct = "AI involvement must be from 0% to 100%.";
  if (Number.isFinite(v.resolutionPct) && (v.resolutionPct < 0 || v.resolutionPct > 100)) out.resolutionPct = "AI resolution must be from 0% to 100%.";
  if (Number.isFinite(v.seats) && (v.seats < 0 || !Number.isInteger(v.seats))) out.seats = "Seats must be a whole number, 0 or more.";
  if (Number.isFinite(v.months) && (v.months < 1 || !Number.isInteger(v.months))) out.months = "Months must be a whole number, 1 or more.";
  return out;
}

/**
 * Compare stacks for one volume: every helpdesk and helpdesk + AI stack the book can price, side by
 * side (seat, AI and total cost, cost per resolution and per conversation), the cheapest marked, and
 * total cost against monthly conversations with the volumes where the cheapest stack changes.
 */
export default function StackCompare({ scenario, book, settings, onSettings }: Props) {
  const styles = useStyles();
  const chart = useChartStyles();
  const defaults = stackDefaults(scenario);
  const v: Required<StackSettings> = { ...defaults, ...settings };
  const problems = fieldProblems(v);
  const anyNaN = Object.values(v).some((x) => typeof x === "number" && Number.isNaN(x));
  const result = useMemo((): { ok: StackComparison } | { error: string } | undefined => {
    if (anyNaN || Object.keys(problems).length > 0) return undefined;
    try {
      return {
        ok: compareStacks(book, {
          conversations: v.conversations,
          months: v.months,
          involvement: v.involvementPct / 100,
          resolution: v.resolutionPct / 100,
          seats: v.seats,
          billing: v.billing,
        }),
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [book, v.conversations, v.months, v.involvementPct, v.resolutionPct, v.seats, v.billing, anyNaN, Object.keys(problems).length]);
  const set = (field: keyof StackSettings) => (value: number) => onSettings({ ...settings, [field]: value });
  const changed = Object.keys(settings).length > 0;
  const ok = result && "ok" in result ? result.ok : undefined;
  const label = (id: string) => stackLabel(book, id);

  return (
    <div className={styles.root} data-testid="stack-compare">
      <h2 className={styles.h2}>Compare stacks</h2>
      <Text size={200} className={styles.note}>
        One steady volume, from {scenario.name || "the selected scenario"}&apos;s first month unless you change it here. Every stack is priced with the same book as the rest of the pane.
      </Text>
      <div className={styles.fields}>
        <NumberField label="Conversations a month" value={v.conversations} error={problems.conversations} onChange={set("conversations")} testId="stacks-conversations" draftKey="stacks:conversations" />
        <NumberField label="AI involvement" name="AI involvement" suffix="%" value={v.involvementPct} error={problems.involvementPct} onChange={set("involvementPct")} testId="stacks-involvement" draftKey="stacks:involvement" />
        <NumberField label="AI resolution" name="AI resolution" suffix="%" hint="of involved" value={v.resolutionPct} error={problems.resolutionPct} onChange={set("resolutionPct")} testId="stacks-resolution" draftKey="stacks:resolution" />
        <NumberField label="Seats" value={v.seats} error={problems.seats} onChange={set("seats")} testId="stacks-seats" draftKey="stacks:seats" />
        <NumberField label="Months" value={v.months} error={problems.months} onChange={set("months")} testId="stacks-months" draftKey="stacks:months" />
        <Field label="Billing">
          <Select value={v.billing} onChange={(_, d) => onSettings({ ...settings, billing: d.value as Billing })} data-testid="stacks-billing">
            <option value="annual">Annual</option>
            <option value="monthly">Monthly</option>
          </Select>
        </Field>
      </div>
      {changed && (
        <Button appearance="subtle" onClick={() => onSettings({})} data-testid="stacks-reset">
          Use the scenario&apos;s volume again
        </Button>
      )}
      {result && "error" in result && (
        <MessageBar intent="error" data-testid="stacks-error">
          <MessageBarBody>{result.error}</MessageBarBody>
        </MessageBar>
      )}
      {ok && (
        <>
          <Text size={300} data-testid="stacks-cheapest" data-stack={ok.cheapest}>
            Cheapest at {formatCount(v.conversations)} conversations a month: <strong>{label(ok.cheapest)}</strong>, {formatWholeMoney(ok.stacks.find((s) => s.stack === ok.cheapest)!.total)} over {ok.months} months.
          </Text>
          <div className={chart.tableWrap} role="region" aria-label="Stacks side by side" tabIndex={0}>
            <table className={chart.table} data-testid="stacks-table">
              <caption style={{ textAlign: "left" }}>Cost over {ok.months} months, US dollars.</caption>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: "left" }}>
                    Stack
                  </th>
                  <th scope="col">Seats</th>
                  <th scope="col">AI</th>
                  <th scope="col">Total</th>
                  <th scope="col">Per resolution</th>
                  <th scope="col">Per conversation</th>
                </tr>
              </thead>
              <tbody>
                {ok.stacks.map((s) => (
                  <tr key={s.stack} className={s.stack === ok.cheapest ? styles.cheapest : undefined} data-testid="stack-row" data-stack={s.stack} data-total={s.total} data-cheapest={s.stack === ok.cheapest ? "true" : "false"}>
                    <th scope="row" style={{ whiteSpace: "normal", minWidth: "120px" }}>
                      {label(s.stack)}
                      {s.stack === ok.cheapest && <span className={styles.sub}>cheapest</span>}
                      {s.pausedConversations > 0 && (
                        <span className={styles.sub} data-testid="stack-paused">
                          Spend cap reached: the AI pauses, and {formatCount(s.pausedConversations)} conversations go to people instead.
                        </span>
                      )}
                      {s.addOnCost > 0 && <span className={styles.sub}>add-ons {formatWholeMoney(s.addOnCost)}</span>}
                    </th>
                    <td>{formatWholeMoney(s.seatCost)}</td>
                    <td>{formatWholeMoney(s.aiCost)}</td>
                    <td data-value={s.total}>{formatWholeMoney(s.total)}</td>
                    <td>{s.costPerResolution === null ? "—" : formatMoney(s.costPerResolution)}</td>
                    <td>{s.costPerConversation === null ? "—" : formatMoney(s.costPerConversation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ok.skipped.length > 0 && (
            <Text size={200} className={styles.note} data-testid="stacks-skipped">
              Left out: {ok.skipped.map((s) => `${label(s.stack)} (${s.reason})`).join("; ")}
            </Text>
          )}
          <StackChart comparison={ok} label={label} current={v.conversations} />
        </>
      )}
    </div>
  );
}
