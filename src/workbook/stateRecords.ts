/**
 * Schema 2 of the stored scenarios: one record per scenario, one row of the state sheet per record.
 *
 *   column A   header: |{"sc":2,"id":"s1","rev":3,"n":1,"sum":"…"}   (n = body chunks, sum = checksum)
 *   column B…  body:   |{"schemaVersion":2,"id":"s1","rev":3,"pos":1,"author":"…","savedAt":"…","scenario":{…}}
 *
 * Why this shape: co-authoring merges cells, so scenarios kept in separate rows merge when two
 * people edit different scenarios; a revision per record says which version is newer; and the
 * checksum over the body makes a row whose cells came from two different saves (a host merging two
 * co-authors' multi-cell writes cell by cell) fail loudly instead of loading a silent mixture.
 * A record with `deleted: true` (a tombstone) says a scenario was deleted at that revision.
 */
import { z } from "zod";
import { Scenario, validateScenario } from "../model/scenario";
import { copyScenario, fromChunks, READABLE_RECORD_SCHEMAS, scenarioSchema, SCHEMA_VERSION, toChunks } from "./stateSchema";

export interface StateRecord {
  id: string;
  rev: number;
  /** Where the scenario sits in the list (records are sorted by it when loaded). */
  pos: number;
  /** The pane session that wrote it. */
  author: string;
  /** ISO time of the save. */
  savedAt: string;
  /** null for a tombstone (the scenario was deleted at this revision). */
  scenario: Scenario | null;
}

/** 53-bit string hash (cyrb53), as 14 hex digits: enough to tell two versions of a value apart. */
export function checksum(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * The content of a scenario as compared between versions (its place in the list is not content, nor
 * the order of its fields: a scenario migrated from an older schema is the same scenario).
 */
export function contentHash(scenario: Scenario | null): string {
  return scenario === null ? "deleted" : checksum(JSON.stringify(copyScenario(scenario), sortedKeys));
}

/** A JSON replacer that writes every object's keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const HEADER_START = '|{"sc":';

const headerSchema = z.object({
  sc: z.number(),
  id: z.string().min(1).max(40),
  rev: z.number().int().min(1),
  n: z.number().int().min(1),
  sum: z.string(),
});

const bodySchema = z.object({
  schemaVersion: z.union(READABLE_RECORD_SCHEMAS.map((v) => z.literal(v)) as [z.ZodLiteral<2>, z.ZodLiteral<3>]),
  id: z.string().min(1).max(40),
  rev: z.number().int().min(1),
  pos: z.number(),
  author: z.string(),
  savedAt: z.string(),
  deleted: z.literal(true).optional(),
  scenario: scenarioSchema.optional(),
});

/** The cells of a record's row: header first, then the body in chunks. */
export function encodeRecord(record: StateRecord, chunkSize?: number): string[] {
  const body: z.infer<typeof bodySchema> = {
    schemaVersion: SCHEMA_VERSION,
    id: record.id,
    rev: record.rev,
    pos: record.pos,
    author: record.author,
    savedAt: record.savedAt,
  };
  if (record.scenario === null) body.deleted = true;
  else body.scenario = copyScenario(record.scenario);
  const text = JSON.stringify(bodySchema.parse(body));
  const chunks = toChunks(text, chunkSize);
  const header = JSON.stringify({ sc: SCHEMA_VERSION, id: record.id, rev: record.rev, n: chunks.length, sum: checksum(text) });
  return [`|${header}`, ...chunks];
}

export type DecodedRow =
  | { kind: "blank" }
  /** Cells after column A with nothing in A: what a save that failed half-way leaves. Not a record. */
  | { kind: "debris" }
  /** Column A holds a chunk of a schema-1 document. */
  | { kind: "legacy"; chunk: string }
  | { kind: "record"; record: StateRecord; key: string }
  | { kind: "bad"; problem: "corrupt" | "mixed" | "invalid" | "newer"; message: string; id?: string; rev?: number };

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** Reads one row of the state sheet; never throws. */
export function decodeRow(cells: readonly unknown[]): DecodedRow {
  if (cells.every(isBlank)) return { kind: "blank" };
  if (isBlank(cells[0])) return { kind: "debris" };
  const first = String(cells[0]);
  if (!first.startsWith(HEADER_START)) return { kind: "legacy", chunk: first };
  let header: z.infer<typeof headerSchema>;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(first.slice(1)));
    if (!parsed.success) return { kind: "bad", problem: "corrupt", message: "A saved scenario's header is not readable." };
    header = parsed.data;
  } catch {
    return { kind: "bad", problem: "corrupt", message: "A saved scenario's header is not readable (not valid JSON)." };
  }
  const where = { id: header.id, rev: header.rev };
  if (header.sc > SCHEMA_VERSION) {
    return {
      kind: "bad",
      problem: "newer",
      message: `Scenario "${header.id}" was saved by a newer SupportCost (schema ${header.sc}; this version reads ${SCHEMA_VERSION}). Update the add-in to use it. Saving is turned off so it is not overwritten.`,
      ...where,
    };
  }
  const bodyCells = cells.slice(1, 1 + header.n);
  const text = fromChunks(bodyCells);
  const extra = cells.slice(1 + header.n).some((c) => !isBlank(c));
  if (bodyCells.length !== header.n || bodyCells.some(isBlank) || extra || checksum(text) !== header.sum) {
    return {
      kind: "bad",
      problem: "mixed",
      message: `The saved copy of scenario "${header.id}" (revision ${header.rev}) does not match its checksum: its cells come from different saves (two co-authors saving at once) or were edited by hand. It was not loaded.`,
      ...where,
    };
  }
  let body: z.infer<typeof bodySchema>;
  try {
    const parsed = bodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { kind: "bad", problem: "invalid", message: `Saved scenario "${header.id}" failed validation at ${first.path.join(".")}: ${first.message}.`, ...where };
    }
    body = parsed.data;
  } catch {
    return { kind: "bad", problem: "corrupt", message: `Saved scenario "${header.id}" is not readable (not valid JSON).`, ...where };
  }
  if (body.id !== header.id || body.rev !== header.rev || (body.deleted === true) === (body.scenario !== undefined)) {
    return { kind: "bad", problem: "invalid", message: `Saved scenario "${header.id}" does not agree with its header.`, ...where };
  }
  if (body.scenario) {
    if (body.scenario.id !== body.id) return { kind: "bad", problem: "invalid", message: `Saved scenario "${header.id}" holds scenario "${body.scenario.id}".`, ...where };
    const errors = Object.values(validateScenario(body.scenario, [body.scenario]));
    if (errors.length > 0) {
      return { kind: "bad", problem: "invalid", message: `Saved scenario "${body.scenario.name}" failed validation: ${errors[0]}`, ...where };
    }
  }
  const record: StateRecord = {
    id: body.id,
    rev: body.rev,
    pos: body.pos,
    author: body.author,
    savedAt: body.savedAt,
    scenario: body.scenario ? copyScenario(body.scenario) : null,
  };
  return { kind: "record", record, key: `${body.rev}:${header.sum}` };
}
