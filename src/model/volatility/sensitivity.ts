/** Sensitivity (tornado): what moves a statistic of total cost, on common random numbers. */
import { describeValue, invalidInput } from "../errors";
import { AiTerms, Plan, Price } from "../pricebook/types";
import { FxPath } from "./fx";
import { percentilesInPlace } from "./percentiles";
import { pricerOf } from "./pricing";
import { drive, meanAround, simulatePaths } from "./simulate";
import { CountingUncertainty, SimulationPlan, StackSimulation, VolatilityInput } from "./types";
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
  plan?: SimulationPlan;
  counting?: CountingUncertainty;
  fx?: FxPath;
}

function percentText(factor: number): string {
  const pct = Math.round((factor - 1) * 100);
  return `${pct > 0 ? "+" : ""}${pct}%`;
}

function roundText(x: number): string {
  return String(Math.round(x * 100) / 100);
}

const pointsText = (share: number) => `${roundText(share * 100)}%`;

/** The plan with its stack changed (for a staffed plan, the stack its bill is priced with). */
function withStack(plan: SimulationPlan, change: (s: StackSimulation) => StackSimulation): SimulationPlan {
  return "staffed" in plan ? { staffed: { ...plan.staffed, bill: change(plan.staffed.bill) } } : change(plan);
}

/** The plan with the AI plan's terms changed (a stack's AI is its own plan or an AI-only one on top). */
function withAi(plan: SimulationPlan, change: (ai: AiTerms) => AiTerms): SimulationPlan {
  return withStack(plan, (s) => {
    const ai = s.plans.ai;
    if (!ai?.ai) return s;
    const changed: Plan = { ...ai, ai: change(ai.ai) };
    return { ...s, plans: { ...s.plans, ai: changed, seats: s.plans.seats === ai ? changed : s.plans.seats } };
  });
}

/** The plan with its chain rates changed (a staffed plan's workload shares too). */
function withRates(plan: SimulationPlan, involvement: number | undefined, resolution: number | undefined): SimulationPlan {
  const next = withStack(plan, (s) => ({ ...s, rates: { ...s.rates, ...(involvement === undefined ? {} : { involvement }), ...(resolution === undefined ? {} : { resolution }) } }));
  if (!("staffed" in next)) return next;
  return { staffed: { ...next.staffed, involvement: involvement ?? next.staffed.involvement, resolution: resolution ?? next.staffed.resolution } };
}

const scaled = (p: Price | undefined, f: number): Price | undefined => (p ? { ...p, amount: p.amount * f } : undefined);

/** Every price the AI charges, times f (its allowances, minimum and cap stay). */
function aiPricesTimes(ai: AiTerms, f: number): AiTerms {
  const outcomeRates = ai.outcomeRates && Object.fromEntries(Object.entries(ai.outcomeRates).map(([k, v]) => [k, scaled(v, f)]));
  return {
    ...ai,
    rate: scaled(ai.rate, f),
    paygRate: scaled(ai.paygRate, f),
    platformFee: scaled(ai.platformFee, f),
    pack: ai.pack && { ...ai.pack, price: scaled(ai.pack.price, f)! },
    tiers: ai.tiers && { ...ai.tiers, bands: ai.tiers.bands.map((b) => ({ ...b, rate: scaled(b.rate, f)! })) },
    ...(outcomeRates ? { outcomeRates } : {}),
  };
}

const clipShare = (x: number) => Math.min(1, Math.max(0, x));

/** Each driver's low and high setting: the volume model's, then every term and rate that moves this stack's bill. */
function variantPairs(input: CheckedInput): [Variant, Variant][] {
  const { plan, volumes, correlation } = input;
  const stack = "staffed" in plan ? plan.staffed.bill : plan;
  const unit = stack.volume === "conversations" ? "conversations" : "resolutions";
  const volume = volumes.kind === "expected" ? `Expected ${unit}` : `Forecast ${unit}`;
  const pair = (driver: string, low: Omit<Variant, "driver">, high: Omit<Variant, "driver">): [Variant, Variant] => [
    { driver, ...low },
    { driver, ...high },
  ];
  const pairs: [Variant, Variant][] = [pair(volume, { label: percentText(0.8), volumeFactor: 0.8 }, { label: percentText(1.2), volumeFactor: 1.2 })];
  if (volumes.kind === "expected") {
    pairs.push(pair("Volatility (CV)", { label: `CV ${roundText(volumes.cv * 0.5)}`, spreadFactor: 0.5 }, { label: `CV ${roundText(volumes.cv * 1.5)}`, spreadFactor: 1.5 }));
  } else {
    pairs.push(pair("Interval width", { label: percentText(0.5), spreadFactor: 0.5 }, { label: percentText(1.5), spreadFactor: 1.5 }));
  }
  const rhoLow = Math.max(0, correlation - 0.3);
  const rhoHigh = Math.min(0.95, correlation + 0.3);
  pairs.push(pair("Month-to-month correlation", { label: roundText(rhoLow), correlation: rhoLow }, { label: roundText(rhoHigh), correlation: rhoHigh }));

  const ai = stack.plans.ai?.ai;
  if (ai) {
    pairs.push(pair("AI price", { label: percentText(0.9), plan: withAi(plan, (t) => aiPricesTimes(t, 0.9)) }, { label: percentText(1.1), plan: withAi(plan, (t) => aiPricesTimes(t, 1.1)) }));
    const minimum = ai.monthlyMinimum?.amount ?? 0;
    if (minimum > 0) {
      pairs.push(
        pair(
          "AI monthly minimum",
          { label: "No minimum", plan: withAi(plan, (t) => ({ ...t, monthlyMinimum: scaled(t.monthlyMinimum, 0) })) },
          { label: `Minimum ${minimum * 2}`, plan: withAi(plan, (t) => ({ ...t, monthlyMinimum: scaled(t.monthlyMinimum, 2) })) },
        ),
      );
    }
    if (ai.includedPerMonth || ai.includedPerSeat) {
      const times = (f: number) => withAi(plan, (t) => ({ ...t, includedPerMonth: scaled(t.includedPerMonth, f), includedPerSeat: scaled(t.includedPerSeat, f) }));
      pairs.push(pair("Included AI units", { label: "None included", plan: times(0) }, { label: "Twice as many", plan: times(2) }));
    }
    if (ai.spendCap) {
      const cap = ai.spendCap.amount;
      const times = (f: number) => withAi(plan, (t) => ({ ...t, spendCap: scaled(t.spendCap, f) }));
      pairs.push(pair("AI spend cap", { label: `Cap ${roundText(cap * 0.5)}`, plan: times(0.5) }, { label: `Cap ${roundText(cap * 1.5)}`, plan: times(1.5) }));
    }
  }
  // Seats that follow staffing move with volume; fixed seats are a driver of their own.
  const fixedSeats = stack.plans.seats && !("staffed" in plan && plan.staffed.seatPricePerMonth > 0);
  if (fixedSeats) {
    const seats = stack.terms.seats;
    // ±10% of seats, rounded, but at least one seat either way so a small team still shows a bar.
    const seatsLow = Math.max(0, Math.min(seats - 1, Math.round(seats * 0.9)));
    const seatsHigh = Math.max(seats + 1, Math.round(seats * 1.1));
    const seatText = (n: number) => `${n} ${n === 1 ? "seat" : "seats"}`;
    const withSeats = (n: number) => withStack(plan, (s) => ({ ...s, terms: { ...s.terms, seats: n } }));
    pairs.push(pair("Seats", { label: seatText(seatsLow), plan: withSeats(seatsLow) }, { label: seatText(seatsHigh), plan: withSeats(seatsHigh) }));
  }
  if (stack.volume === "conversations") {
    const { involvement = 1, resolution, assumedShare = 0, reversalRate = 0 } = stack.rates;
    const lowR = clipShare(resolution - 0.1);
    const highR = clipShare(resolution + 0.1);
    pairs.push(pair("AI resolution rate", { label: pointsText(lowR), plan: withRates(plan, undefined, lowR) }, { label: pointsText(highR), plan: withRates(plan, undefined, highR) }));
    const lowI = clipShare(involvement - 0.1);
    const highI = clipShare(involvement + 0.1);
    pairs.push(pair("AI involvement", { label: pointsText(lowI), plan: withRates(plan, lowI, undefined) }, { label: pointsText(highI), plan: withRates(plan, highI, undefined) }));
    if (assumedShare > 0) {
      const reversals = (r: number) => withStack(plan, (s) => ({ ...s, rates: { ...s.rates, reversalRate: r } }));
      const highRev = clipShare(Math.max(reversalRate * 2, reversalRate + 0.1));
      pairs.push(pair("Reversed assumed resolutions", { label: "None reversed", plan: reversals(0) }, { label: pointsText(highRev), plan: reversals(highRev) }));
    }
    const sd = input.counting?.resolutionSd ?? 0;
    if (sd > 0) {
      const c = input.counting!;
      pairs.push(
        pair(
          "Uncertainty of the resolution rate",
          { label: `±${pointsText(sd * 0.5)}`, counting: { ...c, resolutionSd: sd * 0.5 } },
          { label: `±${pointsText(sd * 1.5)}`, counting: { ...c, resolutionSd: sd * 1.5 } },
        ),
      );
    }
  }
  // Shown in another currency, the bill moves with the rate too: today's rate ±10%, and its volatility when it has one.
  const fx = input.fx;
  if (fx !== null) {
    const driver = `Exchange rate (USD→${fx.currency ?? "the currency"})`;
    pairs.push(pair(driver, { label: percentText(0.9), fx: { ...fx, rate: fx.rate * 0.9 } }, { label: percentText(1.1), fx: { ...fx, rate: fx.rate * 1.1 } }));
    if (fx.monthlySigma > 0) {
      const annual = fx.monthlySigma * Math.sqrt(12);
      const spread = (f: number) => ({ label: `${roundText(annual * f * 100)}% a year`, fx: { ...fx, monthlySigma: fx.monthlySigma * f } });
      pairs.push(pair("Exchange-rate volatility", spread(0.5), spread(1.5)));
    }
  }
  return pairs;
}

function statisticOf(totals: Float64Array, planned: number, statistic: SensitivityStatistic): number {
  if (statistic === "mean") return meanAround(totals, planned);
  const p = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 }[statistic];
  return percentilesInPlace(totals, [p])[0];
}

/**
 * Sensitivity of total cost to each driver that moves the stack's bill, for a tornado chart: expected
 * volume ±20%, volatility ±50% (CV, or interval width), correlation ±0.3 (kept within 0 to 0.95), every
 * AI price ±10%, the AI monthly minimum at 0 and twice, included units at none and twice, a spend cap
 * ±50%, fixed seats ±10% (rounded, at least one seat), and with conversation volumes the AI resolution
 * rate and involvement ±10 points, reversals of assumed resolutions, and the uncertainty of the
 * resolution rate; shown in another currency (input.fx), the exchange rate ±10% and its volatility ±50%.
 * Drivers the stack does not have, or that move neither way, are left out. Every run uses the input's
 * seed, so all runs share the same futures and the bars show effects, not noise. Runs the simulation
 * once per setting without per-month statistics; use fewer paths than the main run.
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
    // A rate that stays converts the dollar statistic as the last step; a moving one is simulated with the volumes.
    const fx = v.fx ?? input.fx;
    const moving = fx !== null && fx.monthlySigma > 0 ? fx : null;
    const steps = simulatePaths(model, pricerOf(plan), v.correlation ?? input.correlation, input.paths, input.seed, null, v.counting ?? input.counting, moving);
    let step = steps.next();
    while (!step.done) {
      yield (done + step.value) / runs;
      step = steps.next();
    }
    done++;
    const value = statisticOf(step.value.totals, step.value.plannedTotal, statistic);
    return fx !== null && moving === null ? value * fx.rate : value;
  }
  const base = yield* evaluate({});
  const entries: SensitivityEntry[] = [];
  for (const [low, high] of pairs) {
    const lowValue = yield* evaluate(low);
    const highValue = yield* evaluate(high);
    // A driver that moves neither way does not move this stack's bill (a resolution rate under per-session billing, say).
    if (lowValue !== base || highValue !== base) entries.push({ driver: low.driver, lowLabel: low.label, highLabel: high.label, lowValue, highValue });
  }
  entries.sort((x, y) => Math.abs(y.highValue - y.lowValue) - Math.abs(x.highValue - x.lowValue));
  return { statistic, base, entries };
}
