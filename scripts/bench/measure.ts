/** Timing helpers for npm run bench: figures to read, not pass/fail tests. */
import { performance } from "perf_hooks";

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

let sink: unknown;

/** Median over several rounds of the mean time per call, after a warm-up, in nanoseconds. */
export function nsPerCall(fn: () => unknown, calls = 200_000, rounds = 7): number {
  for (let i = 0; i < calls; i++) sink = fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink = fn();
    samples.push(((performance.now() - start) * 1e6) / calls);
  }
  samples.sort((a, b) => a - b);
  if (sink === Symbol.for("never")) console.log(sink);
  return samples[Math.floor(rounds / 2)];
}

/** Median wall time of fn in milliseconds over `rounds` runs after `warmup` runs. */
export function msPerRun(fn: () => unknown, rounds = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    sink = fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)];
}
