/**
 * The budget risk of each stack of a comparison: the same simulated futures of conversations (and of
 * the AI's counting, when uncertain) priced through each stack's own rules — packs round up, caps pause
 * the AI, included units absorb swings, minimums hold — so stacks with the same expected bill can show
 * very different P90s. Common random numbers: every stack sees the same futures, so differences between
 * stacks are the stacks', not sampling noise.
 */
import { CompareInput, StackComparison } from "../pricebook/compare";
import { resolveStack } from "../pricebook/stacks";
import { PriceBook } from "../pricebook/types";
import { percentilesInPlace } from "./percentiles";
import { pricerOf, stackSimulation } from "./pricing";
import { drive, simulatePaths } from "./simulate";
import { CountingUncertainty, DEFAULT_PATHS, DEFAULT_SEED } from "./types";
import { checkInput } from "./validation";
import { volumeModel } from "./volumeModel";

export interface StackRiskOptions {
  /** Coefficient of variation of a month's conversations (0 = certain volumes). */
  cv: number;
  correlation?: number;
  paths?: number;
  seed?: number;
  /** Budget for the vendor bill over the horizon, US dollars. */
  budget?: number;
  counting?: CountingUncertainty;
}

/** Percentiles of a stack's vendor bill over the horizon (PERCENTILE.INC over the simulated paths). */
export interface StackRisk {
  stack: string;
  p50: number;
  p90: number;
  p95: number;
  /** Share of futures whose bill exceeds the budget; null without a budget. */
  probabilityOverBudget: number | null;
}

/**
 * Simulates every stack of a comparison under the comparison's volumes and chain rates.
 *
 * @example
 * stackRisks(SEED_BOOK, input, compareStacks(SEED_BOOK, input), { cv: 0 })
 * // → each stack's p50 = p90 = p95 = its total (certain volumes)
 */
export function stackRisks(book: PriceBook, input: CompareInput, comparison: StackComparison, options: StackRiskOptions): StackRisk[] {
  const expected = comparison.stacks[0] ? monthlyExpected(input, comparison.months) : [];
  const rates = {
    involvement: input.involvement,
    resolution: input.resolution,
    outcomeSplit: input.outcomeSplit,
    assumedShare: input.assumedShare,
    reversalRate: input.reversalRate,
  };
  return comparison.stacks.map((s) => {
    const plan = stackSimulation(resolveStack(book, s.stack), { seats: input.seats, billing: input.billing, rateBasis: input.rateBasis, oneTimeFree: input.oneTimeFree }, { volume: "conversations", rates });
    const checked = checkInput({
      plan,
      volumes: { kind: "expected", expected, cv: options.cv },
      correlation: options.correlation,
      paths: options.paths ?? DEFAULT_PATHS,
      seed: options.seed ?? DEFAULT_SEED,
      budget: options.budget,
      counting: options.counting,
    });
    const raw = drive(simulatePaths(volumeModel(checked.volumes, checked.months), pricerOf(checked.plan), checked.correlation, checked.paths, checked.seed, null, checked.counting));
    let over = 0;
    if (checked.budget !== null) for (let i = 0; i < raw.totals.length; i++) if (raw.totals[i] > checked.budget) over++;
    const [p50, p90, p95] = percentilesInPlace(raw.totals, [0.5, 0.9, 0.95]);
    return { stack: s.stack, p50, p90, p95, probabilityOverBudget: checked.budget === null ? null : over / raw.totals.length };
  });
}

function monthlyExpected(input: CompareInput, months: number): number[] {
  return typeof input.conversations === "number" ? new Array<number>(months).fill(input.conversations) : Array.from(input.conversations);
}
