/** supportcost total and supportcost tiers: the pricing engine on the command line. */
import { DEFAULT_CATALOG } from "../../model/catalog";
import { costOfVolumes, MonthlyVolumes } from "../../model/cost";
import { checkMonths, PricingPlan, resolvePlan } from "../../model/plan";
import { catalogRows } from "../../model/tiers";
import { numberListOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { Io } from "../io";
import { tidyNumber, usd } from "../money";

export const PLAN_OPTIONS = ["tier", "seats", "billing", "ai-rate", "ai-minimum"];

/** The plan named by --tier, --seats, --billing, --ai-rate and --ai-minimum. */
export function planFromOptions(options: Options): PricingPlan {
  const tier = textOption(options, "tier");
  if (tier === undefined) throw new UsageError("--tier is required (Essential, Advanced or Expert)");
  const seats = numberOptionOf(options, "seats");
  if (seats === undefined) throw new UsageError("--seats is required");
  return resolvePlan({
    tier,
    seats,
    billing: textOption(options, "billing"),
    aiRate: numberOptionOf(options, "ai-rate"),
    aiMinimum: numberOptionOf(options, "ai-minimum"),
  });
}

/**
 * --resolutions and --months: one volume repeated for --months (default `defaultMonths`), or a list
 * with one volume per month (then --months, if given, must equal its length).
 */
export function volumesFromOptions(options: Options, defaultMonths: number): MonthlyVolumes {
  const months = numberOptionOf(options, "months");
  if (months !== undefined) checkMonths(months);
  const volumes = numberListOption(textOption(options, "resolutions") ?? "0", "resolutions", 0);
  if (volumes.length === 1) return { steady: volumes[0], months: months ?? defaultMonths };
  if (months !== undefined && months !== volumes.length) {
    throw new UsageError(`--months is ${months} but --resolutions lists ${volumes.length} months: drop --months or make it ${volumes.length}`);
  }
  return { perMonth: volumes };
}

export function runTotal(options: Options, io: Io): void {
  onlyOptions(options, "total", [...PLAN_OPTIONS, "resolutions", "months", "json"]);
  const plan = planFromOptions(options);
  const volumes = volumesFromOptions(options, 1);
  const cost = costOfVolumes(plan, volumes);
  if (options.has("json")) {
    const { seatCost, aiCost, total, months } = cost;
    io.out(JSON.stringify({ seatCost: tidyNumber(seatCost), aiCost: tidyNumber(aiCost), total: tidyNumber(total), months }));
    return;
  }
  io.out(`Months:    ${cost.months}`);
  io.out(`Seat cost: ${usd.format(cost.seatCost)}`);
  io.out(`AI cost:   ${usd.format(cost.aiCost)}`);
  io.out(`Total:     ${usd.format(cost.total)}`);
}

export function runTiers(options: Options, io: Io): void {
  onlyOptions(options, "tiers", ["json"]);
  const rows = catalogRows();
  if (options.has("json")) {
    io.out(JSON.stringify({ vendor: DEFAULT_CATALOG.vendor, currency: DEFAULT_CATALOG.currency, rows }));
    return;
  }
  for (const r of rows) {
    const price = r.billing === "per month" ? String(r.price) : usd.format(r.price);
    io.out(`${r.item} (${r.billing}): ${price} ${r.unit}`);
    if (r.features) io.out(`  features: ${r.features}`);
    io.out(`  source: ${r.source}, as of ${r.asOf}`);
  }
}
