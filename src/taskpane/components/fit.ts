import { makeStyles } from "@fluentui/react-components";

/**
 * Inputs and selects that shrink to their column: a native input's default size (20 characters)
 * otherwise overflows the narrow task pane's two-column rows.
 */
export const useFitStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
});
