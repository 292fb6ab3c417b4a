import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18n";
import { translateTitle, useProblemText } from "../i18n/problems";
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
  const t = useT();
  const problem = useProblemText();
  const counts = { count: problems.length, n: String(problems.length), compared, m: String(compared) };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="compare-problems">
      <MessageBarBody>
        <MessageBarTitle>
          {t(compared > 0 ? "compare.leftOutCompared" : "compare.leftOut", counts)}
        </MessageBarTitle>
        {problems.map((p) => (
          <div key={p.id} className={styles.scenario} data-scenario-problems={p.title}>
            <strong>{translateTitle(p.title, t)}</strong>{" "}
            <Button appearance="transparent" size="small" className={styles.edit} onClick={() => onEdit(p.id)} aria-label={t("compare.editNamed", { title: translateTitle(p.title, t) })}>
              {t("compare.edit")}
            </Button>
            <ul className={styles.list}>
              {p.problems.map((x) => (
                <li key={x.field} data-field={x.field}>
                  {problem(x.message)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
