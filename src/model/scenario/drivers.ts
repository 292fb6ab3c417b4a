/**
 * What a scenario is: the volume chain (conversations → AI-involved → AI-resolved, with the outcome
 * mix and the counting drivers), a stack of the workbook's price book, and people (seats fixed or from
 * staffing; a people cost per agent-month or per human-handled conversation). Each link has one name
 * and one meaning on every surface: "AI resolution" is always a share of the AI-involved.
 */
import { OutcomeSplit } from "../pricebook/chain";
import { Billing } from "../pricebook/types";
import { ScenarioStaffingFields } from "./staffing";

/** Shortest and longest planning horizon the pane offers, in months. */
export const MIN_HORIZON = 12;
export const MAX_HORIZON = 36;
/** Monthly growth beyond ±50 % is almost certainly a typo for a yearly figure. */
export const MAX_GROWTH_PCT = 50;
export const MIN_GROWTH_PCT = -50;
/** A seasonal factor of 10 means ten times the average month: anything above is a typo. */
export const MAX_SEASONAL_FACTOR = 10;
export const MAX_NAME_LENGTH = 40;
/** The stack a new scenario starts on: the seed guide's plan. */
export const DEFAULT_STACK = "intercom-advanced";

/** Flat, or 12 factors for January..December that multiply the month's volume (1 = an average month). */
export type Seasonality = "flat" | number[];

/** The staffing fields (staffing.ts) are optional: without a channel, people are priced per conversation or not at all. */
export interface ScenarioDrivers extends ScenarioStaffingFields {
  /** Conversations in the first month, before seasonality. */
  startConversations: number;
  /** Compound growth of conversations per month, in percent. */
  growthPct: number;
  seasonality: Seasonality;
  /**
   * Conversations month by month from firstMonth (for example a forecast), at least one per horizon
   * month. When present it is the volume, and startConversations, growthPct and seasonality are kept
   * (so the user can switch back) but ignored for volume.
   */
  monthlyConversations?: number[];
  /** AI involvement: share of conversations the AI takes part in, in percent. */
  aiInvolvementPct: number;
  /** AI resolution: share of the AI-involved conversations the AI resolves, in percent. */
  aiResolutionPct: number;
  /** Outcome billing: shares (0..1) of AI-involved conversations ending in each outcome other than a resolution. */
  outcomeSplit?: OutcomeSplit;
  /** Share of AI resolutions that are "assumed" (the customer left without asking for more), in percent (absent: 0). */
  assumedResolutionPct?: number;
  /** Share of assumed resolutions reversed because the customer came back, in percent (absent: 0). */
  reversalPct?: number;
  /** A stack of the workbook's price book: "intercom-advanced", "freshdesk-pro+eesel". */
  stack: string;
  seats: number;
  billing: Billing;
  /**
   * US dollars per human-handled conversation (conversations − AI resolutions, paused ones included),
   * when people are priced per conversation rather than through staffing (absent: people not priced).
   */
  humanCostPerConversation?: number;
  horizonMonths: number;
  /** First month of the plan, "YYYY-MM". */
  firstMonth: string;
}

export interface Scenario {
  id: string;
  name: string;
  drivers: ScenarioDrivers;
}

export type TemplateName = "Base" | "Low" | "High";
export const TEMPLATE_NAMES: readonly TemplateName[] = ["Base", "Low", "High"];

const TEMPLATE_DRIVERS: Record<TemplateName, Omit<ScenarioDrivers, "firstMonth">> = {
  Base: { startConversations: 20_000, growthPct: 2, seasonality: "flat", aiInvolvementPct: 100, aiResolutionPct: 45, stack: DEFAULT_STACK, seats: 25, billing: "annual", horizonMonths: 12 },
  Low: { startConversations: 16_000, growthPct: 0.5, seasonality: "flat", aiInvolvementPct: 100, aiResolutionPct: 35, stack: DEFAULT_STACK, seats: 20, billing: "annual", horizonMonths: 12 },
  High: { startConversations: 26_000, growthPct: 4, seasonality: "flat", aiInvolvementPct: 100, aiResolutionPct: 60, stack: DEFAULT_STACK, seats: 32, billing: "annual", horizonMonths: 12 },
};

export function templateDrivers(template: TemplateName, firstMonth: string): ScenarioDrivers {
  const t = TEMPLATE_DRIVERS[template];
  return { ...t, seasonality: t.seasonality === "flat" ? "flat" : [...t.seasonality], firstMonth };
}

/** The three starting scenarios, ids s1..s3. */
export function defaultScenarios(firstMonth: string): Scenario[] {
  return TEMPLATE_NAMES.map((name, i) => ({ id: `s${i + 1}`, name, drivers: templateDrivers(name, firstMonth) }));
}

/** An id not used by any of the scenarios (s1, s2, ...). */
export function newScenarioId(existing: readonly Scenario[]): string {
  let max = 0;
  for (const s of existing) {
    const m = /^s(\d+)$/.exec(s.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `s${max + 1}`;
}

/** "Base" → "Base copy", then "Base copy 2", ... whichever is free. */
export function copyName(name: string, existing: readonly Scenario[]): string {
  const taken = new Set(existing.map((s) => s.name.trim().toLowerCase()));
  const stem = `${name} copy`.slice(0, MAX_NAME_LENGTH - 3);
  if (!taken.has(stem.toLowerCase())) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem} ${i}`.toLowerCase())) return `${stem} ${i}`;
}

/**
 * A scenario saved before the one budget model: `tier` (a tier name or a plan id) where `stack` now
 * stands, and an AI resolution rate of all conversations when there was no involvement rate. With
 * involvement 100% the chain gives the same resolutions, so every number it gave stays the same.
 */
export type SavedDrivers = Omit<ScenarioDrivers, "stack" | "aiInvolvementPct"> & { stack?: string; tier?: string; aiInvolvementPct?: number };

const TIER_NAMES = new Set(["essential", "advanced", "expert"]);

export function migrateDrivers(saved: SavedDrivers): ScenarioDrivers {
  const { tier, stack, aiInvolvementPct, ...rest } = saved;
  const named = (stack ?? tier ?? "").trim();
  const migrated = TIER_NAMES.has(named.toLowerCase()) ? `intercom-${named.toLowerCase()}` : named;
  return { ...rest, stack: migrated, aiInvolvementPct: aiInvolvementPct ?? 100 };
}

export function seasonalFactors(seasonality: Seasonality): number[] {
  return seasonality === "flat" ? new Array<number>(12).fill(1) : seasonality;
}
