/**
 * The plan sheet with staffing: agents scheduled (=SUPPORTCOST.AGENTS for a live channel), people cost
 * and total cost of support columns recalculate to supportForecast's numbers; without staffing the
 * plan is laid out exactly as before.
 */
import { installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { defaultScenarios, Scenario } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { supportForecast } from "../../src/model/scenario/supportCost";
import { cell } from "../../src/workbook/a1";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { PLAN_SHEET, planLayout } from "../../src/workbook/planLayout";
import { summaryLayout } from "../../src/workbook/summaryLayout";
import { Evaluator, Functions } from "./formulaEval";

installCustomFunctionsGlobal();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the CustomFunctions global exists
const functions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const staffingFunctions = require("../../src/functions/staffing") as Record<string, (...args: unknown[]) => unknown>;
const matrix = (v: unknown) => (Array.isArray(v) ? v : [[v]]);
const SUPPORTCOST: Functions = {
  "SUPPORTCOST.TOTAL": (tier, seats, res, ...rest) => functions.total(tier, seats, matrix(res), ...rest),
  "SUPPORTCOST.SEATS": functions.seatCost,
  "SUPPORTCOST.AI": (res, ...rest) => functions.ai(matrix(res), ...rest),
  "SUPPORTCOST.AGENTS": staffingFunctions.agents,
};

function scenarios(): Scenario[] {
  const all = defaultScenarios("2027-11");
  all[0].drivers = { ...all[0].drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing" };
  all[2].drivers = { ...all[2].drivers, staffingChannel: "async", ...DEFAULT_STAFFING, loadedCostPerAgentMonth: 5500 };
  return all;
}

describe("the plan sheet with staffing", () => {
  test("agents, seats, people and total cost of support per month equal the engine's", async () => {
    const all = scenarios();
    const wb = new MemoryWorkbook();
    await wb.writePlan(all);
    const ev = new Evaluator({ cell: (a) => wb.value(PLAN_SHEET, a), name: (nm) => wb.names.get(nm) }, SUPPORTCOST);
    const layout = planLayout(all);
    const header = layout.table.cells[0] as string[];
    const top = Number(layout.table.topLeft.slice(1)) - 1;
    const col = (title: string) => {
      const c = header.indexOf(title);
      if (c < 0) throw new Error(`no column ${title}`);
      return c;
    };
    for (const [i, s] of all.entries()) {
      const f = supportForecast(s);
      f.months.forEach((m, k) => {
        const r = top + 1 + k;
        expect(ev.value(cell(r, 2 + i))).toBeCloseTo(m.total, 6);
        if (s.drivers.staffingChannel === undefined) {
          expect(header).not.toContain(`${s.name} agents scheduled`);
          return;
        }
        expect(ev.value(cell(r, col(`${s.name} agents scheduled`)))).toBe(m.agentsScheduled);
        expect(ev.value(cell(r, col(`${s.name} people cost`)))).toBeCloseTo(m.peopleCost, 6);
        expect(ev.value(cell(r, col(`${s.name} total cost of support`)))).toBeCloseTo(m.totalCostOfSupport, 6);
      });
    }
    // Seats from staffing: Base's seat cost follows its agents, not the 25 seats typed.
    expect(supportForecast(all[0]).months[0].seats).not.toBe(all[0].drivers.seats);
  });

  test("a plan without staffing keeps its layout cell for cell", () => {
    const plain = defaultScenarios("2027-11");
    const withOff = defaultScenarios("2027-11").map((s) => ({ ...s, drivers: { ...s.drivers, seatPolicy: "fixed" as const, loadedCostPerAgentMonth: 6000 } }));
    expect(planLayout(withOff)).toEqual(planLayout(plain));
    expect(JSON.stringify(planLayout(plain))).not.toMatch(/AGENTS|agents scheduled/);
  });
});

describe("the leadership summary with staffing", () => {
  const at = new Date("2027-10-01T09:00:00Z");
  const rowOf = (layout: ReturnType<typeof summaryLayout>, label: string) => {
    for (const b of layout.blocks) {
      const r = b.cells.find((row) => row[0] === label);
      if (r) return r;
    }
    return undefined;
  };

  test("shows agents and total cost of support as values for the scenarios that use staffing", () => {
    const all = scenarios();
    const layout = summaryLayout(all, at);
    const tco = rowOf(layout, "Total cost of support (people + seats + AI)");
    expect(tco?.slice(1, 4)).toEqual([supportForecast(all[0]).totalCostOfSupport, "", supportForecast(all[2]).totalCostOfSupport]);
    expect(rowOf(layout, "Agents scheduled (peak month)")?.[1]).toBe(supportForecast(all[0]).peakAgents);
    expect(rowOf(layout, "Seat policy")?.slice(1, 4)).toEqual(["from staffing (one per agent scheduled)", "fixed", "fixed"]);
    expect(JSON.stringify(layout.blocks)).not.toMatch(/"=/);
  });

  test("a summary without staffing is unchanged", () => {
    const plain = defaultScenarios("2027-11");
    const fixed = plain.map((s) => ({ ...s, drivers: { ...s.drivers, seatPolicy: "fixed" as const } }));
    expect(summaryLayout(fixed, at)).toEqual(summaryLayout(plain, at));
    expect(rowOf(summaryLayout(plain, at), "Total cost of support (people + seats + AI)")).toBeUndefined();
  });
});
