/**
 * The pane's English catalog: every word the pane shows, by area. English is built into the first load;
 * other languages load on demand (../ja). Messages use ICU syntax ({count, plural, …}) through FormatJS.
 */
import { app } from "./app";

export const en = {
  ...app,
};

export type MessageKey = keyof typeof en;
/** A whole catalog: every key of the English one, no more (the typecheck fails on a missing translation). */
export type Catalog = Record<MessageKey, string>;
