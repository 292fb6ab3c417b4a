import { compareScenarios, defaultScenarios, forecastScenario } from "../../src/model/scenario";
import { catalogRows } from "../../src/model/tiers";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { excelDate, FORECAST_VOLUME, LEVEL_VOLUME, planLayout, scenarioSlugs } from "../../src/workbook/planLayout";
import { SUMMARY_SHEET, summaryLayout } from "../../src/workbook/summaryLayout";

const AT = new Date("2027-01-05T09:30:00Z");

describe("plan layout", () => {
  test("every name points at the assumption cell holding that driver", () => {
    const scenarios = defaultScenarios("2027-01");
    const layout = planLayout(scenarios);
    const wb = new MemoryWorkbook();
    return wb.writePlan(scenarios).then(() => {
      const at = (name: string) => wb.value(layout.sheetName, wb.names.get(name)!.split("!")[1]);
      expect(at("SC_Low_Seats")).toBe(20);
      expect(at("SC_High_Growth")).toBeCloseTo(0.04);
      expect(at("SC_Base_AIResolutionRate")).toBeCloseTo(0.45);
      expect(at("SC_Base_Stack")).toBe("intercom-advanced");
      expect(at("SC_Base_FirstMonth")).toBe(excelDate("2027-01"));
      expect(at("SC_Base_AIInvolvement")).toBe(1);
      expect(wb.names.has("SC_Base_AIRate")).toBe(false); // prices come from the price book, not the plan
    });
  });

  test("Excel date serials: 1 Jan 2027 is 46388", () => {
    expect(excelDate("2027-01")).toBe(46388);
  });

  test("names stay unique when two scenario names reduce to the same letters", () => {
    const s = defaultScenarios("2027-01");
    s[0].name = "A-B";
    s[1].name = "A B";
    expect(scenarioSlugs(s).slice(0, 2)).toEqual(["A_B", "A_B2"]);
  });

  test("the table spans the longest horizon; shorter scenarios leave their later months blank", () => {
    const s = defaultScenarios("2027-01");
    s[2].drivers.horizonMonths = 36;
    const layout = planLayout(s);
    expect(layout.table.months).toBe(36);
    expect(layout.table.cells).toHaveLength(37);
    expect(String(layout.table.cells[30][2])).toMatch(/^=IF\(\$B\d+>SC_Base_Horizon,"",/);
  });
});

describe("summary layout", () => {
  test("holds the engine's numbers as values, the catalog's sources and the publish time", () => {
    const scenarios = defaultScenarios("2027-01");
    const layout = summaryLayout(scenarios, AT);
    const cells = layout.blocks.flatMap((b) => b.cells.flat());
    expect(cells.some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
    const compare = compareScenarios(scenarios);
    const metrics = layout.blocks[1].cells;
    const totalRow = metrics.find((r) => r[0] === "Total cost over the horizon")!;
    expect(totalRow.slice(1)).toEqual(compare.map((c) => c.total));
    for (const row of catalogRows()) {
      expect(cells).toContain(row.source);
      expect(cells).toContain(row.asOf);
    }
    expect(cells.join(" ")).toContain("Published 2027-01-05 09:30 UTC");
    const monthly = layout.blocks[4].cells;
    expect(monthly[1].slice(2)).toEqual(scenarios.map((s) => forecastScenario(s).months[0].total));
  });

  test("a scenario whose volume is a forecast says so, and its numbers follow the list", () => {
    const scenarios = defaultScenarios("2027-01");
    scenarios[2].drivers.monthlyConversations = Array.from({ length: 12 }, (_, i) => 30_000 + 1_000 * i);
    const layout = summaryLayout(scenarios, AT);
    const volume = layout.blocks.flatMap((b) => b.cells).find((r) => r[0] === "Volume")!;
    expect(volume.slice(1)).toEqual([LEVEL_VOLUME, LEVEL_VOLUME, FORECAST_VOLUME]);
    const totalRow = layout.blocks[1].cells.find((r) => r[0] === "Total cost over the horizon")!;
    expect(totalRow.slice(1)).toEqual(compareScenarios(scenarios).map((c) => c.total));
    expect(layout.blocks[4].cells[1][4]).toBe(forecastScenario(scenarios[2]).months[0].total);
  });

  test("the seat vs AI chart reads the seat and AI rows", async () => {
    const scenarios = defaultScenarios("2027-01");
    const wb = new MemoryWorkbook();
    await wb.publishSummary(scenarios, AT);
    const chart = wb.sheet(SUMMARY_SHEET)!.charts.get("SupportCostSummarySplit")!;
    const first = chart.dataAddress.split(":")[0];
    expect(wb.value(SUMMARY_SHEET, first)).toBe("Seat cost");
  });
});

describe("in-memory workbook (the preview)", () => {
  test("saves and reloads scenarios through the same stored format", async () => {
    const wb = new MemoryWorkbook();
    const s = defaultScenarios("2027-01");
    await wb.saveScenarios(s, AT);
    expect((await wb.loadScenarios()).scenarios).toEqual(s);
    expect(wb.sheet("SupportCost_State")?.visibility).toBe("veryHidden");
  });

  test("a corrupt stored value is kept in quarantine and survives the next save", async () => {
    const wb = new MemoryWorkbook();
    wb.setStoredText("{oops");
    const loaded = await wb.loadScenarios();
    expect(loaded.problem?.kind).toBe("corrupt");
    await wb.saveScenarios(defaultScenarios("2027-01"), AT);
    await wb.loadScenarios();
    expect(wb.quarantined()).toEqual(["{oops"]);
  });

  test("rewriting the plan keeps one table and one chart", async () => {
    const wb = new MemoryWorkbook();
    const s = defaultScenarios("2027-01");
    expect((await wb.writePlan(s)).created).toBe(true);
    expect((await wb.writePlan(s.slice(0, 2))).created).toBe(false);
    expect(wb.tables.size).toBe(1);
    expect([...wb.names.keys()].some((n) => n.startsWith("SC_High_"))).toBe(false);
  });
});
