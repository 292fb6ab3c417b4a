/**
 * @jest-environment jsdom
 *
 * A scenario changed in two places at once: the prompt shows every version (and what is in the
 * editor, if the user typed since), each with what sets it apart, and the pane state takes the
 * choice; a save that merged a co-author's changes is taken in without losing what was typed.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { defaultScenarios, Scenario } from "../../src/model/scenario";
import { ConflictPrompt } from "../../src/taskpane/components/ConflictPrompt";
import { initialState, reducer } from "../../src/taskpane/state";
import type { SaveResult, ScenarioConflict } from "../../src/workbook/port";

const [base, low, high] = defaultScenarios("2027-01");
const withSeats = (s: Scenario, seats: number): Scenario => ({ ...s, drivers: { ...s.drivers, seats } });

const conflict: ScenarioConflict = {
  id: "s1",
  name: "Base",
  versions: [
    { scenario: withSeats(base, 31), author: "pane-a", savedAt: "2027-01-05T09:30:00.000Z", rev: 4, byThisPane: false },
    { scenario: withSeats(base, 7), author: "pane-b", savedAt: "2027-01-05T09:31:00.000Z", rev: 4, byThisPane: true },
  ],
};

function show(scenarios: Scenario[], onChoose = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ConflictPrompt conflicts={[conflict]} scenarios={scenarios} onChoose={onChoose} />
    </FluentProvider>,
  );
  return onChoose;
}

describe("ConflictPrompt", () => {
  it("names both versions, says how they differ, and hands back the one chosen", () => {
    const onChoose = show([withSeats(base, 7), low]);
    const group = screen.getByRole("group", { name: "“Base” was changed in two places at once" });
    expect(within(group).getByText("A co-author's, saved 2027-01-05 09:30 UTC")).toBeTruthy();
    expect(within(group).getByText("Yours, saved 2027-01-05 09:31 UTC")).toBeTruthy();
    expect(within(group).getByText("seats 31")).toBeTruthy();
    expect(within(group).getByText("seats 7")).toBeTruthy();
    // The editor holds one of the stored versions: no third option.
    expect(within(group).getAllByRole("button")).toHaveLength(2);
    fireEvent.click(within(group).getByRole("button", { name: "Keep “Base”: A co-author's, saved 2027-01-05 09:30 UTC" }));
    expect(onChoose).toHaveBeenCalledWith("s1", withSeats(base, 31));
  });

  it("offers what the user typed since, so it is not lost", () => {
    const onChoose = show([withSeats(base, 12), low]);
    fireEvent.click(screen.getByTestId("keep-s1-pane"));
    expect(onChoose).toHaveBeenCalledWith("s1", withSeats(base, 12));
  });

  it("shows nothing when there is no conflict", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ConflictPrompt conflicts={[]} scenarios={[base]} onChoose={jest.fn()} />
      </FluentProvider>,
    );
    expect(container.querySelector('[data-testid="conflicts"]')).toBeNull();
  });
});

describe("pane state after a save that merged", () => {
  const result = (scenarios: Scenario[], extra: Partial<SaveResult> = {}): SaveResult => ({ scenarios, conflicts: [], merged: true, renamedIds: {}, problems: [], ...extra });

  it("takes in a co-author's changes when nothing was typed meanwhile", () => {
    const sent = [base, low, high];
    const state = { ...initialState(sent), dirty: true };
    const theirs = [base, withSeats(low, 3)];
    const next = reducer(state, { type: "merged", sent, result: result(theirs) });
    expect(next.scenarios).toEqual(theirs);
    expect(next.dirty).toBe(false);
  });

  it("keeps what was typed during the save, takes in the rest, and follows a new id", () => {
    const extra: Scenario = { id: "s4", name: "Extra", drivers: base.drivers };
    const sent = [base, low, high, extra];
    let state = { ...initialState(sent), dirty: true, selectedId: "s4" };
    state = reducer(state, { type: "setDriver", id: "s1", field: "seats", value: 40 });
    const theirs = [base, withSeats(low, 3), { id: "s4", name: "Theirs", drivers: base.drivers }, { ...extra, id: "s5" }];
    const next = reducer(state, { type: "merged", sent, result: result(theirs, { renamedIds: { s4: "s5" } }) });
    expect(next.scenarios.map((s) => [s.id, s.name, s.drivers.seats])).toEqual([
      ["s1", "Base", 40],
      ["s2", "Low", 3],
      ["s5", "Extra", extra.drivers.seats],
      ["s4", "Theirs", base.drivers.seats],
    ]);
    expect(next.selectedId).toBe("s5");
    expect(next.dirty).toBe(true);
  });

  it("a choice replaces the scenario (or deletes it) and needs saving", () => {
    const sent = [withSeats(base, 7), low];
    const state = { ...initialState(sent), conflicts: [conflict] };
    const kept = reducer(state, { type: "resolveConflict", id: "s1", choice: withSeats(base, 31) });
    expect(kept.scenarios[0].drivers.seats).toBe(31);
    expect(kept.conflicts).toEqual([]);
    expect(kept.dirty).toBe(true);
    const deleted = reducer(state, { type: "resolveConflict", id: "s1", choice: null });
    expect(deleted.scenarios.map((s) => s.id)).toEqual(["s2"]);
  });
});

describe("the pane with a workbook that holds a conflict", () => {
  it("asks which version to keep, tells the workbook, and saves the choice", async () => {
    const { App } = await import("../../src/taskpane/components/App");
    const { act: actAsync, waitFor } = await import("@testing-library/react");
    const saved: Scenario[][] = [];
    const resolved: string[] = [];
    const port = {
      kind: "preview" as const,
      loadScenarios: async () => ({ scenarios: [withSeats(base, 7), low, high], conflicts: [conflict], problems: [] }),
      saveScenarios: async (scenarios: Scenario[]): Promise<SaveResult> => {
        saved.push(scenarios);
        return { scenarios, conflicts: [], merged: false, renamedIds: {}, problems: [] };
      },
      resolveConflict: (id: string) => resolved.push(id),
      readSelectionHistory: jest.fn(),
      readSelectionSeries: jest.fn(),
      writePlan: jest.fn(),
      publishSummary: jest.fn(),
      writeForecast: jest.fn(),
      writeRisk: jest.fn(),
      readPriceBook: async () => null,
      writePriceBook: jest.fn(),
      setPriceAmount: jest.fn(),
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App workbook={port} insideExcel={false} now={() => new Date("2027-01-05T10:00:00Z")} />
      </FluentProvider>,
    );
    // The prompt loads on demand (its own chunk): give the import time on a busy machine.
    const group = await screen.findByRole("group", { name: "“Base” was changed in two places at once" }, { timeout: 15_000 });
    expect(saved).toEqual([]);
    await actAsync(async () => {
      fireEvent.click(within(group).getByTestId("keep-s1-v0"));
    });
    expect(resolved).toEqual(["s1"]);
    expect(screen.queryByTestId("conflicts")).toBeNull();
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 3000 });
    expect(saved[0].map((s) => s.drivers.seats)).toEqual([31, low.drivers.seats, high.drivers.seats]);
  });
});
