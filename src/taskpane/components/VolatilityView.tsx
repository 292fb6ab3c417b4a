import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { Dispatch, useEffect, useMemo, useRef, useState } from "react";
import type { PriceBook } from "../../model/pricebook";
import { addMonths, forecastScenario, Scenario, simulationPlanOf } from "../../model/scenario";
import { MAX_PATHS, MIN_PATHS, simulateVolatilitySteps, volatilitySensitivitySteps, VolatilityInput } from "../../model/volatility";
import type { WorkbookPort } from "../../workbook/port";
import { usesStaffing } from "../../model/scenario/staffing";
import { staffedSimulationPlan, supportForecast } from "../../model/scenario/supportCost";
import { analysisProblemText, DEFAULT_RISK_SETTINGS, failureText, fieldOfMessage, staffingAssumptionText, ForecastRun, percentileRows, problemsByField, RiskRun, RiskSettings } from "../analysis";
import { useDrafts } from "../drafts";
import { displayCurrency, formatCount, formatMonth, formatPercent, formatWholeMoney } from "../format";
import { CURRENCY_SIGNS } from "../../model/currency/codes";
import { DisplayMoney, fxDriver, inDollarTerms } from "../fxRisk";
import { Translate, useLanguage, useT } from "../i18n/I18n";
import { useProblemText } from "../i18n/problems";
import { notANumberMessage, numberFromText } from "../parseInput";
import { SimulationRun, startSimulation } from "../simulationClient";
import { Action, PaneState, scenarioProblems, selectedScenario } from "../state";
import { useFitStyles } from "./fit";
import { NumberField } from "./NumberField";
import { RiskHistogram } from "./RiskHistogram";
import { ScenarioSelect } from "./ScenarioSelect";
import { driverText, settingText, Tornado } from "./Tornado";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM, alignItems: "start" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  chance: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th[scope=row]": { textAlign: "left", fontWeight: tokens.fontWeightRegular },
    "& td": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
});

/** The model's messages start with these words; each goes under its input. */
const FIELD_PREFIXES = {
  cv: "Coefficient of variation",
  correlation: "Month-to-month correlation",
  paths: "Paths",
  seed: "Seed",
  budget: "Budget",
  extraPercentile: "Percentiles",
  fxVolatility: "The exchange rate's volatility",
} as const;

/** The tornado's 13 runs use at most this many paths each: enough for steady bars, quick. */
const SENSITIVITY_PATHS = 20_000;

interface Props {
  state: PaneState;
  dispatch: Dispatch<Action>;
  workbook: WorkbookPort;
  forecast?: ForecastRun;
  saved?: RiskRun;
  onRun: (run: RiskRun) => void;
  /** The settings as typed, kept by the App so a tab switch does not reset them. */
  settings: RiskSettings;
  onSettings: (update: (s: RiskSettings) => RiskSettings) => void;
  /** Opens the Forecast tab (to make the forecast whose intervals this view can use). */
  onOpenForecast: () => void;
}

const SETTING_FIELDS = ["cv", "correlation", "paths", "seed", "budget", "extraPercentile", "fxVolatility"] as const;

/** The simulation's input for a scenario and the settings, or the reason there is none; its uncertainty in `t`'s language. */
function inputFor(scenario: Scenario, s: RiskSettings, forecast: ForecastRun | undefined, book: PriceBook, t: Translate, display: DisplayMoney): { input: VolatilityInput; uncertaintyText: string } {
  const f = forecastScenario(scenario, book);
  const staffed = usesStaffing(scenario.drivers);
  const assumption = s.staffing ?? "planned";
  const people = staffed ? t("volatility.uncertainty.people", { assumption: staffingAssumptionText(assumption, t) }) : "";
  const common = {
    // The simulated months are conversations, run down the chain and priced by the scenario's stack (with people when priced).
    plan: staffed ? staffedSimulationPlan(supportForecast(scenario, book), assumption, book) : simulationPlanOf(f),
    correlation: s.correlation,
    paths: s.paths,
    seed: s.seed,
    // In another currency than the dollar, the budget is typed in it and the rate is drawn too (fxRisk.ts).
    budget: s.budget,
    fx: fxDriver(display, s.fxVolatility),
    percentiles: [s.extraPercentile],
  };
  if (s.uncertainty === "interval" && forecast) {
    const r = forecast.result;
    return {
      input: {
        ...common,
        volumes: {
          kind: "interval",
          forecast: r.forecast,
          lower: r.lower,
          upper: r.upper,
          confidence: forecast.confidence,
        },
      },
      uncertaintyText: t("volatility.uncertainty.interval", {
        model: r.model,
        pct: String(Math.round(forecast.confidence * 1000) / 10),
        involvement: String(scenario.drivers.aiInvolvementPct),
        resolution: String(scenario.drivers.aiResolutionPct),
        people,
      }),
    };
  }
  return {
    input: { ...common, volumes: { kind: "expected", expected: f.months.map((m) => m.conversations), cv: s.cv } },
    uncertaintyText: t("volatility.uncertainty.cv", { cv: String(s.cv), people }),
  };
}

/** Budget volatility of one scenario: simulated in a worker, with progress and cancel; results as charts and a table. */
export default function VolatilityView({ state, dispatch, workbook, forecast, saved, onRun, settings, onSettings, onOpenForecast }: Props) {
  const styles = useStyles();
  // The workbook's display currency at the book's rate (the pane remounts this view when it changes).
  const display = useMemo<DisplayMoney>(() => ({ ...displayCurrency() }), []);
  const fit = useFitStyles();
  const drafts = useDrafts();
  const t = useT();
  const { locale } = useLanguage();
  const english = locale === "en";
  const problemText = useProblemText();
  /** A model message in the pane's language (in English, as the model wrote it). */
  const said = (message: string | undefined) => (message === undefined || english ? message : analysisProblemText(message, t));
  const scenario = selectedScenario(state);
  const setSettings = onSettings;
  const [budgetText, setBudgetText] = useState(drafts.get("volatility:budget") ?? (settings.budget === undefined ? "" : String(settings.budget)));
  const [progress, setProgress] = useState<{ fraction: number; phase: "simulate" | "sensitivity"; paths: number }>();
  const [writing, setWriting] = useState(false);
  const running = useRef<SimulationRun>();
  const set = <K extends keyof RiskSettings>(key: K, value: RiskSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const intervalsWhy = t("volatility.intervalsWhy");

  // Leaving the view stops a run: nothing keeps working unseen.
  useEffect(() => () => running.current?.cancel(), []);

  const ownProblems = scenario ? scenarioProblems(state).find((p) => p.id === scenario.id)?.problems : undefined;
  const scenarioProblem = scenario ? ownProblems?.map((p) => problemText(p.message)).join(" ") : t("volatility.addScenario");
  const budgetUnparsable = budgetText.trim() !== "" && numberFromText(budgetText) === undefined;
  const prepared = useMemo(() => {
    if (!scenario || scenarioProblem || (settings.uncertainty === "interval" && !forecast)) return undefined;
    const made = inputFor(scenario, settings, forecast, state.prices.book, t, display);
    // Checked here, on the pane's thread, so every message shows under its input before anything runs:
    // each setting alone first (all of them at once, like the editor), then the combination.
    const check = (s: RiskSettings) => {
      const input = inputFor(scenario, s, forecast, state.prices.book, t, display).input;
      simulateVolatilitySteps(input);
      volatilitySensitivitySteps({ ...input, paths: Math.min(input.paths ?? 0, SENSITIVITY_PATHS) });
    };
    const { byField, combined } = problemsByField(settings, { ...DEFAULT_RISK_SETTINGS, uncertainty: settings.uncertainty }, SETTING_FIELDS, check);
    return { ...made, byField, combined };
  }, [scenario, scenarioProblem, settings, forecast, state.prices.book, t, display]);
  const combined = prepared?.combined;
  const combinedField = combined ? fieldOfMessage(combined, FIELD_PREFIXES) : undefined;
  const errorOf = (f: keyof typeof FIELD_PREFIXES) => said(prepared?.byField[f] ?? (combinedField === f ? combined : undefined));
  const problem = prepared ? (Object.values(prepared.byField)[0] ?? combined) : undefined;

  const run = () => {
    if (!scenario || !prepared || problem || budgetUnparsable || running.current) return;
    const { input, uncertaintyText } = prepared;
    const drivers = scenario.drivers;
    const paths = settings.paths;
    setProgress({ fraction: 0, phase: "simulate", paths });
    const started = startSimulation({ input, sensitivityPaths: Math.min(paths, SENSITIVITY_PATHS) }, (fraction, phase) => setProgress({ fraction, phase, paths }));
    running.current = started;
    void started.outcome.then((outcome) => {
      if (running.current !== started) return;
      running.current = undefined;
      setProgress(undefined);
      if (outcome.kind === "done") {
        onRun({ scenarioId: scenario.id, scenarioName: scenario.name, settings, drivers, result: outcome.result, sensitivity: outcome.sensitivity, uncertaintyText, display });
      } else if (outcome.kind === "cancelled") {
        dispatch({ type: "status", tone: "info", title: t("volatility.cancelledTitle"), message: t("volatility.cancelledBody") });
      } else {
        const message =
          outcome.cause === "input"
            ? (said(outcome.detail) ?? outcome.message)
            : outcome.cause === "failed"
              ? t("volatility.failed", { detail: outcome.detail ?? "" })
              : t("volatility.couldNotRun", { detail: outcome.detail ?? t("volatility.workerFailed") });
        dispatch({ type: "status", tone: "error", title: t("volatility.couldNotSimulate"), message });
      }
    });
  };

  const cancel = () => {
    const current = running.current;
    if (!current) return;
    // Settle at once: the outcome handler reports the cancel and clears the progress.
    current.cancel();
  };

  const writeSheet = async () => {
    if (!saved) return;
    setWriting(true);
    try {
      const result = await workbook.writeRisk({ scenarioName: saved.scenarioName, result: saved.result, sensitivity: saved.sensitivity, uncertainty: saved.uncertaintyText, firstMonth: saved.drivers.firstMonth, language: locale, display: saved.display.currency === "USD" ? undefined : saved.display });
      dispatch({
        type: "status",
        tone: "success",
        title: result.created ? t("volatility.written") : t("volatility.updated"),
        message: t("volatility.writtenBody", { sheet: result.sheetName, count: String(result.charts) }),
      });
    } catch (error) {
      dispatch({ type: "status", tone: "error", title: t("volatility.couldNotWrite"), message: failureText(t, t("volatility.action.write"), error) });
    } finally {
      setWriting(false);
    }
  };

  // A result in another currency, in the terms the pane's formats convert from (fxRisk.ts).
  const shown = useMemo(() => (saved ? inDollarTerms(saved.result, saved.sensitivity, saved.display) : undefined), [saved]);
  const r = shown?.result;
  const stale =
    saved !== undefined &&
    (saved.scenarioId !== scenario?.id || JSON.stringify(saved.settings) !== JSON.stringify(settings) || JSON.stringify(saved.drivers) !== JSON.stringify(scenario?.drivers));
  const isRunning = progress !== undefined;
  const rows: { key: string; label: string; value: number }[] =
    r && saved
      ? [
          {
            key: "planned",
            // From a forecast's interval the simulation's plan is the point forecast, not the scenario's own volumes: say which.
            label: saved.settings.uncertainty === "interval" ? t("volatility.row.plannedForecast") : t("volatility.row.planned"),
            value: r.plannedCost,
          },
          { key: "mean", label: t("volatility.row.mean"), value: r.total.mean },
          ...percentileRows(r).map((row) => (row.key === "p50" ? { ...row, label: t("volatility.row.p50") } : row)),
          { key: "budgetAtRisk", label: t("volatility.row.budgetAtRisk"), value: r.budgetAtRisk },
          { key: "worstMonth", label: t("volatility.row.worstMonth", { month: formatMonth(addMonths(saved.drivers.firstMonth, r.worstMonth.month - 1)) }), value: r.worstMonth.p95 },
        ]
      : [];

  return (
    <section className={styles.section} aria-label={t("volatility.section")}>
      <h2 className={styles.h2}>{t("volatility.heading")}</h2>
      <ScenarioSelect label={t("volatility.scenario")} scenarios={state.scenarios} selectedId={state.selectedId} onSelect={(id) => dispatch({ type: "select", id })} testId="volatility-scenario" />
      {scenarioProblem ? (
        <MessageBar intent="warning" data-testid="volatility-scenario-problem">
          <MessageBarBody>{t("volatility.fixScenario", { problem: scenarioProblem })}</MessageBarBody>
        </MessageBar>
      ) : (
        scenario && (
          <Text size={200}>
            {t("volatility.scenarioLine", {
              stack: scenario.drivers.stack,
              seats: String(scenario.drivers.seats),
              months: String(scenario.drivers.horizonMonths),
              cost: formatWholeMoney(forecastScenario(scenario, state.prices.book).summary.total),
            })}
          </Text>
        )
      )}
      <Field
        label={t("volatility.uncertainty")}
        hint={
          forecast ? undefined : (
            <span data-testid="volatility-intervals-why">
              {t("volatility.intervalsWhyHint", { why: intervalsWhy })}{" "}
              <Link as="button" inline onClick={onOpenForecast} data-testid="volatility-open-forecast">
                {t("volatility.openForecast")}
              </Link>
            </span>
          )
        }
      >
        <RadioGroup layout="horizontal" value={settings.uncertainty} onChange={(_, d) => set("uncertainty", d.value === "interval" ? "interval" : "cv")}>
          <Radio value="cv" label={t("volatility.byCv")} />
          <Radio value="interval" label={forecast ? t("volatility.byIntervals") : t("volatility.byIntervalsNeeds")} disabled={!forecast} />
        </RadioGroup>
      </Field>
      {scenario && usesStaffing(scenario.drivers) && (
        <Field label={t("volatility.people")} hint={t("volatility.peopleHint")}>
          <RadioGroup value={settings.staffing ?? "planned"} onChange={(_, d) => set("staffing", d.value === "scaling" ? "scaling" : "planned")} data-testid="volatility-staffing">
            <Radio value="planned" label={t("volatility.peoplePlanned")} />
            <Radio value="scaling" label={t("volatility.peopleScaling")} />
          </RadioGroup>
        </Field>
      )}
      {settings.uncertainty === "interval" && !forecast && (
        <MessageBar intent="info">
          <MessageBarBody>{intervalsWhy}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {settings.uncertainty === "cv" ? (
          <NumberField label={t("volatility.cv")} name={t("volatility.cvName")} draftKey="volatility:cv" hint={t("volatility.cvHint")} value={settings.cv} error={errorOf("cv")} onChange={(v) => set("cv", v)} testId="volatility-cv" />
        ) : (
          <Text size={200}>{forecast ? t("volatility.forecastLine", { model: forecast.result.model, months: String(forecast.result.forecast.length) }) : ""}</Text>
        )}
        <NumberField label={t("volatility.correlation")} name={t("volatility.correlationName")} draftKey="volatility:correlation" hint={t("volatility.correlationHint")} value={settings.correlation} error={errorOf("correlation")} onChange={(v) => set("correlation", v)} testId="volatility-correlation" />
      </div>
      <div className={styles.row}>
        <NumberField
          label={t("volatility.paths")}
          draftKey="volatility:paths"
          hint={t("volatility.pathsHint", { min: formatCount(MIN_PATHS), max: formatCount(MAX_PATHS) })}
          value={settings.paths}
          error={errorOf("paths")}
          onChange={(v) => set("paths", v)}
          testId="volatility-paths"
        />
        <NumberField label={t("volatility.seed")} draftKey="volatility:seed" hint={t("volatility.seedHint")} value={settings.seed} error={errorOf("seed")} onChange={(v) => set("seed", v)} testId="volatility-seed" />
      </div>
      <div className={styles.row}>
        <Field
          label={t("volatility.budget")}
          hint={t("volatility.budgetHint")}
          validationState={budgetUnparsable || errorOf("budget") ? "error" : "none"}
          validationMessage={budgetUnparsable ? t("volatility.budgetBlank", { message: problemText(notANumberMessage(t("volatility.budgetName"), budgetText)) ?? "" }) : errorOf("budget")}
        >
          <Input
            className={fit.root}
            input={{ className: fit.control }}
            value={budgetText}
            inputMode="decimal"
            contentBefore={CURRENCY_SIGNS[display.currency]}
            data-testid="volatility-budget"
            onChange={(_, d) => {
              setBudgetText(d.value);
              drafts.set("volatility:budget", d.value);
              const parsed = numberFromText(d.value);
              set("budget", d.value.trim() === "" ? undefined : (parsed ?? Number.NaN));
            }}
          />
        </Field>
        {display.currency !== "USD" && (
          <NumberField
            label={t("volatility.fxVolatility", { currency: display.currency })}
            name={t("volatility.fxVolatilityName")}
            draftKey="volatility:fxVolatility"
            hint={t("volatility.fxVolatilityHint")}
            value={settings.fxVolatility}
            error={errorOf("fxVolatility")}
            onChange={(v) => set("fxVolatility", v)}
            testId="volatility-fx"
          />
        )}
        <NumberField
          label={t("volatility.percentile")}
          name={t("volatility.percentileName")}
          draftKey="volatility:extraPercentile"
          hint={t("volatility.percentileHint")}
          value={settings.extraPercentile}
          error={errorOf("extraPercentile")}
          onChange={(v) => set("extraPercentile", v)}
          testId="volatility-percentile"
        />
      </div>
      {combined && !combinedField && (
        <MessageBar intent="error" layout="multiline" data-testid="volatility-error">
          <MessageBarBody>{said(combined)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={isRunning || !prepared || !!problem || budgetUnparsable} data-testid="volatility-run">
          {isRunning ? t("volatility.simulating") : t("volatility.run")}
        </Button>
        {isRunning && (
          <Button onClick={cancel} data-testid="volatility-cancel">
            {t("volatility.cancel")}
          </Button>
        )}
      </div>
      {progress && (
        <Field
          label={
            progress.phase === "simulate"
              ? t("volatility.progressSimulate", { paths: formatCount(progress.paths), pct: String(Math.floor(progress.fraction * 100)) })
              : t("volatility.progressSensitivity", { pct: String(Math.floor(progress.fraction * 100)) })
          }
          validationState="none"
        >
          <ProgressBar value={progress.fraction} max={1} thickness="large" data-testid="volatility-progress" aria-label={t("volatility.progress")} />
        </Field>
      )}
      {r && saved && (
        <>
          {stale && (
            <MessageBar intent="info" data-testid="volatility-stale">
              <MessageBarBody>{t("volatility.stale", { name: saved.scenarioName })}</MessageBarBody>
            </MessageBar>
          )}
          <h3 className={styles.h3}>
            {t("volatility.resultsHeading", { name: saved.scenarioName, paths: formatCount(r.paths), months: String(r.months) })}
          </h3>
          {usesStaffing(saved.drivers) && (
            <Text size={200} data-testid="volatility-staffing-note">
              {t("volatility.staffingNote", { assumption: staffingAssumptionText(saved.settings.staffing ?? "planned", t) })}
            </Text>
          )}
          {r.probabilityOverBudget !== null && r.budget !== null ? (
            <Text className={styles.chance} data-testid="volatility-chance" data-value={r.probabilityOverBudget}>
              {t("volatility.chance", { budget: formatWholeMoney(r.budget), pct: formatPercent(r.probabilityOverBudget) })}
            </Text>
          ) : (
            <Text size={200}>{t("volatility.noBudget")}</Text>
          )}
          <RiskHistogram histogram={r.histogram} budget={r.budget} p95={r.total.p95} paths={r.paths} />
          <details>
            <summary>{t("volatility.histogramNumbers")}</summary>
            <table className={styles.table} data-testid="histogram-table">
              <caption style={{ textAlign: "left" }}>{t("volatility.histogramCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("volatility.col.totalCost")}</th>
                  <th scope="col">{t("volatility.col.futures")}</th>
                </tr>
              </thead>
              <tbody>
                {r.histogram.counts.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {formatWholeMoney(r.histogram.edges[i])}–{formatWholeMoney(r.histogram.edges[i + 1])}
                    </th>
                    <td data-value={c}>{formatPercent(c / r.paths)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <div role="region" aria-label={t("volatility.percentilesRegion")} tabIndex={0}>
            <table className={styles.table} data-testid="volatility-percentiles">
              <caption style={{ textAlign: "left" }}>{t("volatility.percentilesCaption")}</caption>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-stat={row.key}>
                    <th scope="row">{row.label}</th>
                    <td data-value={row.value}>{formatWholeMoney(row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className={styles.h3}>{t("volatility.whatMoves")}</h3>
          <Tornado sensitivity={shown!.sensitivity} />
          <details>
            <summary>{t("volatility.tornadoNumbers")}</summary>
            <table className={styles.table} data-testid="tornado-table">
              <caption style={{ textAlign: "left" }}>
                {t("volatility.tornadoCaption", { paths: formatCount(Math.min(r.paths, SENSITIVITY_PATHS)) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("volatility.col.driver")}</th>
                  <th scope="col">{t("volatility.col.low")}</th>
                  <th scope="col">{t("volatility.col.high")}</th>
                </tr>
              </thead>
              <tbody>
                {shown!.sensitivity.entries.map((e) => (
                  <tr key={e.driver}>
                    <th scope="row">{driverText(e.driver, t)}</th>
                    <td>
                      {settingText(e.lowLabel, t)}: {formatWholeMoney(e.lowValue)}
                    </td>
                    <td>
                      {settingText(e.highLabel, t)}: {formatWholeMoney(e.highValue)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <Button onClick={writeSheet} disabled={writing} data-testid="volatility-write">
            {writing ? t("volatility.writing") : t("volatility.write")}
          </Button>
        </>
      )}
    </section>
  );
}
