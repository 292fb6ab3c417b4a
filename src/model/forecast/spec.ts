/** The ETS model taxonomy of Hyndman et al. (2008): error, trend and season components. */

export type ErrorType = "A" | "M";
export type TrendType = "N" | "A" | "Ad";
export type SeasonType = "N" | "A" | "M";

export interface ModelSpec {
  error: ErrorType;
  trend: TrendType;
  season: SeasonType;
  /** Season length; 1 when season is "N". */
  period: number;
}

/** "ETS(A,Ad,M)" style name. */
export function modelName(spec: ModelSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** Smoothing parameters in the state-space (not error-correction) form. */
export interface SmoothingParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

/** Usual bounds (Hyndman et al. 2008, §5.2; forecast::ets defaults). */
export const PARAM_LOWER = 1e-4;
export const PARAM_UPPER = 0.9999;
export const PHI_LOWER = 0.8;
export const PHI_UPPER = 0.98;

/** Number of smoothing parameters (alpha, beta, gamma, phi) the model estimates. */
export function smoothingCount(spec: ModelSpec): number {
  return 1 + (spec.trend !== "N" ? 1 : 0) + (spec.season !== "N" ? 1 : 0) + (spec.trend === "Ad" ? 1 : 0);
}

/** Number of free initial states (level, trend, m-1 seasonal). */
export function stateCount(spec: ModelSpec): number {
  return 1 + (spec.trend !== "N" ? 1 : 0) + (spec.season !== "N" ? spec.period - 1 : 0);
}

/**
 * Maps a point u of the unit box to smoothing parameters inside the usual region:
 * alpha in [lo, hi], beta in [lo, alpha], gamma in [lo, 1 - alpha], phi in [0.8, 0.98].
 */
export function decodeParams(spec: ModelSpec, u: ArrayLike<number>, into?: SmoothingParams): SmoothingParams {
  let i = 0;
  const alpha = PARAM_LOWER + (PARAM_UPPER - PARAM_LOWER) * u[i++];
  let beta = 0;
  let gamma = 0;
  let phi = 1;
  if (spec.trend !== "N") beta = PARAM_LOWER + (alpha - PARAM_LOWER) * u[i++];
  if (spec.season !== "N") gamma = PARAM_LOWER + Math.max(0, 1 - alpha - PARAM_LOWER) * u[i++];
  if (spec.trend === "Ad") phi = PHI_LOWER + (PHI_UPPER - PHI_LOWER) * u[i];
  if (into) {
    into.alpha = alpha;
    into.beta = beta;
    into.gamma = gamma;
    into.phi = phi;
    return into;
  }
  return { alpha, beta, gamma, phi };
}

/** Inverse of decodeParams (values outside the region are clamped). */
export function encodeParams(spec: ModelSpec, p: SmoothingParams): Float64Array {
  const u = new Float64Array(smoothingCount(spec));
  const unit = (v: number, lo: number, hi: number): number => (hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0);
  let i = 0;
  u[i++] = unit(p.alpha, PARAM_LOWER, PARAM_UPPER);
  if (spec.trend !== "N") u[i++] = unit(p.beta, PARAM_LOWER, p.alpha);
  if (spec.season !== "N") u[i++] = unit(p.gamma, PARAM_LOWER, 1 - p.alpha);
  if (spec.trend === "Ad") u[i] = unit(p.phi, PHI_LOWER, PHI_UPPER);
  return u;
}
