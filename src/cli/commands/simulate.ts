/** supportcost simulate: the budget-volatility Monte Carlo behind =SUPPORTCOST.BUDGETRISK. */
import { simulateVolatility } from "../../model/volatility";
import { numberOptionOf, onlyOptions, Options, UsageError } from "../args";
import { Io } from "../io";
import { tidyDeep, usd } from "../money";
import { PLAN_OPTIONS, planFromOptions, volumesFromOptions } from "./pricing";

export function runSimulate(options: Options, io: Io): void {
  onlyOptions(options, "simulate", [...PLAN_OPTIONS, "resolutions", "months", "volatility", "correlation", "paths", "seed", "budget", "json"]);
  const plan = planFromOptions(options);
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
