/**
 * @jest-environment jsdom
 *
 * The Prices, Stacks, Forecast and Volatility tabs and their charts in Japanese: each drawn inside the
 * i18n provider with the Japanese catalog shows Japanese words and no English ones (product, plan and
 * stack names, edition names, price sources, codes and units aside), also with inputs in error; in
 * English the pane's sentences stay the model's own, word for word.
 */
import { act, fireEvent } from "@testing-library/react";
import { comparisonHeadline } from "../../src/model/pricebook/headline";
import { compareStacks } from "../../src/model/pricebook/compare";
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { priceBookToRows } from "../../src/model/pricebook/rows";
import { forecastSeries } from "../../src/model/forecast";
import { compareInputOf, defaultScenarios, forecastScenario, simulationPlanOf } from "../../src/model/scenario";
import { simulateVolatility, volatilitySensitivity, SensitivityResult } from "../../src/model/volatility";
import { DEFAULT_FORECAST_SETTINGS, DEFAULT_RISK_SETTINGS, forecastDescription, ForecastRun, ForecastSettings, RiskRun, RiskSettings } from "../../src/taskpane/analysis";
import { FanChart } from "../../src/taskpane/components/FanChart";
import ForecastView from "../../src/taskpane/components/ForecastView";
import PricesPanel from "../../src/taskpane/components/PricesPanel";
import StackCompare, { stackLabel, stacksHeadline } from "../../src/taskpane/components/StackCompare";
import { Tornado } from "../../src/taskpane/components/Tornado";
import VolatilityView from "../../src/taskpane/components/VolatilityView";
import { formatCount, formatWholeMoney } from "../../src/taskpane/format";
import { englishT } from "../../src/taskpane/i18n/I18n";
import { englishLeft, useJapanese } from "../support/japanese";
import { BUILT_IN_PRICES, pricesFromWorkbook } from "../../src/taskpane/prices";
import { initialState } from "../../src/taskpane/state";
import { MemoryWorkbook, SAMPLE_HISTORY } from "../../src/workbook/memory";

// The worker's client uses import.meta (webpack's worker URL); these tests run no simulation in a worker.
jest.mock("../../src/taskpane/simulationClient", () => ({ startSimulation: jest.fn() }));

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's single-line MessageBar watches its width with one.
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
const { showJa } = useJapanese();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const table = { rows: priceBookToRows(SEED_BOOK) as unknown[][], address: "'SupportCost Prices'!A1:I40", note: "Seed list (default), 2026-10" };
/** Price-book data: plan names, stack ids, edition names, sources, items and units as the book has them. */
const bookData = [
  ...SEED_BOOK.plans.flatMap((p) => [p.name, p.vendor, p.id]),
  ...priceBookToRows(SEED_BOOK)
    .slice(1)
    .flatMap((r) => r.map(String)),
]
  .filter((s) => /[A-Za-z]{3,}/.test(s))
  .sort((a, b) => b.length - a.length);
/** Words allowed to stay in Latin letters: products, codes, units, model names, the book's data and names typed in the fixtures. */
const ALLOWED = new RegExp(
  [
    ...bookData.map(escape),
    "SupportCost Prices",
    escape(table.note),
    "SupportCost|Intercom|Zendesk|Freshdesk|Freddy|Salesforce|Agentforce|eesel|Fin|Copilot|Excel",
    "USD|JPY|US\\$|CSV|CV|ETS\\([A-Za-z,]+\\)|Theta(\\(\\d+\\))?|ARIMA[\\d(),]*|Enter|Tab",
    "Base|Low|High|History![A-Z0-9:]+|[a-z0-9]+(?:-[a-z0-9]+)+(?:\\+[a-z0-9-]+)*",
  ].join("|"),
  "g",
);

const [base] = defaultScenarios("2027-01");

describe("the Prices tab in Japanese", () => {
  it("says which book prices the pane, its editions and the editor in Japanese", () => {
    const prices = pricesFromWorkbook(table, BUILT_IN_PRICES);
    const { container, getByTestId } = showJa(<PricesPanel prices={prices} today={new Date("2027-12-01")} busy={false} onWrite={jest.fn()} onSetAmount={jest.fn()} />);
    expect(getByTestId("prices-in-use").textContent).toContain("この作業ウィンドウの金額はすべてブックの価格表");
    expect(getByTestId("prices-in-use").textContent).toContain("12か月以上前");
    expect(getByTestId("edition").textContent).toContain("初期リスト (既定)、2026-10 時点");
    expect(getByTestId("prices-table").querySelector("th")?.textContent).toBe("価格");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("names the built-in book and says why a typed amount cannot be written, in Japanese", () => {
    const prices = pricesFromWorkbook(table, BUILT_IN_PRICES);
    const { container, getByTestId, unmount } = showJa(<PricesPanel prices={prices} today={new Date("2026-11-01")} busy={false} onWrite={jest.fn()} onSetAmount={jest.fn()} />);
    fireEvent.change(getByTestId("price-amount-2"), { target: { value: "twelve" } });
    expect(container.textContent).toContain("金額は数値で入力してください");
    fireEvent.change(getByTestId("price-amount-2"), { target: { value: "-3" } });
    expect(container.textContent).toContain("金額は 0 以上で入力してください。");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    unmount();
    const builtIn = showJa(<PricesPanel prices={BUILT_IN_PRICES} today={new Date("2026-11-01")} busy={false} onWrite={jest.fn()} onSetAmount={jest.fn()} />);
    expect(builtIn.getByTestId("prices-in-use").textContent).toContain("組み込みの価格表 (初期リスト (既定))");
    expect(builtIn.getByTestId("no-workbook-book").textContent).toContain("独自の価格表がありません");
    expect(englishLeft(builtIn.container, ALLOWED)).toEqual([]);
  });

  it("reports a failed write in Japanese, keeping the workbook's own reason", async () => {
    const onWrite = jest.fn().mockRejectedValue(new Error("boom"));
    const { getByTestId } = showJa(<PricesPanel prices={BUILT_IN_PRICES} today={new Date("2026-11-01")} busy={false} onWrite={onWrite} onSetAmount={jest.fn()} />);
    await act(async () => {
      fireEvent.click(getByTestId("write-prices"));
    });
    expect(getByTestId("write-prices-message").textContent).toBe("書き込めませんでした: 価格表を書き込むことができませんでした: boom");
  });
});

describe("the Stacks tab in Japanese", () => {
  it("compares the stacks, with a budget and people priced, all in Japanese", () => {
    const people = { ...base, drivers: { ...base.drivers, humanCostPerConversation: 4 } };
    const { container, getByTestId } = showJa(<StackCompare scenario={people} book={SEED_BOOK} settings={{ cv: 0.2, budget: 50_000 }} onSettings={jest.fn()} />);
    expect(getByTestId("stacks-cheapest").textContent).toMatch(/^サポート総コストが最も低い構成: /);
    expect(container.textContent).toContain("予算超過の確率");
    expect(container.textContent).toContain("損益分岐の会話数");
    expect(container.textContent).toContain("グラフの数値");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("says the bill-only headline, the chart's readout and a field in error in Japanese", () => {
    const { container, getByTestId } = showJa(<StackCompare scenario={base} book={SEED_BOOK} settings={{ cv: -1 }} onSettings={jest.fn()} />);
    expect(getByTestId("stacks-cheapest").textContent).toMatch(/^請求額が最も低い構成: .*人件費は含まれていません/);
    expect(container.textContent).toContain("変動リスクは 0 から 10 の変動係数");
    fireEvent.keyDown(getByTestId("stack-chart-keys"), { key: "ArrowRight" });
    expect(getByTestId("stack-chart-readout").textContent).toMatch(/^月 0 件の会話: /);
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("in English, says the model's headline word for word", () => {
    for (const scenario of [base, { ...base, drivers: { ...base.drivers, humanCostPerConversation: 4 } }]) {
      const r = compareStacks(SEED_BOOK, compareInputOf(scenario));
      const label = (id: string) => stackLabel(SEED_BOOK, id);
      const model = comparisonHeadline(r, { money: formatWholeMoney, count: formatCount, stack: label, pricePeople: "give the scenario a cost per human-handled conversation" });
      expect(stacksHeadline(r, label, englishT)).toBe(model);
    }
  });
});

const history = SAMPLE_HISTORY.slice();
function forecastRun(): ForecastRun {
  const result = forecastSeries(history, 12, { seasonality: "auto", confidence: 0.95 });
  return { history, source: "History!B2:B25", horizon: 12, seasonality: "auto", confidence: 0.95, result };
}

describe("the Forecast tab in Japanese", () => {
  const props = (settings: ForecastSettings = { ...DEFAULT_FORECAST_SETTINGS, history: { values: history, source: "History!B2:B25" } }) => ({
    state: initialState(defaultScenarios("2027-01")),
    dispatch: jest.fn(),
    workbook: new MemoryWorkbook(),
    insideExcel: true,
    onForecast: jest.fn(),
    settings,
    onSettings: jest.fn(),
  });

  it("shows the forecast, its description, table and fan chart in Japanese", () => {
    const { container, getByTestId } = showJa(<ForecastView {...props()} />);
    expect(getByTestId("forecast-model").textContent).toMatch(/^予測: .*か月の履歴から/);
    expect(getByTestId("forecast-table").textContent).toContain("2027年1月");
    fireEvent.keyDown(getByTestId("fan-chart-keys"), { key: "End" });
    expect(getByTestId("chart-readout").textContent).toMatch(/^2027年12月: 予測 /);
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("words every description shape in Japanese, and in English leaves the model's", () => {
    const run = forecastRun();
    expect(forecastDescription(run.result, englishT, true)).toBe(run.result.description);
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
    const shapes = [
      { season: 0, trend: "none", months: 10, methods: 1, shiftMonthsAgo: null },
      { season: 4, trend: "damped", months: 30, methods: 3, shiftMonthsAgo: 2 },
    ] as const;
    const described = shapes.map((shape) => forecastDescription({ ...run.result, shape: { ...shape } }, t as never, false));
    expect(described[0]).toContain("forecast.shape.steady");
    expect(described[1]).toContain("forecast.shape.average");
    expect(described[1]).toContain("forecast.shape.shift");
  });

  it("says what is wrong with the history and the horizon in Japanese", () => {
    const bad = props({ ...DEFAULT_FORECAST_SETTINGS, horizon: 0, history: { values: history, source: "History!B2:B25" } });
    const one = showJa(<ForecastView {...bad} />);
    expect(one.container.textContent).toContain("期間は 1〜120 の整数 (月数) で入力してください (入力値: 0)。");
    expect(englishLeft(one.container, ALLOWED)).toEqual([]);
    one.unmount();
    const short = props({ ...DEFAULT_FORECAST_SETTINGS, history: { values: [1, 2, null], source: "History!B2:B4" } });
    const two = showJa(<ForecastView {...short} />);
    expect(two.getByTestId("forecast-error").textContent).toContain("予測には少なくとも 4 個の数値が必要です");
    expect(englishLeft(two.container, ALLOWED)).toEqual([]);
  });

  it("draws the fan chart without months in Japanese", () => {
    const run = forecastRun();
    const { container } = showJa(<FanChart history={run.history} result={run.result} confidence={0.95} />);
    expect(container.textContent).toContain("+12 か月目");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });
});

function riskRun(settings: RiskSettings): RiskRun {
  const f = forecastScenario(base, SEED_BOOK);
  const input = { plan: simulationPlanOf(f), volumes: { kind: "expected" as const, expected: f.months.map((m) => m.conversations), cv: 0.2 }, paths: 2000, seed: 1, budget: settings.budget };
  return {
    scenarioId: base.id,
    scenarioName: base.name,
    settings,
    drivers: base.drivers,
    result: simulateVolatility(input),
    sensitivity: volatilitySensitivity({ ...input, paths: 500 }),
    uncertaintyText: "",
    display: { currency: "USD", rate: 1 },
  };
}

describe("the Volatility tab in Japanese", () => {
  const props = (settings: RiskSettings, saved?: RiskRun, forecast?: ForecastRun) => ({
    state: initialState(defaultScenarios("2027-01")),
    dispatch: jest.fn(),
    workbook: new MemoryWorkbook(),
    forecast,
    saved,
    onRun: jest.fn(),
    settings,
    onSettings: jest.fn(),
    onOpenForecast: jest.fn(),
  });

  it("shows the results, histogram, percentiles and tornado in Japanese", () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, budget: 60_000 };
    const { container, getByTestId } = showJa(<VolatilityView {...props(settings, riskRun(settings))} />);
    expect(getByTestId("volatility-chance").textContent).toMatch(/の予算超過の確率: /);
    expect(getByTestId("volatility-percentiles").textContent).toContain("P50 (中央値)");
    expect(getByTestId("volatility-percentiles").textContent).toContain("最悪の月: 2027年");
    expect(getByTestId("tornado-table").textContent).toContain("想定会話数");
    fireEvent.keyDown(getByTestId("risk-histogram-keys"), { key: "ArrowRight" });
    expect(getByTestId("chart-readout").textContent).toMatch(/: 将来の /);
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("says what is wrong with each setting in Japanese", () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, cv: -1, correlation: 2, paths: 5, extraPercentile: 3 };
    const { container } = showJa(<VolatilityView {...props(settings)} />);
    expect(container.textContent).toContain("変動係数は 0〜");
    expect(container.textContent).toContain("月間の相関は 0 以上 1 未満");
    expect(container.textContent).toContain("パス数は");
    expect(container.textContent).toContain("パーセンタイルは 0 より大きく 1 より小さい値");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("offers forecast intervals in Japanese, with and without a forecast", () => {
    const without = showJa(<VolatilityView {...props({ ...DEFAULT_RISK_SETTINGS, uncertainty: "interval" })} />);
    expect(without.getByTestId("volatility-intervals-why").textContent).toContain("予測が必要です");
    expect(englishLeft(without.container, ALLOWED)).toEqual([]);
    without.unmount();
    const withForecast = showJa(<VolatilityView {...props({ ...DEFAULT_RISK_SETTINGS, uncertainty: "interval" }, undefined, forecastRun())} />);
    expect(withForecast.container.textContent).toContain("予測 ETS");
    expect(englishLeft(withForecast.container, ALLOWED)).toEqual([]);
  });

  it("names every driver and setting of the tornado in Japanese, and keeps an unknown driver's English name", () => {
    const entry = (driver: string, lowLabel: string, highLabel: string) => ({ driver, lowLabel, highLabel, lowValue: 900, highValue: 1100 });
    const sensitivity: SensitivityResult = {
      statistic: "p95",
      base: 1000,
      entries: [
        entry("Expected resolutions", "-20%", "+20%"),
        entry("Forecast conversations", "-20%", "+20%"),
        entry("Interval width", "-50%", "+50%"),
        entry("Month-to-month correlation", "0", "0.3"),
        entry("AI monthly minimum", "No minimum", "Minimum 200"),
        entry("Included AI units", "None included", "Twice as many"),
        entry("AI spend cap", "Cap 50", "Cap 150"),
        entry("Seats", "1 seat", "3 seats"),
        entry("Reversed assumed resolutions", "None reversed", "20%"),
        entry("Uncertainty of the resolution rate", "±2.5%", "±7.5%"),
        entry("Exchange rate (USD→JPY)", "-10%", "+10%"),
        entry("Exchange-rate volatility", "5% a year", "15% a year"),
      ],
    };
    const { container } = showJa(<Tornado sensitivity={sensitivity} />);
    expect(container.textContent).toContain("為替レート (USD→JPY) (−10% / +10%)");
    expect(container.textContent).toContain("最低料金なし");
    expect(container.textContent).toContain("年 15%");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    const unknown = showJa(<Tornado sensitivity={{ ...sensitivity, entries: [entry("Something new", "-1%", "+1%")] }} />);
    expect(unknown.container.textContent).toContain("Something new (−1% / +1%)");
  });
});
