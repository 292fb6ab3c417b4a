/**
 * The pane's English for the first load: the frame, the Scenarios tab, status messages, field problems
 * and the prices line. The other tabs' English is in ./lazy, loaded with those tabs. Messages use ICU
 * syntax ({count, plural, …}) through FormatJS; each area file has a Japanese twin typed against it.
 */
import { app } from "./app";
import { scenarios } from "./scenarios";
import { status } from "./status";
import { problems } from "./problems";
import { pricesLine } from "./pricesLine";

export const en = {
  ...app,
  ...scenarios,
  ...status,
  ...problems,
  ...pricesLine,
};

export type { MessageKey, Messages } from "../keys";
