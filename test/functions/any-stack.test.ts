/**
 * Every pricing function takes any stack of the price book. A stack billed per AI-involved
 * conversation (Freshdesk's sessions, Agentforce's conversations, eesel's tickets) is given them as
 * the trailing aiInvolved argument; the figures are the task worked by hand: 5,000
 * conversations a month, AI involved in 2,500, resolving 1,500, 12 seats, 12 months.
 */
import { cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  const none = [null, null, null, null] as const; // billing, aiRate, aiMinimum, priceBook

  describe("TOTAL and MONTHLY with any stack", () => {
    it("prices the issue's task for every vendor as compare does", async () => {
      expect(cellNumber(await excel("TOTAL", "intercom-advanced", 12, 1500, 12, ...none, 2500))).toBe(30060);
      expect(cellNumber(await excel("TOTAL", "zendesk-professional", 12, 1500, 12, ...none, 2500))).toBe(41400);
      expect(cellNumber(await excel("TOTAL", "freshdesk-pro", 12, 1500, 12, ...none, 2500))).toBe(22620);
      expect(cellNumber(await excel("TOTAL", "zendesk-professional+fin-standalone", 12, 1500, 12, ...none, 2500))).toBeCloseTo(34374, 6);
      expect(cellNumber(await excel("TOTAL", "freshdesk-pro+eesel", 12, 1500, 12, ...none, 2500))).toBe(10920);
    });

    it("a plan billed per resolution does not need the AI-involved conversations", async () => {
      expect(cellNumber(await excel("TOTAL", "intercom-advanced", 12, 1500, 12))).toBe(30060);
    });

    it("month by month: 7% of 10,000 conversations are 7 packs of Freddy sessions", async () => {
      const table = (await excel("MONTHLY", "freshdesk-pro", 1, [[350], [0]], null, null, null, null, [[700], [0]])) as unknown[][];
      expect(cellNumber(table[1][3])).toBe(7 * 49);
      expect(cellNumber(table[2][3])).toBe(0);
    });

    it("asks for the AI-involved conversations when the stack bills them", async () => {
      expectExcelError(await excel("TOTAL", "freshdesk-pro", 12, 1500, 12), "#VALUE!", /bills every conversation its AI takes part in.*aiInvolved/);
    });

    it("reads a count a sheet computed from a rate as exact: =10000*7% is 700 sessions, 7 packs", async () => {
      const involved = 10000 * 0.07; // 700.0000000000001 in floating point, as Excel computes it
      expect(involved).not.toBe(700);
      expect(cellNumber(await excel("TOTAL", "freshdesk-pro", 1, 350, 1, ...none, involved))).toBe(55 + 7 * 49);
    });

    it("refuses more resolutions than AI-involved conversations, naming the month", async () => {
      expectExcelError(await excel("TOTAL", "freshdesk-pro", 1, [[100], [300]], null, ...none, [[200], [200]]), "#VALUE!", /Month 2 has 300 AI resolutions but 200 AI-involved conversations/);
    });
  });

  describe("BUDGETRISK and RISKTABLE with any stack", () => {
    it("with no volatility, a per-session stack's risk is its total", async () => {
      expect(cellNumber(await excel("BUDGETRISK", "freshdesk-pro", 12, 1500, 0, 12, 0.95, null, null, null, 2500))).toBeCloseTo(22620, 6);
    });

    it("a spend cap holds the bill still however the volume swings", async () => {
      const p5 = cellNumber(await excel("BUDGETRISK", "freshdesk-pro+eesel", 12, 1500, 0.4, 12, 0.05, null, null, null, 2500));
      const p95 = cellNumber(await excel("BUDGETRISK", "freshdesk-pro+eesel", 12, 1500, 0.4, 12, 0.95, null, null, null, 2500));
      expect(p95).toBeCloseTo(p5, 6);
      expect(p95).toBeCloseTo(10920, 6);
    });

    it("packs round up: the P95 of Freshdesk is whole packs on top of the seats", async () => {
      const table = (await excel("RISKTABLE", "freshdesk-pro", 12, 1500, 0.3, 1, null, null, null, null, 2500)) as unknown[][];
      const p95 = cellNumber(table.find((r) => r[0] === "P95")![1]);
      expect(((p95 - 660) / 49) % 1).toBeCloseTo(0, 9);
    });

    it("asks for the AI-involved conversations when the stack bills them", async () => {
      expectExcelError(await excel("BUDGETRISK", "freshdesk-pro", 12, 1500, 0.3, 12), "#VALUE!", /bills every conversation its AI takes part in/);
    });
  });
});
