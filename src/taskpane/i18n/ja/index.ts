/**
 * The pane's Japanese catalog, loaded on demand (its own chunk) when the pane speaks Japanese. Each area
 * file is typed against its English twin, so a missing or extra key fails the typecheck.
 */
import type { Catalog } from "../en";
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

export const ja: Catalog = {
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
