/**
 * How a pane's scenarios and what the workbook holds come together, as pure functions over the
 * state sheet's rows (both workbooks, Excel and in-memory, call these; only the I/O differs).
 *
 * Each pane session remembers, per scenario, the revision it last loaded or saved (its base). On
 * save, a scenario is written as revision + 1 only when nobody else wrote it since; a co-author's
 * newer revision of a scenario this pane did not change is taken in; a scenario changed on both
 * sides is written *beside* the other (same revision), which every pane then shows as a conflict
 * until someone chooses. Nothing stored is cleared except rows this save supersedes, rows already
 * kept on the quarantine sheet, and half-written rows; and clearing always comes after writing.
 */
import { Scenario } from "../model/scenario";
import type { ScenarioConflict, ScenarioVersion, StoredProblem } from "./port";
import { contentHash, decodeRow, encodeRecord, StateRecord } from "./stateRecords";
import { fromChunks, LEGACY_SCHEMA_VERSION, parseStoredState } from "./stateSchema";

/** What a pane session knows of one scenario in the workbook. */
export interface BaseEntry {
  rev: number;
  /** The records at that revision it has seen (a co-author's unseen record means a change). */
  keys: Set<string>;
  /** Content as loaded or saved; null forces the next save to write (after a conflict is resolved). */
  hash: string | null;
  /** True while the scenario has versions the user has not chosen between. */
  conflict: boolean;
}

export type Base = Map<string, BaseEntry>;

interface Version {
  record: StateRecord;
  key: string;
}

interface ValidRow extends Version {
  row: number;
  cells: unknown[];
}

interface Current {
  id: string;
  top: number;
  /** Distinct contents at the top revision (more than one: a conflict). */
  versions: Version[];
  /** Every key at the top revision (identical duplicates included). */
  topKeys: string[];
  rows: ValidRow[];
  /** The top is a schema-1 scenario not yet written as a record. */
  legacy: boolean;
}

export interface BadStored {
  problem: StoredProblem["kind"] | "mixed";
  message: string;
  /** The raw cells, kept as found on the quarantine sheet. */
  cells: unknown[];
  rows: number[];
  /** Schema-1 text kept after it was migrated: kept, but not a problem to report. */
  migrated?: true;
}

export interface StoreState {
  current: Map<string, Current>;
  bad: BadStored[];
  /** A newer add-in's data: saving would overwrite what this version cannot read. */
  newer?: string;
  debrisRows: number[];
  legacy?: { rows: number[]; cells: string[]; ids: string[] };
  /** Rows holding anything (so a new record is never written over them), with what they hold. */
  usedRows: Set<number>;
  rowCells: Map<number, unknown[]>;
  width: number;
}

const LEGACY_AUTHOR = "an earlier SupportCost";

/** Reads the state sheet's rows (row index = sheet row, column A first). Never throws. */
export function readState(rows: readonly (readonly unknown[] | undefined)[]): StoreState {
  const byId = new Map<string, ValidRow[]>();
  const bad: BadStored[] = [];
  const debrisRows: number[] = [];
  const legacyRows: number[] = [];
  const legacyCells: string[] = [];
  const usedRows = new Set<number>();
  const rowCells = new Map<number, unknown[]>();
  let newer: string | undefined;
  let width = 1;
  rows.forEach((cells, row) => {
    if (!cells) return;
    const d = decodeRow(cells);
    if (d.kind === "blank") return;
    usedRows.add(row);
    rowCells.set(row, [...cells]);
    width = Math.max(width, cells.length);
    if (d.kind === "debris") debrisRows.push(row);
    else if (d.kind === "legacy") {
      legacyRows.push(row);
      legacyCells.push(d.chunk);
    } else if (d.kind === "bad") {
      if (d.problem === "newer") newer ??= d.message;
      bad.push({ problem: d.problem === "newer" ? "newer" : d.problem, message: d.message, cells: [...cells], rows: [row] });
    } else {
      const list = byId.get(d.record.id) ?? [];
      list.push({ record: d.record, key: d.key, row, cells: [...cells] });
      byId.set(d.record.id, list);
    }
  });

  let legacy: StoreState["legacy"];
  const legacyVersions = new Map<string, Version>();
  if (legacyRows.length > 0) {
    const text = fromChunks(legacyCells);
    const parsed = parseStoredState(text);
    if (parsed.ok) {
      legacy = { rows: legacyRows, cells: legacyCells, ids: parsed.scenarios.map((s) => s.id) };
      parsed.scenarios.forEach((s, i) => {
        legacyVersions.set(s.id, {
          record: { id: s.id, rev: 0, pos: i, author: LEGACY_AUTHOR, savedAt: "", scenario: s },
          key: `legacy:${contentHash(s)}`,
        });
      });
    } else {
      const message = parsed.kind === "older" || parsed.kind === "newer" ? parsed.message : `${parsed.message} (schema ${LEGACY_SCHEMA_VERSION} data)`;
      if (parsed.kind === "newer") newer ??= parsed.message;
      bad.push({ problem: parsed.kind, message, cells: legacyCells, rows: legacyRows });
    }
  }

  const current = new Map<string, Current>();
  for (const id of new Set([...byId.keys(), ...legacyVersions.keys()])) {
    const rowsOf = byId.get(id) ?? [];
    const top = rowsOf.reduce((m, r) => Math.max(m, r.record.rev), 0);
    if (rowsOf.length === 0) {
      const v = legacyVersions.get(id)!;
      current.set(id, { id, top: 0, versions: [v], topKeys: [v.key], rows: [], legacy: true });
      continue;
    }
    const atTop = rowsOf.filter((r) => r.record.rev === top);
    const versions: Version[] = [];
    const seen = new Set<string>();
    for (const r of atTop) {
      const h = contentHash(r.record.scenario);
      if (seen.has(h)) continue;
      seen.add(h);
      versions.push({ record: r.record, key: r.key });
    }
    current.set(id, { id, top, versions, topKeys: atTop.map((r) => r.key), rows: rowsOf, legacy: false });
  }
  return { current, bad, newer, debrisRows, legacy, usedRows, rowCells, width };
}

function versionOf(v: Version, author: string): ScenarioVersion {
  return { scenario: v.record.scenario, author: v.record.author, savedAt: v.record.savedAt, rev: v.record.rev, byThisPane: v.record.author === author };
}

/** The version a list shows for a scenario with several: this pane's own, else the latest. */
function representative(c: Current, author: string): Version {
  const alive = c.versions.filter((v) => v.record.scenario !== null);
  const own = alive.find((v) => v.record.author === author);
  if (own) return own;
  const pool = alive.length > 0 ? alive : c.versions;
  return [...pool].sort((a, b) => (a.record.savedAt < b.record.savedAt ? 1 : a.record.savedAt > b.record.savedAt ? -1 : 0))[0];
}

function conflictOf(c: Current, author: string, extra?: Version): ScenarioConflict {
  const versions = [...c.versions, ...(extra ? [extra] : [])];
  const named = versions.find((v) => v.record.scenario)?.record.scenario?.name ?? c.id;
  return { id: c.id, name: named, versions: versions.map((v) => versionOf(v, author)) };
}

function byPosition(a: { pos: number; id: string }, b: { pos: number; id: string }): number {
  return a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function baseFromCurrent(c: Current, author: string): BaseEntry {
  return { rev: c.top, keys: new Set(c.topKeys), hash: contentHash(representative(c, author).record.scenario), conflict: c.versions.length > 1 };
}

export interface LoadView {
  scenarios: Scenario[] | null;
  conflicts: ScenarioConflict[];
  bad: BadStored[];
  saveBlocked: boolean;
  base: Base;
}

/** What a load shows: the current version of every scenario, conflicts, and what could not be used. */
export function viewForLoad(state: StoreState, author: string): LoadView {
  const base: Base = new Map();
  const listed: { pos: number; id: string; scenario: Scenario }[] = [];
  const conflicts: ScenarioConflict[] = [];
  for (const c of state.current.values()) {
    base.set(c.id, baseFromCurrent(c, author));
    const rep = representative(c, author).record;
    if (rep.scenario) listed.push({ pos: rep.pos, id: c.id, scenario: rep.scenario });
    if (c.versions.length > 1) conflicts.push(conflictOf(c, author));
  }
  listed.sort(byPosition);
  return { scenarios: listed.length > 0 ? listed.map((l) => l.scenario) : null, conflicts, bad: state.bad, saveBlocked: state.newer !== undefined, base };
}

export interface RowWrite {
  row: number;
  cells: string[];
}

export interface RowClear {
  row: number;
  /** What the row held when read: anything else found there when clearing belongs to someone else. */
  expected: unknown[];
}

export interface SavePlan {
  /** Written first, each row's header last, into rows that were blank. */
  writes: RowWrite[];
  /** Kept on the quarantine sheet before anything is cleared. */
  quarantine: BadStored[];
  /** Then cleared: superseded records, quarantined rows, half-written rows, migrated schema-1 text. */
  clears: RowClear[];
  scenarios: Scenario[];
  conflicts: ScenarioConflict[];
  /** A co-author's changes were taken in, or a conflict found. */
  merged: boolean;
  /** Scenarios given a new id because a co-author added another with the same id. */
  renamedIds: Record<string, string>;
  base: Base;
}

function freshId(taken: Set<string>): string {
  let max = 0;
  for (const id of taken) {
    const m = /^s(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `s${max + 1}`;
}

/**
 * Plans a save of `mine` (the pane's scenarios, in order) over what the workbook holds. Throws
 * nothing; the caller refuses to save when `state.newer` is set.
 */
export function planSave(
  state: StoreState,
  base: Base,
  mine: readonly Scenario[],
  meta: { author: string; savedAt: string; chunkSize?: number },
): SavePlan {
  const { author, savedAt } = meta;
  const nextBase: Base = new Map();
  const writes: string[][] = [];
  const clearRows = new Map<number, unknown[]>();
  const listed: { pos: number; id: string; scenario: Scenario }[] = [];
  const conflicts: ScenarioConflict[] = [];
  const renamedIds: Record<string, string> = {};
  let merged = false;

  // Positions: a stored scenario keeps its place; a new one goes between its neighbours in the pane.
  const positions = new Map<string, number>();
  mine.forEach((s, i) => {
    const c = state.current.get(s.id);
    if (c) positions.set(s.id, representative(c, author).record.pos);
    else {
      const prev = i > 0 ? positions.get(mine[i - 1].id)! : -1;
      const nextKnown = mine.slice(i + 1).map((n) => state.current.get(n.id)).find((n) => n !== undefined);
      const next = nextKnown ? representative(nextKnown, author).record.pos : prev + 2;
      positions.set(s.id, next > prev ? (prev + next) / 2 : prev + 1);
    }
  });

  const taken = new Set<string>([...state.current.keys(), ...mine.map((s) => s.id), ...base.keys()]);
  const write = (record: StateRecord, conflict: boolean, clearOld: Current | undefined): Version => {
    const cells = encodeRecord(record, meta.chunkSize);
    writes.push(cells);
    const sum = JSON.parse(cells[0].slice(1)).sum as string;
    const key = `${record.rev}:${sum}`;
    if (clearOld) for (const r of clearOld.rows) clearRows.set(r.row, r.cells);
    const entry: BaseEntry = { rev: record.rev, keys: new Set([key]), hash: contentHash(record.scenario), conflict };
    if (conflict && clearOld === undefined) {
      const c = state.current.get(record.id)!;
      for (const k of c.topKeys) entry.keys.add(k);
    }
    nextBase.set(record.id, entry);
    if (record.scenario) listed.push({ pos: record.pos, id: record.id, scenario: record.scenario });
    return { record, key };
  };
  const adopt = (c: Current) => {
    nextBase.set(c.id, baseFromCurrent(c, author));
    const rep = representative(c, author).record;
    if (rep.scenario) listed.push({ pos: rep.pos, id: c.id, scenario: rep.scenario });
    if (c.versions.length > 1) conflicts.push(conflictOf(c, author));
  };
  const keep = (c: Current, m: Scenario | null) => {
    // Unchanged here and there, or a conflict still waiting for the user: the stored rows stay.
    const entry = baseFromCurrent(c, author);
    if (m) entry.hash = contentHash(m);
    nextBase.set(c.id, entry);
    if (m) listed.push({ pos: positions.get(c.id) ?? representative(c, author).record.pos, id: c.id, scenario: m });
    if (c.versions.length > 1) conflicts.push(conflictOf(c, author));
  };

  const mineById = new Map(mine.map((s) => [s.id, s]));
  const ids = new Set<string>([...mineById.keys(), ...state.current.keys(), ...base.keys()]);
  for (const id of ids) {
    const m = mineById.get(id) ?? null;
    const c = state.current.get(id);
    const b = base.get(id);
    const mHash = contentHash(m);
    const record = (scenario: Scenario | null, rev: number, pos: number): StateRecord => ({ id, rev, pos, author, savedAt, scenario });
    if (!c) {
      // Nothing usable stored (new here, or its record vanished): what this pane has is written.
      if (m) write(record(m, (b?.rev ?? 0) + 1, positions.get(id)!), false, undefined);
      continue;
    }
    const cPos = representative(c, author).record.pos;
    if (b !== undefined && b.rev > c.top) {
      // What this pane saved is gone (a co-author's save landed on the same cells, or the row was
      // found mixed and kept aside): it still has the scenario, so it is written again.
      write(record(m, b.rev + 1, m ? positions.get(id)! : cPos), false, c);
      continue;
    }
    const known = b !== undefined && c.topKeys.every((k) => b.keys.has(k));
    if (known) {
      const single = c.versions.length === 1;
      if (b.conflict && !single) keep(c, m);
      else if (single && !c.legacy && (mHash === b.hash || mHash === contentHash(c.versions[0].record.scenario))) keep(c, m);
      else if (m === null && single && c.versions[0].record.scenario === null) keep(c, null);
      else write(record(m, c.top + 1, m ? positions.get(id)! : cPos), false, c);
      continue;
    }
    // A co-author wrote this scenario since this pane last saw it (or this pane never saw it).
    merged = true;
    if (!b) {
      if (m === null || (c.versions.length === 1 && contentHash(c.versions[0].record.scenario) === mHash)) adopt(c);
      else if (c.versions.length === 1 && c.versions[0].record.scenario === null) write(record(m, c.top + 1, positions.get(id)!), false, c);
      else if (c.versions.some((v) => v.record.scenario?.name.trim().toLowerCase() === m.name.trim().toLowerCase())) {
        // The same scenario (same id, same name) started in two panes at once: both versions stay, the user chooses.
        const mineVersion = write(record(m, c.top, positions.get(id)!), true, undefined);
        conflicts.push(conflictOf(c, author, mineVersion));
      } else {
        // Both added a scenario under the same id: they are different scenarios, so both stay.
        const newId = freshId(taken);
        taken.add(newId);
        renamedIds[id] = newId;
        const moved = { ...m, id: newId };
        write({ id: newId, rev: 1, pos: positions.get(id)!, author, savedAt, scenario: moved }, false, undefined);
        adopt(c);
      }
      continue;
    }
    if (mHash === b.hash || (c.versions.length === 1 && contentHash(c.versions[0].record.scenario) === mHash)) {
      adopt(c);
      continue;
    }
    // Changed on both sides: this version goes beside theirs, and the user chooses.
    const mineVersion = write(record(m, c.top, m ? positions.get(id)! : cPos), true, undefined);
    if (!m) {
      const rep = representative(c, author).record;
      if (rep.scenario) listed.push({ pos: rep.pos, id, scenario: rep.scenario });
    }
    conflicts.push(conflictOf(c, author, mineVersion));
  }

  // Superseded rows of scenarios not written now (a failed save's leftovers, identical duplicates).
  for (const c of state.current.values()) {
    const firstAtTop = new Map<string, number>();
    for (const r of c.rows) {
      if (r.record.rev < c.top) clearRows.set(r.row, r.cells);
      else if (firstAtTop.has(r.key)) clearRows.set(r.row, r.cells);
      else firstAtTop.set(r.key, r.row);
    }
  }
  // Schema-1 text goes once every scenario in it is stored as a record (kept on the quarantine sheet first).
  const quarantine: BadStored[] = state.bad.filter((b) => b.problem !== "newer");
  if (state.legacy) {
    const legacyIds = state.legacy.ids;
    const covered = legacyIds.every((id) => !state.current.get(id)?.legacy || nextBase.get(id)?.rev !== 0);
    if (covered) {
      quarantine.push({ problem: "older", migrated: true, message: `Schema ${LEGACY_SCHEMA_VERSION} scenarios as found, kept when they were migrated to one record per scenario.`, cells: state.legacy.cells, rows: state.legacy.rows });
    }
  }
  for (const q of quarantine) for (const row of q.rows) clearRows.set(row, state.rowCells.get(row) ?? []);
  for (const row of state.debrisRows) clearRows.set(row, state.rowCells.get(row) ?? []);

  // New rows go where nothing is stored (never over a row, even one about to be cleared).
  const rowWrites: RowWrite[] = [];
  let row = 0;
  for (const cells of writes) {
    while (state.usedRows.has(row)) row++;
    rowWrites.push({ row, cells });
    row++;
  }
  listed.sort(byPosition);
  return {
    writes: rowWrites,
    quarantine,
    clears: [...clearRows.entries()].map(([r, expected]) => ({ row: r, expected })),
    scenarios: listed.map((l) => l.scenario),
    conflicts,
    merged: merged || conflicts.length > 0,
    renamedIds,
    base: nextBase,
  };
}
