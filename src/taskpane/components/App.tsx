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
import { DEFAULT_FORECAST_SETTINGS, DEFAULT_RISK_SETTINGS, ForecastRun, ForecastSettings, RiskRun, RiskSettings } from "../analysisSettings";
import { Drafts, DraftsContext } from "../drafts";
import { agingText, pricesDescription } from "../pricesInUse";
import type { PreviewSheet } from "../previewSheets";
import { blockedReason, errorsOf, initialState, reducer, scenarioProblems, scenarioTitle, selectedScenario, Status } from "../state";
import { ScenarioEditor } from "./ScenarioEditor";
import { ScenarioPicker } from "./ScenarioPicker";
import { ScenarioSummary } from "./ScenarioSummary";
import type { StackSettings } from "./StackCompare";
import { StatusMessages } from "./StatusMessages";
import { TabErrorBoundary } from "./TabErrorBoundary";
import { LanguageSwitch } from "./LanguageSwitch";
import { CurrencySwitch, RateLine } from "./CurrencySwitch";
import { Currency } from "../../model/currency/codes";
import { currenciesOf, fxRateOf } from "../../model/currency/book";
import { displayCurrency, setDisplayCurrency } from "../format";
import { MessageKey } from "../i18n/en";
import { useLanguage, useT, withTabWords } from "../i18n/I18n";

const CostChart = lazy(() => withTabWords(() => import(/* webpackChunkName: "chart" */ "./CostChart")));
const ForecastView = lazy(() => withTabWords(() => import(/* webpackChunkName: "forecast" */ "./ForecastView")));
const VolatilityView = lazy(() => withTabWords(() => import(/* webpackChunkName: "volatility" */ "./VolatilityView")));
const PricesPanel = lazy(() => withTabWords(() => import(/* webpackChunkName: "prices" */ "./PricesPanel")));
const StackCompare = lazy(() => withTabWords(() => import(/* webpackChunkName: "stacks" */ "./StackCompare")));
// Only the Scenarios tab is drawn at first: the other tabs, and a co-author conflict, load when needed.
const Comparison = lazy(() => withTabWords(() => import(/* webpackChunkName: "compare" */ "./Comparison")).then((m) => ({ default: m.Comparison })));
const ScenarioProblemList = lazy(() => withTabWords(() => import(/* webpackChunkName: "compare" */ "./ScenarioProblemList")).then((m) => ({ default: m.ScenarioProblemList })));
const ConflictPrompt = lazy(() => withTabWords(() => import(/* webpackChunkName: "conflict" */ "./ConflictPrompt")).then((m) => ({ default: m.ConflictPrompt })));
const PreviewWorkbook = lazy(() => withTabWords(() => import(/* webpackChunkName: "preview-grid" */ "./PreviewWorkbook")).then((m) => ({ default: m.PreviewWorkbook })));
const TradeOffChart = lazy(() => withTabWords(() => import(/* webpackChunkName: "tradeoff" */ "./TradeOffChart")));
const MonthEnd = lazy(() => withTabWords(() => import(/* webpackChunkName: "month-end" */ "./MonthEnd")));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  switches: { display: "flex", gap: tokens.spacingHorizontalXS },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Five tabs do not fit a narrow pane on one line: they wrap rather than widen the page.
  tabs: { flexWrap: "wrap" },
});

type View = "scenarios" | "compare" | "stacks" | "prices" | "workbook" | "forecast" | "volatility" | "monthEnd";

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
const PANE_TABS: readonly (readonly [View, MessageKey])[] = [
  ["scenarios", "tab.scenarios"],
  ["compare", "tab.compare"],
  ["stacks", "tab.stacks"],
  ["prices", "tab.prices"],
  ["workbook", "tab.workbook"],
  ["forecast", "tab.forecast"],
  ["volatility", "tab.volatility"],
  ["monthEnd", "monthEnd.tab"],
];

export function App({ workbook, insideExcel, now = systemClock, onReady, notice, previewSheets }: Props) {
  const styles = useStyles();
  const t = useT();
  const { locale } = useLanguage();
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

  /** A failed workbook action, named in the pane's language (`action` is its message key). */
  const report = useCallback(
    (action: MessageKey, error: unknown) => {
      dispatch({ type: "status", tone: "error", title: t("app.couldNot", { action: t(action) }), message: describeWorkbookError(t(action), error) });
    },
    [t],
  );

  /** Reads the workbook's price book again and prices with it (a broken book keeps the last good one, said so). */
  const refreshPrices = useCallback(async () => {
    try {
      const [read, { pricesFromWorkbook }] = await Promise.all([workbook.readPriceBook(), import(/* webpackChunkName: "prices" */ "../prices")]);
      dispatch({ type: "prices", prices: pricesFromWorkbook(read, pricesRef.current) });
    } catch (error) {
      report("action.readPriceBook", error);
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
    if (notice) dispatch({ type: "status", tone: "warning", title: t("status.olderExcel"), message: notice });
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
        report("action.readScenarios", error);
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

  const blocked = blockedReason(state, t);

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
            dispatch({ type: "status", tone: "info", title: t("status.mergedTitle"), message: t("status.mergedBody") });
          }
          for (const p of result.problems) {
            dispatch({ type: "status", tone: "warning", title: t("status.unusableTitle"), message: t("status.unusableBody", { message: p.message, keptAt: p.keptAt }) });
          }
        })
        .catch((error) => report("action.saveScenarios", error));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.scenarios, state.dirty, state.saveBlocked, blocked, loaded, workbook, now, report]);

  const selected = selectedScenario(state);
  const book = state.prices.book;
  // The workbook's display currency, at the price book's dated rate: the last step of every figure shown.
  const [currency, setCurrency] = useState<Currency>("USD");
  const currencies = useMemo(() => currenciesOf(book), [book]);
  const rate = useMemo(() => fxRateOf(book, currencies.includes(currency) ? currency : "USD"), [book, currency, currencies]);
  useMemo(() => setDisplayCurrency(rate.currency, rate.amount, rate), [rate]);
  useEffect(() => {
    if (!loaded || !workbook.readDisplayCurrency) return;
    workbook.readDisplayCurrency().then(setCurrency, (error) => report("action.readCurrency", error));
  }, [loaded, workbook, report]);
  const chooseCurrency = (next: Currency) => {
    setCurrency(next);
    // A simulation drew the old currency's rate: it is run again for the new one, not relabelled.
    setRiskRun(undefined);
    workbook.writeDisplayCurrency?.(next).catch((error) => report("action.writeCurrency", error));
  };
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

  async function runAction(busy: NonNullable<typeof state.busy>, action: MessageKey, work: () => Promise<void>) {
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
    runAction("selection", "action.readSelection", async () => {
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
      const switched = listed ? t("status.switchedToLevel") : "";
      dispatch({ type: "status", tone: "info", title: t("status.readMonths", { count: history.values.length, address: history.address }), message: fit.note + switched });
    });

  const writePlan = () =>
    runAction("plan", "action.writePlan", async () => {
      const result = await workbook.writePlan(state.scenarios, locale);
      dispatch({
        type: "status",
        tone: "success",
        title: t(result.created ? "status.planWritten" : "status.planUpdated"),
        message: t("status.planBody", { sheet: result.sheetName, table: result.tableName, months: result.months }),
      });
    });

  const publish = () =>
    runAction("publish", "action.publish", async () => {
      const display = rate.currency === "USD" ? undefined : displayCurrency();
      const result = await workbook.publishSummary(state.scenarios, now(), locale, display);
      dispatch({
        type: "status",
        tone: "success",
        title: t("status.summaryPublished"),
        message: t("status.summaryBody", { sheet: result.sheetName, at: result.publishedAt }),
      });
    });

  const reload = () =>
    runAction("load", "action.reload", async () => {
      const result = await workbook.loadScenarios();
      dispatch({
        type: "loaded",
        scenarios: result.scenarios ?? defaultScenarios(nextMonth(now())),
        problem: result.problem,
        saveBlocked: result.saveBlocked,
        conflicts: result.conflicts,
      });
      dispatch({ type: "status", tone: "info", title: t("status.reloaded"), message: result.scenarios ? t("status.reloadedCount", { count: result.scenarios.length }) : t("status.reloadedNone") });
    });

  const writePrices = async (editionId: string) => {
    const result = await workbook.writePriceBook(editionId, now(), locale);
    await refreshPrices();
    dispatch({ type: "status", tone: "success", title: t("status.priceBookWritten"), message: t("status.priceBookBody", { sheet: result.sheetName, count: result.prices }) });
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
          <div className={styles.titleRow}>
            <h1 className={styles.h1}>{t("app.title")}</h1>
            <div className={styles.switches}>
              <CurrencySwitch currency={rate.currency} currencies={currencies} onChange={chooseCurrency} disabled={!loaded} />
              <LanguageSwitch />
            </div>
          </div>
          <Text size={200}>
            {t(insideExcel ? "app.savedInWorkbook" : "app.preview")}
            {state.saveBlocked ? t("app.savingOff") : state.dirty ? (blocked ? t("app.notSavedUntilFixed") : t("app.saving")) : ""}
          </Text>
          <Text size={200} data-testid="prices-line" data-origin={state.prices.origin} data-stale={aging.stalePrices}>
            {t("app.pricesLine", { book: pricesDescription(state.prices, t) })} {aging.oldestAsOf ? t("app.oldestAsOf", { date: aging.oldestAsOf }) : ""}
            {aging.stalePrices > 0 ? <strong> {t("app.staleFigures", { count: aging.stalePrices })}</strong> : ""}
          </Text>
          <RateLine rate={rate} />
        </header>

        {state.prices.problem && (
          <MessageBar intent="warning" layout="multiline" data-testid="prices-problem">
            <MessageBarBody>
              <MessageBarTitle>{t("app.pricesProblemTitle")}</MessageBarTitle>
              {t("app.pricesProblemBody", { problem: state.prices.problem, book: pricesDescription(state.prices, t) })}
            </MessageBarBody>
          </MessageBar>
        )}

        {state.storedProblem && (
          <MessageBar intent="warning" layout="multiline" data-testid="stored-problem">
            <MessageBarBody>
              <MessageBarTitle>{t("app.storedProblemTitle")}</MessageBarTitle>
              {t(state.saveBlocked ? "app.storedProblemKept" : "app.storedProblemTemplates", { message: state.storedProblem.message, keptAt: state.storedProblem.keptAt })}
            </MessageBarBody>
          </MessageBar>
        )}

        {state.conflicts.length > 0 && (
          <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
            <ConflictPrompt
              conflicts={state.conflicts}
              scenarios={state.scenarios}
              disabled={state.busy !== undefined}
              onChoose={(id, choice) => {
                workbook.resolveConflict(id);
                dispatch({ type: "resolveConflict", id, choice });
              }}
            />
          </Suspense>
        )}

        <StatusMessages statuses={state.statuses} onDismiss={dismissStatus} onAction={statusAction} />

        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t("app.sections")}>
          {PANE_TABS.map(([value, label]) => (
            <Tab key={value} value={value} data-testid={`tab-${value}`}>
              {t(label)}
            </Tab>
          ))}
        </TabList>

        <TabErrorBoundary key={`${view}-${locale}-${rate.currency}-${rate.amount}`} tab={t(PANE_TABS.find(([v]) => v === view)?.[1] ?? "tab.scenarios")}>
        {!loaded && <Spinner label={t("app.readingWorkbook")} />}

        {loaded && view === "scenarios" && selected && (
          <section className={styles.section} aria-label={t("tab.scenarios")}>
            <ScenarioPicker
              scenarios={state.scenarios}
              selectedId={state.selectedId}
              invalidIds={invalidIds}
              onSelect={(id) => dispatch({ type: "select", id })}
              onAdd={(template) => dispatch({ type: "add", template, firstMonth: selected.drivers.firstMonth })}
              onDuplicate={() => dispatch({ type: "duplicate", id: selected.id })}
              onDelete={() => {
                const title = scenarioTitle(selected, state.scenarios.indexOf(selected), t);
                dispatch({ type: "delete", id: selected.id });
                dispatch({ type: "status", tone: "info", title: t("status.deleted", { name: title }), message: t("status.undoBody"), action: "undoDelete" });
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
          <section className={styles.section} aria-label={t("app.comparison")}>
            <h2 className={styles.h2}>{t("app.sideBySide")}</h2>
            <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
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
                <Suspense fallback={<Spinner size="tiny" label={t("app.drawingChart")} />}>
                  <CostChart forecasts={forecasts} />
                  {staffed.length > 0 && <TradeOffChart scenarios={staffed} preferredId={state.selectedId} />}
                </Suspense>
              </>
            )}
            </Suspense>
          </section>
        )}

        {loaded && view === "stacks" && selected && (
          <section className={styles.section} aria-label={t("app.compareStacks")}>
            <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
              <StackCompare scenario={selected} book={book} settings={stackSettings} onSettings={setStackSettings} />
            </Suspense>
          </section>
        )}

        {loaded && view === "monthEnd" && selected && (
          <section className={styles.section} aria-label={t("monthEnd.tab")}>
            <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
              <MonthEnd scenarios={state.scenarios} selectedId={selected.id} book={book} workbook={workbook} />
            </Suspense>
          </section>
        )}

        {loaded && view === "prices" && (
          <section className={styles.section} aria-label={t("tab.prices")}>
            <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
              <PricesPanel prices={state.prices} today={now()} busy={busy} onWrite={writePrices} onSetAmount={setPriceAmount} />
            </Suspense>
          </section>
        )}

        {loaded && (view === "forecast" || view === "volatility") && (
          <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
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
          <section className={styles.section} aria-label={t("tab.workbook")}>
            <h2 className={styles.h2}>{t("workbook.heading")}</h2>
            {blocked && (
              <MessageBar intent="warning" data-testid="write-blocked">
                <MessageBarBody>{t("workbook.blocked", { reason: blocked })}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" onClick={writePlan} disabled={writeDisabled} data-testid="write-plan">
                {t(state.busy === "plan" ? "workbook.writingPlan" : "workbook.writePlan")}
              </Button>
              <Text size={200}>{t("workbook.writePlanHelp")}</Text>
              <Button onClick={publish} disabled={writeDisabled} data-testid="publish">
                {t(state.busy === "publish" ? "workbook.publishing" : "workbook.publish")}
              </Button>
              <Text size={200}>{t("workbook.publishHelp")}</Text>
              <Button appearance="subtle" onClick={reload} disabled={busy} data-testid="reload">
                {t("workbook.reload")}
              </Button>
              <Text size={200}>{t("workbook.reloadHelp")}</Text>
            </div>
            {previewSheets && (
              <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
                <PreviewWorkbook sheets={previewSheets()} />
              </Suspense>
            )}
          </section>
        )}
        </TabErrorBoundary>
      </main>
    </DraftsContext.Provider>
  );
}
