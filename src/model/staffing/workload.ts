/**
 * The human side of the volume chain: conversations → AI-involved → AI-resolved, and everything the
 * AI does not resolve goes to people (never-involved + handed off). Taken as plain numbers so any
 * pricing engine's chain can feed it.
 */
import { describeValue, invalidInput } from "../errors";
import { MAX_MONTHLY_CONVERSATIONS } from "../plan";
import { volumeOf } from "../pricebook/chain";
import { checkNonNegative, checkPositive, checkShare, formatCount, MAX_HANDLE_TIME_SECONDS } from "./checks";


export interface HumanWorkloadInput {
  /** Conversations in the month. */
  conversations: number;
  /** Share of conversations the AI agent takes part in, 0 to 1. */
  involvementRate: number;
  /** Share of those the AI agent resolves on its own, 0 to 1. */
  resolutionRate: number;
  /** Average seconds a person spends on one human-handled conversation. */
  handleTimeSeconds: number;
}

export interface HumanWorkload {
  conversations: number;
  aiInvolved: number;
  aiResolved: number;
  /** Involved, but handed to a person. */
  handedOff: number;
  /** Never seen by the AI agent. */
  neverInvolved: number;
  /** neverInvolved + handedOff = conversations − aiResolved. */
  humanHandled: number;
  /** humanHandled × handle time, in hours. */
  workloadHours: number;
}

export function checkConversations(conversations: number, what = "Conversations per month"): number {
  checkNonNegative(conversations, what);
  if (conversations > MAX_MONTHLY_CONVERSATIONS) {
    throw invalidInput(`${what} must be at most ${formatCount(MAX_MONTHLY_CONVERSATIONS)}; got ${describeValue(conversations)}.`);
  }
  return conversations;
}

export function checkHandleTime(seconds: number): number {
  checkPositive(seconds, "Handle time", " seconds (the average time a person spends on one conversation, such as 180)");
  if (seconds > MAX_HANDLE_TIME_SECONDS) {
    throw invalidInput(`Handle time must be at most ${formatCount(MAX_HANDLE_TIME_SECONDS)} seconds (one day); got ${describeValue(seconds)}.`);
  }
  return seconds;
}

/**
 * The month's human workload from the volume chain.
 *
 * @example humanWorkload({ conversations: 5000, involvementRate: 0.5, resolutionRate: 0.6, handleTimeSeconds: 360 })
 *   // → aiInvolved 2500, aiResolved 1500, handedOff 1000, neverInvolved 2500, humanHandled 3500, workloadHours 350
 */
export function humanWorkload(input: HumanWorkloadInput): HumanWorkload {
  const conversations = checkConversations(input.conversations);
  const involvement = checkShare(input.involvementRate, "AI involvement rate", "0.5 when the AI agent sees half of all conversations");
  const resolution = checkShare(input.resolutionRate, "AI resolution rate", "0.6 when it resolves 60% of those it sees");
  const handle = checkHandleTime(input.handleTimeSeconds);
  // The chain's links as the price book counts them; products of shares ≤ 1 never exceed what they
  // are taken from, so the differences below are ≥ 0.
  const { involved: aiInvolved, resolved: aiResolved } = volumeOf(conversations, { involvement, resolution });
  const handedOff = aiInvolved - aiResolved;
  const neverInvolved = conversations - aiInvolved;
  const humanHandled = neverInvolved + handedOff;
  return { conversations, aiInvolved, aiResolved, handedOff, neverInvolved, humanHandled, workloadHours: (humanHandled * handle) / 3600 };
}

/**
 * Contacts in the busiest interval from a monthly volume: the month's contacts × the share of them
 * that arrive in the busiest interval (for example 0.0025 when the peak hour carries 0.25% of the month).
 */
export function busiestIntervalContacts(monthlyContacts: number, peakIntervalShare: number): number {
  checkConversations(monthlyContacts, "Contacts per month");
  if (!Number.isFinite(peakIntervalShare) || peakIntervalShare <= 0 || peakIntervalShare > 1) {
    throw invalidInput(`Peak-interval share must be a share more than 0 and at most 1 (such as 0.0025 when the busiest hour carries 0.25% of the month); got ${describeValue(peakIntervalShare)}.`);
  }
  return monthlyContacts * peakIntervalShare;
}
