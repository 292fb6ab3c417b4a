import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { Scenario } from "../../model/scenario";
import type { ScenarioConflict, ScenarioVersion } from "../../workbook/port";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  version: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
});

interface Props {
  conflicts: ScenarioConflict[];
  /** The pane's scenarios now: what is in the editor is offered too, so nothing typed is lost. */
  scenarios: Scenario[];
  disabled?: boolean;
  onChoose: (id: string, choice: Scenario | null) => void;
}

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  startConversations: "conversations at start",
  growthPct: "growth %",
  seasonality: "seasonality",
  aiResolutionPct: "AI resolution %",
  tier: "tier",
  seats: "seats",
  billing: "billing",
  horizonMonths: "horizon",
  firstMonth: "first month",
  monthlyConversations: "month-by-month volume",
};

function fields(s: Scenario): Record<string, string> {
  const out: Record<string, string> = { name: s.name };
  for (const [k, v] of Object.entries(s.drivers)) out[k] = Array.isArray(v) ? v.join(", ") : String(v);
  return out;
}

/** What sets this version apart from the others, in a few words ("seats 31; growth % 7"). */
export function describeVersion(scenario: Scenario | null, others: (Scenario | null)[]): string {
  if (scenario === null) return "Deletes the scenario.";
  const mine = fields(scenario);
  const differing = Object.keys(FIELD_LABELS).filter((k) =>
    others.some((o) => o === null || fields(o)[k] !== mine[k]),
  );
  const shown = differing.filter((k) => mine[k] !== undefined && others.some((o) => o !== null));
  if (shown.length === 0) return others.every((o) => o === null) ? "Keeps the scenario." : "Same values as the other version.";
  return shown.map((k) => `${FIELD_LABELS[k]} ${k === "monthlyConversations" || k === "seasonality" ? "changed" : mine[k]}`).join("; ");
}

function when(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "earlier";
}

interface Option {
  key: string;
  label: string;
  scenario: Scenario | null;
}

function options(conflict: ScenarioConflict, inPane: Scenario | undefined): Option[] {
  const same = (a: Scenario | null, b: Scenario | null | undefined) => JSON.stringify(a) === JSON.stringify(b ?? null);
  const list: Option[] = [];
  // What the user typed since, if it is none of the stored versions, comes first.
  if (inPane && !conflict.versions.some((v) => same(v.scenario, inPane))) {
    list.push({ key: "pane", label: "What is in the editor now", scenario: inPane });
  }
  conflict.versions.forEach((v: ScenarioVersion, i) => {
    const who = v.byThisPane ? "Yours" : "A co-author's";
    list.push({ key: `v${i}`, label: `${who}, saved ${when(v.savedAt)}`, scenario: v.scenario });
  });
  return list;
}

/**
 * Scenarios changed in two places at once: every version is kept in the workbook until the user
 * picks one here. Inline, one group per scenario, each version with what sets it apart.
 */
export function ConflictPrompt({ conflicts, scenarios, disabled, onChoose }: Props) {
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  return (
    <div data-testid="conflicts">
      {conflicts.map((conflict) => {
        const titleId = `conflict-${conflict.id}-title`;
        const opts = options(conflict, scenarios.find((s) => s.id === conflict.id));
        return (
          <MessageBar key={conflict.id} intent="warning" layout="multiline" role="group" aria-labelledby={titleId} data-testid={`conflict-${conflict.id}`}>
            <MessageBarBody>
              <MessageBarTitle id={titleId}>“{conflict.name}” was changed in two places at once</MessageBarTitle>
              <Text as="p" size={200}>
                Every version is kept in the workbook until you choose one. Until then, this scenario is not saved.
              </Text>
              <ul className={styles.list}>
                {opts.map((o) => (
                  <li key={o.key} className={styles.version}>
                    <Text weight="semibold">{o.label}</Text>
                    <Text size={200}>{describeVersion(o.scenario, opts.filter((x) => x !== o).map((x) => x.scenario))}</Text>
                    <Button
                      size="small"
                      disabled={disabled}
                      onClick={() => onChoose(conflict.id, o.scenario)}
                      aria-label={`${o.scenario === null ? "Delete" : "Keep"} “${conflict.name}”: ${o.label}`}
                      data-testid={`keep-${conflict.id}-${o.key}`}
                    >
                      {o.scenario === null ? "Delete it" : "Keep this version"}
                    </Button>
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
