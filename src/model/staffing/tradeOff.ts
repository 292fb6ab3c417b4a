/**
 * The AI trade-off: as the AI agent resolves more conversations, fewer agents (and seats, when they
 * follow staffing) are needed while the AI bill rises. This traces total cost of support against the
 * AI resolution rate and finds the rate from which the AI pays for itself.
 */
import { describeValue, invalidInput } from "../errors";
import { checkShare } from "./checks";
import { SupportMonthCost, SupportMonthInput, supportCostForMonth } from "./supportCost";

/** Resolution rates the break-even search checks: every 0.1 percentage point. */
export const BREAK_EVEN_STEP = 0.001;

/** Points on the trade-off curve by default: every percentage point from 0% to 100%. */
export const DEFAULT_CURVE_STEP = 0.01;

export interface TradeOffPoint extends SupportMonthCost {
  resolutionRate: number;
  /** What the AI saves against running without it (negative when it costs more than it saves). */
  savingVsWithoutAi: number;
}

export interface AiTradeOffInput extends Omit<SupportMonthInput, "resolutionRate"> {
  /** Today's resolution rate, to mark on the curve. */
  currentResolutionRate?: number;
  /** Spacing of the curve's points, above 0 to 1 (default 0.01). */
  curveStep?: number;
}

export interface AiTradeOff {
  /** The same month without an AI agent: every conversation handled by people, no AI charge. */
  withoutAi: SupportMonthCost;
  /** Total cost at resolution rates 0, step, 2·step, …, 1. */
  curve: TradeOffPoint[];
  /**
   * The lowest resolution rate from which the AI pays for itself at every higher rate (total cost
   * with the AI at or below the cost without it), to 0.1 percentage point; null if it never does,
   * 0 if it does at every rate (at 0% a plan that bills nothing without resolutions ties with no AI).
   */
  breakEvenRate: number | null;
  /** The point at today's resolution rate, when one was given. */
  current?: TradeOffPoint;
}

function rates(step: number): number[] {
  const count = Math.round(1 / step);
  const out: number[] = [];
  // Rates as i / count so they land exactly on 0.01, 0.5, 1 rather than accumulating step errors.
  for (let i = 0; i <= count; i++) out.push(i / count);
  if (out[out.length - 1] !== 1) out.push(1);
  return out;
}

/**
 * Total cost of support against the AI resolution rate for one month's volumes and one stack.
 * The volume chain's involvement rate stays as given; only the resolution rate moves.
 */
export function aiTradeOff(input: AiTradeOffInput): AiTradeOff {
  const curveStep = input.curveStep ?? DEFAULT_CURVE_STEP;
  if (!Number.isFinite(curveStep) || curveStep <= 0 || curveStep > 1) {
    throw invalidInput(`Curve step must be a share more than 0 and at most 1 (such as 0.01 for every percentage point); got ${describeValue(curveStep)}.`);
  }
  if (1 / curveStep > 10_000) throw invalidInput(`Curve step must be at least 0.0001 (at most 10,000 points); got ${describeValue(curveStep)}.`);
  const current = input.currentResolutionRate === undefined ? undefined : checkShare(input.currentResolutionRate, "Current AI resolution rate", "0.6");

  // Without the AI agent nobody pays for it: all conversations go to people and the AI charge is 0.
  const baseline = supportCostForMonth({ ...input, involvementRate: 0, resolutionRate: 0 });
  const withoutAi: SupportMonthCost = { ...baseline, aiCost: 0, total: baseline.peopleCost + baseline.seatCost, costPerAiResolved: null };

  const cache = new Map<number, TradeOffPoint>();
  const at = (resolutionRate: number): TradeOffPoint => {
    let point = cache.get(resolutionRate);
    if (!point) {
      const month = supportCostForMonth({ ...input, resolutionRate });
      point = { resolutionRate, ...month, savingVsWithoutAi: withoutAi.total - month.total + 0 };
      cache.set(resolutionRate, point);
    }
    return point;
  };

  // Scan down from 100%: the break-even rate is the last rate of the unbroken run of rates that pay.
  const fine = rates(BREAK_EVEN_STEP);
  let breakEvenRate: number | null = null;
  for (let i = fine.length - 1; i >= 0 && at(fine[i]).savingVsWithoutAi >= 0; i--) breakEvenRate = fine[i];

  return {
    withoutAi,
    curve: rates(curveStep).map(at),
    breakEvenRate,
    current: current === undefined ? undefined : at(current),
  };
}
