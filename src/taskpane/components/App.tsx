import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  compareForecasts,
  defaultScenarios,
  fitHistory,
  forecastScenario,
  nextMonth,
  validateScenario,
} from "../../model/scenario";
import { usesStaffing } from "../../model/scenario/staffing";
import { supportForecast } from "../../model/scenario/supportCost";
import { describeWorkbookError, WorkbookPort } from "../../workbook/port";
import { DEFAULT_FORECAST_SETTINGS, DEFAULT_RISK_SETTINGS, ForecastRun, ForecastSettings, RiskRun, RiskSettings } from "../analysis";
import { Drafts, DraftsContext } from "../drafts";
import { agingText } from "../pricesInUse";
import type { PreviewSheet } from "../previewSheets";
import { blockedReason, errorsOf, initialState, reducer, scenarioProblems, scenarioTitle, selectedScenario, Status } from "../state";
import { Comparison } from "./Comparison";
import { ConflictPrompt } from "./ConflictPrompt";
import { PreviewWorkbook } from "./PreviewWorkbook";
import { ScenarioEditor } from "./ScenarioEditor";
import { ScenarioPicker } from "./ScenarioPicker";
import { ScenarioProblemList } from "./ScenarioProblemList";
import { ScenarioSummary } from "./ScenarioSummary";
import type { StackSettings } from "./StackCompare";
import { StatusMessages } from "./StatusMessages";
import { TabErrorBoundary } from "./TabErrorBoundary";

const CostChart = lazy(() => import(/* webpackChunkName: "chart" */ "./CostChart"));
const ForecastView = lazy(() => import(/* webpackChunkName: "forecast" */ "./ForecastView"));
const VolatilityView = lazy(() => import(/* webpackChunkName: "volatility" */ "./VolatilityView"));
const PricesPanel = lazy(() => import(/* webpackChunkName: "prices" */ "./PricesPanel"));
const StackCompare = lazy(() => import(/* webpackChunkName: "stacks" */ "./StackCompare"));
const TradeOffChart = lazy(() => import(/* webpackChunkName: "tradeoff" */ "./TradeOffChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Five tabs do not fit a narrow pane on one line: they wrap rather than widen the page.
  tabs: { flexWrap: "wrap" },
});

type View = "scenarios" | "compare" | "stacks" | "prices" | "workbook" | "forecast" | "volatility";

interface Props {
  workbook: WorkbookPort;
  insideExcel: boolean;
  /** "Now", injectable for tests and screenshots. */
  now?: () => Date;
  onReady?: () => void;
  /** A warning about the host to show from the start. */
  notice?: string;
  /** Outside Excel: reads what the in-memory workbook holds, to show it. */
  previewSheets?: () => PreviewSheet[];
}

const AUTOSAVE_DELAY_MS = 700;

const systemClock = () => new Date();

/** The pane's sections, in tab order. */
const PANE_TABS: readonly (readonly [View, string])[] = [
  ["scenarios", "Scenarios"],
  ["compare", "Compare"],
  ["stacks", "Stacks"],
  ["prices", "Prices"],
  ["workbook", "Workbook"],
  ["forecast", "Forecast"],
  ["volatility", "Volatility"],
];

export function App({ workbook, insideExcel, now = systemClock, onReady, notice, previewSheets }: Props) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(defaultScenarios(nextMonth(now()))));
  const [view, setView] = useState<View>("scenarios");
  const [loaded, setLoaded] = useState(false);
  const readyCalled = useRef(false);
  // The latest forecast and simulation, kept while the pane is open (switching tabs keeps them).
  const [forecastRun, setForecastRun] = useState<ForecastRun>();
  const [riskRun, setRiskRun] = useState<RiskRun>();
  // The Forecast and Volatility views' settings, kept here so a tab switch does not reset them.
  const [forecastSettings, setForecastSettings] = useState<ForecastSettings>(DEFAULT_FORECAST_SETTINGS);
  const [riskSettings, setRiskSettings] = useState<RiskSettings>(DEFAULT_RISK_SETTINGS);
  // Compare stacks: what the user changed from the selected scenario's volume (kept across tab switches).
  const [stackSettings, setStackSettings] = useState<StackSettings>({});
  const pricesRef = useRef(state.prices);
  pricesRef.current = state.prices;
  const draftsRef = useRef(state.drafts);
  draftsRef.current = state.drafts;
  const drafts = useMemo<Drafts>(() => ({ get: (key) => draftsRef.current[key], set: (key, text) => dispatch({ type: "draft", key, text }) }), []);
  const dismissStatus = useCallback((id: number) => dispatch({ type: "dismissStatus", id }), []);
  const statusAction = useCallback((status: Status) => {
    if (status.action === "undoDelete") dispatch({ type: "undoDelete" });
  }, []);

  const report = useCallback((action: string, error: unknown) => {
    dispatch({ type: "status", tone: "error", title: `Could not ${action}`, message: describeWorkbookError(action, error) });
  }, []);

  /** Reads the workbook's price book again and prices with it (a broken book keeps the last good one, said so). */
  const refreshPrices = useCallback(async () => {
    try {
      const [read, { pricesFromWorkbook }] = await Promise.all([workbook.readPriceBook(), import(/* webpackChunkName: "prices" */ "../prices")]);
      dispatch({ type: "prices", prices: pricesFromWorkbook(read, pricesRef.current) });
    } catch (error) {
      report("read the workbook's price book", error);
    }
  }, [workbook, report]);

  // In Excel the user may edit the Prices sheet directly: read it again when the pane regains focus.
  useEffect(() => {
    if (!loaded) return;
    const onFocus = () => void refreshPrices();
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [loaded, refreshPrices]);

  useEffect(() => {
    if (notice) dispatch({ type: "status", tone: "warning", title: "Older Excel", message: notice });
  }, [notice]);

  // Load what the workbook holds once.
  useEffect(() => {
    let cancelled = false;
    dispatch({ type: "busy", busy: "load" });
    workbook
      .loadScenarios()
      .then((result) => {
        if (cancelled) return;
        dispatch({
          type: "loaded",
          scenarios: result.scenarios ?? defaultScenarios(nextMonth(now())),
          problem: result.problem,
          saveBlocked: result.saveBlocked,
          conflicts: result.conflicts,
        });
      })
      .catch((error) => {
        if (cancelled) return;
        dispatch({ type: "busy", busy: undefined });
        report("read saved scenarios", error);
      })
      .then(() => (cancelled ? undefined : refreshPrices()))
      .finally(() => !cancelled && setLoaded(true));
    return () => {
      cancelled = true;
    };
  }, [workbook]);

  useEffect(() => {
    if (loaded && !readyCalled.current) {
      readyCalled.current = true;
      onReady?.();
    }
  }, [loaded, onReady]);

  const blocked = blockedReason(state);

  // Autosave: valid scenarios go to the workbook shortly after each change.
  useEffect(() => {
    if (!loaded || !state.dirty || blocked || state.saveBlocked) return;
    const scenarios = state.scenarios;
    const timer = setTimeout(() => {
      workbook
        .saveScenarios(scenarios, now())
        .then((result) => {
          dispatch({ type: "merged", sent: scenarios, result });
          if (result.merged && result.conflicts.length === 0) {
            dispatch({ type: "status", tone: "info", title: "Merged a co-author's changes", message: "Scenarios a co-author saved meanwhile are shown here too; your changes were saved." });
          }
          for (const p of result.problems) {
            dispatch({ type: "status", tone: "warning", title: "A saved scenario could not be used", message: `${p.message} It was kept, unchanged, at ${p.keptAt}.` });
          }
        })
        .catch((error) => report("save scenarios in the workbook", error));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.scenarios, state.dirty, state.saveBlocked, blocked, loaded, workbook, now, report]);

  const selected = selectedScenario(state);
  const book = state.prices.book;
  const aging = useMemo(() => agingText(book, now()), [book]);
  const invalidIds = useMemo(
    () => new Set(state.scenarios.filter((s) => Object.keys(validateScenario(s, state.scenarios, book)).length > 0).map((s) => s.id)),
    [state.scenarios, book],
  );
  // Compare shows every scenario that can be priced; the others are listed with their problems.
  const forecasts = useMemo(() => state.scenarios.filter((s) => !invalidIds.has(s.id)).map((s) => forecastScenario(s, book)), [state.scenarios, invalidIds, book]);
  const problems = useMemo(() => scenarioProblems(state), [state.scenarios, state.drafts, book]);
  const comparison = useMemo(() => compareForecasts(forecasts), [forecasts]);
  // People, seats and AI together, for the scenarios that plan agents from workload (issue 9).
  const staffed = useMemo(() => forecasts.map((f) => f.scenario).filter((s) => usesStaffing(s.drivers)), [forecasts]);
  const support = useMemo(() => Object.fromEntries(staffed.map((s) => [s.id, supportForecast(s)])), [staffed]);

  async function runAction(busy: NonNullable<typeof state.busy>, action: string, work: () => Promise<void>) {
    dispatch({ type: "busy", busy });
    try {
      await work();
    } catch (error) {
      report(action, error);
    } finally {
      dispatch({ type: "busy", busy: undefined });
    }
  }

  const useSelection = () =>
    runAction("selection", "read the selection", async () => {
      if (!selected) return;
      const history = await workbook.readSelectionHistory();
      const fit = fitHistory(history.values, selected.drivers.firstMonth);
      // Reading a level and seasonality means using them: a month-by-month volume is dropped.
      const listed = selected.drivers.monthlyConversations !== undefined;
      dispatch({
        type: "setDrivers",
        id: selected.id,
        drivers: { startConversations: Math.round(fit.startConversations), seasonality: fit.seasonality, monthlyConversations: undefined },
      });
      const switched = listed ? " The volume now follows level, growth and seasonality instead of the forecast." : "";
      dispatch({ type: "status", tone: "info", title: `Read ${history.values.length} months from ${history.address}`, message: fit.note + switched });
    });

  const writePlan = () =>
    runAction("plan", "write the plan", async () => {
      const result = await workbook.writePlan(state.scenarios);
      dispatch({
        type: "status",
        tone: "success",
        title: result.created ? "Plan written" : "Plan updated",
        message: `Sheet "${result.sheetName}": assumptions, table ${result.tableName} with ${result.months} months of live =SUPPORTCOST formulas, and a chart.`,
      });
    });

  const publish = () =>
    runAction("publish", "publish the summary", async () => {
      const result = await workbook.publishSummary(state.scenarios, now());
      dispatch({
        type: "status",
        tone: "success",
        title: "Summary published",
        message: `Sheet "${result.sheetName}" (values only, readable without the add-in), published ${result.publishedAt}.`,
      });
    });

  const reload = () =>
    runAction("load", "reload scenarios from the workbook", async () => {
      const result = await workbook.loadScenarios();
      dispatch({
        type: "loaded",
        scenarios: result.scenarios ?? defaultScenarios(nextMonth(now())),
        problem: result.problem,
        saveBlocked: result.saveBlocked,
        conflicts: result.conflicts,
      });
      dispatch({ type: "status", tone: "info", title: "Reloaded", message: result.scenarios ? `${result.scenarios.length} scenarios from the workbook.` : "The workbook has no saved scenarios; starting from the templates." });
    });

  const writePrices = async (editionId: string) => {
    const result = await workbook.writePriceBook(editionId, now());
    await refreshPrices();
    dispatch({ type: "status", tone: "success", title: "Price book written", message: `Sheet "${result.sheetName}": ${result.prices} prices. The pane, the plan and the summary now price with it.` });
  };

  const setPriceAmount = async (sheetRow: number, amount: number) => {
    await workbook.setPriceAmount(sheetRow, amount, now().toISOString().slice(0, 10));
    await refreshPrices();
  };

  const busy = state.busy !== undefined;
  const writeDisabled = busy || !!blocked;

  return (
    <DraftsContext.Provider value={drafts}>
      <main className={styles.root} data-testid="pane" data-ready={loaded ? "true" : "false"}>
        <header className={styles.header}>
          <h1 className={styles.h1}>SupportCost scenarios</h1>
          <Text size={200}>
            {insideExcel ? "Scenarios are saved in this workbook." : "Preview outside Excel: an in-memory workbook stands in for Excel."}
            {state.saveBlocked
              ? " Saving is off (see above)."
              : state.dirty
                ? blocked
                  ? " Changes are not saved until the input is fixed."
                  : " Saving…"
                : ""}
          </Text>
          <Text size={200} data-testid="prices-line" data-origin={state.prices.origin} data-stale={aging.stalePrices}>
            Prices: {state.prices.description}. {aging.oldestAsOf ? `Oldest figure as of ${aging.oldestAsOf}` : ""}
            {aging.stalePrices > 0 ? <strong>; ⚠ {aging.stalePrices} {aging.stalePrices === 1 ? "figure" : "figures"} older than 12 months.</strong> : "."}
          </Text>
        </header>

        {state.prices.problem && (
          <MessageBar intent="warning" layout="multiline" data-testid="prices-problem">
            <MessageBarBody>
              <MessageBarTitle>The workbook&apos;s price book has a problem</MessageBarTitle>
              {state.prices.problem} Until it is fixed, every figure uses {state.prices.description}.
            </MessageBarBody>
          </MessageBar>
        )}

        {state.storedProblem && (
          <MessageBar intent="warning" layout="multiline" data-testid="stored-problem">
            <MessageBarBody>
              <MessageBarTitle>Saved scenarios could not be used</MessageBarTitle>
              {state.storedProblem.message} The stored text was kept, unchanged, at {state.storedProblem.keptAt}
              {state.saveBlocked ? "." : "; the pane starts from the templates and saving will not overwrite the kept copy."}
            </MessageBarBody>
          </MessageBar>
        )}

        <ConflictPrompt
          conflicts={state.conflicts}
          scenarios={state.scenarios}
          disabled={state.busy !== undefined}
          onChoose={(id, choice) => {
            workbook.resolveConflict(id);
            dispatch({ type: "resolveConflict", id, choice });
          }}
        />

        <StatusMessages statuses={state.statuses} onDismiss={dismissStatus} onAction={statusAction} />

        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label="Pane sections">
          {PANE_TABS.map(([value, label]) => (
            <Tab key={value} value={value} data-testid={`tab-${value}`}>
              {label}
            </Tab>
          ))}
        </TabList>

        <TabErrorBoundary key={view} tab={PANE_TABS.find(([v]) => v === view)?.[1] ?? view}>
        {!loaded && <Spinner label="Reading the workbook…" />}

        {loaded && view === "scenarios" && selected && (
          <section className={styles.section} aria-label="Scenarios">
            <ScenarioPicker
              scenarios={state.scenarios}
              selectedId={state.selectedId}
              invalidIds={invalidIds}
              onSelect={(id) => dispatch({ type: "select", id })}
              onAdd={(template) => dispatch({ type: "add", template, firstMonth: selected.drivers.firstMonth })}
              onDuplicate={() => dispatch({ type: "duplicate", id: selected.id })}
              onDelete={() => {
                const title = scenarioTitle(selected, state.scenarios.indexOf(selected));
                dispatch({ type: "delete", id: selected.id });
                dispatch({ type: "status", tone: "info", title: `Deleted "${title}"`, message: "Undo puts it back as it was.", action: "undoDelete" });
              }}
            />
            <ScenarioSummary scenario={selected} invalid={invalidIds.has(selected.id)} book={book} />
            <ScenarioEditor
              key={selected.id}
              scenario={selected}
              errors={errorsOf(state, selected.id)}
              busy={busy}
              insideExcel={insideExcel}
              book={book}
              onRename={(name) => dispatch({ type: "rename", id: selected.id, name })}
              onChange={(field, value) => dispatch({ type: "setDriver", id: selected.id, field, value })}
              onUseSelection={useSelection}
              onUseLevelVolume={() => dispatch({ type: "useLevelVolume", id: selected.id })}
            />
          </section>
        )}

        {loaded && view === "compare" && (
          <section className={styles.section} aria-label="Comparison">
            <h2 className={styles.h2}>Side by side</h2>
            {problems.length > 0 && (
              <ScenarioProblemList
                problems={problems}
                compared={forecasts.length}
                onEdit={(id) => {
                  dispatch({ type: "select", id });
                  setView("scenarios");
                }}
              />
            )}
            {forecasts.length > 0 && (
              <>
                <Comparison rows={comparison} support={support} />
                <Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
                  <CostChart forecasts={forecasts} />
                  {staffed.length > 0 && <TradeOffChart scenarios={staffed} preferredId={state.selectedId} />}
                </Suspense>
              </>
            )}
          </section>
        )}

        {loaded && view === "stacks" && selected && (
          <section className={styles.section} aria-label="Compare stacks">
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <StackCompare scenario={selected} book={book} settings={stackSettings} onSettings={setStackSettings} />
            </Suspense>
          </section>
        )}

        {loaded && view === "prices" && (
          <section className={styles.section} aria-label="Prices">
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <PricesPanel prices={state.prices} today={now()} busy={busy} onWrite={writePrices} onSetAmount={setPriceAmount} />
            </Suspense>
          </section>
        )}

        {loaded && (view === "forecast" || view === "volatility") && (
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            {view === "forecast" ? (
              <ForecastView
                state={state}
                dispatch={dispatch}
                workbook={workbook}
                insideExcel={insideExcel}
                onForecast={setForecastRun}
                settings={forecastSettings}
                onSettings={setForecastSettings}
              />
            ) : (
              <VolatilityView
                state={state}
                dispatch={dispatch}
                workbook={workbook}
                forecast={forecastRun}
                saved={riskRun}
                onRun={setRiskRun}
                settings={riskSettings}
                onSettings={setRiskSettings}
                onOpenForecast={() => setView("forecast")}
              />
            )}
          </Suspense>
        )}

        {loaded && view === "workbook" && (
          <section className={styles.section} aria-label="Workbook">
            <h2 className={styles.h2}>Put it in the workbook</h2>
            {blocked && (
              <MessageBar intent="warning" data-testid="write-blocked">
                <MessageBarBody>Nothing can be written until the input is fixed: {blocked}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" onClick={writePlan} disabled={writeDisabled} data-testid="write-plan">
                {state.busy === "plan" ? "Writing the plan…" : "Write plan to sheet"}
              </Button>
              <Text size={200}>A live plan sheet: assumptions as named cells, one row per month with =SUPPORTCOST formulas, and a chart. Writing again updates it in place.</Text>
              <Button onClick={publish} disabled={writeDisabled} data-testid="publish">
                {state.busy === "publish" ? "Publishing…" : "Publish summary for leadership"}
              </Button>
              <Text size={200}>Values, charts, assumptions and price sources, readable in any Excel without the add-in.</Text>
              <Button appearance="subtle" onClick={reload} disabled={busy} data-testid="reload">
                Reload scenarios from the workbook
              </Button>
              <Text size={200}>For when a co-author saved scenarios too. Unsaved changes here are discarded.</Text>
            </div>
            {previewSheets && <PreviewWorkbook sheets={previewSheets()} />}
          </section>
        )}
        </TabErrorBoundary>
      </main>
    </DraftsContext.Provider>
  );
}
