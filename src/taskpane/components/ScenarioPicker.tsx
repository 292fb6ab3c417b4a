import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Scenario, TEMPLATE_NAMES, TemplateName } from "../../model/scenario";
import { useFitStyles } from "./fit";
import { useT } from "../i18n/I18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: 0 },
  button: { minWidth: "auto", flexShrink: 0 },
});

interface Props {
  scenarios: Scenario[];
  selectedId: string;
  invalidIds: Set<string>;
  onSelect: (id: string) => void;
  onAdd: (template: TemplateName) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** Which scenario is being edited, and adding (from a template), duplicating and deleting scenarios. */
export function ScenarioPicker({ scenarios, selectedId, invalidIds, onSelect, onAdd, onDuplicate, onDelete }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const t = useT();
  const [template, setTemplate] = useState<TemplateName>("Base");
  return (
    <div className={styles.root}>
      {/* The picker has the pane's whole width, so a name is read in full at 320 px; the actions go below it. */}
      <Field label={t("scenarios.toEdit")}>
        <Select
          className={fit.root}
          select={{ className: fit.control, title: scenarios.find((s) => s.id === selectedId)?.name }}
          value={selectedId}
          onChange={(_, data) => onSelect(data.value)}
          data-testid="scenario-select"
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {(s.name.trim() || t("scenarios.noName")) + (invalidIds.has(s.id) ? t("scenarios.needsFixing") : "")}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.line}>
        <Button className={styles.button} onClick={onDuplicate} data-testid="duplicate-scenario">
          {t("scenarios.duplicate")}
        </Button>
        <Button className={styles.button} onClick={onDelete} disabled={scenarios.length <= 1} data-testid="delete-scenario">
          {t("scenarios.delete")}
        </Button>
      </div>
      <div className={styles.line}>
        <Field label={t("scenarios.fromTemplate")} className={styles.grow}>
          <Select className={fit.root} select={{ className: fit.control }} value={template} onChange={(_, data) => setTemplate(data.value as TemplateName)} data-testid="template-select">
            {TEMPLATE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button className={styles.button} onClick={() => onAdd(template)} data-testid="add-scenario">
          {t("scenarios.add")}
        </Button>
      </div>
    </div>
  );
}
