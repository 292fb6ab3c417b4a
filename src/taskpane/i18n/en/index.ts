/**
 * The pane's English catalog: every word the pane shows, by area (one file per tab or concern). English
 * is built into the first load; other languages load on demand (../ja). Messages use ICU syntax
 * ({count, plural, …}) through FormatJS.
 */
import { app } from "./app";
import { scenarios } from "./scenarios";
import { status } from "./status";
import { compare } from "./compare";
import { problems } from "./problems";
import { prices } from "./prices";
import { stacks } from "./stacks";
import { forecast } from "./forecast";
import { volatility } from "./volatility";
import { charts } from "./charts";
import { monthEnd } from "./monthEnd";

export const en = {
  ...app,
  ...scenarios,
  ...status,
  ...compare,
  ...problems,
  ...prices,
  ...stacks,
  ...forecast,
  ...volatility,
  ...charts,
  ...monthEnd,
};

export type MessageKey = keyof typeof en;
/** A whole catalog: every key of the English one, no more (the typecheck fails on a missing translation). */
export type Catalog = Record<MessageKey, string>;
