/**
 * @jest-environment jsdom
 *
 * The pane prices with the workbook's book: a book already in the workbook is read on load, an edit
 * made on the sheet is read when the pane regains focus, and a broken cell is named while the pane
 * keeps the last good book.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SEED_BOOK } from "../../src/model/pricebook";
import { compareScenarios, defaultScenarios } from "../../src/model/scenario";
import { App } from "../../src/taskpane/components/App";
import { MemoryWorkbook } from "../../src/workbook/memory";

const NOW = new Date("2026-12-02T00:00:00Z");
const FIRST = "2027-01";

/** The sheet row of intercom-advanced's annual seat price in the workbook's book. */
async function seatRow(workbook: MemoryWorkbook): Promise<number> {
  const read = await workbook.readPriceBook();
  return read!.rows.findIndex((r) => r[0] === "intercom-advanced" && r[4] === "Seat, annual billing") + 1;
}

async function openPane(workbook: MemoryWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} insideExcel={false} now={() => NOW} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByTestId("pane").getAttribute("data-ready")).toBe("true"));
  await waitFor(() => expect(screen.getByTestId("prices-line").getAttribute("data-origin")).not.toBeNull());
}

function bookWithSeat(amount: number) {
  const book: typeof SEED_BOOK = JSON.parse(JSON.stringify(SEED_BOOK));
  book.plans.find((p) => p.id === "intercom-advanced")!.seat!.annual!.amount = amount;
  return book;
}

const annual = () => Number(screen.getByTestId("summary-annual").getAttribute("data-value"));

test("a book in the workbook is used from the start; a sheet edit is read when the pane regains focus", async () => {
  const workbook = new MemoryWorkbook();
  await workbook.writePriceBook("seed", NOW);
  const row = await seatRow(workbook);
  await workbook.setPriceAmount(row, 60, "2026-12-05");
  await openPane(workbook);
  const scenarios = defaultScenarios(FIRST);
  await waitFor(() => expect(screen.getByTestId("prices-line").getAttribute("data-origin")).toBe("workbook"));
  expect(annual()).toBeCloseTo(compareScenarios(scenarios, bookWithSeat(60))[0].annualTotals[0], 6);

  // The user edits the sheet in Excel, then comes back to the pane.
  await workbook.setPriceAmount(row, 75, "2026-12-05");
  await act(async () => {
    window.dispatchEvent(new Event("focus"));
  });
  await waitFor(() => expect(annual()).toBeCloseTo(compareScenarios(scenarios, bookWithSeat(75))[0].annualTotals[0], 6));
});

test("a broken price cell is named, and the pane keeps the last good book, saying so", async () => {
  const workbook = new MemoryWorkbook();
  await workbook.writePriceBook("seed", NOW);
  const row = await seatRow(workbook);
  await workbook.setPriceAmount(row, 60, "2026-12-05");
  await openPane(workbook);
  await waitFor(() => expect(screen.getByTestId("prices-line").getAttribute("data-origin")).toBe("workbook"));
  const good = annual();

  await workbook.setPriceAmount(row, -3, "2026-12-05");
  await act(async () => {
    window.dispatchEvent(new Event("focus"));
  });
  const problem = await screen.findByTestId("prices-problem");
  expect(problem.textContent).toContain(`Prices row ${row} (intercom-advanced, Seat, annual billing`);
  expect(problem.textContent).toContain("Amount");
  expect(problem.textContent).toContain("as it last read without problems");
  expect(screen.getByTestId("prices-line").getAttribute("data-origin")).toBe("last-good");
  expect(annual()).toBe(good);

  // Fixed in the Prices tab: the warning goes and the new amount is used.
  act(() => fireEvent.click(screen.getByTestId("tab-prices")));
  // The Prices tab is a lazy chunk: under a busy CI its first import (and compile) can take seconds.
  const input = (await screen.findByTestId(`price-amount-${row}`, {}, { timeout: 15_000 })) as HTMLInputElement;
  expect(input.value).toBe("-3");
  expect(screen.getByText("Amount must be 0 or more.")).toBeTruthy();
  act(() => fireEvent.change(input, { target: { value: "70" } }));
  await act(async () => {
    fireEvent.keyDown(input, { key: "Enter" });
  });
  await waitFor(() => expect(screen.queryByTestId("prices-problem")).toBeNull());
  expect(screen.getByTestId("prices-line").getAttribute("data-origin")).toBe("workbook");
  act(() => fireEvent.click(screen.getByTestId("tab-scenarios")));
  expect(annual()).toBeCloseTo(compareScenarios(defaultScenarios(FIRST), bookWithSeat(70))[0].annualTotals[0], 6);
}, 30_000);
