/** Sensitivity (tornado): what moves a statistic of total cost, on common random numbers. */
import { describeValue, invalidInput } from "../errors";
import { PricingPlan } from "../plan";
import { percentilesInPlace } from "./percentiles";
import { drive, meanAround, pricingOf, simulatePaths } from "./simulate";
import { VolatilityInput } from "./types";
import { CheckedInput, checkInput } from "./validation";
import { volumeModel } from "./volumeModel";

/** The statistic of total cost a tornado compares. */
export type SensitivityStatistic = "mean" | "p50" | "p90" | "p95" | "p99";

export interface SensitivityEntry {
  /** What was varied, e.g. "Expected resolutions". */
  driver: string;
  /** The low and high settings, e.g. "-20%" and "+20%", or "No minimum" and "Minimum 100". */
  lowLabel: string;
  highLabel: string;
  /** The statistic of total cost with the driver at its low and high setting (low may cost more). */
  lowValue: number;
  highValue: number;
}

export interface SensitivityResult {
  statistic: SensitivityStatistic;
  /** The statistic at the inputs as given. */
  base: number;
  /** One entry per driver, widest swing first (the order of a tornado chart). */
  entries: SensitivityEntry[];
}

export interface SensitivityOptions {
  /** Default "p95": volatility and correlation barely move the mean, but they move the P95 budget. */
  statistic?: SensitivityStatistic;
}

const STATISTICS: readonly SensitivityStatistic[] = ["mean", "p50", "p90", "p95", "p99"];

interface Variant {
  driver: string;
  label: string;
  volumeFactor?: number;
  spreadFactor?: number;
  correlation?: number;
  plan?: PricingPlan;
}

function percentText(factor: number): string {
  const pct = Math.round((factor - 1) * 100);
  return `${pct > 0 ? "+" : ""}${pct}%`;
}

function roundText(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Each driver's low and high setting. */
function variantPairs(input: CheckedInput): [Variant, Variant][] {
  const { plan, volumes, correlation } = input;
  const volume = volumes.kind === "expected" ? "Expected resolutions" : "Forecast resolutions";
  const pairs: [Variant, Variant][] = [
    [
      { driver: volume, label: percentText(0.8), volumeFactor: 0.8 },
      { driver: volume, label: percentText(1.2), volumeFactor: 1.2 },
    ],
  ];
  if (volumes.kind === "expected") {
    pairs.push([
      { driver: "Volatility (CV)", label: `CV ${roundText(volumes.cv * 0.5)}`, spreadFactor: 0.5 },
      { driver: "Volatility (CV)", label: `CV ${roundText(volumes.cv * 1.5)}`, spreadFactor: 1.5 },
    ]);
  } else {
    pairs.push([
      { driver: "Interval width", label: percentText(0.5), spreadFactor: 0.5 },
      { driver: "Interval width", label: percentText(1.5), spreadFactor: 1.5 },
    ]);
  }
  const rhoLow = Math.max(0, correlation - 0.3);
  const rhoHigh = Math.min(0.95, correlation + 0.3);
  pairs.push([
    { driver: "Month-to-month correlation", label: roundText(rhoLow), correlation: rhoLow },
    { driver: "Month-to-month correlation", label: roundText(rhoHigh), correlation: rhoHigh },
  ]);
  // A price-book plan (priced by the engine) has no single rate, seat price or minimum to vary.
  if ("stack" in plan || "staffed" in plan) return pairs;
  pairs.push([
    { driver: "AI rate", label: percentText(0.9), plan: { ...plan, aiRate: plan.aiRate * 0.9 } },
    { driver: "AI rate", label: percentText(1.1), plan: { ...plan, aiRate: plan.aiRate * 1.1 } },
  ]);
  // ±10% of seats, rounded, but at least one seat either way so a small team still shows a bar.
  const seatsLow = Math.max(0, Math.min(plan.seats - 1, Math.round(plan.seats * 0.9)));
  const seatsHigh = Math.max(plan.seats + 1, Math.round(plan.seats * 1.1));
  const seatText = (n: number) => `${n} ${n === 1 ? "seat" : "seats"}`;
  pairs.push([
    { driver: "Seats", label: seatText(seatsLow), plan: { ...plan, seats: seatsLow } },
    { driver: "Seats", label: seatText(seatsHigh), plan: { ...plan, seats: seatsHigh } },
  ]);
  pairs.push([
    { driver: "AI monthly minimum", label: "No minimum", plan: { ...plan, aiMinimum: 0 } },
    { driver: "AI monthly minimum", label: `Minimum ${plan.aiMinimum * 2}`, plan: { ...plan, aiMinimum: plan.aiMinimum * 2 } },
  ]);
  return pairs;
}

function statisticOf(totals: Float64Array, planned: number, statistic: SensitivityStatistic): number {
  if (statistic === "mean") return meanAround(totals, planned);
  const p = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 }[statistic];
  return percentilesInPlace(totals, [p])[0];
}

/**
 * Sensitivity of total cost to each driver, for a tornado chart: expected volume ±20%, volatility ±50%
 * (CV, or interval width), correlation ±0.3 (kept within 0 to 0.95), AI rate ±10%, seats ±10% (rounded,
 * at least one seat), and the AI monthly minimum at 0 and at twice its value. Every run uses the input's
 * seed, so all runs share the same futures and the bars show effects, not noise. Runs the simulation
 * 13 times without per-month statistics; use fewer paths than the main run for a quick chart.
 */
export function volatilitySensitivitySteps(
  input: VolatilityInput,
  options: SensitivityOptions = {},
): Generator<number, SensitivityResult, undefined> {
  const checked = checkInput(input);
  const statistic = options.statistic ?? "p95";
  if (!STATISTICS.includes(statistic)) {
    throw invalidInput(`Statistic must be one of ${STATISTICS.join(", ")}; got ${describeValue(statistic)}.`);
  }
  return runSensitivity(checked, statistic);
}

/** volatilitySensitivitySteps run to the end, with an optional progress callback. */
export function volatilitySensitivity(
  input: VolatilityInput,
  options: SensitivityOptions = {},
  onProgress?: (fractionDone: number) => void,
): SensitivityResult {
  return drive(volatilitySensitivitySteps(input, options), onProgress);
}

function* runSensitivity(input: CheckedInput, statistic: SensitivityStatistic): Generator<number, SensitivityResult, undefined> {
  const pairs = variantPairs(input);
  const runs = 1 + pairs.length * 2;
  let done = 0;
  function* evaluate(v: Partial<Variant>): Generator<number, number, undefined> {
    const model = volumeModel(input.volumes, input.months, v.volumeFactor ?? 1, v.spreadFactor ?? 1);
    const plan = v.plan ?? input.plan;
    const steps = simulatePaths(model, pricingOf(plan), v.correlation ?? input.correlation, input.paths, input.seed, null);
    let step = steps.next();
    while (!step.done) {
      yield (done + step.value) / runs;
      step = steps.next();
    }
    done++;
    return statisticOf(step.value.totals, step.value.plannedTotal, statistic);
  }
  const base = yield* evaluate({});
  const entries: SensitivityEntry[] = [];
  for (const [low, high] of pairs) {
    const lowValue = yield* evaluate(low);
    const highValue = yield* evaluate(high);
    entries.push({ driver: low.driver, lowLabel: low.label, highLabel: high.label, lowValue, highValue });
  }
  entries.sort((x, y) => Math.abs(y.highValue - y.lowValue) - Math.abs(x.highValue - x.lowValue));
  return { statistic, base, entries };
}
