import { defaultScenarios } from "../../src/model/scenario";
import { blockedReason, draftKey, errorsOf, initialState, PaneState, reducer, scenarioProblems } from "../../src/taskpane/state";

const start = (): PaneState => initialState(defaultScenarios("2027-01"));

describe("pane state", () => {
  test("adding from a template selects the new scenario with a free name", () => {
    let s = reducer(start(), { type: "add", template: "High", firstMonth: "2027-01" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Low", "High", "High 2"]);
    expect(s.selectedId).toBe("s4");
    s = reducer(s, { type: "add", template: "High", firstMonth: "2027-01" });
    expect(s.scenarios[4].name).toBe("High 3");
    expect(s.dirty).toBe(true);
  });

  test("duplicate puts a copy right after the original, with its own seasonality array", () => {
    let s = reducer(start(), { type: "setDriver", id: "s1", field: "seasonality", value: new Array(12).fill(1.1) });
    s = reducer(s, { type: "duplicate", id: "s1" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Base copy", "Low", "High"]);
    const [orig, copy] = s.scenarios;
    expect(copy.drivers.seasonality).toEqual(orig.drivers.seasonality);
    expect(copy.drivers.seasonality).not.toBe(orig.drivers.seasonality);
  });

  test("delete selects a neighbour and never removes the last scenario", () => {
    let s = reducer(start(), { type: "select", id: "s2" });
    s = reducer(s, { type: "delete", id: "s2" });
    expect(s.scenarios.map((x) => x.id)).toEqual(["s1", "s3"]);
    expect(s.selectedId).toBe("s1");
    s = reducer(s, { type: "delete", id: "s1" });
    s = reducer(s, { type: "delete", id: "s3" });
    expect(s.scenarios).toHaveLength(1);
  });

  test("invalid input blocks writing, with the scenario and the reason", () => {
    let s = reducer(start(), { type: "setDriver", id: "s2", field: "seats", value: Number.NaN });
    expect(errorsOf(s, "s2").seats).toMatch(/Seats must be a whole number/);
    expect(blockedReason(s)).toMatch(/^Low: Seats/);
    s = reducer(s, { type: "setDriver", id: "s2", field: "seats", value: 12 });
    expect(blockedReason(s)).toBeUndefined();
    s = reducer(s, { type: "rename", id: "s3", name: "base" });
    expect(blockedReason(s)).toMatch(/already called/);
  });

  test("keeps the three newest messages", () => {
    let s = start();
    for (let i = 1; i <= 5; i++) s = reducer(s, { type: "status", tone: "error", title: `E${i}`, message: "" });
    expect(s.statuses.map((x) => x.title)).toEqual(["E5", "E4", "E3"]);
    s = reducer(s, { type: "dismissStatus", id: s.statuses[0].id });
    expect(s.statuses.map((x) => x.title)).toEqual(["E4", "E3"]);
  });
});

test("a save that finishes after further edits leaves the pane marked unsaved", () => {
  let s = reducer(start(), { type: "setDriver", id: "s1", field: "seats", value: 30 });
  const saving = s.scenarios;
  s = reducer(s, { type: "setDriver", id: "s1", field: "seats", value: 31 });
  s = reducer(s, { type: "saved", scenarios: saving });
  expect(s.dirty).toBe(true);
  s = reducer(s, { type: "saved", scenarios: s.scenarios });
  expect(s.dirty).toBe(false);
});

test("a month-by-month volume: set, duplicated as its own copy, and dropped by useLevelVolume", () => {
  const list = Array.from({ length: 12 }, (_, i) => 1000 + i);
  let s = reducer(start(), { type: "setDrivers", id: "s1", drivers: { monthlyConversations: list, startConversations: 999 } });
  expect(s.scenarios[0].drivers.monthlyConversations).toEqual(list);
  expect(errorsOf(s, "s1")).toEqual({});
  s = reducer(s, { type: "duplicate", id: "s1" });
  expect(s.scenarios[1].drivers.monthlyConversations).toEqual(list);
  expect(s.scenarios[1].drivers.monthlyConversations).not.toBe(s.scenarios[0].drivers.monthlyConversations);
  s = reducer(s, { type: "setDriver", id: "s1", field: "horizonMonths", value: 24 });
  expect(errorsOf(s, "s1").monthlyConversations).toMatch(/the horizon needs 24/);
  expect(blockedReason(s)).toMatch(/^Base: Month-by-month conversations cover 12 months/);
  s = reducer(s, { type: "useLevelVolume", id: "s1" });
  expect("monthlyConversations" in s.scenarios[0].drivers).toBe(false);
  expect(s.scenarios[0].drivers.startConversations).toBe(999);
  expect(blockedReason(s)).toBeUndefined();
  // Clearing through setDrivers (as "Use selection" does) leaves no key behind either.
  s = reducer(s, { type: "setDrivers", id: s.scenarios[1].id, drivers: { monthlyConversations: undefined } });
  expect("monthlyConversations" in s.scenarios[1].drivers).toBe(false);
});

describe("undo, and problems listed per scenario and field", () => {
  test("Undo puts a deleted scenario back where it was, selected, and retires the Undo message", () => {
    let s = reducer(start(), { type: "select", id: "s2" });
    s = reducer(s, { type: "delete", id: "s2" });
    s = reducer(s, { type: "status", tone: "info", title: 'Deleted "Low"', message: "Undo puts it back.", action: "undoDelete" });
    expect(s.statuses).toHaveLength(1);
    s = reducer(s, { type: "undoDelete" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Low", "High"]);
    expect(s.selectedId).toBe("s2");
    expect(s.statuses).toEqual([]);
    expect(s.dirty).toBe(true);
    // Nothing left to undo: a second Undo changes nothing.
    expect(reducer(s, { type: "undoDelete" })).toBe(s);
  });

  test("Undo brings back every deleted scenario, most recent first, each to its place", () => {
    let s = reducer(start(), { type: "delete", id: "s3" });
    s = reducer(s, { type: "delete", id: "s1" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Low"]);
    s = reducer(s, { type: "undoDelete" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Low"]);
    expect(s.statuses[0]).toMatchObject({ title: 'Deleted "High"', action: "undoDelete" });
    s = reducer(s, { type: "undoDelete" });
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Low", "High"]);
    expect(s.statuses.filter((x) => x.action === "undoDelete")).toEqual([]);
    expect(reducer(s, { type: "undoDelete" })).toBe(s);
  });

  test("Undo never overwrites a scenario added since under the same id or name", () => {
    let s = reducer(start(), { type: "delete", id: "s3" });
    s = reducer(s, { type: "add", template: "High", firstMonth: "2027-01" });
    const added = s.scenarios[2];
    s = reducer(s, { type: "undoDelete" });
    expect(s.scenarios).toContainEqual(added);
    expect(new Set(s.scenarios.map((x) => x.id)).size).toBe(4);
    // The restored one goes back to its place, renamed because "High" is taken now.
    expect(s.scenarios.map((x) => x.name)).toEqual(["Base", "Low", "High copy", "High"]);
  });

  test("every problem of every scenario is listed, by field; a blank name reads as the scenario's place", () => {
    let s = reducer(start(), { type: "rename", id: "s2", name: "  " });
    s = reducer(s, { type: "setDriver", id: "s3", field: "seats", value: Number.NaN });
    s = reducer(s, { type: "draft", key: draftKey("s3", "seats"), text: "twelve" });
    s = reducer(s, { type: "setDriver", id: "s3", field: "horizonMonths", value: 48 });
    s = reducer(s, { type: "setDriver", id: "s3", field: "startConversations", value: Number.NaN });
    s = reducer(s, { type: "draft", key: draftKey("s3", "startConversations"), text: "" });
    const problems = scenarioProblems(s);
    expect(problems.map((p) => p.title)).toEqual(["Scenario 2 (no name)", "High"]);
    expect(problems[0].problems).toEqual([{ field: "name", message: "Give the scenario a name." }]);
    expect(problems[1].problems).toEqual(
      expect.arrayContaining([
        { field: "seats", message: 'Seats must be a number: "twelve" is not a number.' },
        { field: "startConversations", message: "Conversations per month is required." },
        { field: "horizonMonths", message: expect.stringMatching(/^Horizon must be from 12 to 36/) },
      ]),
    );
    expect(blockedReason(s)).toBe("Scenario 2 (no name): Give the scenario a name. (3 more problems: see Compare.)");
  });
});

test("reloading drops what was typed into the replaced scenarios, not into the views", () => {
  let s = reducer(start(), { type: "draft", key: draftKey("s1", "seats"), text: "twelve" });
  s = reducer(s, { type: "draft", key: "volatility:cv", text: "lots" });
  s = reducer(s, { type: "loaded", scenarios: defaultScenarios("2027-01") });
  expect(s.drafts).toEqual({ "volatility:cv": "lots" });
});
