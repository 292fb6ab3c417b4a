/**
 * The pane's Japanese for the first load, fetched on demand (its own chunk) when the pane speaks Japanese;
 * the other tabs' Japanese is in ./lazy. Each area file is typed against its English twin, so a missing or
 * extra key fails the typecheck.
 */
import { app } from "./app";
import { scenarios } from "./scenarios";
import { status } from "./status";
import { problems } from "./problems";
import { pricesLine } from "./pricesLine";

export const ja = {
  ...app,
  ...scenarios,
  ...status,
  ...problems,
  ...pricesLine,
};
