/**
 * @jest-environment jsdom
 *
 * The pane's components on their own, rendered with React Testing Library inside Fluent's provider:
 * what a user reads and what each action hands back. (The whole pane runs end to end in Chromium in
 * test/e2e; these pin down each component's contract.)
 */
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReactElement } from "react";
import { compareScenarios, defaultScenarios, validateDrivers } from "../../src/model/scenario";
import { Comparison } from "../../src/taskpane/components/Comparison";
import { NumberField } from "../../src/taskpane/components/NumberField";
import { ScenarioEditor } from "../../src/taskpane/components/ScenarioEditor";
import { AUTO_DISMISS_MS, StatusMessages } from "../../src/taskpane/components/StatusMessages";
import { DraftsContext } from "../../src/taskpane/drafts";
import { Status } from "../../src/taskpane/state";

function show(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe("NumberField", () => {
  it("hands back the parsed number as the user types", () => {
    const onChange = jest.fn();
    show(<NumberField label="Seats" value={25} onChange={onChange} testId="seats" />);
    fireEvent.change(screen.getByTestId("seats"), { target: { value: "30" } });
    expect(onChange).toHaveBeenLastCalledWith(30);
  });

  it("explains text that is not a number, and an empty field, inline", () => {
    const onChange = jest.fn();
    show(<NumberField label="Seats" value={25} onChange={onChange} testId="seats" />);
    fireEvent.change(screen.getByTestId("seats"), { target: { value: "lots" } });
    expect(screen.getByText('Seats must be a number: "lots" is not a number.')).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
    fireEvent.change(screen.getByTestId("seats"), { target: { value: " " } });
    expect(screen.getByText("Seats is required.")).toBeTruthy();
  });

  it("shows the model's message for a value it rejects", () => {
    show(<NumberField label="Seats" value={-1} error="Seats must be a whole number of 0 or more; got -1." onChange={() => undefined} testId="seats" />);
    expect(screen.getByText("Seats must be a whole number of 0 or more; got -1.")).toBeTruthy();
    expect(screen.getByTestId("seats").getAttribute("aria-invalid")).toBe("true");
  });
});

describe("ScenarioEditor", () => {
  const [base] = defaultScenarios("2027-01");

  function editor(overrides: Partial<Parameters<typeof ScenarioEditor>[0]> = {}) {
    const props = {
      scenario: base,
      errors: validateDrivers(base.drivers),
      onRename: jest.fn(),
      onChange: jest.fn(),
      onUseSelection: jest.fn(),
      onUseLevelVolume: jest.fn(),
      busy: false,
      insideExcel: false,
      book: SEED_BOOK,
      ...overrides,
    };
    show(<ScenarioEditor {...props} />);
    return props;
  }

  it("reports each edited driver under its own field name", () => {
    const props = editor();
    fireEvent.change(screen.getByTestId("seats"), { target: { value: "18" } });
    expect(props.onChange).toHaveBeenLastCalledWith("seats", 18);
    fireEvent.change(screen.getByTestId("scenario-name"), { target: { value: "Lean" } });
    expect(props.onRename).toHaveBeenLastCalledWith("Lean");
  });

  it("shows the validation message of a bad driver next to it", () => {
    const drivers = { ...base.drivers, seats: 2.5 };
    editor({ scenario: { ...base, drivers }, errors: validateDrivers(drivers) });
    expect(screen.getByText(/Seats must be a whole number/)).toBeTruthy();
  });

  it("says when the volume follows a forecast and offers to switch back", () => {
    const drivers = { ...base.drivers, monthlyConversations: Array(base.drivers.horizonMonths).fill(1000) };
    const props = editor({ scenario: { ...base, drivers }, errors: validateDrivers(drivers) });
    const notice = screen.getByTestId("forecast-volume-notice");
    expect(notice.textContent).toMatch(/forecast/i);
    fireEvent.click(within(notice).getByTestId("use-level-volume"));
    expect(props.onUseLevelVolume).toHaveBeenCalledTimes(1);
  });

  it("does not offer Use selection while the workbook is busy", () => {
    const props = editor({ busy: true });
    const button = screen.getByTestId("use-selection") as HTMLButtonElement;
    fireEvent.click(button);
    expect(props.onUseSelection).not.toHaveBeenCalled();
  });
});

describe("Comparison", () => {
  it("shows the engine's comparison, with exact values behind the formatted ones", () => {
    const scenarios = defaultScenarios("2027-01");
    const rows = compareScenarios(scenarios);
    show(<Comparison rows={rows} />);
    const table = screen.getByTestId("comparison");
    const totals = within(table).getAllByRole("row").find((r) => r.getAttribute("data-metric") === "total");
    expect(totals).toBeDefined();
    const cells = Array.from(totals!.querySelectorAll("td"));
    expect(cells.map((td) => Number(td.getAttribute("data-value")))).toEqual(rows.map((r) => r.total));
    expect(cells[0].textContent).toMatch(/^\$[\d,]+$/);
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(expect.arrayContaining(["Base", "Low", "High"]));
  });
});

describe("StatusMessages", () => {
  it("shows every error to the user and lets them dismiss it", () => {
    const onDismiss = jest.fn();
    show(
      <StatusMessages
        statuses={[{ id: 7, tone: "error", title: "Could not write the plan", message: "The sheet is protected." }]}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByTestId("status-error").textContent).toContain("The sheet is protected.");
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Dismiss: Could not write the plan" }));
    });
    expect(onDismiss).toHaveBeenCalledWith(7);
  });
});

describe("NumberField keeps what was typed", () => {
  function Kept({ text }: { text: Map<string, string> }) {
    const drafts = { get: (k: string) => text.get(k), set: (k: string, t: string) => void text.set(k, t) };
    return (
      <DraftsContext.Provider value={drafts}>
        <NumberField label="Seats" value={Number.NaN} onChange={() => undefined} testId="seats" draftKey="s1:seats" />
      </DraftsContext.Provider>
    );
  }

  it("questions what a number with a word or a decimal-looking rate could mean, inline and never as a silent number", () => {
    const onChange = jest.fn();
    show(<NumberField label="Conversations per month" value={25} onChange={onChange} testId="conv" />);
    fireEvent.change(screen.getByTestId("conv"), { target: { value: "12 seats" } });
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
    expect(screen.getByText('Conversations per month must be a number: "12 seats" is not a number: type the number alone, such as 12.')).toBeTruthy();
  });

  it("reads $30000, 30 000, 5k and $1.5k as numbers, with no error", () => {
    const onChange = jest.fn();
    show(<NumberField label="Seats" value={25} onChange={onChange} testId="seats" />);
    for (const [typed, value] of [["$30000", 30000], ["30 000", 30000], ["5k", 5000], ["$1.5k", 1500], ["3e4", 30000]] as const) {
      fireEvent.change(screen.getByTestId("seats"), { target: { value: typed } });
      expect(onChange).toHaveBeenLastCalledWith(value);
      expect(screen.getByTestId("seats").getAttribute("aria-invalid")).not.toBe("true");
    }
  });

  it("shows the same invalid text after the field unmounts and comes back (a tab switch)", () => {
    const text = new Map<string, string>();
    const first = show(<Kept text={text} />);
    fireEvent.change(screen.getByTestId("seats"), { target: { value: "twelve" } });
    first.unmount();
    show(<Kept text={text} />);
    expect((screen.getByTestId("seats") as HTMLInputElement).value).toBe("twelve");
    expect(screen.getByText('Seats must be a number: "twelve" is not a number.')).toBeTruthy();
  });
});

describe("StatusMessages is one compact region", () => {
  const statuses: Status[] = [
    { id: 3, tone: "success", title: "Plan written", message: "Sheet SupportCost Plan." },
    { id: 2, tone: "info", title: "Read 24 months", message: "From History!B2:B25." },
    { id: 1, tone: "error", title: "Could not publish", message: "The sheet is protected." },
  ];

  it("shows the newest message only, with the others behind one button", () => {
    show(<StatusMessages statuses={statuses} onDismiss={() => undefined} />);
    expect(screen.getAllByRole("button", { name: /^Dismiss/ })).toHaveLength(1);
    expect(screen.getByTestId("status-success").textContent).toContain("Plan written");
    fireEvent.click(screen.getByTestId("statuses-more"));
    expect(screen.getAllByRole("button", { name: /^Dismiss/ })).toHaveLength(3);
  });

  it("dismisses successes and notes by itself, never errors", () => {
    jest.useFakeTimers();
    try {
      const onDismiss = jest.fn();
      show(<StatusMessages statuses={statuses} onDismiss={onDismiss} />);
      act(() => {
        jest.advanceTimersByTime(AUTO_DISMISS_MS + 1);
      });
      expect(onDismiss.mock.calls.map((c) => c[0]).sort()).toEqual([2, 3]);
      act(() => {
        jest.advanceTimersByTime(60_000);
      });
      expect(onDismiss).not.toHaveBeenCalledWith(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it("offers Undo on a deletion", () => {
    const onAction = jest.fn();
    const deleted: Status = { id: 9, tone: "info", title: 'Deleted "Low"', message: "Undo puts it back.", action: "undoDelete" };
    show(<StatusMessages statuses={[deleted]} onDismiss={() => undefined} onAction={onAction} />);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(onAction).toHaveBeenCalledWith(deleted);
  });
});
