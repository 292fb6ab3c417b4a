/** The Japanese of the tabs drawn on demand, a chunk of its own. */
import { compare } from "./compare";
import { prices } from "./prices";
import { stacks } from "./stacks";
import { forecast } from "./forecast";
import { volatility } from "./volatility";
import { charts } from "./charts";
import { monthEnd } from "./monthEnd";

export const jaLazy = {
  ...compare,
  ...prices,
  ...stacks,
  ...forecast,
  ...volatility,
  ...charts,
  ...monthEnd,
};
