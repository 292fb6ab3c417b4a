/**
 * npm test: everything CI checks, in the order a failure is cheapest to find.
 * typecheck → lint → CLI build → production build → offline manifest check → jest (unit, functions,
 * CLI, workbook, and the end-to-end suite against the production build in headless Chromium).
 * Ends with one line "Tests: N passed, N failed"; a failed check step counts as a failed test.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const extraJestArgs = process.argv.slice(2);

const checks = [
  ["typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]],
  ["lint", bin("eslint"), ["."]],
  ["CLI build", bin("tsc"), ["-p", "tsconfig.cli.json"]],
  ["production build", bin("webpack"), ["--mode", "production"]],
  ["offline manifest check", bin("tsx"), ["scripts/check-manifest.ts"]],
];

let failedChecks = 0;
for (const [name, command, args] of checks) {
  process.stdout.write(`\n== ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  const ok = result.status === 0;
  if (!ok) failedChecks++;
  process.stdout.write(`== ${name}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

process.stdout.write("\n== jest\n");
const report = path.join(root, "test-results", "jest.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const jest = spawnSync(bin("jest"), ["--ci", "--maxWorkers=2", "--json", `--outputFile=${report}`, ...extraJestArgs], {
  cwd: root,
  stdio: "inherit",
});
const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : undefined;
const passed = summary ? summary.numPassedTests : 0;
let failed = summary ? summary.numFailedTests + summary.numRuntimeErrorTestSuites : 1;
if (jest.status !== 0 && failed === 0) failed = 1; // jest failed without a failing test (e.g. a suite that would not load)
failed += failedChecks;
process.stdout.write(`\nTests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
