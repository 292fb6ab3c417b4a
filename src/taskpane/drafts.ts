import { createContext, useContext } from "react";

/**
 * Where number fields keep what the user typed while the pane is open, so a field that unmounts (a tab
 * switch, another scenario) shows the same text when it comes back. The App backs it with its state;
 * without a provider (component tests) nothing is kept beyond the field's own life.
 */
export interface Drafts {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

const none: Drafts = { get: () => undefined, set: () => undefined };

export const DraftsContext = createContext<Drafts>(none);

export function useDrafts(): Drafts {
  return useContext(DraftsContext);
}
