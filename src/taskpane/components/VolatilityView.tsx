import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { Dispatch, useEffect, useMemo, useRef, useState } from "react";
import type { PriceBook } from "../../model/pricebook";
import { addMonths, forecastScenario, monthLabel, Scenario, simulationPlanOf } from "../../model/scenario";
import { MAX_PATHS, MIN_PATHS, simulateVolatilitySteps, volatilitySensitivitySteps, VolatilityInput } from "../../model/volatility";
import { describeWorkbookError, WorkbookPort } from "../../workbook/port";
import { usesStaffing } from "../../model/scenario/staffing";
import { staffedSimulationPlan, supportForecast } from "../../model/scenario/supportCost";
import { DEFAULT_RISK_SETTINGS, fieldOfMessage, staffingAssumptionText, ForecastRun, percentileRows, problemsByField, RiskRun, RiskSettings } from "../analysis";
import { useDrafts } from "../drafts";
import { formatPercent, formatWholeMoney, withTrueMinus } from "../format";
import { notANumberMessage, numberFromText } from "../parseInput";
import { SimulationRun, startSimulation } from "../simulationClient";
import { Action, PaneState, scenarioProblems, selectedScenario } from "../state";
import { useFitStyles } from "./fit";
import { NumberField } from "./NumberField";
import { RiskHistogram } from "./RiskHistogram";
import { ScenarioSelect } from "./ScenarioSelect";
import { Tornado } from "./Tornado";

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

const SETTING_FIELDS = ["cv", "correlation", "paths", "seed", "budget", "extraPercentile"] as const;

/** The simulation's input for a scenario and the settings, or the reason there is none. */
function inputFor(scenario: Scenario, s: RiskSettings, forecast: ForecastRun | undefined, book: PriceBook): { input: VolatilityInput; uncertaintyText: string } {
  const f = forecastScenario(scenario, book);
  const staffed = usesStaffing(scenario.drivers);
  const assumption = s.staffing ?? "planned";
  const people = staffed ? `. ${staffingAssumptionText(assumption)}` : "";
  const common = {
    // The simulated months are conversations, run down the chain and priced by the scenario's stack (with people when priced).
    plan: staffed ? staffedSimulationPlan(supportForecast(scenario, book), assumption, book) : simulationPlanOf(f),
    correlation: s.correlation,
    paths: s.paths,
    seed: s.seed,
    budget: s.budget,
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
      uncertaintyText: `Conversations from the forecast (${r.model}) and its ${Math.round(forecast.confidence * 1000) / 10}% interval, down the chain: ${scenario.drivers.aiInvolvementPct}% AI involvement, ${scenario.drivers.aiResolutionPct}% AI resolution${people}`,
    };
  }
  return {
    input: { ...common, volumes: { kind: "expected", expected: f.months.map((m) => m.conversations), cv: s.cv } },
    uncertaintyText: `Expected conversations from the scenario, coefficient of variation ${s.cv}${people}`,
  };
}

/** Budget volatility of one scenario: simulated in a worker, with progress and cancel; results as charts and a table. */
export default function VolatilityView({ state, dispatch, workbook, forecast, saved, onRun, settings, onSettings, onOpenForecast }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const drafts = useDrafts();
  const scenario = selectedScenario(state);
  const setSettings = onSettings;
  const [budgetText, setBudgetText] = useState(drafts.get("volatility:budget") ?? (settings.budget === undefined ? "" : String(settings.budget)));
  const [progress, setProgress] = useState<{ fraction: number; phase: "simulate" | "sensitivity"; paths: number }>();
  const [writing, setWriting] = useState(false);
  const running = useRef<SimulationRun>();
  const set = <K extends keyof RiskSettings>(key: K, value: RiskSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const intervalsWhy = "Needs a forecast: on the Forecast tab, use a selection of monthly history; its prediction intervals then become available here.";

  // Leaving the view stops a run: nothing keeps working unseen.
  useEffect(() => () => running.current?.cancel(), []);

  const ownProblems = scenario ? scenarioProblems(state).find((p) => p.id === scenario.id)?.problems : undefined;
  const scenarioProblem = scenario ? ownProblems?.map((p) => p.message).join(" ") : "Add a scenario first.";
  const budgetUnparsable = budgetText.trim() !== "" && numberFromText(budgetText) === undefined;
  const prepared = useMemo(() => {
    if (!scenario || scenarioProblem || (settings.uncertainty === "interval" && !forecast)) return undefined;
    const made = inputFor(scenario, settings, forecast, state.prices.book);
    // Checked here, on the pane's thread, so every message shows under its input before anything runs:
    // each setting alone first (all of them at once, like the editor), then the combination.
    const check = (s: RiskSettings) => {
      const input = inputFor(scenario, s, forecast, state.prices.book).input;
      simulateVolatilitySteps(input);
      volatilitySensitivitySteps({ ...input, paths: Math.min(input.paths ?? 0, SENSITIVITY_PATHS) });
    };
    const { byField, combined } = problemsByField(settings, { ...DEFAULT_RISK_SETTINGS, uncertainty: settings.uncertainty }, SETTING_FIELDS, check);
    return { ...made, byField, combined };
  }, [scenario, scenarioProblem, settings, forecast, state.prices.book]);
  const combined = prepared?.combined;
  const combinedField = combined ? fieldOfMessage(combined, FIELD_PREFIXES) : undefined;
  const errorOf = (f: keyof typeof FIELD_PREFIXES) => prepared?.byField[f] ?? (combinedField === f ? combined : undefined);
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
        onRun({ scenarioId: scenario.id, scenarioName: scenario.name, settings, drivers, result: outcome.result, sensitivity: outcome.sensitivity, uncertaintyText });
      } else if (outcome.kind === "cancelled") {
        dispatch({ type: "status", tone: "info", title: "Simulation cancelled", message: "Nothing was changed; the previous results, if any, are still shown." });
      } else {
        dispatch({ type: "status", tone: "error", title: "Could not simulate", message: outcome.message });
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
      const result = await workbook.writeRisk({ scenarioName: saved.scenarioName, result: saved.result, sensitivity: saved.sensitivity, uncertainty: saved.uncertaintyText, firstMonth: saved.drivers.firstMonth });
      dispatch({
        type: "status",
        tone: "success",
        title: result.created ? "Risk written" : "Risk updated",
        message: `Sheet "${result.sheetName}": percentiles, histogram and tornado as values, with ${result.charts} charts.`,
      });
    } catch (error) {
      dispatch({ type: "status", tone: "error", title: "Could not write the risk", message: describeWorkbookError("write the risk", error) });
    } finally {
      setWriting(false);
    }
  };

  const r = saved?.result;
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
            label: saved.settings.uncertainty === "interval" ? "Planned at the point forecast (the scenario's own plan is above)" : "Planned (the scenario's expected volumes)",
            value: r.plannedCost,
          },
          { key: "mean", label: "Mean", value: r.total.mean },
          ...percentileRows(r),
          { key: "budgetAtRisk", label: "Budget at risk (P95 − planned)", value: r.budgetAtRisk },
          { key: "worstMonth", label: `Worst month: ${monthLabel(addMonths(saved.drivers.firstMonth, r.worstMonth.month - 1))} (its P95)`, value: r.worstMonth.p95 },
        ]
      : [];

  return (
    <section className={styles.section} aria-label="Volatility">
      <h2 className={styles.h2}>Budget volatility</h2>
      <ScenarioSelect label="Scenario" scenarios={state.scenarios} selectedId={state.selectedId} onSelect={(id) => dispatch({ type: "select", id })} testId="volatility-scenario" />
      {scenarioProblem ? (
        <MessageBar intent="warning" data-testid="volatility-scenario-problem">
          <MessageBarBody>Fix the scenario to simulate it: {scenarioProblem}</MessageBarBody>
        </MessageBar>
      ) : (
        scenario && (
          <Text size={200}>
            {scenario.drivers.stack}, {scenario.drivers.seats} seats, {scenario.drivers.horizonMonths} months; the scenario&apos;s planned cost {formatWholeMoney(forecastScenario(scenario, state.prices.book).summary.total)}.
          </Text>
        )
      )}
      <Field
        label="Volume uncertainty"
        hint={
          forecast ? undefined : (
            <span data-testid="volatility-intervals-why">
              Forecast intervals: {intervalsWhy}{" "}
              <Link as="button" inline onClick={onOpenForecast} data-testid="volatility-open-forecast">
                Open Forecast
              </Link>
            </span>
          )
        }
      >
        <RadioGroup layout="horizontal" value={settings.uncertainty} onChange={(_, d) => set("uncertainty", d.value === "interval" ? "interval" : "cv")}>
          <Radio value="cv" label="Coefficient of variation" />
          <Radio value="interval" label={forecast ? "Forecast intervals" : "Forecast intervals (needs a forecast)"} disabled={!forecast} />
        </RadioGroup>
      </Field>
      {scenario && usesStaffing(scenario.drivers) && (
        <Field label="People cost in the simulation" hint="This scenario plans agents from workload">
          <RadioGroup value={settings.staffing ?? "planned"} onChange={(_, d) => set("staffing", d.value === "scaling" ? "scaling" : "planned")} data-testid="volatility-staffing">
            <Radio value="planned" label="Planned on expected volume (people cost fixed)" />
            <Radio value="scaling" label="Scales with each simulated month" />
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
          <NumberField label="Volatility (CV)" name="Coefficient of variation" draftKey="volatility:cv" hint="0.2 = about ±20% a month" value={settings.cv} error={errorOf("cv")} onChange={(v) => set("cv", v)} testId="volatility-cv" />
        ) : (
          <Text size={200}>{forecast ? `Forecast ${forecast.result.model}, ${forecast.result.forecast.length} months.` : ""}</Text>
        )}
        <NumberField label="Correlation" name="Month-to-month correlation" draftKey="volatility:correlation" hint="Month to month, 0 to 0.99" value={settings.correlation} error={errorOf("correlation")} onChange={(v) => set("correlation", v)} testId="volatility-correlation" />
      </div>
      <div className={styles.row}>
        <NumberField
          label="Paths"
          draftKey="volatility:paths"
          hint={`${MIN_PATHS.toLocaleString("en-US")} to ${MAX_PATHS.toLocaleString("en-US")}`}
          value={settings.paths}
          error={errorOf("paths")}
          onChange={(v) => set("paths", v)}
          testId="volatility-paths"
        />
        <NumberField label="Seed" draftKey="volatility:seed" hint="Same seed, same result" value={settings.seed} error={errorOf("seed")} onChange={(v) => set("seed", v)} testId="volatility-seed" />
      </div>
      <div className={styles.row}>
        <Field
          label="Budget (whole horizon)"
          hint="Optional, in US dollars"
          validationState={budgetUnparsable || errorOf("budget") ? "error" : "none"}
          validationMessage={budgetUnparsable ? `${notANumberMessage("Budget", budgetText)} Or leave it blank for no budget.` : errorOf("budget")}
        >
          <Input
            className={fit.root}
            input={{ className: fit.control }}
            value={budgetText}
            inputMode="decimal"
            contentBefore="$"
            data-testid="volatility-budget"
            onChange={(_, d) => {
              setBudgetText(d.value);
              drafts.set("volatility:budget", d.value);
              const parsed = numberFromText(d.value);
              set("budget", d.value.trim() === "" ? undefined : (parsed ?? Number.NaN));
            }}
          />
        </Field>
        <NumberField
          label="Extra percentile"
          name="Percentiles"
          draftKey="volatility:extraPercentile"
          hint="0 to 1, e.g. 0.8"
          value={settings.extraPercentile}
          error={errorOf("extraPercentile")}
          onChange={(v) => set("extraPercentile", v)}
          testId="volatility-percentile"
        />
      </div>
      {combined && !combinedField && (
        <MessageBar intent="error" layout="multiline" data-testid="volatility-error">
          <MessageBarBody>{combined}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={isRunning || !prepared || !!problem || budgetUnparsable} data-testid="volatility-run">
          {isRunning ? "Simulating…" : "Run simulation"}
        </Button>
        {isRunning && (
          <Button onClick={cancel} data-testid="volatility-cancel">
            Cancel
          </Button>
        )}
      </div>
      {progress && (
        <Field
          label={`${progress.phase === "simulate" ? `Simulating ${progress.paths.toLocaleString("en-US")} futures` : "Testing each driver (tornado)"}… ${Math.floor(progress.fraction * 100)}%`}
          validationState="none"
        >
          <ProgressBar value={progress.fraction} max={1} thickness="large" data-testid="volatility-progress" aria-label="Simulation progress" />
        </Field>
      )}
      {r && saved && (
        <>
          {stale && (
            <MessageBar intent="info" data-testid="volatility-stale">
              <MessageBarBody>These results are from an earlier run ({saved.scenarioName}); inputs have changed since. Run again to update them.</MessageBarBody>
            </MessageBar>
          )}
          <h3 className={styles.h3}>
            {saved.scenarioName}: {r.paths.toLocaleString("en-US")} futures over {r.months} months
          </h3>
          {usesStaffing(saved.drivers) && (
            <Text size={200} data-testid="volatility-staffing-note">
              Total cost of support (people + seats + AI). {staffingAssumptionText(saved.settings.staffing ?? "planned")}
            </Text>
          )}
          {r.probabilityOverBudget !== null && r.budget !== null ? (
            <Text className={styles.chance} data-testid="volatility-chance" data-value={r.probabilityOverBudget}>
              Chance of exceeding {formatWholeMoney(r.budget)}: {formatPercent(r.probabilityOverBudget)}
            </Text>
          ) : (
            <Text size={200}>Type a budget and run again to see the chance of exceeding it.</Text>
          )}
          <RiskHistogram histogram={r.histogram} budget={r.budget} p95={r.total.p95} paths={r.paths} />
          <details>
            <summary>Histogram numbers</summary>
            <table className={styles.table} data-testid="histogram-table">
              <caption style={{ textAlign: "left" }}>Simulated futures by total cost.</caption>
              <thead>
                <tr>
                  <th scope="col">Total cost</th>
                  <th scope="col">Futures</th>
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
          <div role="region" aria-label="Total cost percentiles" tabIndex={0}>
            <table className={styles.table} data-testid="volatility-percentiles">
              <caption style={{ textAlign: "left" }}>Total cost over the horizon, US dollars.</caption>
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
          <h3 className={styles.h3}>What moves the P95</h3>
          <Tornado sensitivity={saved.sensitivity} />
          <details>
            <summary>Tornado numbers</summary>
            <table className={styles.table} data-testid="tornado-table">
              <caption style={{ textAlign: "left" }}>
                P95 of total cost with each driver at its low and high setting ({Math.min(r.paths, SENSITIVITY_PATHS).toLocaleString("en-US")} paths a run).
              </caption>
              <thead>
                <tr>
                  <th scope="col">Driver</th>
                  <th scope="col">Low</th>
                  <th scope="col">High</th>
                </tr>
              </thead>
              <tbody>
                {saved.sensitivity.entries.map((e) => (
                  <tr key={e.driver}>
                    <th scope="row">{e.driver}</th>
                    <td>
                      {withTrueMinus(e.lowLabel)}: {formatWholeMoney(e.lowValue)}
                    </td>
                    <td>
                      {withTrueMinus(e.highLabel)}: {formatWholeMoney(e.highValue)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <Button onClick={writeSheet} disabled={writing} data-testid="volatility-write">
            {writing ? "Writing…" : "Write risk to sheet"}
          </Button>
        </>
      )}
    </section>
  );
}
