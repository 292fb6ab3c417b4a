/**
 * The =SUPPORTCOST.* custom functions. Each is a thin adapter: read Excel's arguments (args.ts), call
 * the pricing model, hand back money or an Excel error with a message (results.ts). The JSDoc here is
 * generated into functions.json by custom-functions-metadata-plugin and is the help Excel shows.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { invalidInput } from "../model/errors";
import { parseBilling } from "../model/plan";
import { costOfResolutions, findPlan, isStale, monthlyCostsOfResolutions, priceBookToRows, PRICE_COLUMNS } from "../model/pricebook";
import { cheapestTierFor } from "../model/tiers";
import { readNumberList, readText, readTextList } from "./args";
import { readPriceBook } from "./book";
import { BILLING_ARG, readInvolved, readMonths, readPlan, readVolumes, TIER_ARG } from "./readers";
import { money, CellNumber, excelResult } from "./results";

/**
 * Total cost of a plan: seats for every month plus the AI agent's charge, priced month by month from the price book (Intercom: $0.99 per resolution with a minimum of 50 in any month with a resolution; a month with none has no AI charge).
 * @customfunction TOTAL
 * @param tier Stack: a tier ("Essential", "Advanced" or "Expert", any case), a plan id of the price book such as "freshdesk-pro", or a stack such as "freshdesk-pro+eesel".
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param resolutions AI-agent resolutions per month: one number (repeated for each month) or a row or column of monthly volumes, one month per cell. Blank or 0 means no AI charge that month.
 * @param [months] How many months. With one number of resolutions, defaults to 1; with a range, leave blank (or give the range's count). Blank or 0 means the default.
 * @param [billing] "annual" (default, per-month price of annual billing; also for a blank) or "monthly".
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99 for Intercom). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50 for Intercom). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @param [aiInvolved] AI-involved conversations per month, for a stack that bills every conversation its AI takes part in (Freshdesk, Agentforce, eesel): one number or a row or column of monthly values, like resolutions. Not needed for a stack billed per resolution; blank means not given.
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
  priceBook?: any[][],
  aiInvolved?: any[][],
): any {
  return excelResult(() => {
    const plan = readPlan(tier, seats, billing, aiRate, aiMinimum, priceBook);
    return money(costOfResolutions(plan, readVolumes(resolutions, months), readInvolved(aiInvolved)).total);
  });
}

/**
 * Seat cost alone: seats × price per seat-month × months (with any per-seat add-on of a stack).
 * @customfunction SEATS
 * @param tier Plan: a tier ("Essential", "Advanced" or "Expert", any case), a plan id of the price book such as "zendesk-professional", or a stack such as "zendesk-professional+fin-standalone".
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param [months] How many months (default 1; blank or 0 means the default).
 * @param [billing] "annual" (default) or "monthly".
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns Seat cost in US dollars.
 */
export function seatCost(tier: any, seats: any, months?: any, billing?: any, priceBook?: any[][]): any {
  return excelResult(() => {
    const plan = readPlan(tier, seats, billing, null, null, priceBook);
    return money(costOfResolutions(plan, { steady: 0, months: readMonths(months) ?? 1 }).seatCost);
  });
}

/**
 * AI-agent cost alone, month by month from the price book (Intercom's Fin: rate × max(resolutions, minimum) in every month with at least one resolution).
 * @customfunction AI
 * @param resolutions Resolutions per month: one number (repeated for each month) or a row or column of monthly volumes. Blank or 0 means no charge that month.
 * @param [months] How many months. With one number, defaults to 1; with a range, leave blank (or give the range's count). Blank or 0 means the default.
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99 for Intercom). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50 for Intercom). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @param [plan] Whose AI agent: a tier or plan id of the price book, such as "fin-standalone". Blank: Intercom's Fin as sold with its helpdesk.
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns AI-agent cost in US dollars.
 */
export function ai(resolutions: any[][], months?: any, aiRate?: any, aiMinimum?: any, plan?: any, priceBook?: any[][]): any {
  return excelResult(() => {
    // No seats: the AI charge alone. Every Intercom tier has the same AI terms.
    const bound = readPlan(readText(plan, TIER_ARG) ?? "Advanced", 0, null, aiRate, aiMinimum, priceBook);
    return money(costOfResolutions(bound, readVolumes(resolutions, months)).aiCost);
  });
}

const MONTHLY_HEADER = ["Month", "Resolutions", "Seat cost", "AI cost", "Total"];

/**
 * Month-by-month breakdown: spills a header row and one row per month with Month, Resolutions, Seat cost, AI cost and Total.
 * @customfunction MONTHLY
 * @param tier Plan: a tier ("Essential", "Advanced" or "Expert", any case), a plan id of the price book such as "zendesk-professional", or a stack such as "zendesk-professional+fin-standalone".
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param resolutions A row or column of monthly AI-agent resolutions, one month per cell (blank or 0 = no AI charge that month).
 * @param [billing] "annual" (default) or "monthly".
 * @param [aiRate] US dollars per resolution, overriding the price book's rate ($0.99 for Intercom). Leave it out for the book's rate; 0 or an empty cell is refused, since desktop Excel reads an empty cell as 0.
 * @param [aiMinimum] Resolutions billed at least in any month with one or more, overriding the price book's minimum (50 for Intercom). Leave it out for the book's minimum; 0 or an empty cell is refused (set 0 in the price book for none).
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @param [aiInvolved] AI-involved conversations per month, for a stack that bills every conversation its AI takes part in (Freshdesk, Agentforce, eesel): one number or a row or column of monthly values, like resolutions. Not needed for a stack billed per resolution; blank means not given.
 * @returns A table with a header row and one row per month.
 */
export function monthly(
  tier: any,
  seats: any,
  resolutions: any[][],
  billing?: any,
  aiRate?: any,
  aiMinimum?: any,
  priceBook?: any[][],
  aiInvolved?: any[][],
): any[][] {
  // Before the host is known this is a promise of the table; Excel accepts either.
  return excelResult(() => {
    const plan = readPlan(tier, seats, billing, aiRate, aiMinimum, priceBook);
    const rows: (string | number | CellNumber)[][] = [MONTHLY_HEADER];
    for (const m of monthlyCostsOfResolutions(plan, readNumberList(resolutions, "Resolutions"), readInvolved(aiInvolved))) {
      rows.push([m.month, m.resolutions, money(m.seatCost), money(m.aiCost), money(m.total)]);
    }
    return rows;
  }) as any[][];
}

/**
 * Price of one seat for one month, from the price book.
 * @customfunction PRICE
 * @param tier Plan: a tier ("Essential", "Advanced" or "Expert", any case) or a plan id of the price book such as "zendesk-professional".
 * @param [billing] "annual" (default, per-month price of annual billing; also for a blank) or "monthly".
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns US dollars per seat per month.
 */
export function price(tier: any, billing?: any, priceBook?: any[][]): any {
  return excelResult(() => {
    const plan = findPlan(readPriceBook(priceBook), readText(tier, TIER_ARG) ?? "");
    const billingName = parseBilling(readText(billing, BILLING_ARG));
    const seat = plan.seat?.[billingName];
    if (!seat) throw invalidInput(`${plan.id} has no ${billingName}-billing seat price in the price book${plan.seat ? "" : " (it is sold without seats)"}.`);
    return money(seat.amount);
  });
}

const TIERS_HEADER = [...PRICE_COLUMNS, "Stale?"];

/**
 * The price book: spills one row per price — plan, price item, amount, unit, source and as-of date — and flags a price read more than 12 months ago as stale. Without an argument, the built-in seed edition.
 * @customfunction TIERS
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices, the table the task pane writes on the sheet "SupportCost Prices"), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns A table with a header row.
 */
export function catalog(priceBook?: any[][]): any[][] {
  // Before the host is known this is a promise of the table; Excel accepts either.
  return excelResult(() => {
    const today = new Date();
    const rows: (string | number | CellNumber)[][] = [TIERS_HEADER];
    const [, ...prices] = priceBookToRows(readPriceBook(priceBook));
    for (const row of prices) {
      const [id, vendor, plan, kind, item, amount, unit, source, asOf] = row;
      const shown = String(unit).startsWith("USD") ? money(Number(amount)) : amount;
      rows.push([id, vendor, plan, kind, item, shown, unit, source, asOf, isStale(String(asOf), today) ? "stale: over 12 months old" : ""]);
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
  return excelResult(() => cheapestTierFor(readTextList(requirements, "Each requirement")).name);
}
