/** The leadership summary carries the Stacks tab's answer as values: the first scenario on every stack. */
import { compareInputOf, defaultScenarios } from "../../src/model/scenario";
import { compareStacks, SEED_BOOK } from "../../src/model/pricebook";
import { SUMMARY_STACKS_TABLE, summaryLayout } from "../../src/workbook/summaryLayout";

describe("the summary's stack comparison", () => {
  it("lists every stack with the engine's total, the P90 and the total cost of support when people are priced", () => {
    const [base] = defaultScenarios("2027-01");
    const task = { ...base, drivers: { ...base.drivers, startConversations: 5000, growthPct: 0, aiInvolvementPct: 50, aiResolutionPct: 60, seats: 12, humanCostPerConversation: 4 } };
    const layout = summaryLayout([task], new Date("2026-12-05T00:00:00Z"));
    expect(layout.blocks.some((b) => String(b.cells[0][0]).includes("on every stack"))).toBe(true);
    const stacks = layout.blocks.find((b) => b.table === SUMMARY_STACKS_TABLE)!;
    expect(stacks.cells[0]).toEqual(["Stack", "Total", "P90", "Total cost of support", "Conversations left to people", "Note"]);
    const expected = compareStacks(SEED_BOOK, compareInputOf(task));
    const rows = stacks.cells.slice(1);
    expect(rows.map((r) => r[0])).toEqual(expected.stacks.map((s) => s.stack));
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    expect(row("freshdesk-growth").slice(1, 2)).toEqual([17436]);
    expect(row("freshdesk-growth")[3]).toBe(185436);
    expect(row("freshdesk-growth")[5]).toBe("lowest cost of support");
    expect(row("freshdesk-pro+eesel")[3]).toBe(232920);
    expect(String(row("freshdesk-pro+eesel")[5])).toMatch(/AI paused at its spend cap for 22,500 conversations/);
    expect(row("intercom-advanced")[2] as number).toBeGreaterThan(30060);
    // Values only: the summary needs no add-in.
    expect(rows.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });
});
