/**
 * @jest-environment jsdom
 *
 * The whole pane (App) on the preview's in-memory workbook: what a finance user does across tabs.
 * The same journeys run in Chromium at 320 and 450 px in test/e2e/pane-narrow.test.ts.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { compareScenarios, defaultScenarios, forecastScenario } from "../../src/model/scenario";
import { App } from "../../src/taskpane/components/App";
import { formatWholeMoney } from "../../src/taskpane/format";
import { MemoryWorkbook } from "../../src/workbook/memory";

const NOW = new Date("2026-12-02T00:00:00Z");
const FIRST = "2027-01";

async function openPane() {
  const workbook = new MemoryWorkbook();
  render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} insideExcel={false} now={() => NOW} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByTestId("pane").getAttribute("data-ready")).toBe("true"));
  return workbook;
}

const tab = (name: string) => act(() => fireEvent.click(screen.getByTestId(`tab-${name}`)));
const type = (testId: string, value: string) => act(() => fireEvent.change(screen.getByTestId(testId), { target: { value } }));

test("what was typed, invalid text included, is still there after a tab switch, worded the same in Compare", async () => {
  await openPane();
  type("seats", "twelve");
  type("ai-rate", "$30"); // lenient: a stray currency sign still means 30
  const fieldMessage = 'Seats must be a number: "twelve" is not a number.';
  expect(screen.getByText(fieldMessage)).toBeTruthy();
  tab("compare");
  const problems = await screen.findByTestId("compare-problems");
  expect(within(problems).getByText(fieldMessage)).toBeTruthy();
  tab("scenarios");
  expect((screen.getByTestId("seats") as HTMLInputElement).value).toBe("twelve");
  expect((screen.getByTestId("ai-rate") as HTMLInputElement).value).toBe("$30");
  expect(screen.getByText(fieldMessage)).toBeTruthy();
});

test("one invalid scenario does not block Compare: the others are compared, each problem listed by scenario", async () => {
  await openPane();
  type("scenario-name", "");
  type("horizon", "48");
  type("seats", "");
  tab("compare");
  const problems = await screen.findByTestId("compare-problems");
  expect(problems.textContent).toContain("Scenario 1 (no name)");
  expect(problems.textContent).toContain("Give the scenario a name.");
  expect(problems.textContent).toContain("Horizon must be from 12 to 36");
  expect(problems.textContent).toContain("Seats is required.");
  expect(problems.textContent).not.toMatch(/A scenario:/);
  const table = screen.getByTestId("comparison");
  const heads = within(table).getAllByRole("columnheader").map((th) => th.textContent);
  expect(heads).toEqual(["Metric", "Low", "High"]);
  // Differences are from the first scenario that is compared.
  const [low, high] = compareScenarios(defaultScenarios(FIRST).slice(1));
  const total = table.querySelector('[data-metric="total"] td[data-scenario="High"]');
  expect(Number(total?.getAttribute("data-value"))).toBeCloseTo(high.total, 6);
  expect(table.querySelector('[data-metric="difference"] td[data-scenario="High"]')?.textContent).toBe(`+${formatWholeMoney(high.total - low.total)}`);
});

test("the Scenarios tab shows the annual cost, seat/AI split and peak month, following each keystroke", async () => {
  await openPane();
  const base = defaultScenarios(FIRST)[0];
  const before = forecastScenario(base).summary;
  expect(screen.getByTestId("summary-annual").textContent).toBe(formatWholeMoney(before.total));
  type("seats", "40");
  const after = forecastScenario({ ...base, drivers: { ...base.drivers, seats: 40 } }).summary;
  expect(Number(screen.getByTestId("summary-annual").getAttribute("data-value"))).toBeCloseTo(after.total, 6);
  expect(Number(screen.getByTestId("summary-split").getAttribute("data-seats"))).toBeCloseTo(after.seatCost, 6);
  expect(screen.getByTestId("summary-peak").textContent).toMatch(/^[A-Z][a-z]{2} \d{4}: \$/);
  type("seats", "x");
  expect(screen.getByTestId("scenario-summary").getAttribute("data-state")).toBe("invalid");
});

test("Delete can be undone from the status region", async () => {
  await openPane();
  const options = () => Array.from((screen.getByTestId("scenario-select") as HTMLSelectElement).options).map((o) => o.textContent);
  act(() => fireEvent.change(screen.getByTestId("scenario-select"), { target: { value: "s2" } }));
  act(() => fireEvent.click(screen.getByTestId("delete-scenario")));
  expect(options()).toEqual(["Base", "High"]);
  act(() => fireEvent.click(screen.getByRole("button", { name: "Undo" })));
  expect(options()).toEqual(["Base", "Low", "High"]);
  expect((screen.getByTestId("scenario-select") as HTMLSelectElement).value).toBe("s2");
  expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
});
