/**
 * =SUPPORTCOST.VARIANCE: month-end, in the grid. The plan meets the invoice, month by month and year to
 * date, for any stack of the formula's price book: planned cost, volume effect, AI-rate effect, billing
 * effect and the invoice, which they add up to, to the cent (src/model/actuals/variance.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { ActualMonth, PlannedMonth, varianceOf } from "../model/actuals";
import { invalidInput } from "../model/errors";
import { CellInput, readNumber, readNumberList } from "./args";
import { readPlan } from "./readers";
import { CellNumber, excelResult, money } from "./results";

const HEADER = ["Month", "Planned", "Volume effect", "AI-rate effect", "Billing effect", "Invoice", "Modelled bill", "Check"];

/** One value for every month, or one per month of the actuals. */
function perMonth(value: CellInput, what: string, months: number): number[] {
  const values = readNumberList(value, what);
  if (values.length === 1) return new Array<number>(months).fill(values[0]);
  if (values.length !== months) throw invalidInput(`${what} has ${values.length} monthly values but the actual conversations have ${months}: give one per month, or one for every month.`);
  return values;
}

function share(value: number, what: string): number {
  if (!(value >= 0 && value <= 1)) throw invalidInput(`${what} must be a share between 0 and 1 (0.5 for 50%); got ${value}.`);
  return value;
}

/**
 * Explains an invoice against the plan, month by month: spills the planned cost, the volume effect (actual conversations at the planned AI rates), the AI-rate effect (the actual AI involvement and resolution), the billing effect (the invoice minus the modelled bill at the actual counts) and the invoice, which they add up to, to the cent; then the year to date. A billing effect beyond $1 is flagged.
 * @customfunction VARIANCE
 * @param tier Stack: a tier ("Essential", "Advanced" or "Expert"), a plan id of the price book such as "freshdesk-pro", or a stack such as "freshdesk-pro+eesel".
 * @param seats Number of helpdesk seats.
 * @param plannedConversations Planned conversations per month: one number, or a row or column with one value per month of actuals.
 * @param plannedInvolvement Planned share of conversations the AI takes part in, 0 to 1.
 * @param plannedResolution Planned share of the AI-involved conversations the AI resolves, 0 to 1.
 * @param actualConversations Actual conversations, a row or column with one month per cell.
 * @param actualInvolvement Actual share of conversations the AI took part in, 0 to 1: one number or one per month.
 * @param actualResolution Actual share of the AI-involved conversations the AI resolved (as billed), 0 to 1: one number or one per month.
 * @param invoice The invoice of each month, in US dollars: a row or column with one month per cell.
 * @param [billing] "annual" (default) or "monthly".
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns A table: header, one row per month, then the year to date.
 */
export function variance(
  tier: any,
  seats: any,
  plannedConversations: any[][],
  plannedInvolvement: any,
  plannedResolution: any,
  actualConversations: any[][],
  actualInvolvement: any[][],
  actualResolution: any[][],
  invoice: any[][],
  billing?: any,
  priceBook?: any[][],
): any[][] {
  return excelResult(() => {
    const plan = readPlan(tier, seats, billing, null, null, priceBook);
    const conversations = readNumberList(actualConversations, "Actual conversations");
    const months = conversations.length;
    const plannedList = perMonth(plannedConversations, "Planned conversations", months);
    const involvement = share(readNumber(plannedInvolvement, "Planned involvement", 0), "Planned involvement");
    const resolution = share(readNumber(plannedResolution, "Planned resolution", 0), "Planned resolution");
    const planned: PlannedMonth[] = plannedList.map((c) => ({ conversations: c, involvement, resolution }));
    const inv = perMonth(actualInvolvement, "Actual involvement", months);
    const res = perMonth(actualResolution, "Actual resolution", months);
    const invoices = perMonth(invoice, "Invoice", months);
    const actual: ActualMonth[] = conversations.map((c, i) => ({ conversations: c, involvement: share(inv[i], `Actual involvement in month ${i + 1}`), resolution: share(res[i], `Actual resolution in month ${i + 1}`), invoice: invoices[i] }));
    const rows: (string | number | CellNumber)[][] = [HEADER];
    for (const r of varianceOf(plan.plans, plan.terms, planned, actual)) {
      rows.push([r.month === "YTD" ? "Year to date" : r.month, money(r.planned), money(r.volumeEffect), money(r.rateEffect), money(r.billingEffect), money(r.invoice), money(r.modelled), r.flagged ? "invoice differs from the modelled bill" : ""]);
    }
    return rows;
  }) as any[][];
}
