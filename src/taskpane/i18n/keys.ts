/**
 * The catalog's shape, as types only (nothing here is bundled): every area of the pane and every key.
 * The first load carries the areas of the Scenarios tab and the pane's frame (BASE_AREAS); the other tabs'
 * areas come with those tabs (lazy/).
 */
import type { app } from "./en/app";
import type { scenarios } from "./en/scenarios";
import type { status } from "./en/status";
import type { problems } from "./en/problems";
import type { pricesLine } from "./en/pricesLine";
import type { compare } from "./en/compare";
import type { prices } from "./en/prices";
import type { stacks } from "./en/stacks";
import type { forecast } from "./en/forecast";
import type { volatility } from "./en/volatility";
import type { charts } from "./en/charts";
import type { monthEnd } from "./en/monthEnd";

export interface Areas {
  app: typeof app;
  scenarios: typeof scenarios;
  status: typeof status;
  problems: typeof problems;
  pricesLine: typeof pricesLine;
  compare: typeof compare;
  prices: typeof prices;
  stacks: typeof stacks;
  forecast: typeof forecast;
  volatility: typeof volatility;
  charts: typeof charts;
  monthEnd: typeof monthEnd;
}
export type AreaName = keyof Areas;
/** Every message key of the pane, of every area. */
export type MessageKey = { [A in AreaName]: keyof Areas[A] & string }[AreaName];
/** A language's messages as loaded so far: the first load's areas, then each tab's. */
export type Messages = Partial<Record<MessageKey, string>>;
