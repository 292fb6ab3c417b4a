/**
 * @jest-environment jsdom
 *
 * The Scenarios and Compare tabs, the status area and the model's validation messages in Japanese:
 * each component drawn inside the i18n provider with the Japanese catalog shows Japanese words and no
 * English ones (product names, plan names, codes, units and names the user typed aside), also with
 * fields in error.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { compareScenarios, defaultScenarios, forecastScenario, Scenario, ScenarioDrivers, validateDrivers, validateScenario } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { supportForecast } from "../../src/model/scenario/supportCost";
import { Comparison } from "../../src/taskpane/components/Comparison";
import { ConflictPrompt } from "../../src/taskpane/components/ConflictPrompt";
import CostChart from "../../src/taskpane/components/CostChart";
import { PreviewWorkbook } from "../../src/taskpane/components/PreviewWorkbook";
import { ScenarioEditor } from "../../src/taskpane/components/ScenarioEditor";
import { ScenarioPicker } from "../../src/taskpane/components/ScenarioPicker";
import { ScenarioProblemList } from "../../src/taskpane/components/ScenarioProblemList";
import { ScenarioSummary } from "../../src/taskpane/components/ScenarioSummary";
import { StatusMessages } from "../../src/taskpane/components/StatusMessages";
import { TabErrorBoundary } from "../../src/taskpane/components/TabErrorBoundary";
import TradeOffChart from "../../src/taskpane/components/TradeOffChart";
import { Translate } from "../../src/taskpane/i18n/I18n";
import { englishLeft, useJapanese } from "../support/japanese";
import { blockedReason, initialState, reducer, scenarioProblems, scenarioTitle } from "../../src/taskpane/state";
import { createIntl } from "react-intl";
import { ja as jaCatalog } from "../../src/taskpane/i18n/ja";

const { showJa } = useJapanese();

/** Words allowed to stay in Latin letters: products, plans, codes, units, and names typed in the fixtures. */
const ALLOWED =
  /SupportCost|Intercom|Zendesk|Freshdesk|Freddy|Salesforce|Agentforce|eesel|Fin|Copilot|Excel|Essential|Advanced|Expert|USD|UTC|CSV|Base|Low|High|Mine|Team|Sheet|[a-z0-9]+(?:-[a-z0-9]+)+(?:\+[a-z0-9-]+)*/g;

const [base, low, high] = defaultScenarios("2027-01");
const withDrivers = (s: Scenario, d: Partial<ScenarioDrivers>, name = s.name): Scenario => ({ ...s, name, drivers: { ...s.drivers, ...d } });
const staffed = (s: Scenario, extra: Partial<ScenarioDrivers> = {}) => withDrivers(s, { staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing", ...extra });

function editor(scenario: Scenario, all: Scenario[] = [scenario], insideExcel = false) {
  return showJa(
    <ScenarioEditor
      scenario={scenario}
      errors={validateScenario(scenario, all)}
      onRename={jest.fn()}
      onChange={jest.fn()}
      onUseSelection={jest.fn()}
      onUseLevelVolume={jest.fn()}
      busy={false}
      insideExcel={insideExcel}
      book={SEED_BOOK}
    />,
  );
}

describe("the Scenarios tab in Japanese", () => {
  it("the picker: Japanese labels and buttons; template and scenario names as they are", () => {
    const { container } = showJa(
      <ScenarioPicker scenarios={[base, low, withDrivers(high, {}, "")]} selectedId={base.id} invalidIds={new Set([low.id])} onSelect={jest.fn()} onAdd={jest.fn()} onDuplicate={jest.fn()} onDelete={jest.fn()} />,
    );
    expect(screen.getByText("編集するシナリオ")).toBeTruthy();
    expect(screen.getByTestId("duplicate-scenario").textContent).toBe("複製");
    expect(screen.getByTestId("add-scenario").textContent).toBe("追加");
    expect(container.textContent).toContain("Low — 要修正");
    expect(container.textContent).toContain("(名前なし)");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("the summary: terms, the peak month as a Japanese month, and the note when inputs have problems", () => {
    const long = withDrivers(base, { horizonMonths: 24 });
    const { container } = showJa(<ScenarioSummary scenario={long} invalid={false} book={SEED_BOOK} />);
    expect(container.textContent).toContain("初年度");
    expect(container.textContent).toContain("全 24 か月");
    expect(screen.getByTestId("summary-peak").textContent).toMatch(/^\d{4}年\d{1,2}月: /);
    expect(screen.getByTestId("scenario-summary").getAttribute("aria-label")).toBe("Baseのコスト");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    const { container: invalid } = showJa(<ScenarioSummary scenario={base} invalid book={SEED_BOOK} />);
    expect(invalid.textContent).toContain("修正すると、ここにコストが表示されます");
    expect(englishLeft(invalid, ALLOWED)).toEqual([]);
  });

  it("the editor with fields in error: every label, hint and message is Japanese", () => {
    const broken = withDrivers(base, { seats: -1, growthPct: 900, horizonMonths: 2.5, firstMonth: "soon", seasonality: [1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1], assumedResolutionPct: 120 }, "");
    const { container } = editor(broken);
    expect(screen.getByText("シナリオ名を入力してください。")).toBeTruthy();
    expect(container.textContent).toMatch(/月次成長率は −?-?\d+～[\d,]+ の範囲で入力してください。/);
    expect(container.textContent).toContain("シート数は0 以上の整数にしてください。入力値: -1。");
    expect(container.textContent).toContain("期間は整数で入力してください。");
    expect(container.textContent).toContain("開始月は「2027年1月」や「2027-01」のように月で入力してください。");
    expect(container.textContent).toContain("3月の係数は 0 より大きく");
    // Month names of the seasonal factors come from Intl in Japanese.
    expect(container.textContent).toContain("12月");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("text that is not a number is explained in Japanese, at the field", () => {
    const { container } = editor(base);
    fireEvent.change(screen.getByTestId("seats"), { target: { value: "twelve" } });
    expect(container.textContent).toContain("シート数は数値で入力してください: 「twelve」は数値ではありません。");
    fireEvent.change(screen.getByTestId("ai-rate"), { target: { value: "0.45" } });
    expect(container.textContent).toContain("ここでは 0.45 は 0.45% を意味します");
    fireEvent.change(screen.getByTestId("growth"), { target: { value: " " } });
    expect(container.textContent).toContain("月次成長率を入力してください。");
    expect(englishLeft(container, ALLOWED).filter((w) => w !== "twelve")).toEqual([]);
  });

  it("the staffing section and the forecast volume notice are Japanese too", () => {
    const listed = staffed(withDrivers(base, { monthlyConversations: [100, 200] }), { handleTimeSeconds: 0 });
    const { container } = editor(listed, [listed], true);
    expect(container.textContent).toContain("2027年1月から、会話数は月ごとに予測に従います");
    expect(container.textContent).toContain("人員計画: シート数は人員計画から");
    expect(container.textContent).toContain("選択範囲を過去の実績として使用");
    expect(container.textContent).toContain("処理時間は0 より大きく 86,400 秒以下 (例: 360)にしてください。入力値: 0。");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    const { container: asyncOne } = editor(staffed(base, { staffingChannel: "async", seatPolicy: "fixed" }));
    expect(asyncOne.textContent).toContain("非同期チャネル (メール、チケット)");
    expect(englishLeft(asyncOne, ALLOWED)).toEqual([]);
  });
});

describe("the status area in Japanese", () => {
  it("the reducer's Undo note, the buttons and the dismiss labels", () => {
    let s = initialState(defaultScenarios("2027-01"));
    s = reducer(s, { type: "delete", id: s.scenarios[1].id });
    s = reducer(s, { type: "delete", id: s.scenarios[1].id });
    s = reducer(s, { type: "undoDelete" });
    s = reducer(s, { type: "status", tone: "success", title: "計画を書き込みました", message: "シート「SupportCost」" });
    const { container } = showJa(<StatusMessages statuses={s.statuses} onDismiss={jest.fn()} onAction={jest.fn()} />);
    fireEvent.click(screen.getByTestId("statuses-more"));
    expect(container.textContent).toContain("「Low」を削除しました");
    expect(container.textContent).toContain("あと 1 件");
    expect(screen.getByTestId("status-action-undoDelete").textContent).toBe("元に戻す");
    expect(screen.getByTestId("statuses-more").textContent).toBe("最新のみ表示");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    // The reducer keeps its English for the English pane.
    expect(s.statuses[1].title).toBe('Deleted "Low"');
  });

  it("a conflict between two versions", () => {
    const conflict = {
      id: "s1",
      name: "Base",
      versions: [
        { scenario: withDrivers(base, { seats: 31, billing: "monthly" }), author: "a", savedAt: "2027-01-05T09:30:00.000Z", rev: 4, byThisPane: false },
        { scenario: null, author: "b", savedAt: "2027-01-05T09:31:00.000Z", rev: 4, byThisPane: true },
      ],
    };
    const { container } = showJa(<ConflictPrompt conflicts={[conflict]} scenarios={[withDrivers(base, { seats: 12 })]} onChoose={jest.fn()} />);
    expect(container.textContent).toContain("「Base」が 2 か所で同時に変更されました");
    expect(container.textContent).toContain("シート数: 31");
    expect(container.textContent).toContain("請求: 月払い");
    expect(container.textContent).toContain("共同編集者の版 (2027-01-05 09:30 (UTC) に保存)");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("a tab that could not be drawn, with the model's message in Japanese", () => {
    const Broken = () => {
      throw new Error("Seats must be a number.");
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { container } = showJa(
      <TabErrorBoundary tab="比較">
        <Broken />
      </TabErrorBoundary>,
    );
    expect(container.textContent).toContain("「比較」タブを表示できませんでした");
    expect(container.textContent).toContain("シート数は数値で入力してください。");
    expect(screen.getByTestId("tab-error-retry").textContent).toBe("再試行");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    jest.restoreAllMocks();
  });

  it("the preview workbook's frame", () => {
    const sheet = { name: "Sheet", visibility: "hidden" as const, cells: 3, tables: [], charts: [], columns: ["A"], rows: [{ row: 1, cells: ["42"] }], moreRows: 5, moreColumns: 2 };
    const { container } = showJa(<PreviewWorkbook sheets={[sheet]} />);
    expect(container.textContent).toContain("プレビュー用のブック");
    expect(container.textContent).toContain("(非表示) — 3 セル");
    expect(container.textContent).toContain("表示していない部分: 5 行、2 列。");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("the reason nothing can be written, and an unnamed scenario's title, in Japanese when given the pane's words", () => {
    const intl = createIntl({ locale: "ja-JP", messages: jaCatalog });
    const t: Translate = (key, values) => intl.formatMessage({ id: key }, values);
    const s = initialState([withDrivers(base, { seats: -1 }, ""), withDrivers(low, { growthPct: 900 })]);
    expect(blockedReason(s, t)).toBe("シナリオ 1 (名前なし): シート数は0 以上の整数にしてください。入力値: -1。 (ほかに 2 件の問題があります。比較タブを確認してください。)");
    expect(blockedReason(s)).toBe("Scenario 1 (no name): Seats must be a whole number of 0 or more; got -1. (2 more problems: see Compare.)");
    expect(blockedReason(initialState([]), t)).toBe("シナリオを 1 つ以上追加してください。");
    expect(scenarioTitle(s.scenarios[0], 0, t)).toBe("シナリオ 1 (名前なし)");
  });
});

describe("the Compare tab in Japanese", () => {
  it("the list of problems that keep scenarios out", () => {
    const state = initialState([withDrivers(base, { seats: -1 }, ""), low, high]);
    const typed = reducer(state, { type: "draft", key: `${low.id}:growthPct`, text: "lots" });
    const broken = reducer(typed, { type: "setDriver", id: low.id, field: "growthPct", value: Number.NaN });
    const { container } = showJa(<ScenarioProblemList problems={scenarioProblems(broken)} compared={1} onEdit={jest.fn()} />);
    expect(container.textContent).toContain("2 件のシナリオは、修正するまで比較から除外されます。残りの 1 件を下で比較しています");
    expect(container.textContent).toContain("シナリオ 1 (名前なし)");
    expect(container.textContent).toContain("月次成長率は数値で入力してください: 「lots」は数値ではありません。");
    expect(englishLeft(container, ALLOWED).filter((w) => w !== "lots")).toEqual([]);
  });

  it("the table, with staffing rows", () => {
    const scenarios = [base, staffed(low), high];
    const support = { [scenarios[1].id]: supportForecast(scenarios[1]) };
    const { container } = showJa(<Comparison rows={compareScenarios(scenarios)} support={support} />);
    expect(container.textContent).toContain("サポート総コスト");
    expect(container.textContent).toContain("Baseとの差 (%)");
    expect(container.textContent).toMatch(/\d{4}年\d{1,2}月/);
    expect(screen.getByTestId("comparison-scroll").getAttribute("aria-label")).toBe("シナリオの比較表");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
  });

  it("the cost chart: title, axis, months, readout and table", () => {
    const { container } = showJa(<CostChart forecasts={[forecastScenario(base), forecastScenario(high)]} />);
    expect(container.textContent).toContain("シナリオ別の月次コスト (米ドル)");
    expect(screen.getAllByTestId("x-tick")[0].textContent).toBe("2027年1月");
    act(() => {
      fireEvent.keyDown(screen.getByTestId("cost-chart-keys"), { key: "ArrowRight" });
    });
    expect(screen.getByTestId("chart-readout").textContent).toMatch(/^2027年\d{1,2}月: Base \$/);
    // The legend's own name comes from the shared chart parts (the charts area), not from this tab.
    expect(englishLeft(container, ALLOWED).filter((w) => w !== "Legend")).toEqual([]);
  });

  it("the AI trade-off chart", () => {
    const s = staffed(base);
    const { container } = showJa(<TradeOffChart scenarios={[s, staffed(high)]} />);
    expect(container.textContent).toContain("AIの損益分岐");
    expect(container.textContent).toContain("平均的な月の会話数は");
    expect(screen.getByTestId("trade-off-table").textContent).toContain("(現在)");
    expect(englishLeft(container, ALLOWED)).toEqual([]);
    expect(validateDrivers(s.drivers)).toEqual({});
  });
});
