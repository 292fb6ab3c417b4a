/**
 * The supportcost command line: the same pricing model as the Excel functions, for scripts and for
 * checking numbers. Bad input exits non-zero with one line on stderr.
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { costOfMonths, costOfSteadyMonths, CostSummary } from "../model/cost";
import { PricingInputError } from "../model/errors";
import { checkMonths, resolvePlan } from "../model/plan";
import { catalogRows } from "../model/tiers";
import { numberOption, parseArgs, UsageError } from "./args";
import { tidyNumber } from "./money";

export const HELP = `supportcost — forecast customer-support cost (helpdesk seats + per-resolution AI agent)

Usage:
  supportcost total --tier <name> --seats <n> [--resolutions <n>[,<n>…]] [--months <n>]
                    [--billing annual|monthly] [--ai-rate <usd>] [--ai-minimum <n>] [--json]
  supportcost tiers [--json]
  supportcost --help

total    Total cost: seats × price per seat-month for every month, plus the AI agent's charge,
         rate × max(resolutions, minimum) in every month with at least one resolution.
         --tier         Essential, Advanced or Expert (any case)
         --seats        whole number of helpdesk seats, 0 or more
         --resolutions  one monthly volume (repeated for --months, default 1 month), or a
                        comma-separated list with one volume per month (then --months, if given,
                        must equal the list's length); 0 or an empty item = no AI charge that month
         --months       number of months (1–600)
         --billing      annual (default; per-month price of annual billing) or monthly
         --ai-rate      US dollars per resolution (default ${DEFAULT_CATALOG.ai.usdPerResolution})
         --ai-minimum   resolutions billed at least in any month with one or more (default ${DEFAULT_CATALOG.ai.monthlyMinimumResolutions})
         --json         print {"seatCost":…,"aiCost":…,"total":…,"months":…}
tiers    The pricing catalog with features, sources and as-of dates (--json for machine use).

Examples:
  supportcost total --tier Advanced --seats 12 --resolutions 1500 --months 12
  supportcost total --tier essential --seats 3 --resolutions 0,20,60 --json
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

function parseVolumes(text: string): number[] {
  return text.split(",").map((item, i, all) => {
    if (item.trim() === "") return 0;
    return numberOption(item, all.length > 1 ? `--resolutions item ${i + 1}` : "--resolutions");
  });
}

function runTotal(options: Map<string, string | true>): CostSummary {
  const text = (name: string) => {
    const v = options.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const num = (name: string) => {
    const v = text(name);
    return v === undefined ? undefined : numberOption(v, `--${name}`);
  };
  const tier = text("tier");
  if (tier === undefined) throw new UsageError("--tier is required (Essential, Advanced or Expert)");
  const seats = num("seats");
  if (seats === undefined) throw new UsageError("--seats is required");
  const plan = resolvePlan({ tier, seats, billing: text("billing"), aiRate: num("ai-rate"), aiMinimum: num("ai-minimum") });
  const months = num("months");
  if (months !== undefined) checkMonths(months);
  const volumes = parseVolumes(text("resolutions") ?? "0");
  if (volumes.length === 1) return costOfSteadyMonths(plan, volumes[0], months ?? 1);
  if (months !== undefined && months !== volumes.length) {
    throw new UsageError(`--months is ${months} but --resolutions lists ${volumes.length} months: drop --months or make it ${volumes.length}`);
  }
  return costOfMonths(plan, volumes);
}

function printTotal(cost: CostSummary, json: boolean, io: Io): void {
  if (json) {
    io.out(
      JSON.stringify({
        seatCost: tidyNumber(cost.seatCost),
        aiCost: tidyNumber(cost.aiCost),
        total: tidyNumber(cost.total),
        months: cost.months,
      }),
    );
    return;
  }
  io.out(`Months:    ${cost.months}`);
  io.out(`Seat cost: ${usd.format(cost.seatCost)}`);
  io.out(`AI cost:   ${usd.format(cost.aiCost)}`);
  io.out(`Total:     ${usd.format(cost.total)}`);
}

function printTiers(json: boolean, io: Io): void {
  const rows = catalogRows();
  if (json) {
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

/** Runs the CLI; returns the process exit code. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const { command, options } = parseArgs(
      argv,
      new Set(["json", "help"]),
      new Set(["tier", "seats", "resolutions", "months", "billing", "ai-rate", "ai-minimum"]),
    );
    if (options.has("help") || command === "help") {
      io.out(HELP.trimEnd());
      return 0;
    }
    const json = options.has("json");
    switch (command) {
      case "total":
        printTotal(runTotal(options), json, io);
        return 0;
      case "tiers":
        if (options.size > (json ? 1 : 0)) throw new UsageError("tiers takes only --json");
        printTiers(json, io);
        return 0;
      case undefined:
        throw new UsageError("no command given: use total or tiers (see supportcost --help)");
      default:
        throw new UsageError(`unknown command "${command}": use total or tiers (see supportcost --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof PricingInputError) {
      io.err(`supportcost: ${error.message}`);
      return 2;
    }
    io.err(`supportcost: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
