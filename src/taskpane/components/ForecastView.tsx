import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { Dispatch, useEffect, useMemo, useState } from "react";
import { forecastSeries, MAX_HORIZON } from "../../model/forecast";
import { addMonths, isMonth, MAX_HORIZON as MAX_SCENARIO_HORIZON, MIN_HORIZON as MIN_SCENARIO_HORIZON, monthLabel, validateScenario } from "../../model/scenario";
import { describeWorkbookError, WorkbookPort } from "../../workbook/port";
import { inputProblem } from "../../model/errors";
import { fieldOfMessage, ForecastRun, ForecastSettings, volumeFromForecast } from "../analysis";
import { formatCount } from "../format";
import { Action, PaneState, selectedScenario } from "../state";
import { FanChart } from "./FanChart";
import { useFitStyles } from "./fit";
import { NumberField } from "./NumberField";
import { ScenarioSelect } from "./ScenarioSelect";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM, alignItems: "start" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& td": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
});

type Seasonality = ForecastRun["seasonality"];

const FIELD_PREFIXES = { horizon: "Horizon", confidence: "Confidence", seasonality: "Seasonality" } as const;

interface Props {
  state: PaneState;
  dispatch: Dispatch<Action>;
  workbook: WorkbookPort;
  insideExcel: boolean;
  onForecast: (run: ForecastRun | undefined) => void;
  /** History and settings as given, kept by the App so a tab switch does not reset them. */
  settings: ForecastSettings;
  onSettings: (update: (s: ForecastSettings) => ForecastSettings) => void;
}

/** History from the selection → forecast with a fan chart → a scenario's volume, or a sheet. */
export default function ForecastView({ state, dispatch, workbook, insideExcel, onForecast, settings, onSettings }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const history = settings.history;
  const { horizon, seasonality, confidence } = settings;
  const setHistory = (h: ForecastSettings["history"]) => onSettings((s) => ({ ...s, history: h }));
  const setHorizon = (v: number) => onSettings((s) => ({ ...s, horizon: v }));
  const setSeasonality = (v: Seasonality) => onSettings((s) => ({ ...s, seasonality: v }));
  const setConfidence = (v: number) => onSettings((s) => ({ ...s, confidence: v }));
  const [readError, setReadError] = useState<string>();
  const [busy, setBusy] = useState<"read" | "write">();
  const selected = selectedScenario(state);
  /** The history ends the month before the selected scenario starts: the forecast's first month is its first month. */
  const firstForecastMonth = selected && isMonth(selected.drivers.firstMonth) ? selected.drivers.firstMonth : undefined;

  // Fitting takes tens of milliseconds: fast enough to follow every edit.
  const outcome = useMemo(() => {
    if (!history) return undefined;
    let result: ForecastRun["result"] | undefined;
    const problem = inputProblem(() => {
      result = forecastSeries(history.values, horizon, { seasonality: seasonality === "12" ? 12 : seasonality, confidence });
    });
    if (problem || !result) return { problem: problem ?? "No forecast." };
    const run: ForecastRun = { history: history.values, source: history.source, horizon, seasonality, confidence, result };
    return { run };
  }, [history, horizon, seasonality, confidence]);
  const run = outcome?.run;
  useEffect(() => onForecast(run), [run, onForecast]);

  const problem = outcome?.problem;
  const problemField = problem ? fieldOfMessage(problem, FIELD_PREFIXES) : undefined;

  const readSelection = async () => {
    setBusy("read");
    try {
      const read = await workbook.readSelectionSeries();
      setHistory({ values: read.values, source: read.address });
      setReadError(undefined);
    } catch (error) {
      setHistory(undefined);
      setReadError(describeWorkbookError("read the selection", error));
    } finally {
      setBusy(undefined);
    }
  };

  const selectedValid = selected ? Object.keys(validateScenario(selected, state.scenarios, state.prices.book)).length === 0 : false;
  /**
   * The selected scenario's month-by-month volume: the forecast's first horizonMonths months. A forecast
   * shorter than the scenario's horizon is run again for the horizon (same history and settings).
   * Level, growth and seasonality are also fitted to it, kept for when the user switches back.
   */
  const volume = useMemo(() => {
    if (!run || !selected) return undefined;
    const months = selected.drivers.horizonMonths;
    if (!(Number.isInteger(months) && months >= MIN_SCENARIO_HORIZON && months <= MAX_SCENARIO_HORIZON)) {
      return { why: `Fix ${selected.name}'s horizon first (${MIN_SCENARIO_HORIZON} to ${MAX_SCENARIO_HORIZON} months).` };
    }
    let forecast = run.result.forecast;
    const extended = forecast.length < months;
    let why: string | undefined;
    if (extended) {
      why = inputProblem(() => {
        forecast = forecastSeries(run.history, months, { seasonality: run.seasonality === "12" ? 12 : run.seasonality, confidence: run.confidence }).forecast;
      });
      if (why) return { why };
    }
    let fitted: ReturnType<typeof volumeFromForecast> | undefined;
    // A forecast no level and seasonality can follow (e.g. all zeros) still gives an exact list.
    inputProblem(() => {
      fitted = volumeFromForecast(forecast, selected.drivers);
    });
    return { list: forecast.slice(0, months), fitted, extended, months, why };
  }, [run, selected]);

  const useAsVolume = () => {
    if (!selected || !run || !volume?.list) return;
    const fallback = volume.fitted ? { startConversations: volume.fitted.startConversations, growthPct: volume.fitted.growthPct, seasonality: volume.fitted.seasonality } : {};
    dispatch({ type: "setDrivers", id: selected.id, drivers: { ...fallback, monthlyConversations: volume.list } });
    // Show the forecast that was used: the fan chart and table follow the scenario's horizon.
    if (volume.extended) setHorizon(volume.months);
    const ran = volume.extended ? ` The forecast was run for ${volume.months} months (it covered ${run.result.forecast.length}) to cover the horizon.` : "";
    dispatch({
      type: "status",
      tone: "success",
      title: `${selected.name} now follows the forecast`,
      message: `Conversations month by month for ${volume.months} months from ${monthLabel(selected.drivers.firstMonth)}, exactly as forecast.${ran}`,
    });
  };

  const writeSheet = async () => {
    if (!run) return;
    setBusy("write");
    try {
      const result = await workbook.writeForecast({ history: run.history, source: run.source, result: run.result, confidence: run.confidence, firstMonth: firstForecastMonth });
      dispatch({
        type: "status",
        tone: "success",
        title: result.created ? "Forecast written" : "Forecast updated",
        message: `Sheet "${result.sheetName}": history, forecast and interval as values, with a line chart.`,
      });
    } catch (error) {
      dispatch({ type: "status", tone: "error", title: "Could not write the forecast", message: describeWorkbookError("write the forecast", error) });
    } finally {
      setBusy(undefined);
    }
  };

  const blanks = history ? history.values.filter((v) => v === null).length : 0;
  const pct = `${Math.round(confidence * 1000) / 10}%`;

  return (
    <section className={styles.section} aria-label="Forecast">
      <h2 className={styles.h2}>Forecast volume from history</h2>
      <Text size={200}>
        Select a column or row of monthly conversation counts, oldest first, ending the month before the plan starts
        {selected ? ` (${monthLabel(selected.drivers.firstMonth)} for ${selected.name})` : ""}. Blank months are filled in; at least 4 numbers are needed, 24 or more to find seasonality.
      </Text>
      <Button onClick={readSelection} disabled={busy !== undefined} data-testid="forecast-use-selection">
        {busy === "read" ? "Reading…" : insideExcel ? "Use selection as history" : "Use selection as history (sample data in the preview)"}
      </Button>
      {readError && (
        <MessageBar intent="error" layout="multiline" data-testid="forecast-error">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {history && (
        <Text size={200} data-testid="forecast-source">
          History: {history.values.length} months from {history.source}
          {blanks > 0 ? `, ${blanks} blank ${blanks === 1 ? "month" : "months"} filled in` : ""}.
        </Text>
      )}
      <div className={styles.row}>
        <NumberField
          label="Horizon (months)"
          hint={`1 to ${MAX_HORIZON}`}
          name="Horizon"
          draftKey="forecast:horizon"
          value={horizon}
          error={problemField === "horizon" ? problem : undefined}
          onChange={setHorizon}
          testId="forecast-horizon"
        />
        <NumberField
          label="Confidence"
          hint="0 to 1, e.g. 0.95"
          name="Confidence"
          draftKey="forecast:confidence"
          value={confidence}
          error={problemField === "confidence" ? problem : undefined}
          onChange={setConfidence}
          testId="forecast-confidence"
        />
      </div>
      <Field label="Seasonality" validationState={problemField === "seasonality" ? "error" : "none"} validationMessage={problemField === "seasonality" ? problem : undefined}>
        <Select className={fit.root} select={{ className: fit.control }} value={seasonality} onChange={(_, d) => setSeasonality(d.value as Seasonality)} data-testid="forecast-seasonality">
          <option value="auto">Automatic (yearly when the history shows it)</option>
          <option value="none">None</option>
          <option value="12">Yearly (12 months)</option>
        </Select>
      </Field>
      {problem && !problemField && (
        <MessageBar intent="error" layout="multiline" data-testid="forecast-error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          <Text data-testid="forecast-model" data-model={run.result.model}>
            Forecast: {run.result.description}. The shaded band is the {pct} interval, never narrower than this history&apos;s own ups and downs.
          </Text>
          <Text size={200} data-testid="forecast-method">
            Method: {run.result.model}.
          </Text>
          <FanChart history={run.history} result={run.result} confidence={run.confidence} firstForecastMonth={firstForecastMonth} />
          <details>
            <summary>Forecast numbers</summary>
            <table className={styles.table} data-testid="forecast-table">
              <caption style={{ textAlign: "left" }}>Conversations per month, with the {pct} prediction interval.</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Forecast</th>
                  <th scope="col">Lower</th>
                  <th scope="col">Upper</th>
                </tr>
              </thead>
              <tbody>
                {run.result.forecast.map((f, i) => (
                  <tr key={i}>
                    <th scope="row">{firstForecastMonth ? monthLabel(addMonths(firstForecastMonth, i)) : `Month ${i + 1}`}</th>
                    <td data-series="forecast" data-value={f}>
                      {formatCount(f)}
                    </td>
                    <td data-series="lower" data-value={run.result.lower[i]}>
                      {formatCount(run.result.lower[i])}
                    </td>
                    <td data-series="upper" data-value={run.result.upper[i]}>
                      {formatCount(run.result.upper[i])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {selected && (
            <>
              <ScenarioSelect
                label="Scenario to follow the forecast"
                scenarios={state.scenarios}
                selectedId={state.selectedId}
                onSelect={(id) => dispatch({ type: "select", id })}
                testId="forecast-scenario"
              />
              <Button appearance="primary" onClick={useAsVolume} disabled={!volume?.list} data-testid="forecast-use-as-volume">
                Use as {selected.name || "the scenario"}&apos;s volume
              </Button>
              <Text size={200} data-testid="forecast-volume-note" data-extends={volume?.extended ? "true" : "false"}>
                {volume?.why ??
                  `Sets ${selected.name}'s conversations month by month to this forecast, for its ${selected.drivers.horizonMonths} months from ${monthLabel(selected.drivers.firstMonth)}.` +
                    (volume?.extended
                      ? ` This forecast covers ${run.result.forecast.length} months, fewer than the scenario's ${selected.drivers.horizonMonths}: using it runs the forecast for ${selected.drivers.horizonMonths} months.`
                      : "") +
                    (selectedValid ? "" : " Fix the scenario's other inputs to save it.")}
              </Text>
            </>
          )}
          <Button onClick={writeSheet} disabled={busy !== undefined} data-testid="forecast-write">
            {busy === "write" ? "Writing…" : "Write forecast to sheet"}
          </Button>
        </>
      )}
    </section>
  );
}
