import { compareStacks, SEED_BOOK } from "../../src/model/pricebook";
import { BLANK, cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  describe("=SUPPORTCOST.COMPARE", () => {
    const rowsOf = async (...args: unknown[]) => (await excel("COMPARE", ...args)) as unknown[][];

    it("gives the four hand-worked totals, and stacks from five vendors", async () => {
      const rows = await rowsOf(5000, 0.5, 0.6, 12, 12);
      expect(rows[0]).toEqual(["Stack", "Vendors", "Seat cost", "AI cost", "Total", "Cost per AI resolution", "Cost per conversation", "Note"]);
      const total = (stack: string) => cellNumber(rows.find((r) => r[0] === stack)![4]);
      expect(total("intercom-advanced")).toBe(30060);
      expect(total("zendesk-professional")).toBe(41400);
      expect(total("freshdesk-pro")).toBe(22620);
      expect(total("zendesk-professional+fin-standalone")).toBeCloseTo(34374, 6);
      const vendors = new Set(rows.slice(1).flatMap((r) => String(r[1]).split(" + ")).filter(Boolean));
      expect(vendors.size).toBeGreaterThanOrEqual(5);
    });

    it("matches the engine's comparison, marks the cheapest and explains a paused AI", async () => {
      const rows = await rowsOf(5000, 0.5, 0.6, 12, 12);
      const engine = compareStacks(SEED_BOOK, { conversations: 5000, months: 12, involvement: 0.5, resolution: 0.6, seats: 12 });
      for (const s of engine.stacks) expect(cellNumber(rows.find((r) => r[0] === s.stack)![4])).toBe(s.total);
      expect(rows.find((r) => r[0] === engine.cheapest)![7]).toMatch(/^cheapest/);
      expect(rows.find((r) => r[0] === "freshdesk-pro+eesel")![7]).toMatch(/AI paused at its spend cap for 22,500 conversations/);
    });

    it("lists the break-even volumes where the cheapest stack changes", async () => {
      const rows = await rowsOf(2000, 0.5, 0.6, 12, 12, null, "freshdesk-growth,freshdesk-pro+eesel");
      const breakEven = rows.filter((r) => r[0] === "Break-even");
      expect(breakEven).toHaveLength(1);
      expect(breakEven[0][7]).toBe("from 2,601 conversations a month, freshdesk-pro+eesel is cheaper than freshdesk-growth");
    });

    it("takes monthly volumes from a range and stacks from a range", async () => {
      const rows = await rowsOf([[5000], [5000], [BLANK]], 0.5, 0.6, 12, null, null, [["intercom-advanced"], ["freshdesk-pro"]]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(["intercom-advanced", "freshdesk-pro"]);
      // Two months of 1,500 resolutions and a month with none, seats every month.
      expect(cellNumber(rows[1][4])).toBeCloseTo(3 * 12 * 85 + 2 * 1500 * 0.99, 9);
    });

    it("prices with the 2026 Intercom edition by name", async () => {
      const rows = await rowsOf(5000, 0.5, 0.6, 12, 12, null, "intercom-essential", "intercom-2026");
      expect(cellNumber(rows[1][2])).toBe(12 * 12 * 19);
    });

    it.each([
      [[5000, 1.5, 0.6, 12], /Involvement must be a share between 0 and 1/],
      [[5000, 0.5, -0.1, 12], /Resolution must be a share between 0 and 1/],
      [[-5, 0.5, 0.6, 12], /Conversations/],
      [[[[10], [20]], 0.5, 0.6, 12, 3], /Months is 3 but the conversations range has 2 monthly values/],
      [[5000, 0.5, 0.6, 2.5], /Seats must be a whole number/],
    ])("COMPARE(%p) → #VALUE! with what to fix", async (args, message) => {
      expectExcelError(await excel("COMPARE", ...(args as unknown[])), "#VALUE!", message);
    });

    it("names an unknown stack", async () => {
      expectExcelError(await excel("COMPARE", 5000, 0.5, 0.6, 12, 12, null, "helpdesk-9000"), "#N/A", /Unknown plan "helpdesk-9000"/);
    });
  });
});
