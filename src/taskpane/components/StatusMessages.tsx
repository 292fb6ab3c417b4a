import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Status } from "../state";

interface Props {
  statuses: Status[];
  onDismiss: (id: number) => void;
}

/** Every outcome the user should know about, errors included, in a live region. */
export function StatusMessages({ statuses, onDismiss }: Props) {
  return (
    <div aria-live="polite" data-testid="statuses">
      {statuses.map((s) => (
        <MessageBar key={s.id} intent={s.tone} layout="multiline" data-testid={`status-${s.tone}`}>
          <MessageBarBody>
            <MessageBarTitle>{s.title}</MessageBarTitle>
            {s.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={() => onDismiss(s.id)} aria-label={`Dismiss: ${s.title}`}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
