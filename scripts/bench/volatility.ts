/**
 * Benchmark: the budget-volatility Monte Carlo (src/model/volatility.ts). Returns figures for the caller
 * to print (npm run bench); prints nothing itself.
 *
 * The headline figure is the pane's heaviest realistic run, 100,000 paths × 36 months including pricing,
 * percentiles, histogram and budget probability: the median of several runs after a warm-up (the first
 * runs include compilation). The tornado figure runs the simulation 13 times; the pane would use it
 * with fewer paths, as here.
 */
import { resolvePlan } from "../../src/model/plan";
import { VolatilityInput, simulateVolatility, volatilitySensitivity } from "../../src/model/volatility";
import { BenchFigure, msPerRun } from "./measure";

/** Three years of a growing, seasonal volume with month-to-month persistence, and a budget. */
function threeYears(paths: number): VolatilityInput {
  const expected = Array.from({ length: 36 }, (_, m) => 2000 * (1 + 0.02 * m) * (1 + 0.15 * Math.sin((2 * Math.PI * m) / 12)));
  return {
    plan: resolvePlan({ tier: "Advanced", seats: 12 }),
    volumes: { kind: "expected", expected, cv: 0.3 },
    correlation: 0.5,
    paths,
    seed: 2024,
    budget: 130_000,
  };
}

export function run(): BenchFigure[] {
  const main = threeYears(100_000);
  const tornado = threeYears(20_000);
  return [
    {
      name: "simulate 100k paths x 36 months",
      value: msPerRun(() => simulateVolatility(main), 7, 2),
      unit: "ms",
      target: "<= 150",
    },
    {
      name: "sensitivity, 13 runs of 20k paths x 36 months",
      value: msPerRun(() => volatilitySensitivity(tornado), 3, 1),
      unit: "ms",
    },
  ];
}
