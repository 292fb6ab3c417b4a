import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/en";
import { useT } from "../i18n/I18n";
import { Status, StatusAction } from "../state";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** How long a message that needs nothing from the user stays: long enough to read twice. */
export const AUTO_DISMISS_MS = 6_000;
/** A message with an action (Undo) stays longer, so there is time to use it. */
export const ACTION_DISMISS_MS = 15_000;

const ACTION_LABELS: Record<StatusAction, MessageKey> = { undoDelete: "status.undo" };

interface Props {
  statuses: Status[];
  onDismiss: (id: number) => void;
  onAction?: (status: Status) => void;
}

/** Whether a message goes away by itself: successes and notes do; errors and warnings stay until dismissed. */
export function dismissesItself(status: Status): boolean {
  return status.tone === "success" || status.tone === "info";
}

/**
 * Every outcome the user should know about, errors included, in one compact live region above the
 * tabs: the newest message only (older ones behind its "n earlier" button), so messages never pile up and push
 * the pane down. Successes and notes dismiss themselves; errors and warnings stay until dismissed.
 */
export function StatusMessages({ statuses, onDismiss, onAction }: Props) {
  const styles = useStyles();
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const live = new Set(statuses.map((s) => s.id));
    for (const [id, timer] of timers.current) {
      if (!live.has(id)) {
        clearTimeout(timer);
        timers.current.delete(id);
      }
    }
    for (const s of statuses) {
      if (dismissesItself(s) && !timers.current.has(s.id)) {
        timers.current.set(
          s.id,
          setTimeout(() => {
            timers.current.delete(s.id);
            onDismiss(s.id);
          }, s.action ? ACTION_DISMISS_MS : AUTO_DISMISS_MS),
        );
      }
    }
  }, [statuses, onDismiss]);
  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((t) => clearTimeout(t));
  }, []);
  useEffect(() => {
    if (statuses.length <= 1) setExpanded(false);
  }, [statuses.length]);

  const shown = expanded ? statuses : statuses.slice(0, 1);
  const earlier = statuses.length - 1;
  /** A message the reducer wrote by key is shown in the pane's language; the others were written in it. */
  const words = (s: Status) => (s.text ? { title: t(s.text.title, s.text.values), message: t(s.text.message, s.text.values) } : s);
  return (
    <div className={styles.region} role="status" aria-live="polite" data-testid="statuses">
      {shown.map((s, i) => (
        <MessageBar key={s.id} intent={s.tone} layout="multiline" data-testid={`status-${s.tone}`}>
          <MessageBarBody>
            <MessageBarTitle>{words(s).title}</MessageBarTitle>
            {words(s).message}
          </MessageBarBody>
          <MessageBarActions>
            {s.action && onAction && (
              <Button size="small" onClick={() => onAction(s)} data-testid={`status-action-${s.action}`}>
                {t(ACTION_LABELS[s.action])}
              </Button>
            )}
            {i === 0 && earlier > 0 && (
              <Button appearance="transparent" size="small" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded} data-testid="statuses-more">
                {expanded ? t("status.newestOnly") : t("status.earlier", { count: earlier })}
              </Button>
            )}
            <Button appearance="transparent" size="small" onClick={() => onDismiss(s.id)} aria-label={t("status.dismissNamed", { title: words(s).title })}>
              {t("status.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
