/**
 * The model's messages in the pane's language (src/taskpane/i18n/problems.ts): every shape the
 * scenario checks and the number reader write is read back word for word with the English catalog, and
 * written in Japanese with the Japanese one; a message of an unknown shape stays as it is.
 */
import { createIntl } from "react-intl";
import { defaultScenarios, Scenario, ScenarioDrivers, validateScenario } from "../../src/model/scenario";
import { readNumber } from "../../src/model/input/readNumber";
import { en } from "../../src/taskpane/i18n/en";
import { ja } from "../../src/taskpane/i18n/ja";
import { englishT, Translate } from "../../src/taskpane/i18n/I18n";
import { translateProblem, translateTitle } from "../../src/taskpane/i18n/problems";
import { setFormatLocale } from "../../src/taskpane/format";
import { notANumberMessage } from "../../src/taskpane/parseInput";

const jaIntl = createIntl({ locale: "ja-JP", messages: ja });
const jaT: Translate = (key, values) => jaIntl.formatMessage({ id: key }, values);

const [base] = defaultScenarios("2027-01");
const withDrivers = (d: Partial<ScenarioDrivers>, name = base.name): Scenario => ({ ...base, name, drivers: { ...base.drivers, ...d } });

/** Every message the checks write for these broken scenarios. */
function messagesOf(...scenarios: Scenario[]): string[] {
  return scenarios.flatMap((s) => Object.values(validateScenario(s, [s, { ...base, id: "other", name: "Taken" }])) as string[]);
}

const MODEL_MESSAGES = messagesOf(
  withDrivers({ startConversations: Number.NaN, growthPct: 900, aiInvolvementPct: 1.5e9, horizonMonths: 2.5, firstMonth: "soon", billing: "weekly" as never }, ""),
  withDrivers({ seats: -1, aiResolutionPct: Number.NaN, assumedResolutionPct: 120, reversalPct: -1, humanCostPerConversation: 1e9 }, "Taken"),
  withDrivers({ seats: 1e9, seasonality: [1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, "=SUM"),
  withDrivers({ seasonality: [1, 2] as never }, "x".repeat(300)),
  withDrivers({ monthlyConversations: [100, 200] }, "tab\u0007name"),
  withDrivers({ monthlyConversations: new Array(12).fill(100).map((v, i) => (i === 3 ? -5 : v)) }),
  withDrivers({ monthlyConversations: "many" as never }),
  withDrivers({ startConversations: 90_000_000, growthPct: 40, horizonMonths: 36 }),
  withDrivers({ staffingChannel: "live", handleTimeSeconds: 0, peakHourSharePct: 200, serviceLevelPct: 100, answerSeconds: -1, shrinkagePct: 100, maxOccupancyPct: 0, loadedCostPerAgentMonth: -5, humanCostPerConversation: 4 }),
  withDrivers({ staffingChannel: "async", productiveHoursPerAgentMonth: Number.NaN, occupancyPct: 0 }),
  withDrivers({ staffingChannel: "phone" as never, seatPolicy: "maybe" as never }),
  withDrivers({ seatPolicy: "fromStaffing" }),
  withDrivers({ stack: 42 as never }),
);

const TYPED = ["", "$5 €5", "5k%", "12 seats", "twelve", "1e999", "2.500", "1,5", "1.234,5", "1.234.567", "1,50,0"];
const READER_MESSAGES = [
  ...TYPED.map((typed) => notANumberMessage("Seats", typed)),
  notANumberMessage("Monthly growth", "$5", { percent: true }),
  notANumberMessage("AI resolution (% of AI-involved conversations)", "0.45", { percent: true, rate: true }),
  notANumberMessage("Seats", "45%"),
  notANumberMessage("The Mar factor", "abc"),
];

const OTHER_MESSAGES = [
  "Add at least one scenario.",
  "Month 4: This workload needs more than 100,000 agents: check the workload hours.",
  "Resolution and other outcome shares add up to 1.2; one outcome per AI-involved conversation means at most 1.",
  'zendesk-suite-team has no monthly billing price in the price book; use "annual".',
  "This needs more than 100,000 agents on duty (traffic 250,000 Erlangs at a maximum occupancy of 0.85): check the contacts, handle time and maximum occupancy.",
];

const ALL = [...MODEL_MESSAGES, ...READER_MESSAGES, ...OTHER_MESSAGES];

afterEach(() => setFormatLocale("en"));

describe("the model's messages in the pane's language", () => {
  it("covers many distinct shapes (the fixtures above really produce messages)", () => {
    expect(new Set(MODEL_MESSAGES).size).toBeGreaterThan(25);
    expect(READER_MESSAGES.every((m) => m.length > 0)).toBe(true);
    expect(readNumber("1,5").ok).toBe(false);
  });

  it("reads every message back word for word with the English catalog", () => {
    for (const message of ALL) expect(translateProblem(message, englishT)).toBe(message);
  });

  it("writes every known message in Japanese, leaving only codes, numbers and what was typed", () => {
    setFormatLocale("ja");
    const typedWords = /twelve|seats|weekly|many|phone|maybe|SUM|Taken|abc|zendesk-suite-team|Erlangs?/g;
    for (const message of ALL) {
      const text = translateProblem(message, jaT);
      expect(text).not.toBe(message);
      expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const left = text.replace(typedWords, "").replace(/\b(AI|USD|\$)\b/g, "").match(/[A-Za-z]{3,}/g);
      if (left) throw new Error(`English left in ${JSON.stringify(text)} (from ${JSON.stringify(message)}): ${left.join(", ")}`);
    }
  });

  it("names fields and months in Japanese", () => {
    setFormatLocale("ja");
    expect(translateProblem("Seats must be a number.", jaT)).toBe("シート数は数値で入力してください。");
    expect(translateProblem(notANumberMessage("The Mar factor", "abc"), jaT)).toBe("3月の係数は数値で入力してください: 「abc」は数値ではありません。");
    expect(translateProblem("Horizon must be from 1 to 60.", jaT)).toBe("期間は 1～60 の範囲で入力してください。");
  });

  it("leaves a message of an unknown shape as the model wrote it", () => {
    expect(translateProblem("Something else went wrong.", jaT)).toBe("Something else went wrong.");
  });

  it("names a scenario without a name in Japanese, and a typed name as typed", () => {
    expect(translateTitle("Scenario 3 (no name)", jaT)).toBe("シナリオ 3 (名前なし)");
    expect(translateTitle("Base", jaT)).toBe("Base");
  });

  it("keeps the problems area's keys apart from every other area's", () => {
    const keys = Object.keys(en).filter((k) => k.startsWith("problems."));
    expect(keys.length).toBeGreaterThan(80);
    expect(Object.keys(ja).filter((k) => k.startsWith("problems."))).toEqual(keys);
  });
});
