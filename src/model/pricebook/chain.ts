/**
 * The volume chain: conversations → AI-involved (involvement rate) →
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
 * Floating point spells a decimal rate inexactly: 10,000 × 0.07 is 700.0000000000001, which a pack
 * rule would round up to an eighth pack. A count within 64 units in the last place of a whole number
 * (about 1.4 × 10⁻¹⁴ of it) is that whole number; anything further away is a real fractional
 * expectation and is kept as it is (docs/design.md, "Exact counts").
 */
const SNAP_ULPS = 64 * Number.EPSILON;
/**
 * Adding and taking away 1.5 × 2⁵² rounds a double below 2⁵¹ to the nearest whole number in two
 * additions: the simulation calls exactCount millions of times, and Math.round costs several times as
 * much. (Halves round to even rather than up, which cannot matter: a half is never within 64 units
 * in the last place of a whole number.)
 */
const ROUNDER = 6755399441055744;
const EXACT_BELOW = 2 ** 51;
const { abs } = Math;

/** The smaller of two numbers (a snapped share against its whole). */
export function atMost(x: number, limit: number): number {
  return x > limit ? limit : x;
}

export function exactCount(x: number): number {
  const whole = x < EXACT_BELOW && x > -EXACT_BELOW ? x + ROUNDER - ROUNDER : x;
  return whole !== x && abs(x - whole) <= SNAP_ULPS * abs(x) ? whole : x;
}

/**
 * A month's counts for `conversations` under checked rates. Counts are exact where the arithmetic is
 * (exactCount): 10,000 conversations × 7 % involvement is 700 AI-involved conversations.
 *
 * @example volumeOf(5000, { involvement: 0.5, resolution: 0.6 })
 * // → { conversations: 5000, involved: 2500, resolved: 1500 }
 */
export function volumeOf(conversations: number, rates: ChainRates): MonthVolume {
  return fillVolume({ conversations: 0, involved: 0, resolved: 0 }, conversations, rates);
}

/**
 * volumeOf into an existing object, so the simulation's inner loop prices a month without allocating.
 * Returns `target`, with every field the rates call for (and no stale `reversed` or outcomes).
 */
export function fillVolume(target: MonthVolume, conversations: number, rates: ChainRates): MonthVolume {
  const involvement = rates.involvement ?? 1;
  // A share of a count is exact where the arithmetic is, and never more than the count it is a share of
  // (snapping 99,999,999.9999986 × 0.9999999999999993 up to 10⁸ would make more AI-involved conversations than conversations).
  const involved = involvement === 1 ? conversations : atMost(exactCount(conversations * involvement), conversations);
  const gross = atMost(exactCount(involved * rates.resolution), involved);
  const reversed = rates.reversalRate && rates.assumedShare ? atMost(exactCount(gross * rates.assumedShare * rates.reversalRate), gross) : 0;
  const resolved = reversed > 0 ? exactCount(gross - reversed) : gross;
  target.conversations = conversations;
  target.involved = involved;
  target.resolved = resolved;
  if (reversed > 0) target.reversed = reversed;
  else if (target.reversed !== undefined) delete target.reversed;
  if (rates.outcomeSplit) {
    const s = rates.outcomeSplit;
    target.outcomes = {
      resolution: resolved,
      "procedure-handoff": atMost(exactCount(involved * (s["procedure-handoff"] ?? 0)), involved),
      disqualification: atMost(exactCount(involved * (s.disqualification ?? 0)), involved),
      qualification: atMost(exactCount(involved * (s.qualification ?? 0)), involved),
    };
  }
  return target;
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
