/**
 * Nelder–Mead minimisation inside the unit box [0, 1]^k. Points that would leave the box are
 * projected back onto it, so the objective is only ever evaluated at admissible parameters.
 * Deterministic: no random restarts.
 */

export interface NelderMeadOptions {
  /** Initial simplex edge (in box units). */
  step: number;
  /** Stop when best and worst vertex differ by less than this (objective units). */
  tolerance: number;
  maxEvaluations: number;
}

export interface NelderMeadResult {
  x: Float64Array;
  value: number;
  evaluations: number;
}

function clampUnit(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

export function nelderMead(
  f: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions,
): NelderMeadResult {
  const k = start.length;
  const points: Float64Array[] = [];
  const values: number[] = [];
  let evaluations = 0;
  const evaluate = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };

  const x0 = new Float64Array(k);
  for (let i = 0; i < k; i++) x0[i] = clampUnit(start[i]);
  points.push(x0);
  values.push(evaluate(x0));
  for (let i = 0; i < k; i++) {
    const x = Float64Array.from(x0);
    x[i] = x0[i] + options.step <= 1 ? x0[i] + options.step : x0[i] - options.step;
    points.push(x);
    values.push(evaluate(x));
  }

  const order = new Array<number>(k + 1);
  const centroid = new Float64Array(k);
  const trial = (coef: number): Float64Array => {
    // centroid + coef * (centroid - worst)
    const worst = points[order[k]];
    const x = new Float64Array(k);
    for (let i = 0; i < k; i++) x[i] = clampUnit(centroid[i] + coef * (centroid[i] - worst[i]));
    return x;
  };

  while (evaluations < options.maxEvaluations) {
    for (let i = 0; i <= k; i++) order[i] = i;
    order.sort((a, b) => values[a] - values[b] || a - b);
    const best = values[order[0]];
    const worstValue = values[order[k]];
    if (Math.abs(worstValue - best) <= options.tolerance) break;

    centroid.fill(0);
    for (let j = 0; j < k; j++) {
      const p = points[order[j]];
      for (let i = 0; i < k; i++) centroid[i] += p[i] / k;
    }
    const secondWorst = values[order[k - 1]];

    const xr = trial(1);
    const fr = evaluate(xr);
    if (fr < best) {
      const xe = trial(2);
      const fe = evaluate(xe);
      if (fe < fr) replace(order[k], xe, fe);
      else replace(order[k], xr, fr);
    } else if (fr < secondWorst) {
      replace(order[k], xr, fr);
    } else {
      const outside = fr < worstValue;
      const xc = trial(outside ? 0.5 : -0.5);
      const fc = evaluate(xc);
      if (fc < (outside ? fr : worstValue)) {
        replace(order[k], xc, fc);
      } else {
        // Shrink towards the best vertex.
        const bestPoint = points[order[0]];
        for (let j = 1; j <= k; j++) {
          const idx = order[j];
          const p = points[idx];
          for (let i = 0; i < k; i++) p[i] = bestPoint[i] + 0.5 * (p[i] - bestPoint[i]);
          values[idx] = evaluate(p);
        }
      }
    }
  }

  let bestIndex = 0;
  for (let i = 1; i <= k; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { x: points[bestIndex], value: values[bestIndex], evaluations };

  function replace(index: number, x: Float64Array, v: number): void {
    points[index] = x;
    values[index] = v;
  }
}
