/**
 * The volume chain (shared/PRICING-SOURCES.md): conversations → AI-involved (involvement rate) →
 * AI-resolved (resolution rate of the involved) → human-handled = conversations − AI-resolved.
 * Every vendor bills one link of it; this file only counts, charges.ts and month.ts price.
 *
 * Counting drivers (optional): some resolutions are "assumed" (the customer left without asking for
 * more) and a share of those is reversed when the customer comes back; a reversed resolution is not
 * billed and goes to people. They are exposed so the volatility model can treat the count itself as a
 * second source of risk.
 */
import { describeValue, invalidInput } from "../errors";
import { OtherOutcome, OutcomeType } from "./types";

/** Shares of AI-involved conversations ending in an outcome other than a resolution (outcome billing). */
export type OutcomeSplit = Partial<Record<OtherOutcome, number>>;

export interface ChainRates {
  /** Share of conversations the AI takes part in, 0..1 (default 1). */
  involvement?: number;
  /** Share of AI-involved conversations the AI resolves, 0..1. */
  resolution: number;
  /** Outcome billing: shares of AI-involved conversations per other outcome type (default none). */
  outcomeSplit?: OutcomeSplit;
  /** Share of AI resolutions that are "assumed" rather than confirmed, 0..1 (default 0). */
  assumedShare?: number;
  /** Share of assumed resolutions reversed because the customer came back, 0..1 (default 0). */
  reversalRate?: number;
}

/** One month's counts along the chain. */
export interface MonthVolume {
  conversations: number;
  /** AI-involved conversations. */
  involved: number;
  /** AI resolutions that count (reversed ones already deducted). */
  resolved: number;
  /** Outcomes by type (resolution = resolved); absent means resolutions only. */
  outcomes?: Record<OutcomeType, number>;
  /** Resolutions reversed this month (they went to people). */
  reversed?: number;
}

function checkShare(value: number | undefined, what: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && value >= 0 && value <= 1)) {
    throw invalidInput(`${what} must be a share from 0 to 1; got ${describeValue(value)}.`);
  }
  return value;
}

/** Checks rates once, so that volumeOf can run in loops on plain numbers. */
export function checkChainRates(rates: ChainRates): Required<Omit<ChainRates, "outcomeSplit">> & { outcomeSplit: OutcomeSplit | undefined } {
  const involvement = checkShare(rates.involvement, "AI involvement", 1);
  const resolution = checkShare(rates.resolution, "AI resolution rate", 0);
  let outcomeSplit: OutcomeSplit | undefined;
  if (rates.outcomeSplit) {
    outcomeSplit = {};
    let sum = resolution;
    for (const [type, share] of Object.entries(rates.outcomeSplit) as [OtherOutcome, number][]) {
      outcomeSplit[type] = checkShare(share, `The ${type.replace("-", " ")} share`, 0);
      sum += share;
    }
    if (sum > 1 + 1e-12) {
      throw invalidInput(`Resolution and other outcome shares add up to ${describeValue(sum)}; one outcome per AI-involved conversation means at most 1.`);
    }
  }
  return {
    involvement,
    resolution,
    outcomeSplit,
    assumedShare: checkShare(rates.assumedShare, "Assumed resolutions share", 0),
    reversalRate: checkShare(rates.reversalRate, "Reversal rate", 0),
  };
}

/**
 * A month's counts for `conversations` under checked rates.
 *
 * @example volumeOf(5000, { involvement: 0.5, resolution: 0.6 })
 * // → { conversations: 5000, involved: 2500, resolved: 1500 }
 */
export function volumeOf(conversations: number, rates: ChainRates): MonthVolume {
  const involvement = rates.involvement ?? 1;
  const involved = conversations * involvement;
  const gross = involved * rates.resolution;
  const reversed = rates.reversalRate && rates.assumedShare ? gross * rates.assumedShare * rates.reversalRate : 0;
  const resolved = gross - reversed;
  const volume: MonthVolume = { conversations, involved, resolved };
  if (reversed > 0) volume.reversed = reversed;
  if (rates.outcomeSplit) {
    const s = rates.outcomeSplit;
    volume.outcomes = {
      resolution: resolved,
      "procedure-handoff": involved * (s["procedure-handoff"] ?? 0),
      disqualification: involved * (s.disqualification ?? 0),
      qualification: involved * (s.qualification ?? 0),
    };
  }
  return volume;
}

/**
 * The counts when only the AI resolutions are known (today's surfaces take resolutions): every
 * conversation the AI touched, it resolved. Exact for plans billing AI-resolved conversations.
 */
export function volumeOfResolutions(resolutions: number): MonthVolume {
  return { conversations: resolutions, involved: resolutions, resolved: resolutions };
}

/** Conversations left to people: everything the AI did not resolve (and what it paused at a cap). */
export function humanHandled(volume: MonthVolume, resolvedByAi: number): number {
  return volume.conversations - resolvedByAi;
}
