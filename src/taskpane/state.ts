/**
 * The pane's state and every change to it, as a pure reducer (testable without a browser), plus
 * selectors the components use. No Office, no React here.
 */
import {
  copyName,
  DriverField,
  MONTH_NAMES,
  newScenarioId,
  Scenario,
  ScenarioDrivers,
  TemplateName,
  templateDrivers,
  validateScenario,
  FieldErrors,
} from "../model/scenario";
import { SaveResult, ScenarioConflict, StoredProblem } from "../workbook/port";
import type { MessageKey } from "./i18n/en";
import { englishT, MessageValues, Translate } from "./i18n/I18n";
import { translateProblem, translateTitle } from "./i18n/problems";
import { labelOfNumberMessage, notANumberMessage, numberFromText } from "./parseInput";
import { BUILT_IN_PRICES, PricesInUse } from "./pricesInUse";

export type StatusTone = "success" | "error" | "warning" | "info";

/** Something the user can do from a status message (one action per message). */
export type StatusAction = "undoDelete";

export interface Status {
  id: number;
  tone: StatusTone;
  title: string;
  message: string;
  action?: StatusAction;
  /** The title and message as catalog keys, when the reducer wrote them: shown in the pane's language. */
  text?: StatusText;
}

/** A status message's words by key, for the component to write in the pane's language. */
export interface StatusText {
  title: MessageKey;
  message: MessageKey;
  values: MessageValues;
}

/** The "Deleted …" message while older deletions remain to be undone. */
function undoStatusText(name: string, left: number): StatusText {
  return { title: name ? "status.deleted" : "status.deletedUnnamed", message: "status.undoLeft", values: { name, count: left } };
}

export interface PaneState {
  scenarios: Scenario[];
  selectedId: string;
  /** Set when the workbook's stored scenarios could not be used (kept aside, shown until dismissed). */
  storedProblem?: StoredProblem;
  /** True when saving would overwrite scenarios a newer add-in wrote. */
  saveBlocked: boolean;
  /** Scenarios changed in two places at once, waiting for the user to choose a version. */
  conflicts: ScenarioConflict[];
  /** True after a change not yet saved to the workbook. */
  dirty: boolean;
  /** The latest messages, newest first (at most a few). */
  statuses: Status[];
  /** Operation running against the workbook, for disabling buttons and showing progress. */
  busy?: "load" | "save" | "plan" | "publish" | "selection";
  nextStatusId: number;
  /**
   * What the user typed into number fields, by draftKey(scenario, field) or a view's own key, kept
   * while the pane is open: switching tabs and back shows exactly what was typed, invalid text included.
   */
  drafts: Record<string, string>;
  /** Every scenario deleted since the last load, most recent last, with where it was: Undo puts them back one by one. */
  deleted?: { scenario: Scenario; index: number }[];
  /** The price book every figure the pane shows uses (the workbook's, when it reads cleanly). */
  prices: PricesInUse;
}

/** The drafts key of a scenario's number field. */
export function draftKey(scenarioId: string, field: string): string {
  return `${scenarioId}:${field}`;
}

export type Action =
  | { type: "loaded"; scenarios: Scenario[]; problem?: StoredProblem; saveBlocked?: boolean; conflicts?: ScenarioConflict[] }
  | { type: "select"; id: string }
  | { type: "add"; template: TemplateName; firstMonth: string }
  | { type: "duplicate"; id: string }
  | { type: "delete"; id: string }
  | { type: "rename"; id: string; name: string }
  | { type: "setDriver"; id: string; field: DriverField; value: ScenarioDrivers[DriverField] }
  | { type: "setDrivers"; id: string; drivers: Partial<ScenarioDrivers> }
  /** Volume from level, growth and seasonality again: drops the month-by-month list. */
  | { type: "useLevelVolume"; id: string }
  | { type: "busy"; busy: PaneState["busy"] }
  | { type: "saved"; scenarios: Scenario[] }
  /** A save finished: `sent` is what was saved, `result` what the workbook now holds (co-authors' changes merged). */
  | { type: "merged"; sent: Scenario[]; result: SaveResult }
  /** The user chose a version of a conflicting scenario (null: the version that deletes it). */
  | { type: "resolveConflict"; id: string; choice: Scenario | null }
  | { type: "status"; tone: StatusTone; title: string; message: string; action?: StatusAction }
  | { type: "draft"; key: string; text: string }
  | { type: "undoDelete" }
  | { type: "dismissStatus"; id: number }
  | { type: "dismissStoredProblem" }
  | { type: "prices"; prices: PricesInUse };

const MAX_STATUSES = 3;

export function initialState(scenarios: Scenario[]): PaneState {
  return { scenarios, selectedId: scenarios[0]?.id ?? "", saveBlocked: false, conflicts: [], dirty: false, statuses: [], nextStatusId: 1, drafts: {}, prices: BUILT_IN_PRICES };
}

/** Drivers without a monthlyConversations key when it is undefined (a scenario either has the list or not). */
function withoutUndefinedList(d: ScenarioDrivers): ScenarioDrivers {
  if (d.monthlyConversations !== undefined) return d;
  const { monthlyConversations: _none, ...rest } = d;
  return rest;
}

function updateScenario(state: PaneState, id: string, change: (s: Scenario) => Scenario): PaneState {
  return { ...state, dirty: true, scenarios: state.scenarios.map((s) => (s.id === id ? change(s) : s)) };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "loaded":
      return {
        ...state,
        scenarios: action.scenarios,
        selectedId: action.scenarios[0]?.id ?? "",
        storedProblem: action.problem,
        saveBlocked: action.saveBlocked ?? false,
        conflicts: action.conflicts ?? [],
        dirty: false,
        busy: undefined,
        // Drafts typed into scenarios go with them (they are now replaced); the views' own stay.
        drafts: Object.fromEntries(Object.entries(state.drafts).filter(([key]) => !state.scenarios.some((s) => key.startsWith(`${s.id}:`)))),
        deleted: undefined,
      };
    case "select":
      return state.scenarios.some((s) => s.id === action.id) ? { ...state, selectedId: action.id } : state;
    case "add": {
      const id = newScenarioId(state.scenarios);
      const taken = new Set(state.scenarios.map((s) => s.name.toLowerCase()));
      let name: string = action.template;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${action.template} ${i}`;
      const scenario: Scenario = { id, name, drivers: templateDrivers(action.template, action.firstMonth) };
      return { ...state, dirty: true, scenarios: [...state.scenarios, scenario], selectedId: id };
    }
    case "duplicate": {
      const source = state.scenarios.find((s) => s.id === action.id);
      if (!source) return state;
      const id = newScenarioId(state.scenarios);
      const d = source.drivers;
      const copy: Scenario = {
        id,
        name: copyName(source.name, state.scenarios),
        drivers: withoutUndefinedList({ ...d, seasonality: d.seasonality === "flat" ? "flat" : [...d.seasonality], monthlyConversations: d.monthlyConversations && [...d.monthlyConversations] }),
      };
      const at = state.scenarios.indexOf(source) + 1;
      return { ...state, dirty: true, scenarios: [...state.scenarios.slice(0, at), copy, ...state.scenarios.slice(at)], selectedId: id };
    }
    case "delete": {
      if (state.scenarios.length <= 1) return state;
      const index = state.scenarios.findIndex((s) => s.id === action.id);
      if (index < 0) return state;
      const scenarios = state.scenarios.filter((s) => s.id !== action.id);
      const selectedId = state.selectedId === action.id ? scenarios[Math.max(0, index - 1)].id : state.selectedId;
      return { ...state, dirty: true, scenarios, selectedId, deleted: [...(state.deleted ?? []), { scenario: state.scenarios[index], index }] };
    }
    case "undoDelete": {
      const back = state.deleted?.[state.deleted.length - 1];
      if (!back) return state;
      const remaining = state.deleted!.slice(0, -1);
      // An id or name taken since (by Add or a rename) gets a fresh one, so nothing is overwritten.
      const id = state.scenarios.some((s) => s.id === back.scenario.id) ? newScenarioId(state.scenarios) : back.scenario.id;
      const name = state.scenarios.some((s) => s.name.trim().toLowerCase() === back.scenario.name.trim().toLowerCase())
        ? copyName(back.scenario.name, state.scenarios)
        : back.scenario.name;
      const scenario = { ...back.scenario, id, name };
      const at = Math.min(back.index, state.scenarios.length);
      return {
        ...state,
        dirty: true,
        scenarios: [...state.scenarios.slice(0, at), scenario, ...state.scenarios.slice(at)],
        selectedId: id,
        deleted: remaining.length > 0 ? remaining : undefined,
        // The "Deleted …" message has done its work; while older deletions remain, Undo offers the next.
        nextStatusId: remaining.length > 0 ? state.nextStatusId + 1 : state.nextStatusId,
        statuses: [
          ...(remaining.length > 0
            ? [statusOf(state.nextStatusId, undoStatusText(remaining[remaining.length - 1].scenario.name.trim(), remaining.length))]
            : []),
          ...state.statuses.filter((s) => s.action !== "undoDelete"),
        ],
      };
    }
    case "draft":
      return state.drafts[action.key] === action.text ? state : { ...state, drafts: { ...state.drafts, [action.key]: action.text } };
    case "rename":
      return updateScenario(state, action.id, (s) => ({ ...s, name: action.name }));
    case "setDriver":
      return updateScenario(state, action.id, (s) => ({ ...s, drivers: { ...s.drivers, [action.field]: action.value } }));
    case "setDrivers":
      return updateScenario(state, action.id, (s) => ({ ...s, drivers: withoutUndefinedList({ ...s.drivers, ...action.drivers }) }));
    case "useLevelVolume":
      return updateScenario(state, action.id, (s) => ({ ...s, drivers: withoutUndefinedList({ ...s.drivers, monthlyConversations: undefined }) }));
    case "busy":
      return { ...state, busy: action.busy };
    case "saved":
      // Changes made while the save was under way still need saving.
      return state.scenarios === action.scenarios ? { ...state, dirty: false } : state;
    case "merged":
      return applySaveResult(state, action.sent, action.result);
    case "resolveConflict": {
      const others = state.conflicts.filter((c) => c.id !== action.id);
      const exists = state.scenarios.some((s) => s.id === action.id);
      let scenarios: Scenario[];
      if (action.choice === null) scenarios = state.scenarios.length > 1 || !exists ? state.scenarios.filter((s) => s.id !== action.id) : state.scenarios;
      else if (exists) scenarios = state.scenarios.map((s) => (s.id === action.id ? action.choice! : s));
      else scenarios = [...state.scenarios, action.choice];
      const selectedId = scenarios.some((s) => s.id === state.selectedId) ? state.selectedId : (scenarios[0]?.id ?? "");
      return { ...state, scenarios, selectedId, conflicts: others, dirty: true };
    }
    case "status": {
      const status: Status = { id: state.nextStatusId, tone: action.tone, title: action.title, message: action.message, action: action.action };
      // A newer Undo message replaces an older one; the deletions themselves are all kept (state.deleted).
      const older = action.action ? state.statuses.filter((s) => s.action !== action.action) : state.statuses;
      return { ...state, nextStatusId: state.nextStatusId + 1, statuses: [status, ...older].slice(0, MAX_STATUSES) };
    }
    case "dismissStatus":
      return { ...state, statuses: state.statuses.filter((s) => s.id !== action.id) };
    case "dismissStoredProblem":
      return { ...state, storedProblem: undefined };
    case "prices":
      return { ...state, prices: action.prices };
  }
}

/** An Undo note written from its keys, in English (the component shows it in the pane's language). */
function statusOf(id: number, text: StatusText): Status {
  return { id, tone: "info", title: englishT(text.title, text.values), message: englishT(text.message, text.values), action: "undoDelete", text };
}

/**
 * Takes in what a save found: co-authors' additions, deletions and edits of scenarios this pane did
 * not change meanwhile, new ids for clashing additions, and conflicts. Whatever the user changed
 * while the save was under way stays as typed (and still needs saving).
 */
function applySaveResult(state: PaneState, sent: Scenario[], result: SaveResult): PaneState {
  const unchangedSince = state.scenarios === sent;
  if (!result.merged && Object.keys(result.renamedIds).length === 0) {
    return { ...state, conflicts: result.conflicts, dirty: unchangedSince ? false : state.dirty };
  }
  const renamed = (id: string) => result.renamedIds[id] ?? id;
  const sentById = new Map(sent.map((s) => [s.id, s]));
  const resultById = new Map(result.scenarios.map((s) => [s.id, s]));
  const touchedHere = (s: Scenario) => sentById.get(s.id) !== s;
  let scenarios: Scenario[];
  if (unchangedSince) scenarios = result.scenarios;
  else {
    const kept: Scenario[] = [];
    for (const s of state.scenarios) {
      const id = renamed(s.id);
      const moved = id === s.id ? s : { ...s, id };
      if (touchedHere(s)) kept.push(moved);
      else if (resultById.has(id)) kept.push(resultById.get(id)!);
      // else: a co-author deleted it, and it was not changed here since.
    }
    const have = new Set(kept.map((s) => s.id));
    for (const s of result.scenarios) if (!have.has(s.id)) kept.push(s);
    scenarios = kept;
  }
  // The pane always edits at least one scenario: if co-authors deleted them all, this pane's stay (unsaved).
  if (scenarios.length === 0) return { ...state, conflicts: result.conflicts, dirty: true };
  const selected = renamed(state.selectedId);
  const selectedId = scenarios.some((s) => s.id === selected) ? selected : (scenarios[0]?.id ?? "");
  return { ...state, scenarios, selectedId, conflicts: result.conflicts, dirty: !unchangedSince };
}

export function selectedScenario(state: PaneState): Scenario | undefined {
  return state.scenarios.find((s) => s.id === state.selectedId);
}

export function errorsOf(state: PaneState, id: string): FieldErrors {
  const s = state.scenarios.find((x) => x.id === id);
  return s ? validateScenario(s, state.scenarios, state.prices.book) : {};
}

/** How a scenario is named in messages: its name, or its place when the name is blank (in `t`'s language). */
export function scenarioTitle(scenario: Scenario, index: number, t: Translate = englishT): string {
  return scenario.name.trim() || t("problems.untitled", { number: String(index + 1) });
}

export interface ScenarioProblems {
  id: string;
  title: string;
  /** One message per field, in the editor's order, each naming its field. */
  problems: { field: string; message: string }[];
}

/**
 * Every problem of every scenario, by scenario and field. A number field that holds text which is
 * not a number is described with what was typed, in the same words as the field itself.
 */
export function scenarioProblems(state: PaneState): ScenarioProblems[] {
  const out: ScenarioProblems[] = [];
  state.scenarios.forEach((s, index) => {
    const errors = validateScenario(s, state.scenarios, state.prices.book);
    const problems = (Object.keys(errors) as (keyof FieldErrors)[]).map((field) => {
      const message = errors[field] as string;
      const typed = state.drafts[draftKey(s.id, field)];
      const label = labelOfNumberMessage(message);
      const value = (s.drivers as unknown as Record<string, unknown>)[field];
      if (typed !== undefined && label && typeof value === "number" && Number.isNaN(value) && numberFromText(typed) === undefined) {
        return { field, message: notANumberMessage(label, typed) };
      }
      if (field === "seasonality" && Array.isArray(value)) {
        // The first factor typed as text, worded as the factor's own field words it.
        const i = value.findIndex((f, k) => Number.isNaN(f) && numberFromText(state.drafts[draftKey(s.id, `seasonality.${k}`)] ?? "") === undefined);
        if (i >= 0) return { field, message: notANumberMessage(`The ${MONTH_NAMES[i]} factor`, state.drafts[draftKey(s.id, `seasonality.${i}`)] ?? "") };
      }
      return { field, message };
    });
    if (problems.length > 0) out.push({ id: s.id, title: scenarioTitle(s, index), problems });
  });
  return out;
}

/**
 * Why nothing may be written now, or undefined when the scenarios can go to the workbook: in English,
 * or in the language of the pane's `t`.
 */
export function blockedReason(state: PaneState, t: Translate = englishT): string | undefined {
  if (state.scenarios.length === 0) return t("problems.addScenario");
  const all = scenarioProblems(state);
  if (all.length === 0) return undefined;
  const count = all.reduce((n, p) => n + p.problems.length, 0);
  const first = t("problems.first", { title: translateTitle(all[0].title, t), message: translateProblem(all[0].problems[0].message, t) });
  return count === 1 ? first : t("problems.more", { first, n: String(count - 1), count: count - 1 });
}
