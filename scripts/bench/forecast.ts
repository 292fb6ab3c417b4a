/**
 * Benchmark: forecastSeries (src/model/forecast) with automatic model selection on 120 monthly
 * points, 12 months ahead: the median of 30 runs after 10 warm-up runs (the first runs include
 * compilation). Returns figures for the caller to print (npm run bench); prints nothing itself.
 * The headline series is seasonal with a trend, so all 15 candidate models are fitted.
 * "Worst accepted FORECAST input" is the slowest of several histories at the validation caps
 * (MAX_HISTORY values, the longest season MAX_SEASON or automatic, MAX_HORIZON months ahead): the
 * bound issue 7 asks for, so that no cell can freeze Excel (target: at most 1 s).
 */
import { performance } from "node:perf_hooks";
import { forecastSeries, MAX_HISTORY, MAX_HORIZON, MAX_SEASON } from "../../src/model/forecast";

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** A deterministic monthly series: level, trend, 12-month season and noise (fixed-seed LCG). */
export function syntheticMonthly(length: number, seed = 7): number[] {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const out: number[] = [];
  for (let t = 0; t < length; t++) {
    const season = 1 + 0.25 * Math.sin((2 * Math.PI * t) / 12) + 0.1 * Math.cos((4 * Math.PI * t) / 12);
    const noise = 1 + 0.08 * (uniform() + uniform() + uniform() - 1.5);
    out.push(Math.round((1000 + 6 * t) * season * noise));
  }
  return out;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeIt(fn: () => unknown, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Histories at the caps: trend and season, a random walk, counts with zeros, a level shift. */
function worstCaseHistories(): (number | null)[][] {
  const n = MAX_HISTORY;
  let state = 11;
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  let walk = 1000;
  const randomWalk = Array.from({ length: n }, () => (walk = Math.max(1, walk + 40 * (uniform() - 0.5))));
  const zeros = Array.from({ length: n }, (_, t) => (t % 7 === 3 ? 0 : Math.round(20 + 10 * Math.sin((2 * Math.PI * t) / MAX_SEASON) + 10 * uniform())));
  const shifted = syntheticMonthly(n).map((v, t) => (t > n - 9 ? v * 1.8 : v));
  const withBlanks = syntheticMonthly(n).map((v, t) => (t % 4 === 1 ? null : v));
  return [syntheticMonthly(n), randomWalk, zeros, shifted, withBlanks];
}

function worstAccepted(): { ms: number } {
  let worst = 0;
  for (const history of worstCaseHistories()) {
    for (const seasonality of ["auto", MAX_SEASON] as const) {
      const start = performance.now();
      forecastSeries(history, MAX_HORIZON, { seasonality });
      worst = Math.max(worst, performance.now() - start);
    }
  }
  return { ms: worst };
}

export function run(): BenchFigure[] {
  const history = syntheticMonthly(120);
  const flat = history.map((v, t) => v / (1 + 0.25 * Math.sin((2 * Math.PI * t) / 12)));
  return [
    {
      name: "forecast 120 months, auto: 15 models + AICc, 12 ahead",
      value: timeIt(() => forecastSeries(history, 12), 10, 30),
      unit: "ms",
      target: "<= 10",
    },
    {
      name: "forecast 120 months, no season: 6 models, 12 ahead",
      value: timeIt(() => forecastSeries(flat, 12, { seasonality: "none" }), 10, 30),
      unit: "ms",
    },
    {
      // Warm-up first: the figure is the steady-state cost, as in a recalculating workbook.
      name: `worst accepted FORECAST input: ${MAX_HISTORY} months, season ${MAX_SEASON} or auto, ${MAX_HORIZON} ahead`,
      value: (worstAccepted(), worstAccepted().ms),
      unit: "ms",
      target: "<= 1000",
    },
  ];
}
