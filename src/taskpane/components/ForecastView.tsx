import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { Dispatch, useEffect, useMemo, useState } from "react";
import { forecastSeries, MAX_HORIZON } from "../../model/forecast";
import { addMonths, isMonth, MAX_HORIZON as MAX_SCENARIO_HORIZON, MIN_HORIZON as MIN_SCENARIO_HORIZON, validateScenario } from "../../model/scenario";
import type { WorkbookPort } from "../../workbook/port";
import { inputProblem } from "../../model/errors";
import { analysisProblemText, failureText, fieldOfMessage, forecastDescription, ForecastRun, ForecastSettings, volumeFromForecast } from "../analysis";
import { formatCount, formatMonth } from "../format";
import { useLanguage, useT } from "../i18n/I18n";
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
  const t = useT();
  const { locale } = useLanguage();
  const english = locale === "en";
  /** A model message in the pane's language (in English, as the model wrote it). */
  const said = (message: string) => (english ? message : analysisProblemText(message, t));
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
      setReadError(failureText(t, t("action.readSelection"), error));
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
      return { why: t("forecast.fixHorizon", { name: selected.name, min: String(MIN_SCENARIO_HORIZON), max: String(MAX_SCENARIO_HORIZON) }) };
    }
    let forecast = run.result.forecast;
    const extended = forecast.length < months;
    let why: string | undefined;
    if (extended) {
      why = inputProblem(() => {
        forecast = forecastSeries(run.history, months, { seasonality: run.seasonality === "12" ? 12 : run.seasonality, confidence: run.confidence }).forecast;
      });
      if (why) return { why: said(why) };
    }
    let fitted: ReturnType<typeof volumeFromForecast> | undefined;
    // A forecast no level and seasonality can follow (e.g. all zeros) still gives an exact list.
    inputProblem(() => {
      fitted = volumeFromForecast(forecast, selected.drivers);
    });
    return { list: forecast.slice(0, months), fitted, extended, months, why };
  }, [run, selected, t]);

  const useAsVolume = () => {
    if (!selected || !run || !volume?.list) return;
    const fallback = volume.fitted ? { startConversations: volume.fitted.startConversations, growthPct: volume.fitted.growthPct, seasonality: volume.fitted.seasonality } : {};
    dispatch({ type: "setDrivers", id: selected.id, drivers: { ...fallback, monthlyConversations: volume.list } });
    // Show the forecast that was used: the fan chart and table follow the scenario's horizon.
    if (volume.extended) setHorizon(volume.months);
    const ran = volume.extended ? t("forecast.followsRan", { months: String(volume.months), covered: String(run.result.forecast.length) }) : "";
    dispatch({
      type: "status",
      tone: "success",
      title: t("forecast.followsTitle", { name: selected.name }),
      message: t("forecast.followsBody", { months: String(volume.months), first: formatMonth(selected.drivers.firstMonth), ran }),
    });
  };

  const writeSheet = async () => {
    if (!run) return;
    setBusy("write");
    try {
      const result = await workbook.writeForecast({ history: run.history, source: run.source, result: run.result, confidence: run.confidence, firstMonth: firstForecastMonth, language: locale });
      dispatch({
        type: "status",
        tone: "success",
        title: result.created ? t("forecast.written") : t("forecast.updated"),
        message: t("forecast.writtenBody", { sheet: result.sheetName }),
      });
    } catch (error) {
      dispatch({ type: "status", tone: "error", title: t("forecast.couldNotWrite"), message: failureText(t, t("forecast.action.write"), error) });
    } finally {
      setBusy(undefined);
    }
  };

  const blanks = history ? history.values.filter((v) => v === null).length : 0;
  const pct = `${Math.round(confidence * 1000) / 10}%`;

  return (
    <section className={styles.section} aria-label={t("forecast.section")}>
      <h2 className={styles.h2}>{t("forecast.heading")}</h2>
      <Text size={200}>{t("forecast.intro", { when: selected ? t("forecast.introWhen", { month: formatMonth(selected.drivers.firstMonth), name: selected.name }) : "" })}</Text>
      <Button onClick={readSelection} disabled={busy !== undefined} data-testid="forecast-use-selection">
        {busy === "read" ? t("forecast.reading") : insideExcel ? t("forecast.useSelection") : t("forecast.useSelectionPreview")}
      </Button>
      {readError && (
        <MessageBar intent="error" layout="multiline" data-testid="forecast-error">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {history && (
        <Text size={200} data-testid="forecast-source">
          {t("forecast.source", { months: String(history.values.length), source: history.source, blanks: blanks > 0 ? t("forecast.blanks", { count: blanks }) : "" })}
        </Text>
      )}
      <div className={styles.row}>
        <NumberField
          label={t("forecast.horizon")}
          hint={t("forecast.horizonHint", { max: String(MAX_HORIZON) })}
          name={t("forecast.horizonName")}
          draftKey="forecast:horizon"
          value={horizon}
          error={problemField === "horizon" ? said(problem!) : undefined}
          onChange={setHorizon}
          testId="forecast-horizon"
        />
        <NumberField
          label={t("forecast.confidence")}
          hint={t("forecast.confidenceHint")}
          name={t("forecast.confidence")}
          draftKey="forecast:confidence"
          value={confidence}
          error={problemField === "confidence" ? said(problem!) : undefined}
          onChange={setConfidence}
          testId="forecast-confidence"
        />
      </div>
      <Field label={t("forecast.seasonality")} validationState={problemField === "seasonality" ? "error" : "none"} validationMessage={problemField === "seasonality" ? said(problem!) : undefined}>
        <Select className={fit.root} select={{ className: fit.control }} value={seasonality} onChange={(_, d) => setSeasonality(d.value as Seasonality)} data-testid="forecast-seasonality">
          <option value="auto">{t("forecast.seasonality.auto")}</option>
          <option value="none">{t("forecast.seasonality.none")}</option>
          <option value="12">{t("forecast.seasonality.yearly")}</option>
        </Select>
      </Field>
      {problem && !problemField && (
        <MessageBar intent="error" layout="multiline" data-testid="forecast-error">
          <MessageBarBody>{said(problem)}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          <Text data-testid="forecast-model" data-model={run.result.model}>
            {t("forecast.model", { description: forecastDescription(run.result, t, english), pct })}
          </Text>
          <Text size={200} data-testid="forecast-method">
            {t("forecast.method", { model: run.result.model })}
          </Text>
          <FanChart history={run.history} result={run.result} confidence={run.confidence} firstForecastMonth={firstForecastMonth} />
          <details>
            <summary>{t("forecast.numbers")}</summary>
            <table className={styles.table} data-testid="forecast-table">
              <caption style={{ textAlign: "left" }}>{t("forecast.tableCaption", { pct })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("forecast.col.month")}</th>
                  <th scope="col">{t("forecast.col.forecast")}</th>
                  <th scope="col">{t("forecast.col.lower")}</th>
                  <th scope="col">{t("forecast.col.upper")}</th>
                </tr>
              </thead>
              <tbody>
                {run.result.forecast.map((f, i) => (
                  <tr key={i}>
                    <th scope="row">{firstForecastMonth ? formatMonth(addMonths(firstForecastMonth, i)) : t("forecast.monthN", { n: String(i + 1) })}</th>
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
                label={t("forecast.scenarioSelect")}
                scenarios={state.scenarios}
                selectedId={state.selectedId}
                onSelect={(id) => dispatch({ type: "select", id })}
                testId="forecast-scenario"
              />
              <Button appearance="primary" onClick={useAsVolume} disabled={!volume?.list} data-testid="forecast-use-as-volume">
                {t("forecast.useAsVolume", { name: selected.name || t("forecast.theScenario") })}
              </Button>
              <Text size={200} data-testid="forecast-volume-note" data-extends={volume?.extended ? "true" : "false"}>
                {volume?.why ??
                  t("forecast.volumeNote", { name: selected.name, months: String(selected.drivers.horizonMonths), first: formatMonth(selected.drivers.firstMonth) }) +
                    (volume?.extended ? t("forecast.volumeExtended", { covers: String(run.result.forecast.length), months: String(selected.drivers.horizonMonths) }) : "") +
                    (selectedValid ? "" : t("forecast.volumeFixOthers"))}
              </Text>
            </>
          )}
          <Button onClick={writeSheet} disabled={busy !== undefined} data-testid="forecast-write">
            {busy === "write" ? t("forecast.writing") : t("forecast.write")}
          </Button>
        </>
      )}
    </section>
  );
}
