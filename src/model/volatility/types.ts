/** Volatility inputs and outputs, and the bounds and defaults every surface shares. */
import { ChainRates } from "../pricebook/chain";
import { SimulatedVolume, StackPlans, StackTerms } from "../pricebook/month";
import { StaffingDrivers } from "../staffing/supportCost";

/**
 * Any stack of a price book as the simulation prices it: its plans and terms, bound inside the
 * simulation (so the tornado can vary a price or the seats), and what a simulated volume counts.
 * Plain data: it goes to a Web Worker and is cached by its content.
 */
export interface StackSimulation {
  plans: StackPlans;
  terms: StackTerms;
  /**
   * "conversations": the chain runs forward from each simulated month's conversations through `rates`
   * (what a scenario, compare and simulate --conversations do). "resolutions" or "ai-involved": the
   * simulated volume is the unit the plan bills, as BUDGETRISK and RISKTABLE are given it; a plan billing
   * AI-involved conversations needs "ai-involved", any other "resolutions".
   */
  volume: SimulatedVolume;
  rates: ChainRates;
  /** US dollars per human-handled conversation (conversations − AI resolutions, paused ones included); absent or 0: people not priced. */
  humanCostPerConversation?: number;
}

/**
 * A scenario with staffing drivers, for the simulation: the vendor bill (`bill`, priced with
 * `billSeats` seats) plus people, and seats that follow staffing. A month's cost at c simulated
 * conversations is bill(c) + (agents(c) − billSeats) × seatPricePerMonth + agents(c) × loaded cost,
 * where agents(c) is `plannedAgents` ("planned": staffing planned on expected volume) or the agents the
 * month's human workload needs ("scaling": staffing follows each simulated month's volume). Every
 * term is non-decreasing in c, as the percentile search needs. Plain data (it goes to a Web Worker).
 */
export interface StaffedPricing {
  staffed: {
    bill: StackSimulation;
    assumption: "planned" | "scaling";
    /** Seats the bill is priced with. */
    billSeats: number;
    /** One more seat's cost a month when seats follow staffing; 0 when seats are fixed. */
    seatPricePerMonth: number;
    /** Agents of the plan's average month (may be fractional): the "planned" assumption's staffing. */
    plannedAgents: number;
    loadedCostPerAgentMonth: number;
    /** Chain shares (0..1) of the month's conversations. */
    involvement: number;
    resolution: number;
    handleTimeSeconds: number;
    staffing: StaffingDrivers;
  };
}

/** What the simulation prices months with. */
export type SimulationPlan = StackSimulation | StaffedPricing;

/**
 * Uncertainty in the AI's own counting, drawn once per path (a year in which the AI resolves more,
 * or in which more assumed resolutions are reversed, costs more in every month of it): standard
 * deviations in share points (0.05 = ±5 points), each draw clipped to 0..1. Only with conversation
 * volumes, where the chain runs forward.
 */
export interface CountingUncertainty {
  /** Of the AI resolution rate (share of the AI-involved). */
  resolutionSd?: number;
  /** Of the reversal rate of assumed resolutions. */
  reversalSd?: number;
}

/**
 * The exchange-rate driver (fx.ts): the bill is priced in US dollars and paid in another currency, whose
 * rate walks lognormally month by month from today's. With it every money figure of a result (costs,
 * percentiles, the histogram) and the budget are in that currency.
 */
export interface FxUncertainty {
  /** Units of the currency per US dollar today: the price book's dated rate, or one typed. */
  rate: number;
  /** Annualised volatility of the rate (0.1 = 10% a year); 0: the rate stays at today's. 0 to 2. */
  volatility: number;
  /** The currency's code, for the tornado's labels (USD→JPY); optional. */
  currency?: string;
}

/** An annualised exchange-rate volatility above 200% is a typo (the yen's is about 10%). */
export const MAX_FX_VOLATILITY = 2;
/** The most units of a currency per US dollar the driver accepts (the currency module's widest bound). */
export const MAX_FX_RATE = 10_000;

/** Longest horizon the simulation accepts: ten years of months. */
export const MAX_VOLATILITY_MONTHS = 120;
/** Fewer paths than this give percentiles that are mostly noise. */
export const MIN_PATHS = 100;
/** More paths than this add time, not accuracy worth having. */
export const MAX_PATHS = 1_000_000;
/** A coefficient of variation above this (volumes swinging by 1000%) is almost certainly a typo. */
export const MAX_CV = 10;
/** More volume than this in a month is almost certainly a typo; the cap keeps every cost finite (the engine's bound). */
export const MAX_MONTHLY_RESOLUTIONS = 1e12;
/** The lognormal spread of MAX_CV; a forecast interval implying more is modelled as a normal instead. */
export const MAX_SIGMA = Math.sqrt(Math.log1p(MAX_CV * MAX_CV));
/** Enough for stable P95s in a task pane, and fast (about 10 ms for three years). */
export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_HISTOGRAM_BINS = 40;
export const MAX_HISTOGRAM_BINS = 1_000;
/** The percentiles every result carries by name (p5 … p99). */
export const STANDARD_PERCENTILES: readonly number[] = [0.05, 0.5, 0.9, 0.95, 0.99];

// ---- Inputs ------------------------------------------------------------------------------------

/** Uncertainty given as each month's expected (mean) volume and one coefficient of variation. */
export interface ExpectedVolumes {
  kind: "expected";
  /** Expected volume (conversations or AI resolutions, as the plan counts): one number per month, or one for every month (then give months). */
  expected: number | readonly number[];
  /** Horizon in months (1 to 120); needed when expected is one number, optional otherwise. */
  months?: number;
  /**
   * Coefficient of variation: standard deviation ÷ mean of a month's volume (0.2 means a month
   * typically lands within about ±20% of its expected volume). 0 means volumes are certain. 0 to 10.
   */
  cv: number;
}

/** Uncertainty taken from a forecast and its prediction interval, month by month. */
export interface ForecastIntervalVolumes {
  kind: "interval";
  /** Point forecast of resolutions per month (read as the median); 0 or more. */
  forecast: readonly number[];
  /** Lower bound of the interval per month (may dip below 0, as additive forecasts' bounds do). */
  lower: readonly number[];
  /** Upper bound of the interval per month. */
  upper: readonly number[];
  /** Coverage of the interval, between 0 and 1 (0.95 for a 95% interval). */
  confidence: number;
  /**
   * "lognormal" (default): median = forecast, with the interval's width (volumes stay positive and
   * skew upwards). "normal": mean = forecast, standard deviation from the wider side of the interval
   * (so a bound clamped at 0 does not shrink it), floored at 0.
   * A lognormal cannot sit on a forecast of 0, nor on a tiny forecast with a wide interval (more spread
   * than a CV of 10); such months use the normal even when "lognormal" is asked for.
   */
  distribution?: "lognormal" | "normal";
}

export type VolumeUncertainty = ExpectedVolumes | ForecastIntervalVolumes;

export interface VolatilityInput {
  /** Any stack of the price book (stackSimulation()), or a scenario with staffing (staffedSimulationPlan()). */
  plan: SimulationPlan;
  /** Uncertainty in the AI's resolution and reversal rates, drawn per path (default none). */
  counting?: CountingUncertainty;
  volumes: VolumeUncertainty;
  /** Month-to-month correlation of volume surprises, 0 (default) up to but not including 1. */
  correlation?: number;
  /** Simulated futures, a whole number from 100 to 1,000,000 (default 10,000). */
  paths?: number;
  /** Any finite number (default 1); the same seed gives the same result everywhere. */
  seed?: number;
  /** Budget for total cost over the whole horizon, in the catalog's currency (or fx's); 0 or more. */
  budget?: number;
  /** The exchange-rate driver: the result in another currency, its rate uncertain (default none: US dollars). */
  fx?: FxUncertainty;
  /**
   * Percentiles to report in every `atPercentiles`, each between 0 and 1 exclusive (default 0.05, 0.5,
   * 0.9, 0.95, 0.99). P5 to P99 are always reported by name as well.
   */
  percentiles?: readonly number[];
  /** Bars in the total-cost histogram, 1 to 1,000 (default 40). */
  histogramBins?: number;
}

// ---- Outputs -----------------------------------------------------------------------------------

/** The spread of one simulated cost (a month's, or the horizon's total). Percentiles as in PERCENTILE.INC. */
export interface CostDistribution {
  mean: number;
  p5: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** The cost at each of the result's `percentiles`, in the same order. */
  atPercentiles: number[];
}

export interface MonthVolatility extends CostDistribution {
  /** 1-based month number. */
  month: number;
  /** The volume the plan expects (conversations or AI resolutions, as the plan counts): the expected volume, or the point forecast. */
  plannedVolume: number;
  /** Seat plus AI cost at the planned volume. */
  plannedCost: number;
}

/** Total cost histogram for a chart: counts[i] paths fell in [edges[i], edges[i+1]) (the last bin is closed). */
export interface CostHistogram {
  edges: number[];
  counts: number[];
}

export interface VolatilityResult {
  months: number;
  paths: number;
  seed: number;
  correlation: number;
  /** The percentiles behind every `atPercentiles` array. */
  percentiles: number[];
  /** Total cost over the horizon at the planned volumes (no volatility). */
  plannedCost: number;
  total: CostDistribution;
  monthly: MonthVolatility[];
  /** The budget given, or null. */
  budget: number | null;
  /** Share of paths whose total cost is above the budget; null without a budget. */
  probabilityOverBudget: number | null;
  /** Total P95 minus the planned cost: what to hold back to be 95% sure of staying in budget. */
  budgetAtRisk: number;
  /** The month with the highest P95 cost (the first such month on a tie). */
  worstMonth: { month: number; p95: number };
  histogram: CostHistogram;
}
