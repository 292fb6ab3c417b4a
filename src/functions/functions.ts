/**
 * The =SUPPORTCOST.* custom functions. Each is a thin adapter: read Excel's arguments (args.ts), call
 * the pricing model, hand back money or an Excel error with a message (results.ts). The JSDoc here is
 * generated into functions.json by custom-functions-metadata-plugin and is the help Excel shows.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { DEFAULT_CATALOG } from "../model/catalog";
import { costOfSteadyMonths, costOfVolumes, monthlyCosts } from "../model/cost";
import { findTier, parseBilling } from "../model/plan";
import { catalogRows, cheapestTierFor } from "../model/tiers";
import { readNumberList, readText, readTextList } from "./args";
import { BILLING_ARG, readMonths, readPlan, readVolumes, TIER_ARG } from "./readers";
import { money, CellNumber, excelResult } from "./results";

/**
 * Total cost of a helpdesk plan: seats for every month plus the AI agent's per-resolution charge, with the monthly minimum applied month by month (a month with no resolutions has no AI charge).
 * @customfunction TOTAL
 * @param tier Plan tier: "Essential", "Advanced" or "Expert" (any case).
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param resolutions AI-agent resolutions per month: one number (repeated for each month) or a row or column of monthly volumes, one month per cell. Blank or 0 means no AI charge that month.
 * @param [months] How many months. With one number of resolutions, defaults to 1; with a range, leave blank (or give the range's count). Blank or 0 means the default.
 * @param [billing] "annual" (default, per-month price of annual billing; also for a blank) or "monthly".
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @returns Total cost in US dollars over the months.
 */
export function total(
  tier: any,
  seats: any,
  resolutions: any[][],
  months?: any,
  billing?: any,
  aiRate?: any,
  aiMinimum?: any,
): any {
  return excelResult(() => {
      const plan = readPlan(tier, seats, billing, aiRate, aiMinimum);
      return money(costOfVolumes(plan, readVolumes(resolutions, months)).total);
  });
}

/**
 * Seat cost alone: seats × price per seat-month × months.
 * @customfunction SEATS
 * @param tier Plan tier: "Essential", "Advanced" or "Expert" (any case).
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param [months] How many months (default 1; blank or 0 means the default).
 * @param [billing] "annual" (default) or "monthly".
 * @returns Seat cost in US dollars.
 */
export function seatCost(tier: any, seats: any, months?: any, billing?: any): any {
  return excelResult(() => {
      const plan = readPlan(tier, seats, billing, null, null);
      return money(costOfSteadyMonths(plan, 0, readMonths(months) ?? 1).seatCost);
  });
}

/**
 * AI-agent cost alone: rate × max(resolutions, minimum) in every month with at least one resolution.
 * @customfunction AI
 * @param resolutions Resolutions per month: one number (repeated for each month) or a row or column of monthly volumes. Blank or 0 means no charge that month.
 * @param [months] How many months. With one number, defaults to 1; with a range, leave blank (or give the range's count). Blank or 0 means the default.
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @returns AI-agent cost in US dollars.
 */
export function ai(resolutions: any[][], months?: any, aiRate?: any, aiMinimum?: any): any {
  return excelResult(() => {
      // Seat cost is zero here; any tier gives the same AI charge.
      const plan = readPlan(DEFAULT_CATALOG.tiers[0].name, 0, null, aiRate, aiMinimum);
      return money(costOfVolumes(plan, readVolumes(resolutions, months)).aiCost);
  });
}

const MONTHLY_HEADER = ["Month", "Resolutions", "Seat cost", "AI cost", "Total"];

/**
 * Month-by-month breakdown: spills a header row and one row per month with Month, Resolutions, Seat cost, AI cost and Total.
 * @customfunction MONTHLY
 * @param tier Plan tier: "Essential", "Advanced" or "Expert" (any case).
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param resolutions A row or column of monthly AI-agent resolutions, one month per cell (blank or 0 = no AI charge that month).
 * @param [billing] "annual" (default) or "monthly".
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @returns A table with a header row and one row per month.
 */
export function monthly(
  tier: any,
  seats: any,
  resolutions: any[][],
  billing?: any,
  aiRate?: any,
  aiMinimum?: any,
): any[][] {
  // Before the host is known this is a promise of the table; Excel accepts either.
  return excelResult(() => {
      const plan = readPlan(tier, seats, billing, aiRate, aiMinimum);
      const rows: (string | number | CellNumber)[][] = [MONTHLY_HEADER];
      for (const m of monthlyCosts(plan, readNumberList(resolutions, "Resolutions"))) {
        rows.push([m.month, m.resolutions, money(m.seatCost), money(m.aiCost), money(m.total)]);
      }
      return rows;
  }) as any[][];
}

/**
 * Price of one seat for one month, from the pricing catalog.
 * @customfunction PRICE
 * @param tier Plan tier: "Essential", "Advanced" or "Expert" (any case).
 * @param [billing] "annual" (default, per-month price of annual billing; also for a blank) or "monthly".
 * @returns US dollars per seat per month.
 */
export function price(tier: any, billing?: any): any {
  return excelResult(() => {
      const entry = findTier(readText(tier, TIER_ARG) ?? "");
      return money(entry.seat[parseBilling(readText(billing, BILLING_ARG))].usdPerSeatMonth);
  });
}

const TIERS_HEADER = ["Item", "Billing", "Price (USD)", "Unit", "Features", "Source", "As of"];

/**
 * The pricing catalog: spills every tier's seat prices (annual and monthly billing) with features, and the AI agent's rate and monthly minimum, each with its source and as-of date.
 * @customfunction TIERS
 * @returns A table with a header row.
 */
export function catalog(): any[][] {
  // Before the host is known this is a promise of the table; Excel accepts either.
  return excelResult(() => {
      const rows: (string | number | CellNumber)[][] = [TIERS_HEADER];
      for (const r of catalogRows()) {
        const price = r.billing === "per month" ? r.price : money(r.price);
        rows.push([r.item, r.billing, price, r.unit, r.features, r.source, r.asOf]);
      }
      return rows;
  }) as any[][];
}

/**
 * The cheapest tier that has every feature listed, such as "SSO", "HIPAA", "workflows", "multi-brand".
 * @customfunction TIER
 * @param requirements One or more required features: text values or ranges of them (blank cells are ignored). Excel passes them all as one list.
 * @returns The tier's name.
 */
export function cheapestTier(requirements?: any[][][]): any {
  return excelResult(() => {
      return cheapestTierFor(readTextList(requirements, "Each requirement")).name;
  });
}
