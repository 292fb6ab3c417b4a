/**
 * Small numeric helpers for the forecasting model: a Cholesky solve. (The seeded random source and
 * the normal quantile are shared with the volatility model, in ../random.ts.)
 */

/**
 * Solves (A + ridge·I) x = b for a symmetric positive semi-definite A (row-major, size p×p) by
 * Cholesky. The small ridge keeps nearly collinear problems solvable. Returns null if it still fails.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, p: number, ridge: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j] + (i === j ? ridge : 0);
      for (let k = 0; k < j; k++) sum -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * p + i] = Math.sqrt(sum);
      } else {
        l[i * p + j] = sum / l[j * p + j];
      }
    }
  }
  const x = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * p + k] * x[k];
    x[i] = sum / l[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let sum = x[i];
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i] * x[k];
    x[i] = sum / l[i * p + i];
  }
  return x;
}
