/** Schema-1 documents (what earlier versions stored, migrated on load) with and without the optional month-by-month volume. */
import { defaultScenarios } from "../../src/model/scenario";
import { LEGACY_SCHEMA_VERSION, parseStoredState, scenarioSchema, serializeState } from "../../src/workbook/stateSchema";
import { decodeRow, encodeRecord, StateRecord } from "../../src/workbook/stateRecords";

const forecast = Array.from({ length: 12 }, (_, i) => 20_000 + i * 123.456);

describe("stored state: month-by-month conversations", () => {
  test("a scenario with monthlyConversations round-trips exactly", () => {
    const scenarios = defaultScenarios("2027-11");
    scenarios[1].drivers.monthlyConversations = forecast;
    const text = serializeState(scenarios, new Date("2027-10-01T00:00:00Z"));
    expect(JSON.parse(text).schemaVersion).toBe(LEGACY_SCHEMA_VERSION);
    const parsed = parseStoredState(text);
    expect(parsed).toEqual({ ok: true, scenarios });
    if (!parsed.ok) throw new Error("not ok");
    expect(parsed.scenarios[1].drivers.monthlyConversations).toEqual(forecast);
    expect(parsed.scenarios[1].drivers.monthlyConversations).not.toBe(forecast);
    expect("monthlyConversations" in parsed.scenarios[0].drivers).toBe(false);
  });

  test("a value stored before the field existed still loads, without it", () => {
    const scenarios = defaultScenarios("2027-11");
    const old = JSON.stringify({ schemaVersion: 1, savedAt: "2027-01-01T00:00:00.000Z", scenarios });
    const parsed = parseStoredState(old);
    expect(parsed).toEqual({ ok: true, scenarios });
    if (parsed.ok) expect(parsed.scenarios.every((s) => s.drivers.monthlyConversations === undefined)).toBe(true);
  });

  test("a stored list that is too short or not numbers is reported, not dropped", () => {
    const scenarios = defaultScenarios("2027-11");
    const stored = JSON.parse(serializeState(scenarios, new Date(0)));
    stored.scenarios[0].drivers.monthlyConversations = forecast.slice(0, 6);
    const short = parseStoredState(JSON.stringify(stored));
    expect(short).toMatchObject({ ok: false, kind: "invalid" });
    if (!short.ok) expect(short.message).toMatch(/drivers\.monthlyConversations.*cover 6 months; the horizon needs 12/);
    stored.scenarios[0].drivers.monthlyConversations = ["1", 2];
    expect(parseStoredState(JSON.stringify(stored))).toMatchObject({ ok: false, kind: "invalid" });
  });

  test("serializing refuses an invalid list rather than storing it", () => {
    const scenarios = defaultScenarios("2027-11");
    scenarios[0].drivers.monthlyConversations = [1, 2, 3];
    expect(() => serializeState(scenarios, new Date(0))).toThrow();
  });
});

describe("stored scenarios keep the volume-chain drivers", () => {
  test("an involvement rate and an outcome split survive validation instead of being stripped", () => {
    const [scenario] = defaultScenarios("2027-11");
    scenario.drivers.aiInvolvementPct = 55;
    scenario.drivers.outcomeSplit = { qualification: 0.05, "procedure-handoff": 0.1 };
    expect(scenarioSchema.parse(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
  });
});

describe("stored scenarios keep the staffing drivers", () => {
  const staffed = () => {
    const scenarios = defaultScenarios("2027-11");
    Object.assign(scenarios[0].drivers, {
      staffingChannel: "live",
      handleTimeSeconds: 420,
      peakHourSharePct: 1.2,
      serviceLevelPct: 80,
      answerSeconds: 20,
      shrinkagePct: 30,
      maxOccupancyPct: 85,
      seatPolicy: "fromStaffing",
      loadedCostPerAgentMonth: 6500,
    });
    Object.assign(scenarios[1].drivers, { staffingChannel: "async", handleTimeSeconds: 600, productiveHoursPerAgentMonth: 140, occupancyPct: 85, seatPolicy: "fixed" });
    return scenarios;
  };

  test("every staffing field survives a save and a load, in a document and in a per-scenario record", () => {
    const scenarios = staffed();
    expect(parseStoredState(serializeState(scenarios, new Date(0)))).toEqual({ ok: true, scenarios });
    const record: StateRecord = { id: scenarios[0].id, rev: 1, pos: 0, author: "t", savedAt: "2027-01-01T00:00:00.000Z", scenario: scenarios[0] };
    const decoded = decodeRow(encodeRecord(record));
    expect(decoded).toMatchObject({ kind: "record" });
    if (decoded.kind === "record") expect(decoded.record.scenario).toEqual(scenarios[0]);
  });

  test("a scenario stored before staffing loads without any staffing field", () => {
    const parsed = parseStoredState(serializeState(defaultScenarios("2027-11"), new Date(0)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.scenarios.every((s) => s.drivers.staffingChannel === undefined && s.drivers.seatPolicy === undefined)).toBe(true);
  });

  test("a hand-edited staffing value out of range is reported with the field's message", () => {
    const stored = JSON.parse(serializeState(staffed(), new Date(0)));
    stored.scenarios[0].drivers.shrinkagePct = 100;
    const parsed = parseStoredState(JSON.stringify(stored));
    expect(parsed).toMatchObject({ ok: false, kind: "invalid" });
    if (!parsed.ok) expect(parsed.message).toMatch(/drivers\.shrinkagePct.*Shrinkage must be from 0% up to but not including 100%/);
    stored.scenarios[0].drivers.shrinkagePct = 30;
    stored.scenarios[0].drivers.staffingChannel = "fax";
    expect(parseStoredState(JSON.stringify(stored))).toMatchObject({ ok: false, kind: "invalid" });
  });
});
