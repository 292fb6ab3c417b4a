/** Checks a VolatilityInput once, at the edge, so the simulation core runs on plain numbers. */
import { describeValue, invalidInput } from "../errors";
import { checkSeed } from "../random";
import { checkFx, FxPath } from "./fx";
import { stackSimulation } from "./pricing";
import {
  DEFAULT_HISTOGRAM_BINS,
  DEFAULT_PATHS,
  DEFAULT_SEED,
  MAX_CV,
  MAX_HISTOGRAM_BINS,
  MAX_MONTHLY_RESOLUTIONS,
  MAX_PATHS,
  MAX_VOLATILITY_MONTHS,
  MIN_PATHS,
  STANDARD_PERCENTILES,
  VolatilityInput,
  SimulationPlan,
  CountingUncertainty,
  StackSimulation,
  VolumeUncertainty,
} from "./types";

export interface CheckedInput {
  plan: SimulationPlan;
  counting: CountingUncertainty | undefined;
  volumes: VolumeUncertainty;
  months: number;
  correlation: number;
  paths: number;
  seed: number;
  budget: number | null;
  percentiles: number[];
  histogramBins: number;
  /** The exchange-rate driver, or null: results in US dollars. */
  fx: FxPath | null;
}

function checkMonthCount(months: unknown): number {
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > MAX_VOLATILITY_MONTHS) {
    throw invalidInput(`Months must be a whole number from 1 to ${MAX_VOLATILITY_MONTHS}; got ${describeValue(months)}.`);
  }
  return months;
}

function checkVolume(value: unknown, what: string, allowNegative = false): number {
  const least = allowNegative ? -MAX_MONTHLY_RESOLUTIONS : 0;
  if (typeof value !== "number" || !(value >= least && value <= MAX_MONTHLY_RESOLUTIONS)) {
    const range = allowNegative ? "a number (it may be below 0)" : "a number of 0 or more";
    throw invalidInput(`${what} must be ${range}, at most ${MAX_MONTHLY_RESOLUTIONS.toExponential()}; got ${describeValue(value)}.`);
  }
  return value;
}

function checkSeries(values: unknown, what: string): readonly number[] {
  if (!Array.isArray(values)) throw invalidInput(`${what} must be a list with one number per month.`);
  if (values.length < 1 || values.length > MAX_VOLATILITY_MONTHS) {
    throw invalidInput(`${what} must cover 1 to ${MAX_VOLATILITY_MONTHS} months; got ${values.length}.`);
  }
  return values as readonly number[];
}

function checkCv(cv: unknown): number {
  if (typeof cv !== "number" || !Number.isFinite(cv) || cv < 0 || cv > MAX_CV) {
    throw invalidInput(
      `Coefficient of variation must be a number from 0 to ${MAX_CV} (0.2 means a month typically varies about ±20% ` +
        `around its expected volume); got ${describeValue(cv)}.`,
    );
  }
  return cv;
}

function checkCorrelation(rho: unknown): number {
  if (typeof rho !== "number" || !(rho >= 0 && rho < 1)) {
    throw invalidInput(`Month-to-month correlation must be at least 0 and below 1 (e.g. 0.5); got ${describeValue(rho)}.`);
  }
  return rho;
}

function checkPaths(paths: unknown): number {
  if (typeof paths !== "number" || !Number.isInteger(paths) || paths < MIN_PATHS || paths > MAX_PATHS) {
    throw invalidInput(
      `Paths must be a whole number from ${MIN_PATHS} to ${MAX_PATHS.toLocaleString("en-US")} (fewer gives meaningless ` +
        `percentiles, more only takes longer); got ${describeValue(paths)}.`,
    );
  }
  return paths;
}

function checkBudget(budget: unknown): number {
  if (typeof budget !== "number" || !Number.isFinite(budget) || budget < 0) {
    throw invalidInput(`Budget must be an amount of 0 or more for the whole horizon; got ${describeValue(budget)}.`);
  }
  return budget;
}

function checkPercentile(p: unknown): number {
  if (typeof p !== "number" || !(p > 0 && p < 1)) {
    throw invalidInput(`Percentiles must be between 0 and 1, exclusive (0.95 for P95); got ${describeValue(p)}.`);
  }
  return p;
}

function checkBins(bins: unknown): number {
  if (typeof bins !== "number" || !Number.isInteger(bins) || bins < 1 || bins > MAX_HISTOGRAM_BINS) {
    throw invalidInput(`Histogram bins must be a whole number from 1 to ${MAX_HISTOGRAM_BINS}; got ${describeValue(bins)}.`);
  }
  return bins;
}

/** Checks the volume inputs and returns the horizon they describe. */
function checkVolumes(volumes: VolumeUncertainty): number {
  if (volumes === null || typeof volumes !== "object" || (volumes.kind !== "expected" && volumes.kind !== "interval")) {
    throw invalidInput(
      'Volumes must be { kind: "expected", expected, cv } or { kind: "interval", forecast, lower, upper, confidence }.',
    );
  }
  if (volumes.kind === "expected") {
    checkCv(volumes.cv);
    if (typeof volumes.expected === "number") {
      checkVolume(volumes.expected, "Expected volume");
      if (volumes.months === undefined) {
        throw invalidInput(`Give months (1 to ${MAX_VOLATILITY_MONTHS}) when the expected volume is a single number.`);
      }
      return checkMonthCount(volumes.months);
    }
    const expected = checkSeries(volumes.expected, "Expected volumes");
    expected.forEach((v, i) => checkVolume(v, `Expected volume in month ${i + 1}`));
    if (volumes.months !== undefined && volumes.months !== expected.length) {
      throw invalidInput(
        `Expected volumes cover ${expected.length} months but months is ${describeValue(volumes.months)}: ` +
          "give one number per month, or one number with months.",
      );
    }
    return expected.length;
  }
  const forecast = checkSeries(volumes.forecast, "Forecast");
  const lower = checkSeries(volumes.lower, "Lower bound");
  const upper = checkSeries(volumes.upper, "Upper bound");
  if (lower.length !== forecast.length || upper.length !== forecast.length) {
    throw invalidInput(
      `Forecast, lower and upper bounds must cover the same months; got ${forecast.length}, ${lower.length} and ${upper.length}.`,
    );
  }
  const c = volumes.confidence;
  if (typeof c !== "number" || !(c > 0 && c < 1)) {
    throw invalidInput(`Confidence must be a number between 0 and 1, such as 0.95 for a 95% interval; got ${describeValue(c)}.`);
  }
  const distribution = volumes.distribution ?? "lognormal";
  if (distribution !== "lognormal" && distribution !== "normal") {
    throw invalidInput(`Distribution must be "lognormal" or "normal"; got ${describeValue(distribution)}.`);
  }
  for (let i = 0; i < forecast.length; i++) {
    const f = checkVolume(forecast[i], `Forecast volume in month ${i + 1}`);
    const lo = checkVolume(lower[i], `Lower bound in month ${i + 1}`, true);
    const hi = checkVolume(upper[i], `Upper bound in month ${i + 1}`);
    if (!(lo <= f && f <= hi)) {
      throw invalidInput(`In month ${i + 1} the forecast (${f}) must lie between the lower (${lo}) and upper (${hi}) bounds.`);
    }
  }
  return forecast.length;
}

const SHARE_SD_MAX = 0.5;

function checkCounting(counting: CountingUncertainty | undefined, plan: SimulationPlan): CountingUncertainty | undefined {
  if (counting === undefined) return undefined;
  if (counting === null || typeof counting !== "object") throw invalidInput("Counting uncertainty must give resolutionSd and/or reversalSd.");
  const sd = (x: number | undefined, what: string) => {
    if (x === undefined) return 0;
    if (!(typeof x === "number" && x >= 0 && x <= SHARE_SD_MAX)) {
      throw invalidInput(`${what} must be a standard deviation in share points from 0 to ${SHARE_SD_MAX} (0.05 = ±5 points); got ${describeValue(x)}.`);
    }
    return x;
  };
  const checked = { resolutionSd: sd(counting.resolutionSd, "The AI resolution rate's uncertainty"), reversalSd: sd(counting.reversalSd, "The reversal rate's uncertainty") };
  const stack = "staffed" in plan ? plan.staffed.bill : plan;
  if ((checked.resolutionSd > 0 || checked.reversalSd > 0) && stack.volume !== "conversations") {
    throw invalidInput("Uncertain resolution or reversal rates need conversation volumes: the chain runs forward from conversations.");
  }
  return checked;
}

function checkStack(plan: StackSimulation): StackSimulation {
  if (plan === null || typeof plan !== "object" || !plan.plans || !plan.terms || !["conversations", "resolutions", "ai-involved"].includes(plan.volume)) {
    throw invalidInput("A price-book stack for the simulation must come from stackSimulation().");
  }
  return stackSimulation(plan.plans, plan.terms, { volume: plan.volume, rates: plan.rates, humanCostPerConversation: plan.humanCostPerConversation });
}

function checkPlan(plan: SimulationPlan): SimulationPlan {
  if (plan === null || typeof plan !== "object") throw invalidInput("A pricing plan is required (from stackSimulation).");
  if ("staffed" in plan) {
    const s = plan.staffed;
    const share = (x: unknown) => typeof x === "number" && x >= 0 && x <= 1;
    const amount = (x: unknown) => typeof x === "number" && Number.isFinite(x) && x >= 0;
    if (s === null || typeof s !== "object" || !share(s.involvement) || !share(s.resolution) || !amount(s.plannedAgents) || !amount(s.loadedCostPerAgentMonth) || !amount(s.seatPricePerMonth) || !amount(s.billSeats)) {
      throw invalidInput("A staffed plan for the simulation must come from staffedSimulationPlan().");
    }
    if (s.assumption !== "planned" && s.assumption !== "scaling") throw invalidInput('The staffing assumption must be "planned" or "scaling".');
    return { staffed: { ...s, bill: checkStack(s.bill) } };
  }
  return checkStack(plan);
}

export function checkInput(input: VolatilityInput): CheckedInput {
  if (input === null || typeof input !== "object") throw invalidInput("Volatility input is required.");
  const plan = checkPlan(input.plan);
  const counting = checkCounting(input.counting, plan);
  const months = checkVolumes(input.volumes);
  const requested = input.percentiles ?? STANDARD_PERCENTILES;
  if (!Array.isArray(requested)) throw invalidInput("Percentiles must be a list of numbers between 0 and 1.");
  return {
    plan,
    counting,
    volumes: copyOf(input.volumes),
    months,
    correlation: input.correlation === undefined ? 0 : checkCorrelation(input.correlation),
    paths: input.paths === undefined ? DEFAULT_PATHS : checkPaths(input.paths),
    seed: input.seed === undefined ? DEFAULT_SEED : checkSeed(input.seed),
    budget: input.budget === undefined ? null : checkBudget(input.budget),
    percentiles: requested.map(checkPercentile),
    histogramBins: input.histogramBins === undefined ? DEFAULT_HISTOGRAM_BINS : checkBins(input.histogramBins),
    fx: checkFx(input.fx),
  };
}

/** The caller's volumes, copied: a caller that reuses its arrays while the steps run changes nothing. */
function copyOf(volumes: VolumeUncertainty): VolumeUncertainty {
  if (volumes.kind === "expected") {
    return { ...volumes, expected: typeof volumes.expected === "number" ? volumes.expected : [...volumes.expected] };
  }
  return { ...volumes, forecast: [...volumes.forecast], lower: [...volumes.lower], upper: [...volumes.upper] };
}
