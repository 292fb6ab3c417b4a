/** Candidate ETS models and their selection by AICc. */
import { FittedModel, fitModel } from "./ets";
import { ErrorType, ModelSpec, SeasonType, TrendType, modelName, smoothingCount, stateCount } from "./spec";

/** The candidate models for a history, simplest first (ties in AICc go to the simpler model). */
export function candidateModels(y: ArrayLike<number>, period: number, forceSeasonal: boolean): ModelSpec[] {
  let positive = true;
  for (let t = 0; t < y.length; t++) if (!(y[t] > 0)) positive = false;
  const errors: ErrorType[] = positive ? ["A", "M"] : ["A"];
  const trends: TrendType[] = ["N", "A", "Ad"];
  const seasons: SeasonType[] = period === 0 ? ["N"] : forceSeasonal ? ["A", "M"] : ["N", "A", "M"];
  const specs: ModelSpec[] = [];
  for (const season of seasons) {
    for (const trend of trends) {
      for (const error of errors) {
        // Multiplicative season only with multiplicative error (ETS(A,*,M) is unstable), and only for positive data.
        if (season === "M" && (error === "A" || !positive)) continue;
        specs.push({ error, trend, season, period: season === "N" ? 1 : period });
      }
    }
  }
  return specs;
}

/** Enough observations to estimate the model and still have AICc defined with a spare degree of freedom. */
function hasEnoughData(n: number, spec: ModelSpec): boolean {
  const parameterCount = smoothingCount(spec) + stateCount(spec) + 1;
  return n >= parameterCount + 3;
}

/**
 * Fits every candidate with enough data and keeps the lowest AICc. `period` 0 means no seasonal
 * candidates; `forceSeasonal` keeps only seasonal ones.
 */
export function selectModel(y: Float64Array, period: number, forceSeasonal: boolean): FittedModel {
  const n = y.length;
  let best: FittedModel | null = null;
  for (const spec of candidateModels(y, period, forceSeasonal)) {
    if (!hasEnoughData(n, spec)) continue;
    const fit = fitModel(y, spec);
    if (fit !== null && (best === null || fit.aicc < best.aicc)) best = fit;
  }
  if (best !== null) return best;
  // Too little data for AICc to choose: fall back to the simplest model of the requested kind.
  const fallback: ModelSpec =
    forceSeasonal && period > 0
      ? { error: "A", trend: "N", season: "A", period }
      : { error: "A", trend: "N", season: "N", period: 1 };
  const fit = fitModel(y, fallback);
  if (fit === null) throw new Error(`Could not fit ${modelName(fallback)}; this is a bug.`);
  return fit;
}

