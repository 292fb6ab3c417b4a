/**
 * npm run fuzz: every custom function called 100,000 times (50,000 random argument sets, each in desktop
 * and web mode) the way Excel calls it; prints one line per function and exits non-zero on any failure.
 *   npm run fuzz                # all functions, 100,000 calls each
 *   npm run fuzz -- TOTAL 2000  # one function, 2,000 calls
 */
import { loadMetadata } from "../test/support/excel";
import { fuzzFunction } from "../test/support/fuzz";

async function main(): Promise<void> {
  const [only, callsArg] = process.argv.slice(2);
  const calls = Number(callsArg ?? 100_000);
  const { functions } = await loadMetadata();
  const names = only ? [only] : functions.map((f) => f.name).sort();
  let failed = 0;
  console.log(`fuzz: ${calls.toLocaleString("en-US")} calls per function (half desktop, half web), seed 1`);
  for (const name of names) {
    const started = Date.now();
    const report = await fuzzFunction(name, Math.ceil(calls / 2), 1);
    failed += report.failures.length;
    const crashes = report.failures.filter((f) => f.problem.startsWith("a crash")).length;
    const messageless = report.failures.filter((f) => f.problem.includes("without a message")).length;
    const nonFinite = report.failures.length - crashes - messageless;
    console.log(
      `${name.padEnd(10)} ${report.calls.toLocaleString("en-US")} calls: ${report.values.toLocaleString("en-US")} values, ${report.errors.toLocaleString("en-US")} errors with a message; ` +
        `${crashes} crashes, ${messageless} messageless errors, ${nonFinite} bad values (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const f of report.failures.slice(0, 3)) console.log(`  ${f.mode}: ${f.problem}\n    args: ${JSON.stringify(f.args).slice(0, 300)}`);
  }
  if (failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
