/** Checks every workbook implementation applies before touching a workbook. */
import { Scenario, validateScenario } from "../model/scenario";
import { WorkbookError } from "./port";

/** Nothing reaches a workbook from invalid input, whatever the caller checked. */
export function assertValid(scenarios: readonly Scenario[]): void {
  if (scenarios.length === 0) throw new WorkbookError("There are no scenarios to write.");
  for (const s of scenarios) {
    const problems = Object.values(validateScenario(s, scenarios));
    if (problems.length > 0) throw new WorkbookError(`Nothing was written: ${s.name || "a scenario"} has invalid input (${problems[0]})`);
  }
}

/** The cells of a selection that must be one row or one column of months, in order. */
function selectedMonths(values: readonly (readonly unknown[])[]): unknown[] {
  const rows = values.length;
  const cols = rows > 0 ? values[0].length : 0;
  if (rows === 0 || cols === 0) throw new WorkbookError("Select a row or column of monthly conversation counts first.");
  if (rows > 1 && cols > 1) {
    throw new WorkbookError(`Select one row or one column of monthly counts; the selection is ${rows} rows × ${cols} columns.`);
  }
  return values.flatMap((r) => [...r]);
}

/** Monthly values from a selected range: one row or one column of numbers, oldest first. */
export function readHistoryCells(values: readonly (readonly unknown[])[]): number[] {
  const flat = selectedMonths(values);
  if (flat.length < 2) throw new WorkbookError("Select at least 2 months of history (12 or more to find seasonality).");
  return flat.map((v, i) => {
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    throw new WorkbookError(`Month ${i + 1} of the selection is not a count of conversations (${v === "" ? "blank" : JSON.stringify(v)}).`);
  });
}

/** Excel hands error cells over as their text: "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", ... */
const EXCEL_ERROR = /^#(N\/A|[A-Z0-9/]+[!?]|GETTING_DATA|SPILL!|CALC!|BUSY!|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|NULL!)$/;

/**
 * Monthly values for a forecast, oldest first: one row or column; blank cells become null (the
 * forecast fills short gaps), while text and Excel errors are refused with the month they are in.
 * Negative numbers pass through: the forecast explains why they cannot be volumes.
 */
export function readSeriesCells(values: readonly (readonly unknown[])[]): (number | null)[] {
  return selectedMonths(values).map((v, i) => {
    if (v === "" || v === null || v === undefined) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string" && EXCEL_ERROR.test(v.trim())) {
      throw new WorkbookError(`Month ${i + 1} of the selection is the Excel error ${v.trim()}. Fix that cell, or leave the month blank.`);
    }
    throw new WorkbookError(`Month ${i + 1} of the selection is ${typeof v === "string" ? `the text "${v}"` : JSON.stringify(v)}, not a count. Use numbers, or leave the month blank.`);
  });
}
