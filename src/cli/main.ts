/**
 * The supportcost command line: the same model as the Excel functions, for scripts and for checking
 * numbers. Bad input exits non-zero with one line on stderr.
 */
import { DEFAULT_CATALOG } from "../model/catalog";
import { PricingInputError } from "../model/errors";
import { parseArgs, UsageError } from "./args";
import { CURRENCY_OPTIONS } from "./currency";
import { runPricebook } from "./commands/book";
import { runCompare } from "./commands/compare";
import { runForecast } from "./commands/forecast";
import { runTiers, runTotal } from "./commands/pricing";
import { runSimulate } from "./commands/simulate";
import { runStaff } from "./commands/staff";
import { runVariance } from "./commands/variance";
import { Io } from "./io";

export type { Io } from "./io";

export const HELP = `supportcost — forecast customer-support cost (helpdesk seats + AI-agent charges)

Usage:
  supportcost total --tier <name> --seats <n> [--resolutions <n>[,<n>…]] [--months <n>]
                    [--billing annual|monthly] [--ai-rate <usd>] [--ai-minimum <n>] [--currency …] [--json]
  supportcost total --plan <id> --seats <n> [--resolutions <n>[,<n>…] | --conversations <n>[,<n>…]
                    --ai-involvement <0..1> --ai-resolution <0..1>] [--months <n>] [--billing …]
                    [--price-book <file> | --edition <id>] [--currency <code> [--usd-jpy <rate>]] [--json]
  supportcost compare --conversations <n>[,<n>…] --ai-involvement <0..1> --ai-resolution <0..1>
                    --seats <n> [--months <n>] [--billing annual|monthly] [--stacks <id>,<id>…]
                    [--rate committed|payg] [--new-account] [--price-book <file> | --edition <id>]
                    [--currency <code> [--usd-jpy <rate>]] [--json]
  supportcost pricebook [--edition seed|intercom-2026 | --price-book <file>] [--json]
  supportcost tiers [--json]
  supportcost forecast --history <file|-> --horizon <n> [--seasonality auto|none|<n>]
                    [--confidence 0.95] [--json]
  supportcost simulate --tier <name> --seats <n> --resolutions <n>[,<n>…] --volatility <cv>
                    [--months <n>] [--correlation <r>] [--budget <usd>] [--paths <n>] [--seed <n>]
                    [--billing …] [--ai-rate …] [--ai-minimum …]
                    [--currency <code> [--usd-jpy <rate>] [--fx-volatility <share>]] [--json]
  supportcost variance --plan <stack> --seats <n> --planned-conversations <n>[;…] --planned-ai-involvement <0..1>
                    --planned-ai-resolution <0..1> --actual-conversations <n>[;…] --actual-ai-involvement …
                    --actual-ai-resolution … --invoice <usd>[;…] [--months <n>] [--budget <usd>] [--tolerance <usd>] [--json]
  supportcost staff --conversations-per-hour <n> --aht-seconds <s> --service-level <0..1>
                    --answer-seconds <s> [--shrinkage <0..1>] [--max-occupancy <0..1>] [--json]
  supportcost --help

total     Total cost: seats × price per seat-month for every month, plus the AI agent's charge,
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
          --plan         a plan or stack id of the price book instead of --tier (intercom-advanced,
                         zendesk-professional, freshdesk-pro+eesel, …; a tier name works too);
                         --conversations with --ai-involvement (default 1) and --ai-resolution
                         give every link of the volume chain, which plans billing AI-involved
                         conversations need
          --price-book   a price-book file as supportcost pricebook prints it (CSV, or JSON with
                         --json); - reads standard input
          --edition      a built-in edition instead: seed (default) or intercom-2026
          --currency     show money in USD (default), JPY, EUR or GBP: prices stay in US dollars
                         and each total is converted as the last step, at the price book's dated
                         rate (named with its source and date under the figures; in --json as
                         "currency" and "rate": {amount, source, asOf})
          --usd-jpy      yen per US dollar for this run instead of the book's (150 = $1 is ¥150);
                         --usd-eur and --usd-gbp likewise, each with its own --currency
compare   Helpdesk and helpdesk+AI stacks side by side for one volume scenario: seat, AI and total
          cost, cost per AI resolution and per conversation, the cheapest stack, and the monthly
          volumes at which the cheapest stack changes (same rates).
          --conversations  conversations per month (one number for --months, default 12, or one
                           per month)
          --ai-involvement share of conversations the AI takes part in, 0 to 1
          --ai-resolution  share of AI-involved conversations the AI resolves, 0 to 1
          --stacks         stack ids to compare (default: 13 stacks from five vendors)
          --rate           committed (default) or payg: which per-unit AI rate applies
          --new-account    use one-time free allowances of new accounts (off by default)
          --currency       as for total (with --usd-jpy, --usd-eur or --usd-gbp); every money
                           figure is converted, and --budget is in that currency
          --json           print an array of {"stack","seatCost","aiCost","addOnCost","total",…}
pricebook The price book, one row per price with source and as-of date, in the form --price-book
          reads: CSV, or a JSON array with --json.
tiers     The pricing catalog with features, sources and as-of dates (--json for machine use).
forecast  Forecast monthly volumes with exponential smoothing (ETS, chosen by AICc).
          --history      file of past monthly volumes, oldest first, separated by commas,
                         spaces or newlines; - reads standard input
          --horizon      months to forecast, 1–120
          --seasonality  auto (default: detect a 12-month season), none, or a season length
          --confidence   coverage of the lower–upper interval, between 0 and 1 (default 0.95)
          --json         print {"forecast":[…],"lower":[…],"upper":[…],"seasonality":n,"model":"…"}
simulate  Budget volatility by Monte Carlo: each simulated month priced by the same rule.
          --resolutions  expected resolutions per month (one number for --months, default 12,
                         or a comma-separated list, one per month)
          --volatility   coefficient of variation of a month's volume (0.25 ≈ ±25%)
          --correlation  month-to-month correlation of surprises, 0 (default) to below 1
          --budget       total budget for the horizon, for the chance of exceeding it
          --paths        simulated futures, 100–1,000,000 (default 10,000)
          --seed         any number (default 1); the same seed gives the same result everywhere
          --plan         a price-book plan instead of --tier (with --price-book or --edition);
                         --ai-resolution (and --ai-involvement) recover AI-involved conversations
                         and conversations from resolutions for plans that bill them
          --currency     as for total; every figure and --budget are in that currency
          --fx-volatility  with --currency JPY, EUR or GBP: the rate's annualised volatility
                         (0.1 = 10% a year, up to 2): each simulated future's rate walks month by
                         month from the book's (or --usd-jpy's), on top of the volume's swings
          --json         print every figure: percentiles by month and in total, histogram, …
staff     Agents for a live channel (chat, phone) in its busiest hour, by Erlang C: the fewest on
          duty who answer the target share in time within the occupancy cap, then scheduled =
          on duty ÷ (1 − shrinkage), rounded up.
          --conversations-per-hour  conversations arriving in the busiest hour, 0 or more
          --aht-seconds             average handle time of one conversation, in seconds
          --service-level           target share answered within --answer-seconds, between 0
                                    and 1 (0.8 = 80%)
          --answer-seconds          seconds within which to answer (0 = without waiting)
          --shrinkage               share of paid time agents are unavailable, 0 (default) to
                                    below 1
          --max-occupancy           highest share of on-duty time spent on conversations, above
                                    0 up to 1 (default: no cap)
          --json                    print {"agents":…,"scheduled":…,"serviceLevel":…,"pWait":…,
                                    "asa":…,"occupancy":…} (asa in seconds)

Examples:
  supportcost total --tier Advanced --seats 12 --resolutions 1500 --months 12
  supportcost total --tier essential --seats 3 --resolutions 0,20,60 --json
  supportcost compare --conversations 5000 --ai-involvement 0.5 --ai-resolution 0.6 --seats 12
  supportcost total --tier Advanced --seats 12 --resolutions 1500 --months 12 --currency JPY --usd-jpy 150
  supportcost pricebook > prices.csv
  supportcost total --plan zendesk-professional --seats 12 --resolutions 1500 --months 12 --price-book prices.csv
  supportcost forecast --history volumes.csv --horizon 12 --json
  supportcost simulate --tier Advanced --seats 12 --resolutions 1500 --volatility 0.3 --budget 32000
  supportcost variance --plan <stack> --seats <n> --planned-conversations <n>[;…] --planned-ai-involvement <0..1>
                    --planned-ai-resolution <0..1> --actual-conversations <n>[;…] --actual-ai-involvement …
                    --actual-ai-resolution … --invoice <usd>[;…] [--months <n>] [--budget <usd>] [--tolerance <usd>] [--json]
  supportcost staff --conversations-per-hour 200 --aht-seconds 180 --service-level 0.8 --answer-seconds 20 --shrinkage 0.3
`;

const FLAGS = new Set(["json", "help", "new-account"]);
const VALUED = new Set([
  "tier", "seats", "resolutions", "months", "billing", "ai-rate", "ai-minimum",
  "history", "horizon", "seasonality", "confidence",
  "volatility", "correlation", "paths", "seed", "budget",
  "conversations-per-hour", "aht-seconds", "service-level", "answer-seconds", "shrinkage", "max-occupancy",
  "plan", "price-book", "edition", "conversations", "ai-involvement", "ai-resolution", "stacks", "rate",
  "growth", "first-month", "assumed-share", "reversal-rate", "human-cost-per-conversation", "resolution-sd", "reversal-sd",
  "planned-conversations", "planned-ai-involvement", "planned-ai-resolution", "actual-conversations", "actual-ai-involvement",
  "actual-ai-resolution", "actual-ai-involved", "actual-ai-resolved", "invoice", "tolerance",
  ...CURRENCY_OPTIONS, "fx-volatility",
]);

/** Runs the CLI; returns the process exit code. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const { command, options } = parseArgs(argv, FLAGS, VALUED);
    if (options.has("help") || command === "help") {
      io.out(HELP.trimEnd());
      return 0;
    }
    switch (command) {
      case "total":
        runTotal(options, io);
        return 0;
      case "tiers":
        runTiers(options, io);
        return 0;
      case "forecast":
        runForecast(options, io);
        return 0;
      case "simulate":
        runSimulate(options, io);
        return 0;
      case "staff":
        runStaff(options, io);
        return 0;
      case "compare":
        runCompare(options, io);
        return 0;
      case "pricebook":
        runPricebook(options, io);
        return 0;
      case "variance":
        runVariance(options, io);
        return 0;
      case undefined:
        throw new UsageError("no command given: use total, compare, pricebook, tiers, forecast, simulate, staff or variance (see supportcost --help)");
      default:
        throw new UsageError(`unknown command "${command}": use total, compare, pricebook, tiers, forecast, simulate, staff or variance (see supportcost --help)`);
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
