/**
 * Exponential smoothing state-space models (ETS), after Hyndman, Koehler, Ord & Snyder,
 * "Forecasting with Exponential Smoothing: The State Space Approach" (Springer, 2008).
 *
 * State x = (level l, trend b, seasonal s). One-step forecast mu_t from x_{t-1}:
 *   T = l + phi·b (phi = 1 for "A", b = 0 for "N"),  mu = T + s (season A), T·s (season M), T (none).
 * Error: additive e = y - mu; multiplicative e = (y - mu) / mu. Updates (Table 2.3 of the book):
 *   A error:          l = T + a·e,        b = phi·b + beta·e,        s = s + gamma·e
 *   M error, N/M s:   l = T·(1 + a·e),    b = phi·b + beta·T·e,      s = s·(1 + gamma·e)
 *   M error, A s:     l = T + a·mu·e,     b = phi·b + beta·mu·e,     s = s + gamma·mu·e
 * (Additive error with multiplicative season is left out, as forecast::ets does by default:
 * it is numerically unstable.)
 *
 * Likelihood (Gaussian innovations, sigma concentrated out):
 *   -2 log L = n·log(SSE/n) + n·(1 + log 2π) + 2·Σ log|mu_t| (the last term for M error only).
 */
import { nelderMead } from "./nelderMead";
import { levenbergMarquardt } from "./leastSquares";
import type { Random } from "../random";
import { initialStates } from "./init";
import {
  ModelSpec,
  SmoothingParams,
  decodeParams,
  encodeParams,
  smoothingCount,
  stateCount,
} from "./spec";

/**
 * Floor on the mean squared one-step error (the series is scaled to a maximum of 1): keeps
 * log(SSE) finite for an exactly fitted series such as a constant or a straight line.
 */
const LOG_FLOOR = Math.log(1e-20);

/** State after the last observation, ready for forecasting. */
export interface FinalState {
  level: number;
  slope: number;
  /** seasonal[j] is the seasonal state used for the forecast j+1 steps ahead (j < m). */
  seasonal: Float64Array;
}

export interface FittedModel {
  spec: ModelSpec;
  params: SmoothingParams;
  /** Free initial states [l0, b0?, s(2-m)..s(0)]. */
  initial: Float64Array;
  /** -2 log-likelihood. */
  minus2LogLik: number;
  /** Number of estimated parameters, counting sigma. */
  parameterCount: number;
  aicc: number;
  /** Innovation variance (of e, so relative for multiplicative error). */
  sigma2: number;
  final: FinalState;
  /** One-step errors e_t (relative for multiplicative error). */
  residuals: Float64Array;
  /** Optimiser effort: Nelder–Mead evaluations and Levenberg–Marquardt iterations. */
  effort: { search: number; refine: number };
}

/** The filter for one model on one series, with reusable scratch space. */
export class EtsKernel {
  readonly n: number;
  readonly m: number;
  private readonly errM: boolean;
  private readonly trendKind: 0 | 1 | 2;
  private readonly seasKind: 0 | 1 | 2;
  private readonly buf: Float64Array;
  /** Values after the last run of `run`. */
  lastLevel = 0;
  lastSlope = 0;
  lastIndex = 0;
  lastSumLog = 0;

  constructor(private readonly y: Float64Array, readonly spec: ModelSpec) {
    if (spec.error === "A" && spec.season === "M") throw new Error("ETS(A,*,M) is not supported");
    this.n = y.length;
    this.m = spec.season === "N" ? 1 : spec.period;
    this.errM = spec.error === "M";
    this.trendKind = spec.trend === "N" ? 0 : spec.trend === "A" ? 1 : 2;
    this.seasKind = spec.season === "N" ? 0 : spec.season === "A" ? 1 : 2;
    this.buf = new Float64Array(this.m);
  }

  /**
   * Runs the model over the history. Returns n·log(SSE) + 2·Σlog|mu| (the part of -2 log L that
   * depends on the parameters), or Infinity when the states leave the valid region.
   */
  run(p: SmoothingParams, free: ArrayLike<number>, resid: Float64Array | null, offset = 0): number {
    const y = this.y;
    const n = this.n;
    const m = this.m;
    const buf = this.buf;
    const errM = this.errM;
    const tk = this.trendKind;
    const sk = this.seasKind;
    const alpha = p.alpha;
    const beta = p.beta;
    const gamma = p.gamma;
    const phi = tk === 2 ? p.phi : 1;
    let l = free[offset];
    let b = tk !== 0 ? free[offset + 1] : 0;
    if (sk !== 0) {
      const off = offset + (tk !== 0 ? 2 : 1);
      let sum = 0;
      for (let j = 1; j < m; j++) {
        const v = free[off + j - 1];
        buf[j] = v;
        sum += v;
      }
      buf[0] = (sk === 2 ? m : 0) - sum;
      if (sk === 2) {
        for (let j = 0; j < m; j++) if (!(buf[j] > 0)) return Infinity;
      }
    } else {
      buf[0] = 0;
    }
    let sse = 0;
    let sumLog = 0;
    let logProduct = 1; // Σ log mu accumulated as a product, taking a logarithm only when it gets large or small
    let j = 0;
    for (let t = 0; t < n; t++) {
      const s = buf[j];
      const pb = phi * b;
      const T = l + pb;
      const mu = sk === 2 ? T * s : T + s;
      let e: number;
      if (errM) {
        if (!(mu > 0)) return Infinity;
        e = (y[t] - mu) / mu;
        logProduct *= mu;
        if (logProduct > 1e150 || logProduct < 1e-150) {
          sumLog += Math.log(logProduct);
          logProduct = 1;
        }
      } else {
        e = y[t] - mu;
      }
      if (resid !== null) resid[t] = e;
      sse += e * e;
      if (!errM) {
        l = T + alpha * e;
        b = pb + beta * e;
        if (sk !== 0) buf[j] = s + gamma * e;
      } else if (sk === 0) {
        l = T * (1 + alpha * e);
        b = pb + beta * T * e;
      } else if (sk === 1) {
        const me = mu * e;
        l = T + alpha * me;
        b = pb + beta * me;
        buf[j] = s + gamma * me;
      } else {
        l = T * (1 + alpha * e);
        b = pb + beta * T * e;
        buf[j] = s * (1 + gamma * e);
      }
      if (++j === m) j = 0;
    }
    this.lastLevel = l;
    this.lastSlope = b;
    this.lastIndex = j;
    if (!Number.isFinite(sse)) return Infinity;
    if (errM) sumLog += Math.log(logProduct);
    this.lastSumLog = sumLog;
    // n·log(SSE) + 2·Σlog mu = n·log(SSE·G²) with G the geometric mean of mu: the floor applies to
    // SSE·G², so an exactly fitted series scores the same under additive and multiplicative error.
    return n * Math.max(Math.log(sse) + (2 * sumLog) / n, LOG_FLOOR + Math.log(n));
  }

  /**
   * Residuals whose sum of squares is a monotone function of the likelihood:
   * e_t for additive error, e_t·G for multiplicative error where G is the geometric mean of mu_t,
   * since n·log Σ(e·G)² = n·log Σe² + 2·Σ log mu. Returns false where the model is undefined.
   */
  residuals(p: SmoothingParams, free: ArrayLike<number>, out: Float64Array, offset = 0): boolean {
    const v = this.run(p, free, out, offset);
    if (!Number.isFinite(v)) return false;
    if (this.errM) {
      const g = Math.exp(this.lastSumLog / this.n);
      for (let t = 0; t < this.n; t++) out[t] *= g;
    }
    return true;
  }

  /** Final state of the last `run`. */
  finalState(): FinalState {
    const seasonal = new Float64Array(this.m);
    for (let j = 0; j < this.m; j++) seasonal[j] = this.buf[(this.lastIndex + j) % this.m];
    if (this.seasKind === 0) seasonal.fill(0);
    return { level: this.lastLevel, slope: this.lastSlope, seasonal };
  }
}

export interface FitOptions {
  /** Starting alpha for the search (the other parameters start small, phi near its upper bound). */
  alphaStart?: number;
  /** Nelder–Mead budget and tolerance for the search over smoothing parameters. */
  searchEvaluations?: number;
  searchTolerance?: number;
  /** Levenberg–Marquardt budget and relative tolerance for the joint refinement. */
  maxIterations?: number;
  tolerance?: number;
}

/** Starting alpha; if the model cannot be fitted from there (states leave the valid region), the fallbacks are tried. */
const ALPHA_START = 0.2;
const FALLBACK_ALPHA_STARTS: readonly number[] = [0.05, 0.6];

/**
 * Maximum-likelihood fit. A short Nelder–Mead search over the smoothing parameters (initial states
 * held at their classical-decomposition values) finds the right region; Levenberg–Marquardt then
 * refines smoothing parameters and initial states jointly (the concentrated likelihood is a sum of
 * squares, see EtsKernel.residuals). Returns null if the model cannot be fitted to this series.
 *
 * (Checked on the unemployment series: restarting from other alphas changed no selected model and
 * no forecast by more than 1e-6, so one start is enough; the fallbacks only matter for
 * multiplicative-error models whose states go negative from the default start.)
 */
export function fitModel(y: Float64Array, spec: ModelSpec, options: FitOptions = {}): FittedModel | null {
  const first = fitFrom(y, spec, options.alphaStart ?? ALPHA_START, options);
  if (first !== null) return first;
  for (const alpha of FALLBACK_ALPHA_STARTS) {
    const fit = fitFrom(y, spec, alpha, options);
    if (fit !== null) return fit;
  }
  return null;
}

function fitFrom(y: Float64Array, spec: ModelSpec, alphaStart: number, options: FitOptions): FittedModel | null {
  const n = y.length;
  const kernel = new EtsKernel(y, spec);
  const states = initialStates(y, spec);
  const k = smoothingCount(spec);
  const stateFloor = 1e-3 * typicalStart(y, spec);
  const scratch: SmoothingParams = { alpha: 0, beta: 0, gamma: 0, phi: 1 };
  const start: SmoothingParams = { alpha: alphaStart, beta: Math.min(0.01, alphaStart), gamma: 0.01, phi: 0.97 };
  const nm = nelderMead((u) => kernel.run(decodeParams(spec, u, scratch), states, null), encodeParams(spec, start), {
    step: 0.2,
    tolerance: options.searchTolerance ?? 1e-2,
    maxEvaluations: options.searchEvaluations ?? 120,
  });
  if (!Number.isFinite(nm.value)) return null;
  const x0 = new Float64Array(k + states.length);
  x0.set(nm.x);
  x0.set(states, k);
  const lm = levenbergMarquardt(
    {
      size: n,
      bounded: k,
      residuals: (x, out) => kernel.residuals(decodeParams(spec, x, scratch), x, out, k),
      // Finite-difference steps: absolute for the unit-box parameters; relative for the states, with a
      // floor set by the size of the first observations (a fast-growing series starts tiny).
      step: (i, x) => (i < k ? 1e-6 : 1e-6 * Math.max(Math.abs(x[i]), stateFloor)),
    },
    x0,
    // Stop once an iteration improves -2 log L by less than ~0.01: far below AICc differences that
    // matter (on the unemployment series, tighter settings changed no selected model).
    { maxIterations: options.maxIterations ?? 100, relativeTolerance: options.tolerance ?? 0.01 / n },
  );
  const best = Number.isFinite(lm.sumOfSquares) ? lm.x : x0;
  const params = decodeParams(spec, best.subarray(0, k));
  const free = Float64Array.from(best.subarray(k));
  const residuals = new Float64Array(n);
  const value = kernel.run(params, free, residuals);
  if (!Number.isFinite(value)) return null;
  const final = kernel.finalState();
  let sse = 0;
  for (let t = 0; t < n; t++) sse += residuals[t] * residuals[t];
  const estimated = smoothingCount(spec) + stateCount(spec);
  const parameterCount = estimated + 1;
  const minus2LogLik = value - n * Math.log(n) + n * (1 + Math.log(2 * Math.PI));
  const aic = minus2LogLik + 2 * parameterCount;
  const dof = n - parameterCount - 1;
  const aicc = dof > 0 ? aic + (2 * parameterCount * (parameterCount + 1)) / dof : Infinity;
  const sigma2 = sse / Math.max(n - estimated, 1);
  const effort = { search: nm.evaluations, refine: lm.iterations };
  return { spec, params, initial: free, minus2LogLik, parameterCount, aicc, sigma2, final, residuals, effort };
}

/** Mean absolute value of the first observations (those the initial states describe), else of all; 1 if all are 0. */
function typicalStart(y: Float64Array, spec: ModelSpec): number {
  const first = Math.min(y.length, Math.max(10, 2 * spec.period));
  let head = 0;
  let all = 0;
  for (let t = 0; t < y.length; t++) {
    if (t < first) head += Math.abs(y[t]);
    all += Math.abs(y[t]);
  }
  if (head > 0) return head / first;
  return all > 0 ? all / y.length : 1;
}

/** Point forecasts (the conditional mean for additive-error models). */
export function pointForecast(fit: FittedModel, horizon: number): Float64Array {
  const { spec, params, final } = fit;
  const m = final.seasonal.length;
  const out = new Float64Array(horizon);
  let damp = 0;
  let phiPow = 1;
  for (let h = 1; h <= horizon; h++) {
    if (spec.trend === "A") damp = h;
    else if (spec.trend === "Ad") {
      phiPow *= params.phi;
      damp += phiPow;
    }
    const T = final.level + damp * final.slope;
    const s = final.seasonal[(h - 1) % m];
    out[h - 1] = spec.season === "M" ? T * s : T + s;
  }
  return out;
}

/**
 * Forecast variances for the additive-error models ("class 1", Hyndman et al. 2008, Table 6.1):
 * v_h = sigma² · (1 + Σ_{j=1}^{h-1} c_j²), with c_j = alpha + beta·(j or φ+…+φ^j) + gamma·[j ≡ 0 mod m].
 * Non-decreasing in h by construction.
 */
export function additiveVariances(fit: FittedModel, horizon: number): Float64Array {
  const { spec, params, sigma2 } = fit;
  const m = spec.period;
  const out = new Float64Array(horizon);
  let sum = 0;
  let damp = 0;
  let phiPow = 1;
  out[0] = sigma2;
  for (let j = 1; j < horizon; j++) {
    if (spec.trend === "A") damp = j;
    else if (spec.trend === "Ad") {
      phiPow *= params.phi;
      damp += phiPow;
    }
    let c = params.alpha + params.beta * damp;
    if (spec.season !== "N" && j % m === 0) c += params.gamma;
    sum += c * c;
    out[j] = sigma2 * (1 + sum);
  }
  return out;
}

/**
 * Simulated future paths (used for multiplicative-error models, which have no closed-form
 * intervals in general), drawing from the given seeded random source, so the result
 * is reproducible. Returns horizon × paths values, horizon-major (all paths for step 1 first).
 */
export function simulatePaths(
  fit: FittedModel,
  horizon: number,
  paths: number,
  random: Random,
): Float64Array {
  const { spec, params, final } = fit;
  const m = final.seasonal.length;
  const sigma = Math.sqrt(fit.sigma2);
  const phi = spec.trend === "Ad" ? params.phi : 1;
  const hasTrend = spec.trend !== "N";
  const errM = spec.error === "M";
  const seasKind = spec.season === "N" ? 0 : spec.season === "A" ? 1 : 2;
  const { alpha, beta, gamma } = params;
  const out = new Float64Array(paths * horizon);
  const seas = new Float64Array(m);
  const draws = new Float64Array(horizon);
  for (let p = 0; p < paths; p += 2) {
    // Antithetic pairs: the second path reuses the first path's draws with the opposite sign.
    random.fillNormal(draws);
    for (let pair = 0; pair < 2 && p + pair < paths; pair++) {
      const sign = pair === 0 ? 1 : -1;
      let l = final.level;
      let b = hasTrend ? final.slope : 0;
      seas.set(final.seasonal);
      let j = 0;
      const path = p + pair;
      for (let h = 0; h < horizon; h++) {
        const s = seas[j];
        const pb = phi * b;
        const T = l + pb;
        const mu = seasKind === 2 ? T * s : T + s;
        const e = sign * sigma * draws[h];
        if (!errM) {
          // Additive error: y = mu + e.
          out[h * paths + path] = mu + e;
          l = T + alpha * e;
          b = pb + beta * e;
          if (seasKind !== 0) seas[j] = s + gamma * e;
        } else if (seasKind === 1) {
          // Multiplicative error: y = mu·(1 + e).
          out[h * paths + path] = mu * (1 + e);
          const me = mu * e;
          l = T + alpha * me;
          b = pb + beta * me;
          seas[j] = s + gamma * me;
        } else {
          out[h * paths + path] = mu * (1 + e);
          l = T * (1 + alpha * e);
          b = pb + beta * T * e;
          if (seasKind === 2) seas[j] = s * (1 + gamma * e);
        }
        if (!hasTrend) b = 0;
        if (++j === m) j = 0;
      }
    }
  }
  return out;
}
