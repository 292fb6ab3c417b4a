import { Field, Select } from "@fluentui/react-components";
import { Scenario } from "../../model/scenario";
import { useFitStyles } from "./fit";
import { useT } from "../i18n/I18n";

interface Props {
  label: string;
  scenarios: Scenario[];
  selectedId: string;
  onSelect: (id: string) => void;
  testId: string;
}

/** Which scenario a view works on (the same one the Scenarios tab edits). */
export function ScenarioSelect({ label, scenarios, selectedId, onSelect, testId }: Props) {
  const fit = useFitStyles();
  const t = useT();
  return (
    <Field label={label}>
      <Select className={fit.root} select={{ className: fit.control }} value={selectedId} onChange={(_, d) => onSelect(d.value)} data-testid={testId}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name.trim() || t("scenarios.noName")}
          </option>
        ))}
      </Select>
    </Field>
  );
}
