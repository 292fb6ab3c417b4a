/**
 * @jest-environment jsdom
 *
 * The pane's staffing parts on their own: the editor's Staffing section, the Compare rows for people
 * and total cost of support, and the AI trade-off chart with its table.
 */
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReactElement } from "react";
import { compareScenarios, defaultScenarios, Scenario, ScenarioDrivers, validateDrivers } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { scenarioTradeOff, supportForecast } from "../../src/model/scenario/supportCost";
import { Comparison } from "../../src/taskpane/components/Comparison";
import { ScenarioEditor } from "../../src/taskpane/components/ScenarioEditor";
import TradeOffChart from "../../src/taskpane/components/TradeOffChart";

function show(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

const [base] = defaultScenarios("2027-01");
const staffed = (extra: Partial<ScenarioDrivers> = {}): Scenario => ({
  ...base,
  drivers: { ...base.drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing", ...extra },
});

function editor(scenario: Scenario) {
  const props = {
    scenario,
    errors: validateDrivers(scenario.drivers),
    onRename: jest.fn(),
    onChange: jest.fn(),
    onUseSelection: jest.fn(),
    onUseLevelVolume: jest.fn(),
    busy: false,
    insideExcel: false,
    book: SEED_BOOK,
  };
  show(<ScenarioEditor {...props} />);
  return props;
}

describe("the editor's Staffing section", () => {
  it("is collapsed and off for a scenario without staffing, and turning it on asks for a live channel and a loaded cost", () => {
    const props = editor(base);
    const section = screen.getByTestId("staffing-section") as HTMLDetailsElement;
    expect(section.open).toBe(false);
    expect(section.querySelector("summary")?.textContent).toBe("Staffing: off");
    fireEvent.click(within(section).getByLabelText("Live channel (chat, phone)"));
    expect(props.onChange).toHaveBeenCalledWith("staffingChannel", "live");
    expect(props.onChange).toHaveBeenCalledWith("loadedCostPerAgentMonth", DEFAULT_STAFFING.loadedCostPerAgentMonth);
  });

  it("shows the live drivers open, hands back each edit under its field, and turns off cleanly", () => {
    const props = editor(staffed({ loadedCostPerAgentMonth: 7000 }));
    const section = screen.getByTestId("staffing-section") as HTMLDetailsElement;
    expect(section.open).toBe(true);
    expect(section.querySelector("summary")?.textContent).toBe("Staffing: seats from staffing");
    fireEvent.change(screen.getByTestId("staffing-shrinkagePct"), { target: { value: "25" } });
    expect(props.onChange).toHaveBeenLastCalledWith("shrinkagePct", 25);
    // Switching channel keeps the loaded cost the user typed.
    fireEvent.click(within(section).getByLabelText("Async channel (email, tickets)"));
    expect(props.onChange).toHaveBeenLastCalledWith("staffingChannel", "async");
    expect(props.onChange).not.toHaveBeenCalledWith("loadedCostPerAgentMonth", expect.anything());
    expect(screen.queryByTestId("staffing-productiveHoursPerAgentMonth")).toBeNull();
    fireEvent.click(within(section).getByLabelText("Seats fixed (the number in Plan)"));
    expect(props.onChange).toHaveBeenLastCalledWith("seatPolicy", "fixed");
    fireEvent.click(within(section).getByLabelText("Off: seats and AI only"));
    expect(props.onChange).toHaveBeenCalledWith("staffingChannel", undefined);
    expect(props.onChange).toHaveBeenCalledWith("seatPolicy", undefined);
  });

  it("shows the async drivers for an async channel", () => {
    editor(staffed({ staffingChannel: "async" }));
    expect(screen.getByTestId("staffing-productiveHoursPerAgentMonth")).toBeTruthy();
    expect(screen.queryByTestId("staffing-shrinkagePct")).toBeNull();
  });

  it("shows a bad staffing value's message next to its field", () => {
    editor(staffed({ shrinkagePct: 100 }));
    expect(screen.getByText(/^Shrinkage must be from 0% up to but not including 100%/)).toBeTruthy();
    expect(screen.getByTestId("staffing-shrinkagePct").getAttribute("aria-invalid")).toBe("true");
  });
});

describe("Compare with staffing", () => {
  it("adds agents, people and total cost of support only for the scenarios that use staffing", () => {
    const scenarios = defaultScenarios("2027-01");
    scenarios[1] = { ...scenarios[1], drivers: { ...scenarios[1].drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing" } };
    const support = { [scenarios[1].id]: supportForecast(scenarios[1]) };
    show(<Comparison rows={compareScenarios(scenarios)} support={support} />);
    const row = (metric: string) => Array.from(screen.getByTestId("comparison").querySelectorAll(`tr[data-metric="${metric}"] td`));
    expect(row("totalCostOfSupport").map((td) => td.getAttribute("data-value"))).toEqual(["", String(support.s2.totalCostOfSupport), ""]);
    expect(row("agentsScheduled")[1].textContent).toBe(String(support.s2.peakAgents));
    expect(row("agentsScheduled")[0].textContent).toBe("—");
    expect(Number(row("peopleCost")[1].getAttribute("data-value"))).toBe(support.s2.peopleCost);
  });

  it("has no staffing rows when no scenario uses staffing", () => {
    show(<Comparison rows={compareScenarios(defaultScenarios("2027-01"))} support={{}} />);
    expect(screen.getByTestId("comparison").querySelector('tr[data-metric="totalCostOfSupport"]')).toBeNull();
  });
});

describe("the AI trade-off chart", () => {
  it("marks today's rate and the break-even rate, says what each conversation costs, and lists the curve as a table", () => {
    const s = staffed();
    const t = scenarioTradeOff(s);
    show(<TradeOffChart scenarios={[s]} />);
    expect(screen.getByTestId("trade-off-today")).toBeTruthy();
    expect(screen.getByTestId("trade-off-break-even")).toBeTruthy();
    expect(screen.getByTestId("trade-off-break-even-text").textContent).toBe(`The AI pays for itself from ${((t.breakEvenRate as number) * 100).toFixed(1)}% of the conversations it sees.`);
    expect(screen.getByTestId("trade-off-unit-costs").textContent).toMatch(/human-handled conversation costs \$[\d,.]+ \(people and seats\); an AI-resolved one \$0\.99/);
    const rows = Array.from(screen.getByTestId("trade-off-table").querySelectorAll("tbody tr"));
    const today = rows.find((r) => r.textContent?.includes("(today)"));
    expect(today?.getAttribute("data-rate")).toBe(String(base.drivers.aiResolutionPct / 100));
    expect(Number(today?.querySelectorAll("td")[1].getAttribute("data-value"))).toBe(t.current?.total);
  });

  it("reads one rate at a time from the keyboard", () => {
    const s = staffed();
    const t = scenarioTradeOff(s);
    show(<TradeOffChart scenarios={[s]} />);
    const keys = screen.getByTestId("trade-off-keys");
    act(() => {
      fireEvent.keyDown(keys, { key: "End" });
    });
    expect(screen.getByTestId("trade-off-readout").textContent).toMatch(/^100% resolved by the AI: \$[\d,]+ a month .* agents$/);
    expect(screen.getByTestId("trade-off-readout").textContent).toContain(`${t.curve[t.curve.length - 1].agentsScheduled} agents`);
  });

  it("says so when the AI never pays for itself", () => {
    show(<TradeOffChart scenarios={[staffed({ loadedCostPerAgentMonth: 0, seatPolicy: "fixed" })]} />);
    expect(screen.queryByTestId("trade-off-break-even")).toBeNull();
    expect(screen.getByTestId("trade-off-break-even-text").textContent).toBe("The AI does not pay for itself at any resolution rate with these costs.");
  });
});
