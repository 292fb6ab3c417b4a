import { spawnSync } from "child_process";
import * as path from "path";
import { forecastSeries } from "../../src/model/forecast";
import { runCli } from "../support/cli";

// A yearly cycle, growth and some irregular noise, as real volumes have.
const history = Array.from({ length: 36 }, (_, t) => Math.round(1000 + 8 * t + 200 * Math.sin((2 * Math.PI * t) / 12) + ((t * 37) % 11 - 5) * 12));
const files: Record<string, string> = {
  "volumes.csv": history.join(",\n"),
  "spaced.txt": history.join("  \t "),
  "words.txt": "100, 200, lots, 400",
  "binary.bin": "PK\u0003\u0004\u0000\u0000\u0001\u0002binary",
  "bad-line.csv": "month,conversations\n2025-01,100\n2025-02,12 seats\n",
  // An export from Excel: a header, a date column, thousands separators in quotes, a blank and an NA month.
  "export.csv": `month,conversations\n${history.map((v, t) => `2024-${String((t % 12) + 1).padStart(2, "0")},"${v.toLocaleString("en-US")}"`).map((row, t) => (t === 5 ? "2024-06," : t === 9 ? "2024-10,NA" : row)).join("\r\n")}\r\n`,
  "export.tsv": `Month\tConversations\n${history.map((v, t) => `Jan ${2024 + t}\t${v}`).join("\n")}\n`,
  "empty.txt": " \n ",
};

const run = (...argv: string[]) => runCli(argv, files);

describe("supportcost forecast", () => {
  it("prints exactly the engine's forecast as JSON", () => {
    const r = run("forecast", "--history", "volumes.csv", "--horizon", "12", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["forecast", "lower", "upper", "seasonality", "model"]);
    const engine = forecastSeries(history, 12);
    expect(json.model).toBe(engine.model);
    expect(json.seasonality).toBe(engine.seasonality);
    json.forecast.forEach((f: number, h: number) => expect(f).toBeCloseTo(engine.forecast[h], 8));
    expect(json.lower).toHaveLength(12);
  });

  it("reads an export as people make it: header, date column, quoted thousands, a blank and an NA month kept in place, CSV or TSV", () => {
    const withGaps: (number | null)[] = history.map((v, t) => (t === 5 || t === 9 ? null : v));
    const engine = forecastSeries(withGaps, 3);
    const csv = JSON.parse(run("forecast", "--history", "export.csv", "--horizon", "3", "--json").out);
    csv.forecast.forEach((f: number, h: number) => expect(f).toBeCloseTo(engine.forecast[h], 8));
    const tsv = JSON.parse(run("forecast", "--history", "export.tsv", "--horizon", "3", "--json").out);
    const plain = forecastSeries(history, 3);
    tsv.forecast.forEach((f: number, h: number) => expect(f).toBeCloseTo(plain.forecast[h], 8));
  });

  it("reads numbers separated by whitespace as well as commas", () => {
    const a = JSON.parse(run("forecast", "--history", "volumes.csv", "--horizon", "3", "--json").out);
    const b = JSON.parse(run("forecast", "--history", "spaced.txt", "--horizon", "3", "--json").out);
    expect(b).toEqual(a);
  });

  it("honours --seasonality none and --confidence", () => {
    const none = JSON.parse(run("forecast", "--history", "volumes.csv", "--horizon", "3", "--seasonality", "none", "--json").out);
    expect(none.seasonality).toBe(0);
    const narrow = JSON.parse(run("forecast", "--history", "volumes.csv", "--horizon", "3", "--confidence", "0.5", "--json").out);
    const wide = JSON.parse(run("forecast", "--history", "volumes.csv", "--horizon", "3", "--confidence", "0.99", "--json").out);
    expect(wide.upper[2] - wide.lower[2]).toBeGreaterThan(narrow.upper[2] - narrow.lower[2]);
  });

  it("prints a readable table without --json", () => {
    const r = run("forecast", "--history", "volumes.csv", "--horizon", "2");
    expect(r.out).toMatch(/^Model: ETS\(/);
    expect(r.out.split("\n")).toHaveLength(4);
  });

  it.each([
    [["forecast", "--horizon", "3"], /--history is required/],
    [["forecast", "--history", "volumes.csv"], /--horizon is required/],
    [["forecast", "--history", "missing.csv", "--horizon", "3"], /^supportcost: cannot read history file "missing.csv": no such file$/],
    [["forecast", "--history", "words.txt", "--horizon", "3"], /^supportcost: words.txt line 1: "lots" is not a number$/],
    [["forecast", "--history", "binary.bin", "--horizon", "3"], /^supportcost: binary.bin is not a text file of monthly volumes/],
    [["forecast", "--history", "bad-line.csv", "--horizon", "3"], /^supportcost: bad-line.csv line 3: "12 seats" is not a number/],
    [["forecast", "--history", "empty.txt", "--horizon", "3"], /empty.txt holds no numbers/],
    [["forecast", "--history", "volumes.csv", "--horizon", "0"], /horizon/i],
    [["forecast", "--history", "volumes.csv", "--horizon", "500"], /horizon/i],
    [["forecast", "--history", "volumes.csv", "--horizon", "3", "--confidence", "2"], /confidence/i],
    [["forecast", "--history", "volumes.csv", "--horizon", "3", "--seasonality", "yearly"], /--seasonality .* must be a number/],
    [["forecast", "--history", "volumes.csv", "--horizon", "3", "--tier", "Advanced"], /--tier does not apply to forecast/],
  ])("%p fails with one line on stderr", (argv, message) => {
    const r = run(...argv);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe("supportcost simulate", () => {
  const base = ["simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--volatility", "0.3"];

  it("prints the whole result as JSON, deterministic for a seed", () => {
    const a = run(...base, "--budget", "32000", "--json");
    expect(a.code).toBe(0);
    const json = JSON.parse(a.out);
    expect(json.months).toBe(12);
    expect(json.plannedCost).toBe(30060);
    expect(json.total.p5).toBeLessThan(json.total.p50);
    expect(json.total.p95).toBeLessThan(json.total.p99);
    expect(json.probabilityOverBudget).toBeGreaterThanOrEqual(0);
    expect(json.monthly).toHaveLength(12);
    expect(run(...base, "--budget", "32000", "--json").out).toBe(a.out);
    expect(run(...base, "--budget", "32000", "--seed", "7", "--json").out).not.toBe(a.out);
  });

  it("with no volatility every percentile is the plan", () => {
    const json = JSON.parse(run("simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "0,20,60", "--volatility", "0", "--json").out);
    expect(json.total.p99).toBeCloseTo(3168.9, 6);
    expect(json.total.p5).toBeCloseTo(3168.9, 6);
  });

  it("prints a readable summary", () => {
    const r = run(...base, "--budget", "32000");
    expect(r.out).toMatch(/10,000 simulated futures of 12 months/);
    expect(r.out).toMatch(/Planned total: +\$30,060\.00/);
    expect(r.out).toMatch(/Chance total exceeds \$32,000\.00: \d+\.\d%/);
  });

  it.each([
    [["simulate", "--tier", "Advanced", "--seats", "12", "--volatility", "0.3"], /--resolutions \(expected AI resolutions per month\) or --conversations \(with --ai-involvement and --ai-resolution\) is required/],
    [["simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "100"], /--volatility is required/],
    [[...base, "--paths", "5"], /paths/i],
    [[...base, "--paths", "1e9"], /paths/i],
    [[...base, "--correlation", "1"], /correlation/i],
    [["simulate", "--tier", "Advanced", "--seats", "12", "--resolutions", "100", "--volatility", "-1"], /CV|volatility|coefficient/i],
    [[...base, "--budget", "-5"], /budget/i],
    [[...base, "--history", "x"], /--history does not apply to simulate/],
  ])("%p fails with one line on stderr", (argv, message) => {
    const r = run(...argv);
    expect(r.code).not.toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe("the installed bin reads history from standard input", () => {
  it("accepts --history -", () => {
    const bin = path.resolve(__dirname, "../../bin/supportcost.js");
    const r = spawnSync(process.execPath, [bin, "forecast", "--history", "-", "--horizon", "3", "--json"], { input: history.join("\n"), encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).forecast).toHaveLength(3);
  });
});
