/**
 * The model's messages (scenario validation, the staffing checks, the number reader) in the pane's
 * language. The model writes English, which the command line and Excel's functions show as it is; the
 * pane reads each message into one of a finite set of shapes (en/problems.ts, word for word the model's)
 * and writes it again with the pane's catalog. A message of an unknown shape stays as the model wrote it.
 */
import { useCallback } from "react";
import { MONTH_NAMES } from "../../model/scenario/months";
import { formatLocale } from "../format";
import type { MessageKey } from "./en";
import { MessageValues, Translate, useLanguage, useT } from "./I18n";
import { INTL_TAG, Locale } from "./locale";

/** The model's names of fields, as its messages start. */
const LABELS: Record<string, MessageKey> = {
  "Conversations per month": "problems.label.conversations",
  "Monthly growth": "problems.label.growth",
  "AI involvement (% of conversations)": "problems.label.involvement",
  "AI resolution (% of AI-involved conversations)": "problems.label.resolution",
  "Assumed resolutions (% of AI resolutions)": "problems.label.assumed",
  "Reversed (% of assumed resolutions)": "problems.label.reversed",
  "Cost per human-handled conversation": "problems.label.humanCost",
  Horizon: "problems.label.horizon",
  "Handle time": "problems.label.handleTime",
  "Busiest-hour share": "problems.label.peakShare",
  "Service level": "problems.label.serviceLevel",
  "Answer within": "problems.label.answerWithin",
  Shrinkage: "problems.label.shrinkage",
  "Maximum occupancy": "problems.label.maxOccupancy",
  "Productive hours per agent-month": "problems.label.productiveHours",
  Occupancy: "problems.label.occupancy",
  "Cost per agent-month": "problems.label.agentCost",
  Seats: "problems.label.seats",
  Months: "problems.label.months",
};

/** A month's short name ("Jan" / "1月"), January = 0, in a language. */
export function shortMonthName(index: number, locale: Locale): string {
  if (locale === "en") return MONTH_NAMES[index];
  return new Intl.DateTimeFormat(INTL_TAG[locale], { month: "short", timeZone: "UTC" }).format(Date.UTC(2027, index, 1));
}

function label(text: string, t: Translate): string {
  const key = LABELS[text];
  if (key) return t(key);
  const factor = /^The (\w{3}) factor$/.exec(text);
  const month = factor ? (MONTH_NAMES as readonly string[]).indexOf(factor[1]) : -1;
  if (month >= 0) return t("problems.label.factor", { month: shortMonthName(month, formatLocale()) });
  return text;
}

type Rule = [RegExp, (m: string[], t: Translate) => string];

/** A shape whose groups go into the message as they are, in order of `names`. */
function shape(re: RegExp, key: MessageKey, ...names: string[]): Rule {
  return [re, (m, t) => t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) as MessageValues)];
}

/** Why typed text is not a number (model/input/readNumber.ts and ../parseInput.ts). */
const REASONS: Rule[] = [
  [/^it is blank$/, (_, t) => t("problems.reason.blank")],
  shape(/^"(.*)" names two currencies$/, "problems.reason.twoCurrencies", "typed"),
  shape(/^"(.*)" mixes a percent with an amount$/, "problems.reason.percentAndAmount", "typed"),
  shape(/^"(.*)" is not a number: type the number alone, such as (.+)$/, "problems.reason.worded", "typed", "number"),
  shape(/^"(.*)" is not a number$/, "problems.reason.notANumber", "typed"),
  shape(/^"(.*)" is too large$/, "problems.reason.tooLarge", "typed"),
  shape(/^"(.*)" could be (\S+) or (\S+) \(a point between thousands\): type (\S+) or (\S+)$/, "problems.reason.pointThousands", "typed", "a", "b", "c", "d"),
  shape(/^"(.*)" could be (\S+) or (\S+): use a point for decimals \(\2\) and no separator for thousands \(\3\)$/, "problems.reason.decimalComma", "typed", "a", "b"),
  shape(/^"(.*)" uses points between thousands: type (\S+)$/, "problems.reason.pointsBetween", "typed", "meant"),
  shape(/^"(.*)" uses points between thousands and a decimal comma: type (\S+)$/, "problems.reason.pointsAndComma", "typed", "meant"),
  shape(/^"(.*)" is not one number: separate thousands in groups of three \(1,500\), or type the digits alone$/, "problems.reason.notOneNumber", "typed"),
  shape(/^"(.*)" is an amount, and this field is a percent$/, "problems.reason.amountInPercent", "typed"),
  shape(/^(.+) here means (\S+)%: type \2% if you mean that, or (\S+) for \3%$/, "problems.reason.rateMeans", "typed", "value", "percent"),
  shape(/^"(.*)" is a percent, and this field is not$/, "problems.reason.percentInAmount", "typed"),
];

/** The staffing fields' and the seats' rules ("more than 0 and at most 86,400 seconds, such as 360"). */
const RULES: Rule[] = [
  shape(/^more than 0 and at most (\S+) seconds, such as (\S+)$/, "problems.rule.handleTime", "max", "example"),
  shape(/^more than 0% and at most 100% of the month's conversations, such as (\S+)$/, "problems.rule.peakShare", "example"),
  shape(/^more than 0% and less than 100%, such as (\S+)$/, "problems.rule.serviceLevel", "example"),
  shape(/^from 0 to (\S+) seconds, such as (\S+)$/, "problems.rule.answerWithin", "max", "example"),
  shape(/^from 0% up to but not including 100%, such as (\S+)$/, "problems.rule.shrinkage", "example"),
  shape(/^more than 0% and at most 100%, such as (\S+)$/, "problems.rule.occupancy", "example"),
  shape(/^more than 0 and at most (\S+) \(every hour of a 31-day month\), such as (\S+)$/, "problems.rule.hours", "max", "example"),
  shape(/^from 0 to (\S+) \(salary, benefits and overhead for one month\), such as (\S+)$/, "problems.rule.agentCost", "max", "example"),
  [/^a whole number of 0 or more$/, (_, t) => t("problems.rule.wholeOrMore")],
  shape(/^at most (\S+)$/, "problems.rule.atMost", "max"),
  shape(/^a whole number from 0 to (\S+)$/, "problems.rule.wholeFromTo", "max"),
];

function apply(rules: Rule[], text: string, t: Translate): string {
  for (const [re, write] of rules) {
    const m = re.exec(text);
    if (m) return write([...m], t);
  }
  return text;
}

const reason = (text: string, t: Translate) => apply(REASONS, text, t);
const rule = (text: string, t: Translate) => apply(RULES, text, t);
const value = (text: string, t: Translate) => (text === "not a number" ? t("problems.notANumberValue") : text);
const billing = (text: string, t: Translate) => (text === "annual" ? t("problems.billing.annual") : text === "monthly" ? t("problems.billing.monthly") : text);

const fixed = (text: string, key: MessageKey): Rule => [new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), (_, t) => t(key)];

const MESSAGES: Rule[] = [
  fixed('Billing must be "annual" or "monthly".', "problems.billing"),
  fixed("Choose a stack of the price book.", "problems.chooseStack"),
  fixed("Staffing prices people in this scenario (cost per agent-month): clear the cost per conversation, or turn staffing off to price people per conversation.", "problems.staffingHumanCost"),
  fixed("First month must be a month, such as Jan 2027 or 2027-01.", "problems.firstMonth"),
  fixed("Month-by-month conversations must be a list of numbers.", "problems.listNotNumbers"),
  fixed("Seasonality needs 12 monthly factors, January to December.", "problems.seasonality"),
  fixed("Give the scenario a name.", "problems.nameBlank"),
  fixed("Use letters, digits, spaces and punctuation only: the name has an invisible control character.", "problems.nameControl"),
  fixed('Channel must be "live" (chat, phone) or "async" (email, tickets).', "problems.channel"),
  fixed('Seats must be "fixed" or "fromStaffing".', "problems.seatPolicy"),
  fixed("Seats from staffing needs the staffing drivers: choose a channel (live or async) first, or keep seats fixed.", "problems.seatPolicyNeedsChannel"),
  fixed("Add at least one scenario.", "problems.addScenario"),
  [
    /^Month-by-month conversations cover (\d+) months?; the horizon needs (\d+)\. Run the forecast for \2 months, or use level, growth and seasonality instead\.$/,
    (m, t) => t("problems.listShort", { n: m[1], count: Number(m[1]), months: m[2] }),
  ],
  shape(/^Month-by-month conversations: month (\d+) must be a number from 0 to (\S+)\.$/, "problems.listMonth", "month", "max"),
  [
    /^With (\S+)% growth a month, month (\d+) reaches (.+?): the model takes at most (\S+) conversations a month\. Lower the growth, the horizon or the starting volume\.$/,
    (m, t) => t("problems.busiestGrowth", { growth: m[1], month: m[2], reached: m[3] === "more than any number" ? t("problems.moreThanAny") : m[3], max: m[4] }),
  ],
  [
    /^Month (\d+) reaches (.+?): the model takes at most (\S+) conversations a month\. Lower the growth, the horizon or the starting volume\.$/,
    (m, t) => t("problems.busiest", { month: m[1], reached: m[2] === "more than any number" ? t("problems.moreThanAny") : m[2], max: m[3] }),
  ],
  shape(/^Keep the name to (\d+) characters or fewer\.$/, "problems.nameLong", "max"),
  shape(/^Start with a letter or digit: a name starting with "(.)" would be read as a formula in a sheet\.$/, "problems.nameFormula", "first"),
  shape(/^Another scenario is already called "(.*)"\.$/, "problems.nameTaken", "name"),
  [
    /^(\S+) has no (annual|monthly) billing price in the price book; use "(annual|monthly)"\.$/,
    (m, t) => t("problems.noBillingPrice", { plan: m[1], billing: billing(m[2], t), other: billing(m[3], t) }),
  ],
  shape(/^This workload needs more than (\S+) agents: check the workload hours\.$/, "problems.tooManyAgents", "max"),
  shape(
    /^This needs more than (\S+) agents on duty \(traffic (\S+) Erlangs at a maximum occupancy of (\S+)\): check the contacts, handle time and maximum occupancy\.$/,
    "problems.tooManyOnDuty",
    "max",
    "traffic",
    "occupancy",
  ),
  shape(/^Resolution and other outcome shares add up to (\S+); one outcome per AI-involved conversation means at most 1\.$/, "problems.outcomeShares", "sum"),
  [/^Month (\d+): ([\s\S]+)$/, (m, t) => t("problems.inMonth", { month: m[1], message: translateProblem(m[2], t) })],
  [/^(.+?) is required\.$/, (m, t) => t("problems.required", { label: label(m[1], t) })],
  [/^(.+?) must be a number: ([\s\S]+)\.$/, (m, t) => t("problems.notANumber", { label: label(m[1], t), reason: reason(m[2], t) })],
  [/^(.+?) must be a number\.$/, (m, t) => t("problems.number", { label: label(m[1], t) })],
  [/^(.+?) must be a whole number\.$/, (m, t) => t("problems.wholeNumber", { label: label(m[1], t) })],
  [/^(.+?) must be from (\S+) to (\S+)\.$/, (m, t) => t("problems.range", { label: label(m[1], t), min: m[2], max: m[3] })],
  [/^(.+?) must be a number \((.+)\)\.$/, (m, t) => t("problems.numberRule", { label: label(m[1], t), rule: rule(m[2], t) })],
  [/^(.+?) must be more than 0 and at most (\S+)\.$/, (m, t) => t("problems.positiveAtMost", { label: label(m[1], t), max: m[2] })],
  [/^(.+?) must be (.+); got (.+)\.$/, (m, t) => t("problems.ruleGot", { label: label(m[1], t), rule: rule(m[2], t), value: value(m[3], t) })],
];

/**
 * A model message in the language `t` speaks; a message of a shape the catalog does not know stays as
 * it is. With the English catalog, every message comes back exactly as the model wrote it.
 *
 * @example translateProblem("Seats must be a number.", t) // "シート数は数値で入力してください。"
 */
export function translateProblem(message: string, t: Translate): string {
  return apply(MESSAGES, message, t);
}

/** A scenario as messages name it: "Scenario 2 (no name)" in the pane's language; a name stays as typed. */
export function translateTitle(title: string, t: Translate): string {
  const m = /^Scenario (\d+) \(no name\)$/.exec(title);
  return m ? t("problems.untitled", { number: m[1] }) : title;
}

/** The model's messages in the pane's language; in English, exactly as the model wrote them. */
export function useProblemText(): (message: string | undefined) => string | undefined {
  const t = useT();
  const { locale } = useLanguage();
  return useCallback((message: string | undefined) => (message === undefined || locale === "en" ? message : translateProblem(message, t)), [t, locale]);
}
