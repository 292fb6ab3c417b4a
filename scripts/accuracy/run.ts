/**
 * Forecast-accuracy comparison, 12 months ahead, on two sets of real monthly series:
 *   - tuning set: the 14 series of vega-datasets' unemployment-across-industries (Jan 2000 – Feb 2010),
 *     six forecast origins (the last 12 months held out, and five earlier 12-month windows);
 *   - check set, never used to choose the method: monthly series shipped inside R's datasets and
 *     forecast packages (exported by Rscript at run time) and six columns of vega-datasets'
 *     us-employment; up to four origins each (the last 12, 24, 36, 48 months held out, keeping at
 *     least 24 months of history).
 * Methods: ours (forecastSeries, automatic), seasonal naive, LibreOffice Calc's FORECAST.ETS,
 * the `arima` package's airline model, and R's forecast package (ets, auto.arima, thetaf, snaive).
 * A column whose tool is missing (soffice, Rscript) is skipped with a note.
 * Measures: sMAPE (%), MASE (scaled by the in-sample seasonal-naive MAE, m = 12) and the coverage of
 * the 95% prediction interval (share of held-out months inside it).
 *
 * Run: npm run accuracy   (writes docs/accuracy.md and prints the same text)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ARIMA from "arima";
import { forecastSeries } from "../../src/model/forecast";
import { NamedSeries, loadUnemploymentSeries, loadUsEmployment } from "./data";
import { libreOfficeForecasts } from "./libreoffice";
import { coverage, mase, mean, seasonalNaive, smape } from "./metrics";
import { IntervalForecast, RMethod, exportRSeries, probeR, rForecasts } from "./r";

const HORIZON = 12;
const SEASON = 12;
/** Training lengths of the tuning set's rolling origins; the last one is its main hold-out (all but 12 months). */
const TUNING_ORIGINS = [50, 62, 74, 86, 98, 110];
/** Check set: hold out the last 12·k months for k = 1..4, keeping at least MIN_TRAIN months. */
const CHECK_WINDOWS = 4;
const MIN_TRAIN = 24;
const ROOT = resolve(__dirname, "..", "..");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type MethodKey = "ours" | "naive" | "calc" | "airline" | RMethod;
const METHODS: { key: MethodKey; name: string }[] = [
  { key: "ours", name: "**SupportCost FORECAST**" },
  { key: "ets", name: "R ets()" },
  { key: "arima", name: "R auto.arima()" },
  { key: "theta", name: "R thetaf()" },
  { key: "snaive", name: "R snaive()" },
  { key: "airline", name: "ARIMA airline (npm arima)" },
  { key: "calc", name: "LibreOffice FORECAST.ETS" },
  { key: "naive", name: "Seasonal naive" },
];
const R_PEERS: RMethod[] = ["ets", "arima", "theta"];

type SetKey = "tuning" | "check";
const SET_NAMES: Record<SetKey, string> = { tuning: "Tuning set (unemployment)", check: "Check set (R's series, us-employment)" };

interface Task {
  set: SetKey;
  series: NamedSeries;
  origin: number;
  /** The main hold-out: the series' last 12 months. */
  last: boolean;
  train: number[];
  test: number[];
}

interface Scores {
  smape: number;
  mase: number;
  /** NaN for a method without an interval. */
  coverage: number;
}

/** The airline model, or null where the package refuses the series (it needs at least 37 months). */
function airline(train: number[], horizon: number): number[] | null {
  if (train.length < 3 * SEASON + 1) return null;
  const model = new ARIMA({ p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, s: SEASON, verbose: false }).train(train);
  try {
    const [pred] = model.predict(horizon);
    return Array.from(pred);
  } finally {
    model.destroy();
  }
}

function monthName(series: NamedSeries, index: number): string {
  const k = series.start[1] - 1 + index;
  return `${MONTHS[k % 12]} ${series.start[0] + Math.floor(k / 12)}`;
}

function fmt(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toFixed(digits) : "n/a";
}

function pct(v: number): string {
  return Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : "n/a";
}

function main(): void {
  const notes: string[] = [];
  const tuning = loadUnemploymentSeries(ROOT);
  const probe = probeR();
  const rSeries = probe.ok ? exportRSeries() : probe;
  if (!rSeries.ok) notes.push(`R's series and R's methods skipped: ${rSeries.reason}.`);
  const check: NamedSeries[] = [...(rSeries.ok ? rSeries.series.map((s) => ({ ...s, name: `R ${s.name}` })) : []), ...loadUsEmployment(ROOT)];

  const tasks: Task[] = [];
  for (const origin of TUNING_ORIGINS) {
    for (const series of tuning) {
      tasks.push({
        set: "tuning",
        series,
        origin,
        last: origin + HORIZON === series.values.length,
        train: series.values.slice(0, origin),
        test: series.values.slice(origin, origin + HORIZON),
      });
    }
  }
  for (const series of check) {
    for (let k = 1; k <= CHECK_WINDOWS; k++) {
      const origin = series.values.length - HORIZON * k;
      if (origin < MIN_TRAIN) break;
      tasks.push({ set: "check", series, origin, last: k === 1, train: series.values.slice(0, origin), test: series.values.slice(origin, origin + HORIZON) });
    }
  }

  const models: string[] = [];
  const descriptions: string[] = [];
  let oursMs = 0;
  const forecasts: Record<MethodKey, (IntervalForecast | { mean: number[] } | null)[]> = {
    ours: tasks.map((t) => {
      const start = performance.now();
      const r = forecastSeries(t.train, HORIZON);
      oursMs += performance.now() - start;
      models.push(r.model);
      descriptions.push(r.description);
      return { mean: r.forecast, lower: r.lower, upper: r.upper };
    }),
    naive: tasks.map((t) => ({ mean: seasonalNaive(t.train, HORIZON, SEASON) })),
    calc: tasks.map(() => null),
    airline: tasks.map((t) => {
      const mean = airline(t.train, HORIZON);
      return mean === null ? null : { mean };
    }),
    ets: tasks.map(() => null),
    arima: tasks.map(() => null),
    theta: tasks.map(() => null),
    snaive: tasks.map(() => null),
  };
  let rVersion = "skipped";
  if (probe.ok) {
    const r = rForecasts(
      tasks.map((t) => t.train),
      HORIZON,
    );
    if (r.ok) {
      rVersion = probe.version;
      for (const m of ["ets", "arima", "theta", "snaive"] as RMethod[]) forecasts[m] = r.forecasts.map((f) => f[m]);
    } else {
      notes.push(`R's methods skipped: ${r.reason}.`);
    }
  }
  const lo = libreOfficeForecasts(
    tasks.map((t) => t.train),
    HORIZON,
  );
  let calcVersion: string;
  if (lo.ok) {
    forecasts.calc = lo.forecasts.map((mean) => ({ mean }));
    calcVersion = lo.version;
  } else {
    calcVersion = "skipped";
    notes.push(`LibreOffice column skipped: ${lo.reason}.`);
  }
  for (const note of notes) console.warn(note);

  const scores: Record<MethodKey, (Scores | null)[]> = {} as Record<MethodKey, (Scores | null)[]>;
  for (const { key } of METHODS) {
    scores[key] = tasks.map((t, i) => {
      const f = forecasts[key][i];
      if (f === null) return null;
      const cover = "lower" in f ? coverage(t.test, f.lower, f.upper) : NaN;
      return { smape: smape(t.test, f.mean), mase: mase(t.train, t.test, f.mean, SEASON), coverage: cover };
    });
  }
  const hasAny = (key: MethodKey): boolean => scores[key].some((s) => s !== null);
  const methods = METHODS.filter((m) => hasAny(m.key));
  /** Mean of a metric over the picked tasks where the method gave a forecast (see `missing`). */
  const meanOf = (key: MethodKey, pick: (t: Task) => boolean, metric: keyof Scores): number => {
    const values = tasks.flatMap((t, i) => (pick(t) && scores[key][i] !== null ? [scores[key][i]![metric]] : []));
    return values.length === 0 ? NaN : mean(values);
  };
  const missing = (key: MethodKey, pick: (t: Task) => boolean): number => tasks.filter((t, i) => pick(t) && scores[key][i] === null).length;

  const lines: string[] = [];
  const table = (header: string[], rows: string[][], leftColumns = 1): void => {
    lines.push(`| ${header.join(" | ")} |`);
    lines.push(`|${header.map((_, i) => (i < leftColumns ? " --- " : " ---: ")).join("|")}|`);
    for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
    lines.push("");
  };

  const count = (set: SetKey, last: boolean): number => tasks.filter((t) => t.set === set && (!last || t.last)).length;
  lines.push("# Forecast accuracy");
  lines.push("");
  lines.push("Generated by `npm run accuracy` (`scripts/accuracy/run.ts`); do not edit by hand.");
  lines.push("");
  lines.push("Every method forecasts 12 months ahead from the same history; the months after it are held out.");
  lines.push("");
  lines.push(
    `- **Tuning set** (the method was chosen on it): the ${tuning.length} monthly series of vega-datasets \`unemployment-across-industries.json\` ` +
      `(122 months, Jan 2000 – Feb 2010), from ${TUNING_ORIGINS.length} origins: ${TUNING_ORIGINS.join(", ")} months fitted ` +
      `(${count("tuning", false)} forecasts; the last origin holds out the last 12 months).`,
  );
  lines.push(
    `- **Check set** (never used to choose anything): ${check.length} monthly series: ` +
      `${check.map((s) => `${s.name} (${s.values.length})`).join(", ")}. ` +
      `R's series are R's own data (the datasets and forecast packages), exported by Rscript at run time. ` +
      `Up to ${CHECK_WINDOWS} origins each: the last 12, 24, 36 and 48 months held out, keeping at least ${MIN_TRAIN} months of history ` +
      `(${count("check", false)} forecasts).`,
  );
  lines.push("");
  lines.push("Methods:");
  lines.push(
    "- **SupportCost FORECAST**: `forecastSeries(history, 12)` with automatic seasonality, as `=SUPPORTCOST.FORECAST` and the pane run it: " +
      "the average of ETS (chosen by AICc), Theta and, from three seasons of history, the airline ARIMA; a recent lasting level shift is scaled out first.",
  );
  lines.push(`- **R ets(), auto.arima(), thetaf(), snaive()**: R's forecast package with its defaults and 95% intervals (${rVersion}).`);
  lines.push("- **ARIMA airline**: ARIMA(0,1,1)(0,1,1)12 from the `arima` npm package (its intervals are not used: they do not widen with the horizon).");
  lines.push(`- **LibreOffice FORECAST.ETS**: Calc's version of Excel's FORECAST.ETS, recalculated headless (${calcVersion}).`);
  lines.push("- **Seasonal naive**: each month repeats the same month of the year before.");
  lines.push("");
  lines.push("sMAPE: mean of 200·|y − f| / (|y| + |f|), in %. MASE: mean absolute error divided by the in-sample");
  lines.push("mean absolute error of the seasonal-naive forecast (m = 12). Lower is better for both. Coverage: share of");
  lines.push("held-out months inside the 95% prediction interval (an honest interval covers about 95%).");
  lines.push(`Our forecasts took ${(oursMs / tasks.length).toFixed(1)} ms each on average on this machine.`);
  lines.push("");
  for (const note of notes) lines.push(`Note: ${note}`);
  if (notes.length > 0) lines.push("");

  // ---- Summary
  lines.push("## Summary: means over the forecasts");
  lines.push("");
  const scopes: { title: string; pick: (t: Task) => boolean }[] = [
    { title: "Tuning set", pick: (t) => t.set === "tuning" },
    { title: "Check set", pick: (t) => t.set === "check" },
    { title: "Both sets", pick: () => true },
  ];
  const summaryRows = (pick: (t: Task) => boolean): string[][] =>
    methods.map((m) => {
      const lastPick = (t: Task): boolean => pick(t) && t.last;
      const gaps = missing(m.key, pick);
      const name = gaps > 0 ? `${m.name} (no forecast for ${gaps} of ${tasks.filter(pick).length}; mean of the rest)` : m.name;
      return [
        name,
        fmt(meanOf(m.key, lastPick, "smape"), 2),
        fmt(meanOf(m.key, lastPick, "mase"), 3),
        pct(meanOf(m.key, lastPick, "coverage")),
        fmt(meanOf(m.key, pick, "smape"), 2),
        fmt(meanOf(m.key, pick, "mase"), 3),
        pct(meanOf(m.key, pick, "coverage")),
      ];
    });
  const summaryHeader = ["Method", "Last 12: sMAPE %", "MASE", "95% coverage", "All windows: sMAPE %", "MASE", "95% coverage"];
  for (const scope of scopes) {
    lines.push(`### ${scope.title}`);
    lines.push("");
    table(summaryHeader, summaryRows(scope.pick));
  }

  // ---- Goal
  lines.push("## Against the goal");
  lines.push("");
  lines.push("Goal: mean sMAPE ≤ 0.95 × the best of R's ets, auto.arima and thetaf, mean MASE not worse than the best of them,");
  lines.push("and 95%-interval coverage within 90–97%.");
  lines.push("");
  const peers = R_PEERS.filter((k) => hasAny(k));
  if (peers.length === 0) {
    lines.push("R's methods were not available, so the goal could not be checked.");
    lines.push("");
  } else {
    const goalRows: string[][] = [];
    for (const scope of scopes) {
      for (const window of ["Last 12", "All windows"] as const) {
        const pick = window === "Last 12" ? (t: Task): boolean => scope.pick(t) && t.last : scope.pick;
        const bestSmape = Math.min(...peers.map((k) => meanOf(k, pick, "smape")));
        const bestMase = Math.min(...peers.map((k) => meanOf(k, pick, "mase")));
        const ours = { smape: meanOf("ours", pick, "smape"), mase: meanOf("ours", pick, "mase"), coverage: meanOf("ours", pick, "coverage") };
        const ok = ours.smape <= 0.95 * bestSmape && ours.mase <= bestMase && ours.coverage >= 0.9 && ours.coverage <= 0.97;
        goalRows.push([
          `${scope.title}, ${window.toLowerCase()}`,
          `${fmt(ours.smape, 2)} (${fmt((100 * ours.smape) / bestSmape, 1)}% of best)`,
          fmt(bestSmape, 2),
          fmt(ours.mase, 3),
          fmt(bestMase, 3),
          pct(ours.coverage),
          ok ? "met" : "not met",
        ]);
      }
    }
    table(["Scope", "Our sMAPE %", "Best R sMAPE %", "Our MASE", "Best R MASE", "Our coverage", "Goal"], goalRows);
  }

  // ---- Per series, last 12 months
  for (const set of ["tuning", "check"] as SetKey[]) {
    const setTasks = tasks.map((t, i) => ({ t, i })).filter(({ t }) => t.set === set && t.last);
    if (setTasks.length === 0) continue;
    lines.push(`## ${SET_NAMES[set]}: the last 12 months of each series`);
    lines.push("");
    lines.push("sMAPE % / MASE / coverage of the 95% interval (coverage only for methods with intervals).");
    lines.push("");
    const header = ["Series", "Held out", "Our model", ...methods.map((m) => m.name)];
    const rows = setTasks.map(({ t, i }) => [
      t.series.name,
      `${monthName(t.series, t.origin)} – ${monthName(t.series, t.origin + HORIZON - 1)}`,
      descriptions[i],
      ...methods.map((m) => {
        const s = scores[m.key][i];
        if (s === null) return "fails";
        return `${fmt(s.smape, 2)} / ${fmt(s.mase, 2)}${Number.isFinite(s.coverage) ? ` / ${Math.round(100 * s.coverage)}%` : ""}`;
      }),
    ]);
    const lastPick = (t: Task): boolean => t.set === set && t.last;
    rows.push([
      "**Mean**",
      "",
      "",
      ...methods.map(
        (m) =>
          `**${fmt(meanOf(m.key, lastPick, "smape"), 2)} / ${fmt(meanOf(m.key, lastPick, "mase"), 3)}` +
          `${Number.isFinite(meanOf(m.key, lastPick, "coverage")) ? ` / ${pct(meanOf(m.key, lastPick, "coverage"))}` : ""}**`,
      ),
    ]);
    table(header, rows, 3);
  }

  // ---- Rolling windows
  lines.push("## Tuning set: rolling origin, mean over the 14 series per window");
  lines.push("");
  lines.push("sMAPE % / MASE / coverage.");
  lines.push("");
  const windowRows = TUNING_ORIGINS.map((origin) => {
    const at = (t: Task): boolean => t.set === "tuning" && t.origin === origin;
    const series = tuning[0];
    return [
      `${monthName(series, origin)} – ${monthName(series, origin + HORIZON - 1)}`,
      String(origin),
      ...methods.map((m) => {
        const c = meanOf(m.key, at, "coverage");
        return `${fmt(meanOf(m.key, at, "smape"), 2)} / ${fmt(meanOf(m.key, at, "mase"), 3)}${Number.isFinite(c) ? ` / ${pct(c)}` : ""}`;
      }),
    ];
  });
  table(["Forecast window", "Months fitted", ...methods.map((m) => m.name)], windowRows, 1);

  lines.push("## Check set: mean over each series' windows");
  lines.push("");
  lines.push("sMAPE % / MASE / coverage, averaged over the series' hold-out windows.");
  lines.push("");
  const checkRows = check.map((series) => {
    const of = (t: Task): boolean => t.set === "check" && t.series === series;
    const n = tasks.filter(of).length;
    return [
      series.name,
      String(n),
      ...methods.map((m) => {
        const c = meanOf(m.key, of, "coverage");
        return `${fmt(meanOf(m.key, of, "smape"), 2)} / ${fmt(meanOf(m.key, of, "mase"), 3)}${Number.isFinite(c) ? ` / ${pct(c)}` : ""}`;
      }),
    ];
  });
  table(["Series", "Windows", ...methods.map((m) => m.name)], checkRows, 1);

  const markdown = lines.join("\n");
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  writeFileSync(join(ROOT, process.env.ACCURACY_OUT ?? join("docs", "accuracy.md")), markdown, "utf8");
  console.log(markdown);
}

main();
