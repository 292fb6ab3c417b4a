/** What leadership reads on the written Forecast and Risk sheets: months by name, bins that differ. */
import { forecastSeries } from "../../src/model/forecast";
import { defaultScenarios, forecastScenario, simulationPlanOf } from "../../src/model/scenario";
import { simulateVolatility } from "../../src/model/volatility";
import { binMoney, forecastLayout, riskLayout } from "../../src/workbook/analysisLayout";
import { SAMPLE_HISTORY } from "../../src/workbook/memory";

describe("the written analysis sheets", () => {
  it("name the Forecast sheet's months as the pane does: history before the plan's first month, then the forecast", () => {
    const history = SAMPLE_HISTORY.slice(0, 24);
    const layout = forecastLayout({ history, source: "History!B2:B25", result: forecastSeries(history, 12), confidence: 0.95, firstMonth: "2027-01" });
    const table = layout.blocks.find((b) => b.cells[0]?.[0] === "Month")!;
    const months = table.cells.slice(1).map((r) => r[0]);
    expect(months[0]).toBe("Jan 2025");
    expect(months[23]).toBe("Dec 2026");
    expect(months[24]).toBe("Jan 2027");
    expect(months.at(-1)).toBe("Dec 2027");
    expect(months.every((m) => typeof m === "string" && !/^-?\d+$/.test(m))).toBe(true);
  });

  it("label the Risk sheet's histogram bins so neighbours differ, however narrow the bins", () => {
    const f = forecastScenario(defaultScenarios("2027-01")[0]);
    const result = simulateVolatility({ plan: simulationPlanOf(f), volumes: { kind: "expected", expected: f.months.map((m) => m.conversations), cv: 0.01 }, paths: 2000, histogramBins: 40 });
    const layout = riskLayout({ scenarioName: "Base", result, uncertainty: "CV 0.01", firstMonth: "2027-01" });
    const hist = layout.blocks.find((b) => b.cells[0]?.[2] === "Total cost")!;
    const labels = hist.cells.slice(1).map((r) => String(r[2]));
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) {
      const [from, to] = label.split("–");
      expect(from).not.toBe(to);
    }
    expect(binMoney(145001.7, 120)).toBe("$145.0k");
    expect(binMoney(145121.7, 120)).toBe("$145.1k");
  });
});
