/**
 * supportcost simulate: the budget-volatility Monte Carlo behind =SUPPORTCOST.BUDGETRISK, for any stack
 * of the price book. From --resolutions it simulates AI resolutions (as BUDGETRISK does); from
 * --conversations the chain runs forward through --ai-involvement and --ai-resolution, so plans that
 * bill AI-involved conversations price their own link, packs, caps and all.
 */
import { simulateVolatility, stackSimulation, VolatilityInput } from "../../model/volatility";
import { numberOptionOf, onlyOptions, Options, UsageError } from "../args";
import { CURRENCY_OPTIONS, currencyJson, Display, displayFromOptions, rateLine } from "../currency";
import { formatMoney } from "../../model/currency";
import { Io } from "../io";
import { tidyDeep, usd } from "../money";
import { bookFromOptions } from "./book";
import { conversationsFromOptions, RATE_OPTIONS, ratesFromOptions, RISK_OPTIONS, riskFromOptions, VOLUME_OPTIONS } from "./chain";
import { PLAN_OPTIONS, planFromOptions, volumesFromOptions } from "./pricing";

/**
 * --fx-volatility with --currency: the rate's annualised volatility (0.1 = 10% a year), so the total in
 * that currency carries the rate's risk as well as the volumes'. Without it the rate stays at today's.
 */
function fxOf(options: Options, display: Display | undefined): VolatilityInput["fx"] {
  const volatility = numberOptionOf(options, "fx-volatility");
  if (display === undefined || display.currency === "USD") {
    if (volatility !== undefined) throw new UsageError("--fx-volatility goes with --currency JPY, EUR or GBP: US dollars have no exchange rate");
    return undefined;
  }
  return { rate: display.rate.amount, volatility: volatility ?? 0, currency: display.currency };
}

function simulationInput(options: Options, io: Io, display: Display | undefined, chosen: ReturnType<typeof bookFromOptions>): VolatilityInput {
  const plan = planFromOptions(options, io, chosen);
  const risk = riskFromOptions(options);
  if (risk === undefined) throw new UsageError("--volatility is required: the coefficient of variation of monthly volume, e.g. 0.25");
  const common = { correlation: risk.correlation, paths: risk.paths, seed: risk.seed, budget: risk.budget, counting: risk.counting, fx: fxOf(options, display) };
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
  onlyOptions(options, "simulate", [...PLAN_OPTIONS, "resolutions", ...VOLUME_OPTIONS, ...RATE_OPTIONS, ...RISK_OPTIONS, "human-cost-per-conversation", ...CURRENCY_OPTIONS, "fx-volatility", "json"]);
  const chosen = bookFromOptions(options, io);
  const display = displayFromOptions(options, chosen.book);
  const input = simulationInput(options, io, display, chosen);
  // Converted by the simulation itself (the rate is a driver of the risk), so every figure is already in the display's currency.
  const result = simulateVolatility(input);
  if (options.has("json")) {
    io.out(JSON.stringify(tidyDeep(display ? { ...result, ...currencyJson(display), fxVolatility: input.fx?.volatility ?? 0 } : result)));
    return;
  }
  const t = result.total;
  const money = display ? { format: (x: number) => formatMoney(x, display.currency) } : usd;
  io.out(`${result.paths.toLocaleString("en-US")} simulated futures of ${result.months} months (seed ${result.seed})`);
  if (display && display.currency !== "USD") {
    io.out(rateLine(display));
    const vol = input.fx?.volatility ?? 0;
    io.out(vol > 0 ? `The rate moves with ${(vol * 100).toFixed(1)}% annual volatility from there (--fx-volatility).` : "The rate is held there (give --fx-volatility for the rate's own risk).");
  }
  io.out(`Planned total:   ${money.format(result.plannedCost)}`);
  io.out(`Mean total:      ${money.format(t.mean)}`);
  io.out(`P5 / P50 / P95:  ${money.format(t.p5)} / ${money.format(t.p50)} / ${money.format(t.p95)}`);
  io.out(`P99 total:       ${money.format(t.p99)}`);
  io.out(`Budget at risk:  ${money.format(result.budgetAtRisk)} (P95 − planned)`);
  io.out(`Worst month:     month ${result.worstMonth.month}, P95 ${money.format(result.worstMonth.p95)}`);
  if (result.probabilityOverBudget !== null && result.budget !== null) {
    io.out(`Chance total exceeds ${money.format(result.budget)}: ${(100 * result.probabilityOverBudget).toFixed(1)}%`);
  }
}
