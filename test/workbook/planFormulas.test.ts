/**
 * The live plan recalculates to the engine's numbers: the plan sheet's formulas, evaluated with the
 * real =SUPPORTCOST functions over the assumption names, give every month's cost that the pane shows.
 */
import { installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { defaultScenarios, forecastScenario, Scenario } from "../../src/model/scenario";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { FORECAST_VOLUME, LEVEL_VOLUME, PLAN_SHEET, planLayout } from "../../src/workbook/planLayout";
import { Evaluator, Functions } from "./formulaEval";
import { cell } from "../../src/workbook/a1";

installCustomFunctionsGlobal();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the CustomFunctions global exists
const functions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
/** Excel hands a single cell to a matrix parameter (resolutions) as a 1×1 array. */
const matrix = (v: unknown) => (Array.isArray(v) ? v : [[v]]);
const SUPPORTCOST: Functions = {
  "SUPPORTCOST.TOTAL": (tier, seats, res, ...rest) => functions.total(tier, seats, matrix(res), ...rest),
  "SUPPORTCOST.SEATS": functions.seatCost,
  "SUPPORTCOST.AI": (res, ...rest) => functions.ai(matrix(res), ...rest),
};

async function recalculated(scenarios: Scenario[]) {
  const wb = new MemoryWorkbook();
  await wb.writePlan(scenarios);
  const ev = new Evaluator({ cell: (a) => wb.value(PLAN_SHEET, a), name: (n) => wb.names.get(n) }, SUPPORTCOST);
  const layout = planLayout(scenarios);
  const top = Number(layout.table.topLeft.slice(1)) - 1; // 0-based header row
  return { ev, wb, top, n: scenarios.length };
}

describe("the plan sheet, recalculated", () => {
  const scenarios = defaultScenarios("2027-11");
  scenarios[1].drivers.seasonality = [1.1, 0.9, 1, 1, 1, 0.8, 0.8, 1, 1, 1.1, 1.2, 1.3];
  scenarios[1].drivers.billing = "monthly";
  scenarios[2].drivers.horizonMonths = 24;
  scenarios[2].drivers.stack = "intercom-expert";
  // Any stack, billed on any link of the chain, live: Freshdesk's packs of AI-involved sessions, with counting drivers.
  scenarios[0].drivers.stack = "freshdesk-pro";
  scenarios[0].drivers.aiInvolvementPct = 30;
  scenarios[0].drivers.assumedResolutionPct = 40;
  scenarios[0].drivers.reversalPct = 10;
  scenarios[2].drivers.assumedResolutionPct = 50;
  scenarios[2].drivers.reversalPct = 20;

  test("every month's total, seat and AI cost equals the engine's", async () => {
    const { ev, top, n } = await recalculated(scenarios);
    scenarios.forEach((s, i) => {
      const f = forecastScenario(s);
      f.months.forEach((m, k) => {
        const r = top + 1 + k;
        expect(ev.value(cell(r, 2 + i))).toBeCloseTo(m.total, 6);
        expect(ev.value(cell(r, 2 + n + i * 5))).toBeCloseTo(m.conversations, 6);
        expect(ev.value(cell(r, 2 + n + i * 5 + 1))).toBeCloseTo(m.involved, 6);
        expect(ev.value(cell(r, 2 + n + i * 5 + 2))).toBeCloseTo(m.resolutions, 6);
        expect(ev.value(cell(r, 2 + n + i * 5 + 3))).toBeCloseTo(m.seatCost, 6);
        expect(ev.value(cell(r, 2 + n + i * 5 + 4))).toBeCloseTo(m.aiCost, 6);
      });
    });
  });

  test("months past a scenario's horizon are blank, and the month column follows the first scenario", async () => {
    const { ev, top } = await recalculated(scenarios);
    expect(ev.value(cell(top + 13, 2))).toBe(""); // Base, month 13 of a 12-month horizon
    expect(ev.value(cell(top + 13, 4))).not.toBe(""); // High runs 24 months
    // Month 1 is November 2027: serial 46692.
    expect(ev.value(cell(top + 1, 0))).toBe(46692);
    expect(ev.value(cell(top + 3, 0))).toBe(46753); // January 2028
  });

  test("editing an assumption cell changes the plan (it is live), as the engine predicts", async () => {
    const { wb, top } = await recalculated(scenarios);
    const seatsCell = wb.names.get("SC_Base_Seats")!.split("!")[1].replace(/\$/g, "");
    wb.sheet(PLAN_SHEET)!.cells.set(seatsCell, { value: 40 });
    const ev = new Evaluator({ cell: (a) => wb.value(PLAN_SHEET, a), name: (n) => wb.names.get(n) }, SUPPORTCOST);
    const edited = { ...scenarios[0], drivers: { ...scenarios[0].drivers, seats: 40 } };
    expect(ev.value(cell(top + 1, 2))).toBeCloseTo(forecastScenario(edited).months[0].total, 6);
  });

  describe("a scenario whose volume is a forecast, month by month", () => {
    const withForecast = defaultScenarios("2027-11");
    // Irregular on purpose: no level, growth and seasonality reproduce it. Month 4 has no conversations.
    const forecast = Array.from({ length: 24 }, (_, i) => (i === 3 ? 0 : 18_000 + 2_500 * Math.sin(i) + 37.25 * i));
    withForecast[1].drivers.monthlyConversations = forecast;
    withForecast[1].drivers.horizonMonths = 24;
    withForecast[1].drivers.seasonality = [1.1, 0.9, 1, 1, 1, 0.8, 0.8, 1, 1, 1.1, 1.2, 1.3];
    withForecast[2].drivers.monthlyConversations = forecast.slice(0, 12).map((v) => v / 100); // small: the AI minimum applies

    test("matches the engine month by month, with the conversations written as values", async () => {
      const { ev, wb, top, n } = await recalculated(withForecast);
      withForecast.forEach((s, i) => {
        const f = forecastScenario(s);
        expect(f.months).toHaveLength(s.drivers.horizonMonths);
        f.months.forEach((m, k) => {
          const r = top + 1 + k;
          const conv = cell(r, 2 + n + i * 5);
          if (s.drivers.monthlyConversations) {
            expect(m.conversations).toBe(s.drivers.monthlyConversations[k]);
            expect(wb.value(PLAN_SHEET, conv)).toBe(m.conversations); // a value, not a formula
          }
          expect(ev.value(conv)).toBeCloseTo(m.conversations, 6);
          expect(ev.value(cell(r, 2 + i))).toBeCloseTo(m.total, 6);
          expect(ev.value(cell(r, 2 + n + i * 5 + 2))).toBeCloseTo(m.resolutions, 6);
          expect(ev.value(cell(r, 2 + n + i * 5 + 3))).toBeCloseTo(m.seatCost, 6);
          expect(ev.value(cell(r, 2 + n + i * 5 + 4))).toBeCloseTo(m.aiCost, 6);
        });
      });
      expect(ev.value(cell(top + 13, 2 + n + 2 * 5))).toBe(""); // High's list ends with its 12-month horizon
      expect(ev.value(cell(top + 13, 2 + 2))).toBe("");
    });

    test("the assumptions say which scenario's volume comes from the forecast", async () => {
      const { wb } = await recalculated(withForecast);
      const at = (name: string) => wb.value(PLAN_SHEET, wb.names.get(name)!.split("!")[1].replace(/\$/g, ""));
      expect(at("SC_Base_Volume")).toBe(LEVEL_VOLUME);
      expect(at("SC_Low_Volume")).toBe(FORECAST_VOLUME);
      expect(at("SC_High_Volume")).toBe(FORECAST_VOLUME);
      expect(at("SC_Low_StartConversations")).toBe(withForecast[1].drivers.startConversations); // kept, to switch back
    });

    test("the cost formulas still read live cells: editing a forecast month changes that month's cost", async () => {
      const { wb, top, n } = await recalculated(withForecast);
      const conv = cell(top + 1, 2 + n + 1 * 5);
      wb.sheet(PLAN_SHEET)!.cells.set(conv, { value: 40_000 });
      const ev = new Evaluator({ cell: (a) => wb.value(PLAN_SHEET, a), name: (nm) => wb.names.get(nm) }, SUPPORTCOST);
      const edited = { ...withForecast[1], drivers: { ...withForecast[1].drivers, monthlyConversations: [40_000, ...forecast.slice(1)] } };
      expect(ev.value(cell(top + 1, 2 + 1))).toBeCloseTo(forecastScenario(edited).months[0].total, 6);
    });
  });
});
