/**
 * Levenberg–Marquardt for box-bounded nonlinear least squares: minimise Σ r_i(x)² where the first
 * `bounded` coordinates of x lie in [0, 1] and the rest are free. The Jacobian is by finite
 * differences; coordinates held at a bound by the gradient are frozen for that step (a simple
 * active-set projection). Deterministic.
 */
import { solveSymmetric } from "./numeric";

export interface LeastSquaresProblem {
  /** Number of residuals. */
  size: number;
  /** The first `bounded` coordinates are confined to [0, 1]. */
  bounded: number;
  /** Fills `out` with the residuals at x; returns false where the model is not defined. */
  residuals(x: Float64Array, out: Float64Array): boolean;
  /** Finite-difference step for coordinate i at x. */
  step(i: number, x: Float64Array): number;
}

export interface LeastSquaresOptions {
  maxIterations: number;
  /** Stop when an accepted step lowers the sum of squares by less than this fraction. */
  relativeTolerance: number;
}

export interface LeastSquaresResult {
  x: Float64Array;
  sumOfSquares: number;
  iterations: number;
}

function sumSquares(r: Float64Array): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += r[i] * r[i];
  return s;
}

export function levenbergMarquardt(
  problem: LeastSquaresProblem,
  start: Float64Array,
  options: LeastSquaresOptions,
): LeastSquaresResult {
  const n = problem.size;
  const d = start.length;
  const nb = problem.bounded;
  const x = Float64Array.from(start);
  const r = new Float64Array(n);
  if (!problem.residuals(x, r)) return { x, sumOfSquares: Infinity, iterations: 0 };
  let f = sumSquares(r);
  const jac = new Float64Array(n * d); // column-major
  const rTrial = new Float64Array(n);
  const xTrial = new Float64Array(d);
  const ata = new Float64Array(d * d);
  const grad = new Float64Array(d);
  const freeIdx = new Int32Array(d);
  let lambda = -1;
  let iterations = 0;

  for (; iterations < options.maxIterations; iterations++) {
    // Jacobian by forward differences (backward at an upper bound or where forward is undefined).
    xTrial.set(x);
    for (let c = 0; c < d; c++) {
      let h = problem.step(c, x);
      if (c < nb && x[c] + h > 1) h = -h;
      xTrial[c] = x[c] + h;
      let ok = problem.residuals(xTrial, rTrial);
      if (!ok) {
        h = -h;
        xTrial[c] = x[c] + h;
        if (c < nb && (xTrial[c] < 0 || xTrial[c] > 1)) ok = false;
        else ok = problem.residuals(xTrial, rTrial);
      }
      const col = c * n;
      if (ok) for (let t = 0; t < n; t++) jac[col + t] = (rTrial[t] - r[t]) / h;
      else for (let t = 0; t < n; t++) jac[col + t] = 0;
      xTrial[c] = x[c];
    }
    normalEquations(jac, r, n, d, ata, grad);
    // Active set: bounded coordinates at a bound whose descent direction points outside.
    let k = 0;
    for (let c = 0; c < d; c++) {
      if (c < nb && ((x[c] <= 0 && grad[c] > 0) || (x[c] >= 1 && grad[c] < 0))) continue;
      if (!(ata[c * d + c] > 0)) continue;
      freeIdx[k++] = c;
    }
    if (k === 0) break;
    const a = new Float64Array(k * k);
    const g = new Float64Array(k);
    let maxDiag = 0;
    for (let i = 0; i < k; i++) maxDiag = Math.max(maxDiag, ata[freeIdx[i] * d + freeIdx[i]]);
    if (lambda < 0) lambda = 1e-3;

    let accepted = false;
    let newF = f;
    for (let attempt = 0; attempt < 12 && !accepted; attempt++) {
      for (let i = 0; i < k; i++) {
        const ci = freeIdx[i];
        g[i] = -grad[ci];
        for (let j = 0; j < k; j++) a[i * k + j] = ata[ci * d + freeIdx[j]];
        // Marquardt scaling, with a floor so nearly flat directions still get damped.
        a[i * k + i] += lambda * Math.max(ata[ci * d + ci], 1e-12 * maxDiag);
      }
      const delta = solveSymmetric(a, g, k, 1e-14 * maxDiag);
      if (delta === null) {
        lambda *= 10;
        continue;
      }
      xTrial.set(x);
      for (let i = 0; i < k; i++) {
        const ci = freeIdx[i];
        let v = x[ci] + delta[i];
        if (ci < nb) v = v < 0 ? 0 : v > 1 ? 1 : v;
        xTrial[ci] = v;
      }
      if (problem.residuals(xTrial, rTrial)) {
        const ft = sumSquares(rTrial);
        if (ft < f) {
          accepted = true;
          newF = ft;
          break;
        }
      }
      lambda *= 4;
    }
    if (!accepted) break;
    const improvement = f - newF;
    r.set(rTrial);
    x.set(xTrial);
    f = newF;
    lambda = Math.max(lambda / 3, 1e-12);
    if (improvement <= options.relativeTolerance * f) break;
  }
  return { x, sumOfSquares: f, iterations };
}

/**
 * J'J (d×d, row-major) and J'r from a column-major n×d Jacobian. The hot loop of the fit, so the
 * products are computed four columns at a time to reuse each loaded value.
 */
function normalEquations(jac: Float64Array, r: Float64Array, n: number, d: number, ata: Float64Array, grad: Float64Array): void {
  for (let a = 0; a < d; a++) {
    const ca = a * n;
    let g = 0;
    for (let t = 0; t < n; t++) g += jac[ca + t] * r[t];
    grad[a] = g;
    let b = 0;
    for (; b + 3 <= a; b += 4) {
      const c0 = b * n;
      const c1 = c0 + n;
      const c2 = c1 + n;
      const c3 = c2 + n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let t = 0; t < n; t++) {
        const v = jac[ca + t];
        s0 += v * jac[c0 + t];
        s1 += v * jac[c1 + t];
        s2 += v * jac[c2 + t];
        s3 += v * jac[c3 + t];
      }
      ata[a * d + b] = ata[b * d + a] = s0;
      ata[a * d + b + 1] = ata[(b + 1) * d + a] = s1;
      ata[a * d + b + 2] = ata[(b + 2) * d + a] = s2;
      ata[a * d + b + 3] = ata[(b + 3) * d + a] = s3;
    }
    for (; b <= a; b++) {
      const cb = b * n;
      let s0 = 0;
      for (let t = 0; t < n; t++) s0 += jac[ca + t] * jac[cb + t];
      ata[a * d + b] = ata[b * d + a] = s0;
    }
  }
}
