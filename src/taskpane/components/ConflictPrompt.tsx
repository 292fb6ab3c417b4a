import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { Scenario } from "../../model/scenario";
import type { ScenarioConflict, ScenarioVersion } from "../../workbook/port";
import type { MessageKey } from "../i18n/en";
import { englishT, Translate, useT } from "../i18n/I18n";

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

const FIELD_LABELS: Record<string, MessageKey> = {
  name: "conflict.field.name",
  startConversations: "conflict.field.startConversations",
  growthPct: "conflict.field.growthPct",
  seasonality: "conflict.field.seasonality",
  aiResolutionPct: "conflict.field.aiResolutionPct",
  tier: "conflict.field.tier",
  seats: "conflict.field.seats",
  billing: "conflict.field.billing",
  horizonMonths: "conflict.field.horizonMonths",
  firstMonth: "conflict.field.firstMonth",
  monthlyConversations: "conflict.field.monthlyConversations",
};

/** A field's value as the version list shows it: billing in the pane's words, lists only as "changed". */
function shownValue(k: string, value: string, t: Translate): string {
  if (k === "monthlyConversations" || k === "seasonality") return t("conflict.changed");
  if (k === "billing" && (value === "annual" || value === "monthly")) return t(value === "annual" ? "conflict.billing.annual" : "conflict.billing.monthly");
  return value;
}

function fields(s: Scenario): Record<string, string> {
  const out: Record<string, string> = { name: s.name };
  for (const [k, v] of Object.entries(s.drivers)) out[k] = Array.isArray(v) ? v.join(", ") : String(v);
  return out;
}

/** What sets this version apart from the others, in a few words ("seats 31; growth % 7"), in `t`'s language. */
export function describeVersion(scenario: Scenario | null, others: (Scenario | null)[], t: Translate = englishT): string {
  if (scenario === null) return t("conflict.deletes");
  const mine = fields(scenario);
  const differing = Object.keys(FIELD_LABELS).filter((k) =>
    others.some((o) => o === null || fields(o)[k] !== mine[k]),
  );
  const shown = differing.filter((k) => mine[k] !== undefined && others.some((o) => o !== null));
  if (shown.length === 0) return t(others.every((o) => o === null) ? "conflict.keeps" : "conflict.same");
  return shown.map((k) => t("conflict.difference", { field: t(FIELD_LABELS[k]), value: shownValue(k, mine[k], t) })).join(t("conflict.separator"));
}

function when(iso: string, t: Translate): string {
  return iso ? t("conflict.when", { date: iso.slice(0, 10), time: iso.slice(11, 16) }) : t("conflict.earlier");
}

interface Option {
  key: string;
  label: string;
  scenario: Scenario | null;
}

function options(conflict: ScenarioConflict, inPane: Scenario | undefined, t: Translate): Option[] {
  const same = (a: Scenario | null, b: Scenario | null | undefined) => JSON.stringify(a) === JSON.stringify(b ?? null);
  const list: Option[] = [];
  // What the user typed since, if it is none of the stored versions, comes first.
  if (inPane && !conflict.versions.some((v) => same(v.scenario, inPane))) {
    list.push({ key: "pane", label: t("conflict.inEditor"), scenario: inPane });
  }
  conflict.versions.forEach((v: ScenarioVersion, i) => {
    list.push({ key: `v${i}`, label: t(v.byThisPane ? "conflict.yours" : "conflict.coAuthors", { when: when(v.savedAt, t) }), scenario: v.scenario });
  });
  return list;
}

/**
 * Scenarios changed in two places at once: every version is kept in the workbook until the user
 * picks one here. Inline, one group per scenario, each version with what sets it apart.
 */
export function ConflictPrompt({ conflicts, scenarios, disabled, onChoose }: Props) {
  const styles = useStyles();
  const t = useT();
  if (conflicts.length === 0) return null;
  return (
    <div data-testid="conflicts">
      {conflicts.map((conflict) => {
        const titleId = `conflict-${conflict.id}-title`;
        const opts = options(conflict, scenarios.find((s) => s.id === conflict.id), t);
        return (
          <MessageBar key={conflict.id} intent="warning" layout="multiline" role="group" aria-labelledby={titleId} data-testid={`conflict-${conflict.id}`}>
            <MessageBarBody>
              <MessageBarTitle id={titleId}>{t("conflict.title", { name: conflict.name })}</MessageBarTitle>
              <Text as="p" size={200}>
                {t("conflict.body")}
              </Text>
              <ul className={styles.list}>
                {opts.map((o) => (
                  <li key={o.key} className={styles.version}>
                    <Text weight="semibold">{o.label}</Text>
                    <Text size={200}>{describeVersion(o.scenario, opts.filter((x) => x !== o).map((x) => x.scenario), t)}</Text>
                    <Button
                      size="small"
                      disabled={disabled}
                      onClick={() => onChoose(conflict.id, o.scenario)}
                      aria-label={t(o.scenario === null ? "conflict.deleteLabel" : "conflict.keepLabel", { name: conflict.name, option: o.label })}
                      data-testid={`keep-${conflict.id}-${o.key}`}
                    >
                      {t(o.scenario === null ? "conflict.deleteIt" : "conflict.keepThis")}
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
