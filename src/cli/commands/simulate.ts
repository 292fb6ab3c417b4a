/** supportcost simulate: the budget-volatility Monte Carlo behind =SUPPORTCOST.BUDGETRISK. */
import { PricingPlan } from "../../model/plan";
import { simplePricingPlan, stackPricing, StackPricing } from "../../model/pricebook/bridge";
import { checkChainRates } from "../../model/pricebook/chain";
import { bindStack } from "../../model/pricebook/month";
import { simulateVolatility } from "../../model/volatility";
import { numberOptionOf, onlyOptions, Options, UsageError } from "../args";
import { Io } from "../io";
import { tidyDeep, usd } from "../money";
import { bookPlanFromOptions, PLAN_OPTIONS, planFromOptions, usesBook, volumesFromOptions } from "./pricing";

/**
 * The plan to simulate: --tier as today, or a price-book plan. A book plan on today's rule takes the
 * fast path; any other is priced month by month by the engine, its AI-involved and conversation counts
 * recovered from the resolutions with --ai-resolution and --ai-involvement.
 */
function simulatedPlan(options: Options, io: Io): PricingPlan | StackPricing {
  if (!usesBook(options)) {
    for (const name of ["ai-involvement", "ai-resolution"]) if (options.has(name)) throw new UsageError(`--${name} needs --plan (a plan of the price book)`);
    return planFromOptions(options);
  }
  const { stack, terms } = bookPlanFromOptions(options, io);
  const simple = simplePricingPlan(stack, terms);
  if (simple && !options.has("ai-involvement") && !options.has("ai-resolution")) return simple;
  const resolution = numberOptionOf(options, "ai-resolution");
  if (stack.ai?.ai?.unit === "ai-involved" && resolution === undefined) {
    throw new UsageError(`${stack.ai.id} bills AI-involved conversations: give --ai-resolution (the share of them the AI resolves) so they follow from --resolutions`);
  }
  const rates = checkChainRates({ involvement: numberOptionOf(options, "ai-involvement"), resolution: resolution ?? 1 });
  return stackPricing(bindStack(stack, terms), rates);
}

export function runSimulate(options: Options, io: Io): void {
  onlyOptions(options, "simulate", [...PLAN_OPTIONS, "resolutions", "months", "volatility", "correlation", "paths", "seed", "budget", "ai-involvement", "ai-resolution", "json"]);
  const plan = simulatedPlan(options, io);
  if (!options.has("resolutions")) throw new UsageError("--resolutions is required: expected AI resolutions per month");
  const cv = numberOptionOf(options, "volatility");
  if (cv === undefined) throw new UsageError("--volatility is required: the coefficient of variation of monthly volume, e.g. 0.25");
  const volumes = volumesFromOptions(options, 12);
  const result = simulateVolatility({
    plan,
    volumes:
      "perMonth" in volumes
        ? { kind: "expected", expected: Array.from(volumes.perMonth), cv }
        : { kind: "expected", expected: volumes.steady, months: volumes.months, cv },
    correlation: numberOptionOf(options, "correlation"),
    paths: numberOptionOf(options, "paths"),
    seed: numberOptionOf(options, "seed"),
    budget: numberOptionOf(options, "budget"),
  });
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
