/**
 * The pane's Japanese catalog, loaded on demand (its own chunk) when the pane speaks Japanese. Each area
 * file is typed against its English twin, so a missing or extra key fails the typecheck.
 */
import type { Catalog } from "../en";
import { app } from "./app";

export const ja: Catalog = {
  ...app,
};
