import { PRICE_COLUMNS, priceBookToRows, SEED_BOOK } from "../../src/model/pricebook";
import { compareScenarios, defaultScenarios } from "../../src/model/scenario";
import { agingText, amountProblem, BUILT_IN_PRICES, priceRowViews, pricesFromWorkbook } from "../../src/taskpane/prices";
import { initialState, reducer, scenarioProblems } from "../../src/taskpane/state";
import type { WorkbookPriceBook } from "../../src/workbook/port";

const AMOUNT = PRICE_COLUMNS.indexOf("Amount");

/** The seed book as the workbook's table holds it (with its Check column), one amount changed if asked. */
function table(change?: { plan: string; item: string; amount: unknown }): WorkbookPriceBook {
  const rows: unknown[][] = priceBookToRows(SEED_BOOK).map((r, i) => [...r, i === 0 ? "Check" : "ok"]);
  if (change) {
    const row = rows.find((r) => r[0] === change.plan && r[4] === change.item)!;
    row[AMOUNT] = change.amount;
  }
  return { rows, address: "'SupportCost Prices'!A1:J40", note: "Seed list (default), as of 2026-10" };
}

describe("pricesFromWorkbook", () => {
  test("no book in the workbook: the built-in one", () => {
    expect(pricesFromWorkbook(null, BUILT_IN_PRICES)).toBe(BUILT_IN_PRICES);
  });

  test("a clean book is used, and priced with: Advanced's seat at 70 changes the scenarios' cost", () => {
    const prices = pricesFromWorkbook(table({ plan: "intercom-advanced", item: "Seat, annual billing", amount: 70 }), BUILT_IN_PRICES);
    expect(prices.origin).toBe("workbook");
    expect(prices.problem).toBeUndefined();
    expect(prices.description).toContain("'SupportCost Prices'!A1:J40");
    const advanced = prices.book.plans.find((p) => p.id === "intercom-advanced")!;
    expect(advanced.seat!.annual!.amount).toBe(70);
    const scenarios = defaultScenarios("2027-01");
    // Base: 25 seats × (85 − 70) × 12 months less.
    expect(compareScenarios(scenarios, SEED_BOOK)[0].total - compareScenarios(scenarios, prices.book)[0].total).toBeCloseTo(25 * 15 * 12, 6);
  });

  test("a broken book is never used: the last good one stays, named, with the model's message naming row and column", () => {
    const good = pricesFromWorkbook(table({ plan: "intercom-advanced", item: "AI rate", amount: 0.8 }), BUILT_IN_PRICES);
    const broken = pricesFromWorkbook(table({ plan: "intercom-advanced", item: "AI rate", amount: "abc" }), good);
    expect(broken.origin).toBe("last-good");
    expect(broken.book).toBe(good.book);
    expect(broken.problem).toMatch(/^Prices row \d+ \(intercom-advanced, AI rate.*\), Amount: /);
    expect(broken.description).toContain("last read without problems");
    expect(broken.table!.rows[0]).toEqual(expect.arrayContaining(["Amount"]));
  });

  test("a broken book with no good one before: the built-in book, said so", () => {
    const broken = pricesFromWorkbook(table({ plan: "zendesk-team", item: "Seat, annual billing", amount: -3 }), BUILT_IN_PRICES);
    expect(broken.origin).toBe("built-in");
    expect(broken.book).toBe(BUILT_IN_PRICES.book);
    expect(broken.problem).toContain("zendesk-team");
  });
});

test("priceRowViews: sheet rows from 2, the cells by column, stale as of more than 12 months", () => {
  const views = priceRowViews(table().rows, new Date(Date.UTC(2026, 11, 2)));
  expect(views[0].sheetRow).toBe(2);
  const seat = views.find((v) => v.planId === "intercom-advanced" && v.item === "Seat, annual billing")!;
  expect(seat.amount).toBe(85);
  expect(seat.asOf).toBe("2025-10-27");
  expect(seat.stale).toBe(true);
  expect(table().rows[seat.sheetRow - 1][AMOUNT]).toBe(85);
  const fresh = views.find((v) => v.planId === "eesel" && v.item === "AI rate")!;
  expect(fresh.stale).toBe(false);
});

test("agingText names the oldest date and counts stale figures", () => {
  const a = agingText(SEED_BOOK, new Date(Date.UTC(2026, 11, 2)));
  expect(a.oldestAsOf).toBe("2025-05");
  expect(a.stalePrices).toBeGreaterThan(0);
  expect(a.text).toContain("older than 12 months");
  expect(agingText(SEED_BOOK, new Date(Date.UTC(2025, 11, 2))).stalePrices).toBe(0);
});

test("amountProblem: a number, 0 or more", () => {
  expect(amountProblem(70, "")).toBeUndefined();
  expect(amountProblem(0, "")).toBeUndefined();
  expect(amountProblem(-1, "")).toBe("Amount must be 0 or more.");
  expect(amountProblem(undefined, "Amount must be a number: \"x\" is not a number.")).toContain('"x"');
});

test("the pane's scenario checks use the book in use", () => {
  const state = initialState(defaultScenarios("2027-01"));
  // A book without Intercom Advanced cannot price the templates (they use Advanced).
  const book = { plans: SEED_BOOK.plans.filter((p) => p.id !== "intercom-advanced") };
  expect(scenarioProblems(state)).toEqual([]);
  const without = reducer(state, { type: "prices", prices: { book, origin: "workbook", description: "test" } });
  expect(scenarioProblems(without).length).toBe(3);
});
