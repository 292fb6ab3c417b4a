/**
 * The scenarios as stored inside the workbook: JSON with a schema version, validated with zod on
 * the way in. Anything that fails (not JSON, an older or newer schema, a hand-edited value out of
 * range) is classified so the caller can report it and keep the text aside.
 *
 * Schema 1 kept every scenario in one JSON document split down column A (this file reads and
 * writes that document, which is how it is migrated). Schema 2 keeps one record per scenario
 * (stateRecords.ts) so co-authors' saves merge. Schema 3 is schema 2 with the one budget model's
 * drivers: a `stack` of the price book where schema 2 had a `tier`, and an AI involvement always given.
 * Schemas 1 and 2 are migrated on load (migrateDrivers) without changing any number they gave; an
 * add-in that reads schema 2 sees a schema-3 record as newer and saves nothing over it.
 */
import { z } from "zod";
import { migrateDrivers, Scenario, validateScenario } from "../model/scenario";

/** The schema this version writes: one record per scenario (stateRecords.ts). */
export const SCHEMA_VERSION = 3;
/** The record schemas this version reads: 2 (a tier per scenario) is migrated. */
export const READABLE_RECORD_SCHEMAS = [2, 3] as const;
/** The whole-document schema of earlier versions, read (and migrated) on load. */
export const LEGACY_SCHEMA_VERSION = 1;
export const MAX_SCENARIOS = 12;

const monthlyFactors = z.array(z.number()).length(12);

const savedDriversSchema = z.object({
  startConversations: z.number(),
  growthPct: z.number(),
  seasonality: z.union([z.literal("flat"), monthlyFactors]),
  aiResolutionPct: z.number(),
  /** Schema 3: a stack of the price book. Schemas 1 and 2 stored a tier (or plan id) instead. */
  stack: z.string().optional(),
  tier: z.string().optional(),
  seats: z.number(),
  billing: z.enum(["annual", "monthly"]),
  horizonMonths: z.number(),
  firstMonth: z.string(),
  /** Added within schema 1: optional, so values stored before it still load. */
  monthlyConversations: z.array(z.number()).optional(),
  /** The volume chain (price book): optional, so scenarios stored before it load with their numbers. */
  aiInvolvementPct: z.number().optional(),
  outcomeSplit: z
    .object({ "procedure-handoff": z.number().optional(), disqualification: z.number().optional(), qualification: z.number().optional() })
    .optional(),
  /** Staffing (issue 9): optional, so scenarios stored before it load as seats and AI only. */
  staffingChannel: z.enum(["live", "async"]).optional(),
  handleTimeSeconds: z.number().optional(),
  peakHourSharePct: z.number().optional(),
  serviceLevelPct: z.number().optional(),
  answerSeconds: z.number().optional(),
  shrinkagePct: z.number().optional(),
  maxOccupancyPct: z.number().optional(),
  productiveHoursPerAgentMonth: z.number().optional(),
  occupancyPct: z.number().optional(),
  seatPolicy: z.enum(["fixed", "fromStaffing"]).optional(),
  loadedCostPerAgentMonth: z.number().optional(),
  /** Schema 3: the counting drivers and a people cost per human-handled conversation. */
  assumedResolutionPct: z.number().optional(),
  reversalPct: z.number().optional(),
  humanCostPerConversation: z.number().optional(),
});

/** Drivers as stored in any readable schema, migrated to today's (same numbers, see migrateDrivers). */
const driversSchema = savedDriversSchema
  .refine((d) => d.stack !== undefined || d.tier !== undefined, { message: "A scenario needs a stack (or, as saved by earlier versions, a tier)" })
  .transform(migrateDrivers);

export const scenarioSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string(),
  drivers: driversSchema,
});

export const storedStateSchema = z
  .object({
    schemaVersion: z.literal(LEGACY_SCHEMA_VERSION),
    savedAt: z.string(),
    scenarios: z.array(scenarioSchema).min(1).max(MAX_SCENARIOS),
  })
  .superRefine((state, ctx) => {
    const ids = new Set<string>();
    state.scenarios.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", path: ["scenarios", i, "id"], message: `Scenario id "${s.id}" appears twice` });
      ids.add(s.id);
      for (const [field, message] of Object.entries(validateScenario(s, state.scenarios))) {
        ctx.addIssue({ code: "custom", path: ["scenarios", i, field === "name" ? "name" : "drivers", field], message: `${s.name}: ${message}` });
      }
    });
  });

export type StoredState = z.infer<typeof storedStateSchema>;

/** A schema-1 document (what earlier versions stored; used to test migration). */
export function serializeState(scenarios: readonly Scenario[], savedAt: Date): string {
  const state: StoredState = { schemaVersion: LEGACY_SCHEMA_VERSION, savedAt: savedAt.toISOString(), scenarios: scenarios.map(copyScenario) };
  return JSON.stringify(storedStateSchema.parse(state));
}

export function copyScenario(s: Scenario): Scenario {
  const d = s.drivers;
  const { monthlyConversations, ...rest } = d;
  const drivers: Scenario["drivers"] = { ...rest, seasonality: d.seasonality === "flat" ? "flat" : [...d.seasonality] };
  if (monthlyConversations !== undefined) drivers.monthlyConversations = [...monthlyConversations];
  return { id: s.id, name: s.name, drivers };
}

export type ParsedState =
  | { ok: true; scenarios: Scenario[] }
  | { ok: false; kind: "corrupt" | "older" | "newer" | "invalid"; message: string };

/** Reads a whole-document (schema 1) stored text; never throws. */
export function parseStoredState(text: string): ParsedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, kind: "corrupt", message: "The saved scenarios are not readable (not valid JSON); they may have been edited by hand." };
  }
  const version = typeof data === "object" && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== "number") {
    return { ok: false, kind: "corrupt", message: "The saved scenarios have no schema version, so they cannot be read safely." };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      kind: "newer",
      message: `The saved scenarios were written by a newer SupportCost (schema ${version}; this version reads ${SCHEMA_VERSION}). Update the add-in to use them. Saving is turned off so they are not overwritten.`,
    };
  }
  if (version < LEGACY_SCHEMA_VERSION) {
    return { ok: false, kind: "older", message: `The saved scenarios use an old schema (${version}) that this version cannot read.` };
  }
  if (version !== LEGACY_SCHEMA_VERSION) {
    return { ok: false, kind: "corrupt", message: `The saved scenarios claim schema ${version} but are not stored the way schema ${version} stores them.` };
  }
  const result = storedStateSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    return { ok: false, kind: "invalid", message: `The saved scenarios failed validation${where}: ${first.message}.` };
  }
  return { ok: true, scenarios: result.data.scenarios.map(copyScenario) };
}

/** Excel keeps at most 32,767 characters in a cell; stored text is split into chunks below that. */
export const CHUNK_SIZE = 30_000;
/** Each stored chunk starts with this mark so Excel never reads a chunk as a formula ("=", "+", "-", "@"). */
const CHUNK_MARK = "|";

/**
 * Splits text into marked chunks of at most `size` UTF-16 units, never between the two halves of a
 * character outside the basic plane (an emoji in a scenario name): a cell holding half a surrogate
 * pair is not valid text, and a host may replace it.
 */
export function toChunks(text: string, size = CHUNK_SIZE): string[] {
  if (size < 2) throw new Error("A chunk must hold at least 2 UTF-16 units (one astral character).");
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    // A high surrogate last in the chunk belongs with the low surrogate after it.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    chunks.push(CHUNK_MARK + text.slice(i, end));
    i = end;
  }
  return chunks.length > 0 ? chunks : [CHUNK_MARK];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Joins chunks read back from cells (blank cells end the text). */
export function fromChunks(cells: readonly unknown[]): string {
  let text = "";
  for (const cell of cells) {
    if (cell === "" || cell === null || cell === undefined) break;
    const s = String(cell);
    text += s.startsWith(CHUNK_MARK) ? s.slice(CHUNK_MARK.length) : s;
  }
  return text;
}
