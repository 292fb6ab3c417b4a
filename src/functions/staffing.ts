/**
 * =SUPPORTCOST.AGENTS and STAFFING: how many agents a live channel (chat, phone) needs in its busiest
 * hour, by Erlang C. Thin adapters like functions.ts; the staffing model lives in src/model/staffing.
 *
 * Blank cells: desktop Excel passes an empty cell as 0 and Excel on the web as null, so every
 * parameter here gives blank and 0 the same meaning, written in its help text.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes "any" arguments; args.ts checks them. */
import { invalidInput } from "../model/errors";
import { LiveStaffing, staffLiveChannel } from "../model/staffing";
import { CellInput, readNumber } from "./args";
import { CellNumber, excelResult, percent } from "./results";

/** A required amount for which blank and 0 both mean "not given" (so the cell must be filled). */
function readRequiredPositive(value: CellInput, what: string, ask: string): number {
  const n = readNumber(value, what, 0);
  if (n === 0) throw invalidInput(`${what} is blank or 0: ${ask}.`);
  return n;
}

function readStaffing(
  contactsPerHour: CellInput,
  ahtSeconds: CellInput,
  serviceLevel: CellInput,
  answerSeconds: CellInput,
  shrinkage: CellInput,
  maxOccupancy: CellInput,
): LiveStaffing {
  const cap = readNumber(maxOccupancy, "Maximum occupancy", 0);
  return staffLiveChannel({
    contactsPerInterval: readNumber(contactsPerHour, "Contacts per hour", 0),
    ahtSeconds: readRequiredPositive(ahtSeconds, "Average handle time", "give the average seconds spent on one contact, such as 180"),
    serviceLevel: readRequiredPositive(serviceLevel, "Service level target", "give the share of contacts to answer in time, such as 0.8 for 80%"),
    answerSeconds: readNumber(answerSeconds, "Answer time", 0),
    shrinkage: readNumber(shrinkage, "Shrinkage", 0),
    maxOccupancy: cap === 0 ? undefined : cap,
  });
}

/**
 * Agents to schedule for a live channel (chat or phone) in its busiest hour, by Erlang C: the fewest agents on duty who answer the target share of contacts within the answer time without exceeding the maximum occupancy, divided by (1 − shrinkage) and rounded up. 200 contacts an hour at 180 s, 80% within 20 s, 30% shrinkage → 20. Blank and 0 mean the same in every argument.
 * @customfunction AGENTS
 * @param contactsPerHour Chats or calls arriving in the busiest hour. Blank or 0 = none, so no agents are needed.
 * @param ahtSeconds Average handle time in seconds: talk or chat time plus wrap-up for one contact (such as 180).
 * @param serviceLevel Target share of contacts answered within answerSeconds, between 0 and 1 (0.8 = 80%).
 * @param answerSeconds Seconds within which the target share must be answered (such as 20). Blank or 0 = answered without waiting.
 * @param [shrinkage] Share of paid time agents are not available (breaks, training, absence), 0 to below 1 (such as 0.3). Blank or 0 = none.
 * @param [maxOccupancy] Highest share of on-duty time agents may spend on contacts, above 0 up to 1 (such as 0.85). Blank or 0 = no cap.
 * @returns Agents to schedule: a whole number.
 */
export function agents(contactsPerHour: any, ahtSeconds: any, serviceLevel: any, answerSeconds: any, shrinkage?: any, maxOccupancy?: any): any {
  return excelResult(() => {
      return readStaffing(contactsPerHour, ahtSeconds, serviceLevel, answerSeconds, shrinkage, maxOccupancy).scheduled;
  });
}

/**
 * Spills the staffing of a live channel's busiest hour by Erlang C, with the same arguments as SUPPORTCOST.AGENTS: agents on duty, agents scheduled after shrinkage, the chance a contact waits, the service level achieved, the average speed of answer in seconds, occupancy and traffic in Erlangs. Blank and 0 mean the same in every argument.
 * @customfunction STAFFING
 * @param contactsPerHour Chats or calls arriving in the busiest hour. Blank or 0 = none, so no agents are needed.
 * @param ahtSeconds Average handle time in seconds: talk or chat time plus wrap-up for one contact (such as 180).
 * @param serviceLevel Target share of contacts answered within answerSeconds, between 0 and 1 (0.8 = 80%).
 * @param answerSeconds Seconds within which the target share must be answered (such as 20). Blank or 0 = answered without waiting.
 * @param [shrinkage] Share of paid time agents are not available (breaks, training, absence), 0 to below 1 (such as 0.3). Blank or 0 = none.
 * @param [maxOccupancy] Highest share of on-duty time agents may spend on contacts, above 0 up to 1 (such as 0.85). Blank or 0 = no cap.
 * @returns A two-column table: measure and value, with a header row.
 */
export function staffing(contactsPerHour: any, ahtSeconds: any, serviceLevel: any, answerSeconds: any, shrinkage?: any, maxOccupancy?: any): any[][] {
  return excelResult(() => {
      const s = readStaffing(contactsPerHour, ahtSeconds, serviceLevel, answerSeconds, shrinkage, maxOccupancy);
      const rows: (string | number | CellNumber)[][] = [
        ["Measure", "Value"],
        ["Agents on duty", s.agents],
        ["Agents scheduled (after shrinkage)", s.scheduled],
        ["Chance a contact waits", percent(s.pWait)],
        ["Service level achieved", percent(s.serviceLevel)],
        ["Average speed of answer (seconds)", s.asaSeconds],
        ["Occupancy", percent(s.occupancy)],
        ["Traffic (Erlangs)", s.trafficErlangs],
      ];
      return rows;
  }) as any[][];
}
