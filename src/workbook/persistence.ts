/**
 * Where scenarios live in the workbook and what to do with what is found there. Microsoft's
 * co-authoring guidance for Excel add-ins: state kept in Office settings is not merged between
 * co-authors, while worksheet cells are; so the scenarios are JSON in cells of a very hidden sheet
 * (it travels with the file and syncs like any edit), one row per scenario (stateRecords.ts), merged
 * on save (stateMerge.ts). A stored value that fails validation is copied, as found, to a column of
 * its own on a hidden quarantine sheet (never overwritten), and reported.
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 */
import { StoredProblem } from "./port";
import { Base } from "./stateMerge";

export const STATE_SHEET = "SupportCost_State";
export const QUARANTINE_SHEET = "SupportCost_Quarantine";
/** Quarantine column layout: row 1 when it was kept, row 2 why, rows 3.. the stored cells as found. */
export const QUARANTINE_FIRST_CHUNK_ROW = 2; // 0-based

/** How a kept copy of stored cells is compared with what the quarantine sheet already holds. */
export function keptKey(cells: readonly unknown[]): string {
  const list = cells.map((c) => (c === null || c === undefined ? "" : String(c)));
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return list.join("\u0000");
}

export function problemKind(kind: string): StoredProblem["kind"] {
  return kind === "corrupt" || kind === "older" || kind === "newer" || kind === "invalid" || kind === "mixed" ? kind : "invalid";
}

/** A pane session's name for itself in what it saves (Office.js does not tell an add-in who the user is). */
export function newAuthor(): string {
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return `pane-${random.replace(/[^a-z0-9]/gi, "").slice(0, 12)}`;
}

export interface SessionOptions {
  /** Names this pane in what it saves; a new random one by default. */
  author?: string;
  /** Chunk size for stored text (tests use a small one to put chunk boundaries where they want). */
  chunkSize?: number;
}

/**
 * What one pane remembers between loads and saves: the revision of every scenario it last saw, and
 * a queue so its loads and saves run one at a time (two overlapping autosaves once both tried to
 * add the state sheet, and the second failed).
 */
export class StateSession {
  base: Base = new Map();
  readonly author: string;
  readonly chunkSize?: number;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(options: SessionOptions = {}) {
    this.author = options.author ?? newAuthor();
    this.chunkSize = options.chunkSize;
  }

  /** Runs `work` after every earlier load or save has finished, whatever their outcome. */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The user chose between versions: the next save writes their choice over all of them. */
  resolveConflict(id: string): void {
    const entry = this.base.get(id);
    if (!entry) return;
    this.base.set(id, { ...entry, keys: new Set(entry.keys), conflict: false, hash: null });
  }
}
