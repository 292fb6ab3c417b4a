/**
 * supportcost simulate: the budget-volatility Monte Carlo behind =SUPPORTCOST.BUDGETRISK, for any stack
 * of the price book. From --resolutions it simulates AI resolutions (as BUDGETRISK does); from
 * --conversations the chain runs forward through --ai-involvement and --ai-resolution, so plans that
 * bill AI-involved conversations price their own link, packs, caps and all.
 */
import { simulateVolatility, stackSimulation, VolatilityInput } from "../../model/volatility";
import { numberOptionOf, onlyOptions, Options, UsageError } from "../args";
import { Io } from "../io";
import { tidyDeep, usd } from "../money";
import { conversationsFromOptions, RATE_OPTIONS, ratesFromOptions, RISK_OPTIONS, riskFromOptions, VOLUME_OPTIONS } from "./chain";
import { PLAN_OPTIONS, planFromOptions, volumesFromOptions } from "./pricing";

function simulationInput(options: Options, io: Io): VolatilityInput {
  const plan = planFromOptions(options, io);
  const risk = riskFromOptions(options);
  if (risk === undefined) throw new UsageError("--volatility is required: the coefficient of variation of monthly volume, e.g. 0.25");
  const common = { correlation: risk.correlation, paths: risk.paths, seed: risk.seed, budget: risk.budget, counting: risk.counting };
  if (options.has("conversations")) {
    if (options.has("resolutions")) throw new UsageError("give --conversations (the chain runs forward from them) or --resolutions, not both");
    const expected = conversationsFromOptions(options, 12);
    const rates = ratesFromOptions(options);
    const human = numberOptionOf(options, "human-cost-per-conversation");
    return {
      ...common,
      plan: stackSimulation(plan.plans, plan.terms, { volume: "conversations", rates, humanCostPerConversation: human }),
      volumes: { kind: "expected", expected, cv: risk.cv },
    };
  }
  if (!options.has("resolutions")) throw new UsageError("--resolutions (expected AI resolutions per month) or --conversations (with --ai-involvement and --ai-resolution) is required");
  for (const name of [...RATE_OPTIONS, "growth", "seasonality", "first-month", "human-cost-per-conversation"]) {
    if (options.has(name)) throw new UsageError(`--${name} goes with --conversations`);
  }
  const volumes = volumesFromOptions(options, 12);
  return {
    ...common,
    plan: stackSimulation(plan.plans, plan.terms, { volume: "resolutions" }),
    volumes: "perMonth" in volumes ? { kind: "expected", expected: Array.from(volumes.perMonth), cv: risk.cv } : { kind: "expected", expected: volumes.steady, months: volumes.months, cv: risk.cv },
  };
}

export function runSimulate(options: Options, io: Io): void {
  onlyOptions(options, "simulate", [...PLAN_OPTIONS, "resolutions", ...VOLUME_OPTIONS, ...RATE_OPTIONS, ...RISK_OPTIONS, "human-cost-per-conversation", "json"]);
  const result = simulateVolatility(simulationInput(options, io));
  if (options.has("json")) {
    io.out(JSON.stringify(tidyDeep(result)));
    return;
  }
  const t = result.total;
  io.out(`${result.paths.toLocaleString("en-US")} simulated futures of ${result.months} months (seed ${result.seed})`);
  io.out(`Planned total:   ${usd.format(result.plannedCost)}`);
  io.out(`Mean total:      ${usd.format(t.mean)}`);
  io.out(`P5 / P50 / P95:  ${usd.format(t.p5)} / ${usd.format(t.p50)} / ${usd.format(t.p95)}`);
  io.out(`P99 total:       ${usd.format(t.p99)}`);
  io.out(`Budget at risk:  ${usd.format(result.budgetAtRisk)} (P95 − planned)`);
  io.out(`Worst month:     month ${result.worstMonth.month}, P95 ${usd.format(result.worstMonth.p95)}`);
  if (result.probabilityOverBudget !== null && result.budget !== null) {
    io.out(`Chance total exceeds ${usd.format(result.budget)}: ${(100 * result.probabilityOverBudget).toFixed(1)}%`);
  }
}
