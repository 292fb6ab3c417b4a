/**
 * LibreOffice Calc's FORECAST.ETS as an independent baseline. We write a flat ODF spreadsheet
 * (.fods, plain XML: no zip library needed) whose first sheet holds one formula per series and
 * month ahead, let `soffice --headless --convert-to csv` recalculate it, and read the CSV back.
 *
 * In the ODF formula language Excel's FORECAST.ETS is COM.MICROSOFT.FORECAST.ETS (LibreOffice
 * shows it as FORECAST.ETS.ADD). Arguments: target, values, timeline, seasonality (1 = detect
 * automatically), data completion (1 = interpolate), aggregation (1 = average).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetter } from "../../src/workbook/a1";
import { fodsDocument } from "../fods";

export type LibreOfficeResult = { ok: true; forecasts: number[][]; version: string } | { ok: false; reason: string };


/**
 * One column of data per training series (they may differ in length; the timeline 1..N is in
 * column A of the "data" sheet) and, on the first sheet, row h holds the h-step forecast of every
 * series, so the CSV export of the first sheet is exactly the forecast table.
 */
export function buildFods(trains: readonly (readonly number[])[], horizon: number): string {
  const longest = Math.max(...trains.map((t) => t.length));
  const rows: string[] = [];
  for (let h = 1; h <= horizon; h++) {
    const cells = trains.map((train, s) => {
      const col = columnLetter(s + 1);
      const n = train.length;
      const formula =
        `of:=COM.MICROSOFT.FORECAST.ETS(${n + h};[data.$${col}$1:.$${col}$${n}];[data.$A$1:.$A$${n}];1;1;1)`;
      return `<table:table-cell table:formula="${formula}"/>`;
    });
    rows.push(`<table:table-row>${cells.join("")}</table:table-row>`);
  }
  const dataRows: string[] = [];
  for (let t = 0; t < longest; t++) {
    const cells = [t + 1, ...trains.map((s) => (t < s.length ? s[t] : null))].map((v) =>
      v === null ? "<table:table-cell/>" : `<table:table-cell office:value-type="float" office:value="${v}"/>`,
    );
    dataRows.push(`<table:table-row>${cells.join("")}</table:table-row>`);
  }
  return fodsDocument([
    { name: "forecast", rows },
    { name: "data", rows: dataRows },
  ]);
}

/** Forecasts[s][h] for each training series, or why LibreOffice could not be used. */
export function libreOfficeForecasts(trains: readonly (readonly number[])[], horizon: number): LibreOfficeResult {
  // The SOFFICE environment variable may name the binary; by default it is looked up on the PATH.
  const soffice = process.env.SOFFICE || "soffice";
  const probe = spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    return { ok: false, reason: `${soffice} (LibreOffice Calc) is not installed or did not start` };
  }
  const version = probe.stdout.trim().split("\n")[0] ?? "LibreOffice";
  const dir = mkdtempSync(join(tmpdir(), "supportcost-accuracy-"));
  try {
    const input = join(dir, "forecast-ets.fods");
    writeFileSync(input, buildFods(trains, horizon), "utf8");
    // A private profile directory so a LibreOffice already running elsewhere does not take the job.
    const run = spawnSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        dir,
        input,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    if (run.error || run.status !== 0) {
      return { ok: false, reason: `soffice failed: ${run.error?.message ?? run.stderr.trim()}` };
    }
    const csv = readFileSync(join(dir, "forecast-ets.csv"), "utf8");
    const lines = csv.trim().split(/\r?\n/);
    if (lines.length !== horizon) return { ok: false, reason: `unexpected CSV from soffice (${lines.length} rows)` };
    const forecasts = trains.map(() => new Array<number>(horizon));
    for (let h = 0; h < horizon; h++) {
      const cells = lines[h].split(",");
      for (let s = 0; s < trains.length; s++) {
        const v = Number(cells[s]);
        if (!Number.isFinite(v)) return { ok: false, reason: `LibreOffice returned "${cells[s]}" for series ${s + 1}` };
        forecasts[s][h] = v;
      }
    }
    return { ok: true, forecasts, version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
