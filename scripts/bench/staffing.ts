/**
 * Speed of =SUPPORTCOST.AGENTS through the functions layer at 10, 1,000 and 10,000 Erlangs (the
 * Erlang B recursion is linear in agents, so time grows with traffic), the worst accepted traffic,
 * and one AI trade-off curve with its break-even search.
 */
import { installCustomFunctionsGlobal } from "../../test/support/custom-functions-global";
import { costOfResolutions, resolutionPlan, SEED_BOOK } from "../../src/model/pricebook";
import { aiTradeOff, MAX_TRAFFIC_ERLANGS, staffLiveChannel } from "../../src/model/staffing";
import type { BenchFigure } from "./measure";
import { msPerRun, nsPerCall } from "./measure";

const AHT = 180;
/** Contacts per hour that give `erlangs` of traffic at a 180-second handle time. */
const contactsFor = (erlangs: number) => (erlangs * 3600) / AHT;

export function run(): BenchFigure[] {
  installCustomFunctionsGlobal();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- needs the CustomFunctions global first
  const { agents } = require("../../src/functions/staffing") as typeof import("../../src/functions/staffing");
  const agentsCall = (erlangs: number, calls: number) => nsPerCall(() => agents(contactsFor(erlangs), AHT, 0.8, 20, 0.3, 0.85), calls) / 1000;
  const trafficCap = { contactsPerInterval: contactsFor(MAX_TRAFFIC_ERLANGS), ahtSeconds: AHT, serviceLevel: 0.8, answerSeconds: 20 };
  const tradeOff = () =>
    aiTradeOff({
      conversations: 200_000,
      involvementRate: 0.8,
      handleTimeSeconds: 420,
      staffing: { channel: "live", peakIntervalShare: 0.002, serviceLevel: 0.8, answerSeconds: 30, shrinkage: 0.3, maxOccupancy: 0.85 },
      loadedCostPerAgentMonth: 6000,
      seats: { kind: "fromStaffing" },
      price: (v) => {
        const c = costOfResolutions(resolutionPlan(SEED_BOOK, "Advanced", { seats: v.seats }), { steady: v.aiResolved, months: 1 });
        return { seatCost: c.seatCost, aiCost: c.aiCost };
      },
    });
  return [
    { name: "AGENTS via functions layer, 10 Erlangs", value: agentsCall(10, 200_000), unit: "µs/call" },
    { name: "AGENTS via functions layer, 1,000 Erlangs", value: agentsCall(1_000, 20_000), unit: "µs/call", target: "<= 50" },
    { name: "AGENTS via functions layer, 10,000 Erlangs", value: agentsCall(10_000, 2_000), unit: "µs/call" },
    { name: "model: staffLiveChannel at the 100,000-Erlang cap", value: nsPerCall(() => staffLiveChannel(trafficCap), 100, 5) / 1000, unit: "µs/call" },
    { name: "model: aiTradeOff, 1,001 rates, live channel ~90 Erl", value: msPerRun(tradeOff), unit: "ms/run" },
  ];
}
