/**
 * Benchmark: forecastSeries (src/model/forecast) with automatic model selection on 120 monthly
 * points, 12 months ahead: the median of 30 runs after 10 warm-up runs (the first runs include
 * compilation). Returns figures for the caller to print (npm run bench); prints nothing itself.
 * The headline series is seasonal with a trend, so all 15 candidate models are fitted.
 */
import { performance } from "node:perf_hooks";
import { forecastSeries } from "../../src/model/forecast";

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
  ];
}
