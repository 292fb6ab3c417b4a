/**
 * Where scenarios live in the workbook and what to do with what is found there. Microsoft's
 * co-authoring guidance for Excel add-ins: state kept in Office settings is not merged between
 * co-authors, while worksheet cells are; so the scenarios are JSON in cells of a very hidden sheet
 * (it travels with the file and syncs like any edit). A stored value that fails validation is
 * copied, as found, to a column of its own on a hidden quarantine sheet (never overwritten), and
 * reported.
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 */
import { Scenario } from "../model/scenario";
import { StoredProblem } from "./port";
import { parseStoredState } from "./stateSchema";

export const STATE_SHEET = "SupportCost_State";
export const QUARANTINE_SHEET = "SupportCost_Quarantine";
/** Quarantine column layout: row 1 when it was kept, row 2 why, rows 3.. the stored text in chunks. */
export const QUARANTINE_FIRST_CHUNK_ROW = 2; // 0-based

export type LoadDecision =
  | { kind: "empty" }
  | { kind: "ok"; scenarios: Scenario[] }
  | { kind: "problem"; problem: Omit<StoredProblem, "keptAt">; saveBlocked: boolean };

export function decideLoad(stored: string): LoadDecision {
  if (stored.trim() === "") return { kind: "empty" };
  const parsed = parseStoredState(stored);
  if (parsed.ok) return { kind: "ok", scenarios: parsed.scenarios };
  return { kind: "problem", problem: { kind: parsed.kind, message: parsed.message }, saveBlocked: parsed.kind === "newer" };
}
