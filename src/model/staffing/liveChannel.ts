/**
 * Live channels (chat, phone): how many agents must be on duty in the busiest interval so that a
 * target share of contacts is answered within a target time, by Erlang C, and what that staffing
 * achieves. Contacts arrive at random (Poisson), handle times are exponential, nobody hangs up.
 */
import { describeValue, invalidInput } from "../errors";
import {
  checkNonNegative,
  checkOccupancy,
  checkOpenShare,
  checkPositive,
  checkShrinkage,
  checkTraffic,
  formatCount,
  MAX_AGENTS,
  MAX_HANDLE_TIME_SECONDS,
} from "./checks";
import { inverseErlangB } from "./erlang";
import { wholeAgentsAtLeast } from "./rounding";

/** Seconds in the interval contacts are counted over when none is given: one hour. */
export const DEFAULT_INTERVAL_SECONDS = 3600;

/**
 * A computed service level or occupancy this close to its target counts as meeting it: the target
 * is typed to a few digits, the arithmetic carries ~16, and a 15th-digit shortfall is noise.
 */
const TARGET_TOLERANCE = 1e-12;

export interface LiveChannelInput {
  /** Contacts arriving in the busiest interval (per hour unless intervalSeconds says otherwise). */
  contactsPerInterval: number;
  /** Average handle time of one contact, in seconds (talk or chat time plus wrap-up). */
  ahtSeconds: number;
  /** Target share of contacts answered within answerSeconds, between 0 and 1 (0.8 = 80%). */
  serviceLevel: number;
  /** The "within T seconds" of the service-level target; 0 means answered without waiting. */
  answerSeconds: number;
  /** Share of paid time agents are not available (breaks, training, absence), 0 (default) to below 1. */
  shrinkage?: number;
  /** Highest share of on-duty time agents may spend handling contacts, above 0 to 1 (default 1: no cap). */
  maxOccupancy?: number;
  /** Length of the interval contactsPerInterval is counted over, in seconds (default 3600). */
  intervalSeconds?: number;
}

/** What a number of agents on duty achieves for a given traffic. */
export interface LiveChannelMetrics {
  /** Chance a contact has to wait at all (Erlang C). */
  pWait: number;
  /** Share of contacts answered within the answer time. */
  serviceLevel: number;
  /** Average speed of answer over all contacts, in seconds. */
  asaSeconds: number;
  /** Share of on-duty time spent handling contacts (traffic ÷ agents). */
  occupancy: number;
}

export interface LiveStaffing extends LiveChannelMetrics {
  /** Offered traffic in Erlangs: contacts × handle time ÷ interval length. */
  trafficErlangs: number;
  /** Fewest agents on duty meeting both the service level and the occupancy cap. */
  agents: number;
  /** Agents to schedule so that `agents` are on duty after shrinkage. */
  scheduled: number;
  /** True when fewer agents would meet the service level, but the occupancy cap asks for more. */
  occupancyCapBinding: boolean;
}

/** Validates a live-channel input and fills in its defaults. */
function checkInput(input: LiveChannelInput): Required<LiveChannelInput> {
  const contacts = checkNonNegative(input.contactsPerInterval, "Contacts in the busiest interval");
  const aht = checkPositive(input.ahtSeconds, "Average handle time", " seconds (the average time spent on one contact, such as 180)");
  if (aht > MAX_HANDLE_TIME_SECONDS) {
    throw invalidInput(`Average handle time must be at most ${formatCount(MAX_HANDLE_TIME_SECONDS)} seconds (one day); got ${describeValue(aht)}.`);
  }
  return {
    contactsPerInterval: contacts,
    ahtSeconds: aht,
    serviceLevel: checkOpenShare(input.serviceLevel, "Service level target", "0.8 for 80% answered in time"),
    answerSeconds: checkNonNegative(input.answerSeconds, "Answer time", " seconds"),
    shrinkage: checkShrinkage(input.shrinkage ?? 0),
    maxOccupancy: checkOccupancy(input.maxOccupancy ?? 1, "Maximum occupancy"),
    intervalSeconds: checkPositive(input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS, "Interval length", " seconds (3600 for contacts per hour)"),
  };
}

/** Offered traffic in Erlangs, checked against the cap. */
export function trafficErlangs(contactsPerInterval: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): number {
  return checkTraffic((contactsPerInterval * ahtSeconds) / intervalSeconds);
}

/** Erlang C from 1 / Erlang B: C = n·B / (n − A·(1 − B)) = n / (I·(n − A) + A), for n > A. */
function waitChance(agents: number, traffic: number, inverseB: number): number {
  return agents / (inverseB * (agents - traffic) + traffic);
}

/** Share answered within the answer time: 1 − C·e^(−(n − A)·T / AHT). */
function answeredInTime(agents: number, traffic: number, c: number, ahtSeconds: number, answerSeconds: number): number {
  return 1 - c * Math.exp((-(agents - traffic) * answerSeconds) / ahtSeconds);
}

/** Metrics for `agents` > `traffic` given 1 / Erlang B at that many agents. */
function metricsAt(agents: number, traffic: number, inverseB: number, ahtSeconds: number, answerSeconds: number): LiveChannelMetrics {
  const c = waitChance(agents, traffic, inverseB);
  return {
    pWait: c + 0,
    serviceLevel: answeredInTime(agents, traffic, c, ahtSeconds, answerSeconds) + 0,
    asaSeconds: (c * ahtSeconds) / (agents - traffic) + 0,
    occupancy: traffic / agents,
  };
}

/**
 * What `agents` on duty achieve for the input's traffic (its target and cap are not applied).
 * Throws when the agents cannot keep up (traffic ≥ agents): the queue would grow without end.
 */
export function liveChannelAt(agents: number, input: LiveChannelInput): LiveChannelMetrics {
  const p = checkInput(input);
  const traffic = trafficErlangs(p.contactsPerInterval, p.ahtSeconds, p.intervalSeconds);
  if (!Number.isInteger(agents) || agents < 0 || agents > MAX_AGENTS) {
    throw invalidInput(`Agents must be a whole number from 0 to ${formatCount(MAX_AGENTS)}; got ${describeValue(agents)}.`);
  }
  if (traffic === 0) return { pWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
  if (agents <= traffic) {
    throw invalidInput(`${agents} agents cannot keep up with ${formatCount(traffic)} Erlangs of traffic: the queue would grow without end. Give more than ${formatCount(traffic)} agents.`);
  }
  return metricsAt(agents, traffic, inverseErlangB(agents, traffic), p.ahtSeconds, p.answerSeconds);
}

/**
 * Agents on duty and scheduled for a live channel's busiest interval: the fewest agents that answer
 * the target share within the answer time and keep occupancy at or under the cap, then
 * on duty ÷ (1 − shrinkage) rounded up. No contacts need no agents.
 *
 * @example staffLiveChannel({ contactsPerInterval: 200, ahtSeconds: 180, serviceLevel: 0.8, answerSeconds: 20, shrinkage: 0.3 })
 *   // → agents 14, scheduled 20, pWait ≈ 0.1741, serviceLevel ≈ 0.8884, asaSeconds ≈ 7.84, occupancy ≈ 0.714
 */
export function staffLiveChannel(input: LiveChannelInput): LiveStaffing {
  const p = checkInput(input);
  const traffic = trafficErlangs(p.contactsPerInterval, p.ahtSeconds, p.intervalSeconds);
  if (traffic === 0) {
    return { trafficErlangs: 0, agents: 0, scheduled: 0, pWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, occupancyCapBinding: false };
  }
  // Fewest agents the cap allows, and never so few that the queue cannot keep up (agents > traffic).
  const capFloor = wholeAgentsAtLeast(traffic / p.maxOccupancy);
  const fewest = Math.max(Math.floor(traffic) + 1, capFloor);
  if (fewest > MAX_AGENTS) {
    throw invalidInput(
      `This needs more than ${formatCount(MAX_AGENTS)} agents on duty (traffic ${formatCount(traffic)} Erlangs at a maximum occupancy of ${p.maxOccupancy}): check the contacts, handle time and maximum occupancy.`,
    );
  }
  const target = p.serviceLevel - TARGET_TOLERANCE;

  const { ahtSeconds, answerSeconds } = p;

  // 1 / Erlang B up to one agent below the floor.
  let inverse = inverseErlangB(fewest - 1, traffic);
  // Whether the service level alone would have been met with one agent fewer than the cap allows.
  const below = fewest - 1 > traffic ? metricsAt(fewest - 1, traffic, inverse, ahtSeconds, answerSeconds) : undefined;
  // The service level rises with every agent above the traffic and reaches 1, so this ends.
  const perAgent = 1 / traffic;
  for (let n = fewest; ; n++) {
    inverse = 1 + n * perAgent * inverse;
    // Checked without building the result object, which is made once at the end.
    if (answeredInTime(n, traffic, waitChance(n, traffic, inverse), ahtSeconds, answerSeconds) >= target) {
      const m = metricsAt(n, traffic, inverse, ahtSeconds, answerSeconds);
      const occupancyCapBinding = n === fewest && below !== undefined && below.serviceLevel >= target;
      return { trafficErlangs: traffic, agents: n, scheduled: scheduledAgents(n, p.shrinkage), ...m, occupancyCapBinding };
    }
  }
}

/**
 * Agents to schedule so that `onDuty` are available after shrinkage: onDuty ÷ (1 − shrinkage), rounded
 * up, without floating-point noise adding an agent (14 on duty at 30% shrinkage → 20, not 21).
 */
export function scheduledAgents(onDuty: number, shrinkage: number): number {
  checkNonNegative(onDuty, "Agents on duty");
  checkShrinkage(shrinkage);
  return wholeAgentsAtLeast(onDuty / (1 - shrinkage));
}
