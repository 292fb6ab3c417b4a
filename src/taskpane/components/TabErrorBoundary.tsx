import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Component, ErrorInfo, ReactNode } from "react";
import { useT } from "../i18n/I18n";
import { useProblemText } from "../i18n/problems";

const useStyles = makeStyles({
  // The look of an error message bar, drawn plainly: a fallback must not depend on what may have failed.
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

function TabFailure({ tab, message, onRetry }: { tab: string; message: string; onRetry: () => void }) {
  const styles = useStyles();
  const t = useT();
  const problem = useProblemText();
  return (
    <div className={styles.box} role="alert" data-testid="tab-error">
      <Text weight="semibold">{t("tabError.title", { tab })}</Text>
      <Text>{t("tabError.body", { message: message ? (problem(message) ?? message) : t("tabError.unexpected") })}</Text>
      <div>
        <Button onClick={onRetry} data-testid="tab-error-retry">
          {t("tabError.retry")}
        </Button>
      </div>
    </div>
  );
}

interface Props {
  /** The tab's name, as the tab list shows it ("Volatility"). */
  tab: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One tab's contents, so that a failure while drawing it says what failed and leaves the rest of the
 * pane — the other tabs, the scenarios and everything typed — as it was: the pane never goes blank.
 * The state lives above this boundary (App's reducer), so "Try again" redraws with the user's input.
 */
export class TabErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for a developer's console; the user reads the message in the tab.
    console.error(`The ${this.props.tab} tab could not be drawn`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <TabFailure tab={this.props.tab} message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}
