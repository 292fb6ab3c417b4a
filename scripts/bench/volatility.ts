/**
 * Benchmark: the budget-volatility Monte Carlo (src/model/volatility). Returns figures for the caller
 * to print (npm run bench); prints nothing itself.
 *
 * The headline figure is the pane's heaviest realistic run, 100,000 paths × 36 months including pricing,
 * percentiles, histogram and budget probability: the median of several runs after a warm-up (the first
 * runs include compilation). Every month goes through the price book's engine in its compiled form, so
 * the same run is timed for every stack of the built-in comparison, each through its own rules, and
 * set against Intercom Advanced measured in the same process (the ratio the speed target is written in).
 */
import { compareStacks, DEFAULT_STACKS, resolutionPlan, resolveStack, SEED_BOOK } from "../../src/model/pricebook";
import { simulateVolatility, stackRisks, stackSimulation, VolatilityInput, volatilitySensitivity } from "../../src/model/volatility";
import { BenchFigure, msPerRun } from "./measure";

const RATES = { involvement: 0.5, resolution: 0.6 };

/** Three years of a growing, seasonal volume of AI resolutions with month-to-month persistence, and a budget (as before the one engine). */
function threeYears(paths: number): VolatilityInput {
  const expected = Array.from({ length: 36 }, (_, m) => 2000 * (1 + 0.02 * m) * (1 + 0.15 * Math.sin((2 * Math.PI * m) / 12)));
  const plan = resolutionPlan(SEED_BOOK, "Advanced", { seats: 12 });
  return {
    plan: stackSimulation(plan.plans, plan.terms, { volume: "resolutions" }),
    volumes: { kind: "expected", expected, cv: 0.3 },
    correlation: 0.5,
    paths,
    seed: 2024,
    budget: 130_000,
  };
}

/** The same three years as conversations (the chain runs forward) for any stack. */
function threeYearsOf(stack: string, paths: number): VolatilityInput {
  const base = threeYears(paths);
  const expected = (base.volumes as { expected: readonly number[] }).expected.map((r) => r / (RATES.involvement * RATES.resolution));
  return { ...base, plan: stackSimulation(resolveStack(SEED_BOOK, stack), { seats: 12 }, { volume: "conversations", rates: RATES }), volumes: { kind: "expected", expected, cv: 0.3 } };
}

export function run(): BenchFigure[] {
  const main = threeYears(100_000);
  const tornado = threeYears(20_000);
  const intercom = msPerRun(() => simulateVolatility(main), 7, 2);
  const figures: BenchFigure[] = [{ name: "simulate 100k paths x 36 months, intercom-advanced", value: intercom, unit: "ms", target: "<= 150" }];
  let worst = 0;
  let worstStack = "";
  for (const stack of DEFAULT_STACKS) {
    const input = threeYearsOf(stack, 100_000);
    const ms = msPerRun(() => simulateVolatility(input), 5, 2);
    figures.push({ name: `  same, conversations down the chain: ${stack}`, value: ms, unit: "ms" });
    if (ms / intercom > worst) {
      worst = ms / intercom;
      worstStack = stack;
    }
  }
  figures.push({ name: `slowest stack ÷ intercom-advanced (${worstStack})`, value: worst, unit: "×", target: "<= 1.5" });
  const compare = { conversations: 5000, months: 12, involvement: 0.5, resolution: 0.6, seats: 12 };
  const comparison = compareStacks(SEED_BOOK, compare);
  figures.push({
    name: "risk of all 13 default stacks, 20k paths x 12 months each",
    value: msPerRun(() => stackRisks(SEED_BOOK, compare, comparison, { cv: 0.3, paths: 20_000, budget: 30_000 }), 5, 1),
    unit: "ms",
    target: "<= 1000",
  });
  const counting = { ...threeYearsOf("intercom-advanced", 100_000), counting: { resolutionSd: 0.05 } };
  figures.push({ name: "simulate 100k x 36 with the resolution rate drawn per path", value: msPerRun(() => simulateVolatility(counting), 3, 1), unit: "ms" });
  figures.push({ name: "sensitivity, 20k paths x 36 months per setting", value: msPerRun(() => volatilitySensitivity(tornado), 3, 1), unit: "ms" });
  return figures;
}
