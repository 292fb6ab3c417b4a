/**
 * The options compare and simulate share: a month-by-month volume (one count, a list, or a start with
 * growth and seasonality), the volume chain's rates, a people cost, and the risk settings. Read here
 * once, so both commands mean the same thing by the same option.
 */
import { MAX_MONTHS } from "../../model/plan";
import { ChainRates, checkChainRates } from "../../model/pricebook/chain";
import { MAX_GROWTH_PCT, MAX_SEASONAL_FACTOR, MIN_GROWTH_PCT, Seasonality } from "../../model/scenario/drivers";
import { parseMonthInput } from "../../model/scenario/months";
import { conversationsInMonth } from "../../model/scenario/price";
import { StackRiskOptions } from "../../model/volatility/stackRisk";
import { numberListOption, numberOptionOf, Options, textOption, UsageError } from "../args";

export const VOLUME_OPTIONS = ["conversations", "months", "growth", "seasonality", "first-month"];
export const RATE_OPTIONS = ["ai-involvement", "ai-resolution", "assumed-share", "reversal-rate"];
export const RISK_OPTIONS = ["volatility", "correlation", "paths", "seed", "budget", "resolution-sd", "reversal-sd"];

/**
 * Conversations month by month: --conversations as one count for --months (default `defaultMonths`)
 * grown by --growth (a share per month, 0.02 = 2%) with --seasonality (12 factors, January first, for
 * the calendar months from --first-month, default January), or a list with one count per month.
 */
export function conversationsFromOptions(options: Options, defaultMonths: number): number[] {
  const text = textOption(options, "conversations");
  if (text === undefined) throw new UsageError("--conversations is required: conversations per month, one number or one per month");
  const list = numberListOption(text, "conversations", 0);
  const months = numberOptionOf(options, "months");
  const shaped = options.has("growth") || options.has("seasonality") || options.has("first-month");
  if (list.length > 1) {
    if (shaped) throw new UsageError("--growth, --seasonality and --first-month shape one starting count; with one count per month, leave them out");
    if (months !== undefined && months !== list.length) throw new UsageError(`--months is ${months} but --conversations lists ${list.length} months: drop --months or make it ${list.length}`);
    return list;
  }
  const horizon = checkHorizon(months ?? defaultMonths);
  if (!shaped) return new Array<number>(horizon).fill(list[0]);
  const growth = numberOptionOf(options, "growth") ?? 0;
  if (!(growth * 100 >= MIN_GROWTH_PCT && growth * 100 <= MAX_GROWTH_PCT)) {
    throw new UsageError(`--growth must be a monthly share from ${MIN_GROWTH_PCT / 100} to ${MAX_GROWTH_PCT / 100} (0.02 = 2% a month), got ${growth}`);
  }
  const typed = textOption(options, "first-month") ?? "2027-01";
  const firstMonth = parseMonthInput(typed);
  if (firstMonth === undefined) throw new UsageError(`--first-month must be a month such as 2027-01 or "Jan 2027", got "${typed}"`);
  const drivers = { startConversations: list[0], growthPct: growth * 100, seasonality: seasonalityOption(options), firstMonth };
  return Array.from({ length: horizon }, (_, i) => conversationsInMonth(drivers, i + 1));
}

function checkHorizon(months: number): number {
  if (!(Number.isInteger(months) && months >= 1 && months <= MAX_MONTHS)) throw new UsageError(`--months must be a whole number from 1 to ${MAX_MONTHS}, got ${months}`);
  return months;
}

function seasonalityOption(options: Options): Seasonality {
  const text = textOption(options, "seasonality");
  if (text === undefined) return "flat";
  const factors = numberListOption(text, "seasonality", NaN);
  if (factors.length !== 12) throw new UsageError(`--seasonality needs 12 factors, January to December (1 = an average month), got ${factors.length}`);
  const bad = factors.findIndex((f) => !(f > 0 && f <= MAX_SEASONAL_FACTOR));
  if (bad >= 0) throw new UsageError(`--seasonality factor ${bad + 1} must be more than 0 and at most ${MAX_SEASONAL_FACTOR}`);
  return factors;
}

/** The chain's rates as shares: --ai-involvement (default 1), --ai-resolution (required), counting drivers. */
export function ratesFromOptions(options: Options): ChainRates {
  const resolution = numberOptionOf(options, "ai-resolution");
  if (resolution === undefined) throw new UsageError("--ai-resolution is required: the share of AI-involved conversations the AI resolves, 0 to 1");
  const rates: ChainRates = { involvement: numberOptionOf(options, "ai-involvement"), resolution };
  const assumed = numberOptionOf(options, "assumed-share");
  const reversal = numberOptionOf(options, "reversal-rate");
  if (assumed !== undefined) rates.assumedShare = assumed;
  if (reversal !== undefined) rates.reversalRate = reversal;
  checkChainRates(rates);
  return rates;
}

/** The risk settings, or undefined without --volatility (then the comparison is deterministic). */
export function riskFromOptions(options: Options): StackRiskOptions | undefined {
  const cv = numberOptionOf(options, "volatility");
  if (cv === undefined) {
    const stray = RISK_OPTIONS.find((name) => name !== "volatility" && options.has(name));
    if (stray) throw new UsageError(`--${stray} goes with --volatility (the coefficient of variation of monthly volume, e.g. 0.25)`);
    return undefined;
  }
  const resolutionSd = numberOptionOf(options, "resolution-sd");
  const reversalSd = numberOptionOf(options, "reversal-sd");
  return {
    cv,
    correlation: numberOptionOf(options, "correlation"),
    paths: numberOptionOf(options, "paths"),
    seed: numberOptionOf(options, "seed"),
    budget: numberOptionOf(options, "budget"),
    counting: resolutionSd !== undefined || reversalSd !== undefined ? { resolutionSd, reversalSd } : undefined,
  };
}
