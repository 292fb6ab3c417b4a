/**
 * The heavy work behind FORECAST, BUDGETRISK and RISKTABLE, as plain messages: a job in, a result out.
 * The same function runs in the Web Worker (heavy.worker.ts) and, where no worker can start, on the
 * calling thread, so results are identical either way.
 */
import { PricingInputError } from "../../model/errors";
import { forecastSeries, ForecastOptions, ForecastResult } from "../../model/forecast";
import { CompareInput, compareStacks, PriceBook, StackComparison } from "../../model/pricebook";
import { simulateVolatilityWithTotals, VolatilityInput, VolatilityWithTotals } from "../../model/volatility";

export interface ForecastJob {
  kind: "forecast";
  series: (number | null)[];
  horizon: number;
  options: ForecastOptions;
}

/**
 * A simulation without the question asked of it (no budget, no extra percentile): every cell that asks
 * about the same plan, volumes, volatility, correlation and seed shares one run.
 */
export interface SimulationJob {
  kind: "simulate";
  input: Omit<VolatilityInput, "budget" | "percentiles">;
}

/** A comparison of stacks for one volume scenario, with its break-even scan. */
export interface CompareJob {
  kind: "compare";
  book: PriceBook;
  input: CompareInput;
}

export type HeavyJob = ForecastJob | SimulationJob | CompareJob;
export type HeavyResult<J extends HeavyJob> = J extends ForecastJob ? ForecastResult : J extends CompareJob ? StackComparison : VolatilityWithTotals;

export function runHeavyJob<J extends HeavyJob>(job: J): HeavyResult<J> {
  if (job.kind === "forecast") return forecastSeries(job.series, job.horizon, job.options) as HeavyResult<J>;
  if (job.kind === "compare") return compareStacks(job.book, job.input) as HeavyResult<J>;
  return simulateVolatilityWithTotals(job.input) as HeavyResult<J>;
}

/** A job's failure as it crosses from the worker: model input errors keep their kind and message. */
export interface JobFailure {
  inputError?: { kind: PricingInputError["kind"]; message: string };
  message: string;
}

export function describeFailure(error: unknown): JobFailure {
  if (error instanceof PricingInputError) return { inputError: { kind: error.kind, message: error.message }, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}


/** Messages between the functions runtime and its worker. */
export type WorkerRequest = { id: number; job: HeavyJob };
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: JobFailure };
