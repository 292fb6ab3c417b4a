/**
 * The "airline" seasonal ARIMA(0,1,1)(0,1,1)m of Box & Jenkins: the ARIMA-type member of the
 * combination. It carries this year's change over last year forward, which exponential smoothing
 * does not, and it has only two coefficients. Fitted by conditional sum of squares (pre-sample
 * errors 0), the coefficients found by Nelder–Mead; intervals from the psi weights.
 *
 * (1 - B)(1 - B^m) y_t = (1 - θB)(1 - ΘB^m) e_t
 */
import { nelderMead } from "./nelderMead";
import type { ComponentForecast } from "./theta";

/** Coefficients stay inside (-LIMIT, LIMIT) so the model stays invertible. */
const LIMIT = 0.98;

/** The airline model needs this many seasons of history: two for the differences, one to fit. */
export const AIRLINE_MIN_SEASONS = 3;

function coefficient(u: number): number {
  return -LIMIT + 2 * LIMIT * u;
}

/** Conditional sum of squares for (θ, Θ); fills `e` (length of w) with the errors. */
function css(w: Float64Array, m: number, theta: number, bigTheta: number, e: Float64Array): number {
  let sse = 0;
  for (let t = 0; t < w.length; t++) {
    let v = w[t];
    if (t >= 1) v += theta * e[t - 1];
    if (t >= m) v += bigTheta * e[t - m];
    if (t >= m + 1) v -= theta * bigTheta * e[t - m - 1];
    e[t] = v;
    sse += v * v;
  }
  return sse;
}

export function airlineForecast(y: Float64Array, m: number, horizon: number): ComponentForecast {
  const n = y.length;
  const len = n - m - 1;
  if (m < 2 || n < AIRLINE_MIN_SEASONS * m) throw new Error("The airline model needs three seasons of history; this is a bug.");
  const w = new Float64Array(len);
  for (let t = m + 1; t < n; t++) w[t - m - 1] = y[t] - y[t - 1] - y[t - m] + y[t - m - 1];
  const e = new Float64Array(len);
  const fit = nelderMead((u) => css(w, m, coefficient(u[0]), coefficient(u[1]), e), [0.6, 0.6], {
    step: 0.2,
    // Tight: the sum of squares can be flat near the invertibility bound, and a loose stop would
    // make the forecast depend on rounding in the last digit of the data.
    tolerance: 1e-16,
    maxEvaluations: 600,
  });
  const theta = coefficient(fit.x[0]);
  const bigTheta = coefficient(fit.x[1]);
  const sse = css(w, m, theta, bigTheta, e);
  const sigma2 = sse / Math.max(1, len - 2);

  // Point forecasts: future errors are 0; undo the differences step by step.
  const ext = new Float64Array(n + horizon);
  ext.set(y);
  const err = new Float64Array(len + horizon);
  err.set(e);
  for (let h = 0; h < horizon; h++) {
    const t = n + h;
    const k = len + h; // index of this step in the differenced series
    let wHat = 0;
    wHat -= theta * err[k - 1];
    if (k >= m) wHat -= bigTheta * err[k - m];
    if (k >= m + 1) wHat += theta * bigTheta * err[k - m - 1];
    ext[t] = ext[t - 1] + ext[t - m] - ext[t - m - 1] + wHat;
  }
  // Psi weights of the MA(∞) form: psi_j = ma_j + psi_{j-1} + psi_{j-m} - psi_{j-m-1}.
  const psi = new Float64Array(horizon);
  const ma = (j: number): number => (j === 0 ? 1 : j === 1 ? -theta : j === m ? -bigTheta : j === m + 1 ? theta * bigTheta : 0);
  const sd = new Float64Array(horizon);
  let sum = 0;
  for (let j = 0; j < horizon; j++) {
    let v = ma(j);
    if (j >= 1) v += psi[j - 1];
    if (j >= m) v += psi[j - m];
    if (j >= m + 1) v -= psi[j - m - 1];
    psi[j] = v;
    sum += v * v;
    sd[j] = Math.sqrt(sigma2 * sum);
  }
  return { mean: ext.subarray(n), sd, oneStepRmse: Math.sqrt(sigma2) };
}
