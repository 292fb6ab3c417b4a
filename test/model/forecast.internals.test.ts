import { candidateModels } from "../../src/model/forecast/select";
import {
  EtsKernel,
  FittedModel,
  additiveVariances,
  fitModel,
  pointForecast,
  simulatePaths,
} from "../../src/model/forecast/ets";
import { seasonalIndices, initialStates } from "../../src/model/forecast/init";
import { levenbergMarquardt } from "../../src/model/forecast/leastSquares";
import { nelderMead } from "../../src/model/forecast/nelderMead";
import { solveSymmetric } from "../../src/model/forecast/numeric";
import { Random } from "../../src/model/random";
import { hasSeasonalSignal } from "../../src/model/forecast/seasonality";
import { ModelSpec, SmoothingParams, decodeParams, encodeParams, modelName } from "../../src/model/forecast/spec";

function makeFit(spec: ModelSpec, params: SmoothingParams, level: number, slope: number, seasonal: number[], sigma2: number): FittedModel {
  return {
    spec,
    params,
    initial: new Float64Array(0),
    minus2LogLik: 0,
    parameterCount: 0,
    aicc: 0,
    sigma2,
    final: { level, slope, seasonal: Float64Array.from(seasonal) },
    residuals: new Float64Array(0),
    effort: { search: 0, refine: 0 },
  };
}

/** Simulates n observations of an ETS model from given initial states (states in forecast order). */
function simulateSeries(fit: FittedModel, n: number, seed: number): number[] {
  const paths = simulatePaths(fit, n, 2, new Random(seed));
  return Array.from({ length: n }, (_, t) => paths[t * 2]);
}

describe("numeric helpers", () => {
  test("Cholesky solve", () => {
    const x = solveSymmetric(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2, 0);
    expect(Array.from(x!)).toEqual([0.5, 0]);
    expect(solveSymmetric(Float64Array.from([-1, 0, 0, 1]), Float64Array.from([1, 1]), 2, 0)).toBeNull();
  });

  test("Nelder–Mead finds a minimum inside the box and one on its edge", () => {
    const inside = nelderMead((x) => (x[0] - 0.3) ** 2 + (x[1] - 0.7) ** 2, [0.5, 0.5], { step: 0.2, tolerance: 1e-14, maxEvaluations: 2000 });
    expect(inside.x[0]).toBeCloseTo(0.3, 4);
    expect(inside.x[1]).toBeCloseTo(0.7, 4);
    const edge = nelderMead((x) => (x[0] - 1.5) ** 2, [0.5], { step: 0.2, tolerance: 1e-14, maxEvaluations: 2000 });
    expect(edge.x[0]).toBe(1);
  });

  test("Levenberg–Marquardt fits an exponential decay", () => {
    const ts = Array.from({ length: 20 }, (_, i) => i / 4);
    const ys = ts.map((t) => 3 * Math.exp(-0.4 * t));
    // x[0] in [0, 1] is the rate; x[1] is the free amplitude.
    const fit = levenbergMarquardt(
      {
        size: ts.length,
        bounded: 1,
        residuals: (x, out) => {
          ts.forEach((t, i) => (out[i] = x[1] * Math.exp(-x[0] * t) - ys[i]));
          return true;
        },
        step: () => 1e-7,
      },
      Float64Array.from([0.9, 1]),
      { maxIterations: 200, relativeTolerance: 1e-15 },
    );
    expect(fit.x[0]).toBeCloseTo(0.4, 5);
    expect(fit.x[1]).toBeCloseTo(3, 5);
  });
});

describe("model specification", () => {
  test("parameters decode into the usual region and encode back", () => {
    const spec: ModelSpec = { error: "A", trend: "Ad", season: "A", period: 12 };
    for (const u of [[0, 0, 0, 0], [0.99, 1, 1, 1], [0.3, 0.5, 0.7, 0.2]]) {
      const p = decodeParams(spec, u);
      expect(p.alpha).toBeGreaterThanOrEqual(1e-4);
      expect(p.alpha).toBeLessThanOrEqual(0.9999);
      expect(p.beta).toBeLessThanOrEqual(p.alpha);
      expect(p.gamma).toBeLessThanOrEqual(1 - p.alpha + 1e-12);
      expect(p.phi).toBeGreaterThanOrEqual(0.8);
      expect(p.phi).toBeLessThanOrEqual(0.98);
      Array.from(encodeParams(spec, p)).forEach((v, i) => expect(v).toBeCloseTo(u[i], 9));
    }
  });

  test("candidate models: 15 for positive seasonal data, no multiplicative parts with zeros, never ETS(A,*,M)", () => {
    const positive = candidateModels([1, 2, 3], 12, false).map(modelName);
    expect(positive).toHaveLength(15);
    expect(positive[0]).toBe("ETS(A,N,N)");
    expect(positive.filter((m) => m.startsWith("ETS(A") && m.endsWith(",M)"))).toEqual([]);
    const withZero = candidateModels([1, 0, 3], 12, false).map(modelName);
    expect(withZero.every((m) => m.startsWith("ETS(A") && !m.endsWith(",M)"))).toBe(true);
    expect(candidateModels([1, 2], 0, false).map(modelName)).toEqual([
      "ETS(A,N,N)", "ETS(M,N,N)", "ETS(A,A,N)", "ETS(M,A,N)", "ETS(A,Ad,N)", "ETS(M,Ad,N)",
    ]);
    expect(candidateModels([1, 2], 4, true).every((s) => s.season !== "N" && s.period === 4)).toBe(true);
  });
});

describe("initial states", () => {
  test("classical decomposition recovers additive and multiplicative seasonal indices", () => {
    const pattern = [5, -3, 2, -4];
    const add = Array.from({ length: 16 }, (_, t) => 100 + 2 * t + pattern[t % 4]);
    Array.from(seasonalIndices(add, add.length, 4, false)).forEach((v, j) => expect(v).toBeCloseTo(pattern[j], 9));
    const factors = [1.2, 0.9, 1.1, 0.8];
    const mult = Array.from({ length: 24 }, (_, t) => 100 * factors[t % 4]);
    Array.from(seasonalIndices(mult, mult.length, 4, true)).forEach((v, j) => expect(v).toBeCloseTo(factors[j], 9));
  });

  test("level and trend come from a line through the first points", () => {
    const y = Float64Array.from({ length: 20 }, (_, t) => 10 + 2 * (t + 1));
    expect(Array.from(initialStates(y, { error: "A", trend: "A", season: "N", period: 1 })).map((v) => +v.toFixed(9))).toEqual([10, 2]);
  });
});

describe("ETS filter and likelihood", () => {
  test("the multiplicative-error residuals' sum of squares is the likelihood term n·log Σe² + 2·Σlog mu", () => {
    const y = Float64Array.from({ length: 30 }, (_, t) => (10 + t + 3 * Math.sin(t)) / 50);
    const spec: ModelSpec = { error: "M", trend: "A", season: "N", period: 1 };
    const kernel = new EtsKernel(y, spec);
    const params = { alpha: 0.4, beta: 0.1, gamma: 0, phi: 1 };
    const states = initialStates(y, spec);
    const e = new Float64Array(30);
    const objective = kernel.run(params, states, e);
    const r = new Float64Array(30);
    expect(kernel.residuals(params, states, r)).toBe(true);
    const ss = r.reduce((s, v) => s + v * v, 0);
    expect(30 * Math.log(ss)).toBeCloseTo(objective, 9);
  });

  test("states leaving the valid region make a multiplicative model undefined, not NaN", () => {
    const y = Float64Array.from([1, 2, 1, 2, 1, 2, 1, 2]);
    const kernel = new EtsKernel(y, { error: "M", trend: "N", season: "N", period: 1 });
    expect(kernel.run({ alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, [-1], null)).toBe(Infinity);
  });

  test("maximum likelihood recovers the smoothing parameter of simulated ETS(A,N,N) data", () => {
    const truth = makeFit({ error: "A", trend: "N", season: "N", period: 1 }, { alpha: 0.3, beta: 0, gamma: 0, phi: 1 }, 100, 0, [0], 25);
    const y = Float64Array.from(simulateSeries(truth, 400, 7));
    const fit = fitModel(y, truth.spec)!;
    expect(fit.params.alpha).toBeGreaterThan(0.2);
    expect(fit.params.alpha).toBeLessThan(0.4);
    expect(Math.sqrt(fit.sigma2)).toBeGreaterThan(4.5);
    expect(Math.sqrt(fit.sigma2)).toBeLessThan(5.5);
  });

  test("maximum likelihood recovers a multiplicative seasonal model", () => {
    const seasonal = Array.from({ length: 12 }, (_, j) => 1 + 0.3 * Math.sin((2 * Math.PI * j) / 12));
    const truth = makeFit({ error: "M", trend: "N", season: "M", period: 12 }, { alpha: 0.2, beta: 0, gamma: 0.05, phi: 1 }, 500, 0, seasonal, 0.03 ** 2);
    const y = Float64Array.from(simulateSeries(truth, 240, 11));
    const fit = fitModel(y, truth.spec)!;
    expect(fit.params.alpha).toBeGreaterThan(0.1);
    expect(fit.params.alpha).toBeLessThan(0.35);
    expect(Math.sqrt(fit.sigma2)).toBeGreaterThan(0.025);
    expect(Math.sqrt(fit.sigma2)).toBeLessThan(0.035);
  });
});

describe("forecasts and their variances", () => {
  test("damped-trend point forecasts follow l + (φ + … + φ^h)·b + s", () => {
    const fit = makeFit({ error: "A", trend: "Ad", season: "A", period: 2 }, { alpha: 0.5, beta: 0.1, gamma: 0.1, phi: 0.9 }, 10, 2, [1, -1], 1);
    const f = Array.from(pointForecast(fit, 3));
    expect(f[0]).toBeCloseTo(10 + 0.9 * 2 + 1, 12);
    expect(f[1]).toBeCloseTo(10 + (0.9 + 0.81) * 2 - 1, 12);
    expect(f[2]).toBeCloseTo(10 + (0.9 + 0.81 + 0.729) * 2 + 1, 12);
  });

  test("the analytic additive-error variances match simulation", () => {
    const spec: ModelSpec = { error: "A", trend: "Ad", season: "A", period: 4 };
    const fit = makeFit(spec, { alpha: 0.4, beta: 0.1, gamma: 0.2, phi: 0.9 }, 100, 1, [3, -1, 2, -4], 4);
    const horizon = 10;
    const paths = 40000;
    const sims = simulatePaths(fit, horizon, paths, new Random(3));
    const mean = pointForecast(fit, horizon);
    const v = additiveVariances(fit, horizon);
    for (let h = 0; h < horizon; h++) {
      let s = 0;
      for (let p = 0; p < paths; p++) s += (sims[h * paths + p] - mean[h]) ** 2;
      expect(s / paths / v[h]).toBeGreaterThan(0.96);
      expect(s / paths / v[h]).toBeLessThan(1.04);
      if (h > 0) expect(v[h]).toBeGreaterThanOrEqual(v[h - 1]);
    }
  });

  test("simulation is reproducible with the same seed", () => {
    const fit = makeFit({ error: "M", trend: "A", season: "M", period: 3 }, { alpha: 0.3, beta: 0.05, gamma: 0.1, phi: 1 }, 50, 1, [1.1, 0.9, 1], 0.01);
    expect(simulatePaths(fit, 6, 100, new Random(5))).toEqual(simulatePaths(fit, 6, 100, new Random(5)));
  });
});

describe("seasonality screen", () => {
  test("sees a yearly cycle, not a trend, a level shift or noise", () => {
    const wave = Array.from({ length: 36 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 12) + (t % 5));
    expect(hasSeasonalSignal(wave, 12)).toBe(true);
    expect(hasSeasonalSignal(Array.from({ length: 48 }, (_, t) => 3 * t), 12)).toBe(false);
    expect(hasSeasonalSignal([...Array(36).fill(100), ...Array(36).fill(500)], 12)).toBe(false);
    expect(hasSeasonalSignal(wave.slice(0, 23), 12)).toBe(false);
    expect(hasSeasonalSignal(Array(40).fill(7), 12)).toBe(false);
  });
});
