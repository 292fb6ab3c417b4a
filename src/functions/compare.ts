/**
 * =SUPPORTCOST.COMPARE: helpdesk and AI stacks side by side for one volume scenario, priced with the
 * formula's price book over the whole volume chain (conversations → AI-involved → AI-resolved), so it
 * covers every vendor, including those that bill AI-involved conversations. The comparison and its
 * break-even scan run in the functions' Web Worker, like the other heavy functions.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { invalidInput } from "../model/errors";
import { parseBilling } from "../model/plan";
import { asRange, CellInput, readNumber, readNumberList, readText, readTextList } from "./args";
import { readPriceBook } from "./book";
import type { CompareJob } from "./heavy/jobs";
import { runHeavy } from "./heavy/run";
import { BILLING_ARG, readMonths } from "./readers";
import { CellNumber, excelResultAsync, money } from "./results";

const HEADER = ["Stack", "Vendors", "Seat cost", "AI cost", "Total", "Cost per AI resolution", "Cost per conversation", "Note"];

function readShare(value: CellInput, what: string): number {
  // Required, and 0 is a real share: an empty cell (0 on desktop, null on the web) is 0 on both.
  const share = readNumber(value, what, 0);
  if (!(share >= 0 && share <= 1)) throw invalidInput(`${what} must be a share between 0 and 1 (0.5 for 50%); got ${share}.`);
  return share;
}

/** Stack ids: blank for the default list; text with commas, or a range of ids. */
function readStacks(value: CellInput): string[] | undefined {
  const ids = readTextList(asRange(value), "Each stack").flatMap((t) => t.split(",")).map((t) => t.trim()).filter((t) => t !== "");
  return ids.length > 0 ? ids : undefined;
}

/**
 * Compares helpdesk and AI stacks for one volume scenario and spills, per stack, the seat cost, AI cost, total, effective cost per AI resolution and per conversation, marking the cheapest, then the monthly volumes at which the cheapest stack changes. Prices come from the price book; every vendor bills its own link of the volume chain (sessions, conversations, resolutions, outcomes).
 * @customfunction COMPARE
 * @param conversations Conversations per month: one number (for every month) or a row or column with one month per cell. Blank or 0 = none that month.
 * @param involvement Share of conversations the AI agent takes part in, 0 to 1 (0.5 = 50%). Blank means 0.
 * @param resolution Share of those the AI agent resolves on its own, 0 to 1 (0.6 = 60%). Blank means 0.
 * @param seats Number of helpdesk seats (a whole number, 0 or more; blank means 0).
 * @param [months] How many months with one number of conversations (default 12; blank or 0 means the default); with a range, leave blank.
 * @param [billing] "annual" (default; also for a blank) or "monthly".
 * @param [stacks] Which stacks: ids such as "freshdesk-pro" or "zendesk-professional+fin-standalone", in a range or separated by commas. Blank: stacks from five vendors.
 * @param [priceBook] The price book to price with: the range of a price book (such as SupportCost_Prices), or a built-in edition ("seed", the default, or "intercom-2026"). Blank: the built-in seed edition.
 * @returns A table: header, one row per stack, then the break-even volumes.
 */
export function compare(
  conversations: any[][],
  involvement: any,
  resolution: any,
  seats: any,
  months?: any,
  billing?: any,
  stacks?: any[][],
  priceBook?: any[][],
): any[][] {
  return excelResultAsync(async () => {
    const volumes = readNumberList(conversations, "Conversations");
    const given = readMonths(months);
    if (volumes.length > 1 && given !== undefined && given !== volumes.length) {
      throw invalidInput(`Months is ${given} but the conversations range has ${volumes.length} monthly values: leave months blank or make it ${volumes.length}.`);
    }
    const seatCount = readNumber(seats, "Seats", 0);
    const job: CompareJob = {
      kind: "compare",
      book: readPriceBook(priceBook),
      input: {
        conversations: volumes.length === 1 ? volumes[0] : volumes,
        months: volumes.length === 1 ? (given ?? 12) : undefined,
        involvement: readShare(involvement, "Involvement"),
        resolution: readShare(resolution, "Resolution"),
        seats: seatCount,
        billing: parseBilling(readText(billing, BILLING_ARG)),
        stacks: readStacks(stacks),
      },
    };
    const result = await runHeavy(job);
    const rows: (string | number | CellNumber)[][] = [HEADER];
    for (const s of result.stacks) {
      const notes = [
        s.stack === result.cheapest ? "cheapest" : "",
        s.pausedConversations > 0 ? `AI paused at its spend cap for ${Math.round(s.pausedConversations).toLocaleString("en-US")} conversations, left to people (not priced)` : "",
      ].filter(Boolean);
      rows.push([
        s.stack,
        s.vendors.join(" + "),
        money(s.seatCost + s.addOnCost),
        money(s.aiCost),
        money(s.total),
        s.costPerResolution === null ? "" : money(s.costPerResolution),
        s.costPerConversation === null ? "" : money(s.costPerConversation),
        notes.join("; "),
      ]);
    }
    for (const s of result.skipped) rows.push([s.stack, "", "", "", "", "", "", `left out: ${s.reason}`]);
    for (const b of result.breakEvens) {
      rows.push(["Break-even", "", "", "", "", "", "", `from ${b.conversations.toLocaleString("en-US")} conversations a month, ${b.to} is cheaper than ${b.from}`]);
    }
    return rows;
  }) as unknown as any[][];
}
