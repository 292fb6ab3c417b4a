/** supportcost staff: agents for a live channel's busiest hour by Erlang C, as =SUPPORTCOST.STAFFING. */
import { staffLiveChannel } from "../../model/staffing";
import { numberOptionOf, onlyOptions, Options, UsageError } from "../args";
import { Io } from "../io";
import { tidyNumber } from "../money";

export const STAFF_OPTIONS = ["conversations-per-hour", "aht-seconds", "service-level", "answer-seconds", "shrinkage", "max-occupancy", "json"];

function required(options: Options, name: string, what: string): number {
  const value = numberOptionOf(options, name);
  if (value === undefined) throw new UsageError(`--${name} is required (${what})`);
  return value;
}

const share = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function runStaff(options: Options, io: Io): void {
  onlyOptions(options, "staff", STAFF_OPTIONS);
  const serviceLevel = required(options, "service-level", "the share to answer in time, such as 0.8");
  const answerSeconds = required(options, "answer-seconds", "the seconds within which to answer, such as 20");
  const shrinkage = numberOptionOf(options, "shrinkage");
  const maxOccupancy = numberOptionOf(options, "max-occupancy");
  const r = staffLiveChannel({
    contactsPerInterval: required(options, "conversations-per-hour", "conversations arriving in the busiest hour"),
    ahtSeconds: required(options, "aht-seconds", "average handle time in seconds, such as 180"),
    serviceLevel,
    answerSeconds,
    shrinkage,
    maxOccupancy,
  });
  if (options.has("json")) {
    io.out(
      JSON.stringify({
        agents: r.agents,
        scheduled: r.scheduled,
        serviceLevel: tidyNumber(r.serviceLevel),
        pWait: tidyNumber(r.pWait),
        asa: tidyNumber(r.asaSeconds),
        occupancy: tidyNumber(r.occupancy),
      }),
    );
    return;
  }
  io.out(`Traffic:                  ${decimal.format(r.trafficErlangs)} Erlangs`);
  io.out(`Agents on duty:           ${r.agents}${r.occupancyCapBinding ? " (set by the occupancy cap)" : ""}`);
  io.out(`Agents scheduled:         ${r.scheduled} (shrinkage ${share.format(shrinkage ?? 0)})`);
  io.out(`Chance a contact waits:   ${share.format(r.pWait)}`);
  io.out(`Service level achieved:   ${share.format(r.serviceLevel)} answered within ${decimal.format(answerSeconds)} s (target ${share.format(serviceLevel)})`);
  io.out(`Average speed of answer:  ${decimal.format(r.asaSeconds)} s`);
  io.out(`Occupancy:                ${share.format(r.occupancy)}${maxOccupancy === undefined ? "" : ` (cap ${share.format(maxOccupancy)})`}`);
}
