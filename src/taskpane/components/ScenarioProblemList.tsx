import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ScenarioProblems } from "../state";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  scenario: { marginTop: tokens.spacingVerticalXS },
  edit: { minWidth: "auto", padding: 0, height: "auto", verticalAlign: "baseline" },
});

interface Props {
  problems: ScenarioProblems[];
  /** How many scenarios are still compared without these. */
  compared: number;
  onEdit: (id: string) => void;
}

/** Compare's list of what keeps scenarios out of the comparison: every problem, by scenario and field. */
export function ScenarioProblemList({ problems, compared, onEdit }: Props) {
  const styles = useStyles();
  const left = problems.length === 1 ? "1 scenario is" : `${problems.length} scenarios are`;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="compare-problems">
      <MessageBarBody>
        <MessageBarTitle>
          {left} left out until fixed{compared > 0 ? `; the other ${compared === 1 ? "one is" : `${compared} are`} compared below` : ""}
        </MessageBarTitle>
        {problems.map((p) => (
          <div key={p.id} className={styles.scenario} data-scenario-problems={p.title}>
            <strong>{p.title}</strong>{" "}
            <Button appearance="transparent" size="small" className={styles.edit} onClick={() => onEdit(p.id)} aria-label={`Edit ${p.title}`}>
              Edit
            </Button>
            <ul className={styles.list}>
              {p.problems.map((x) => (
                <li key={x.field} data-field={x.field}>
                  {x.message}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
