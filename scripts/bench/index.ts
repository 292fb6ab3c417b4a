/**
 * npm run bench: prints every speed and size figure the project tracks, with its target.
 * Each bench module exports run(): BenchFigure[] and runs in a process of its own, so one module's
 * JIT and heap state (the forecast and the Monte Carlo share the random generator, for example)
 * cannot slow another. A module that fails is reported, not hidden.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { BenchFigure } from "./measure";

const ONE = "--one";

async function runOne(file: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each bench module is loaded on its own
  const figures = await (require(path.join(__dirname, file)) as { run(): BenchFigure[] | Promise<BenchFigure[]> }).run();
  process.stdout.write(JSON.stringify(figures));
}

function print(f: BenchFigure): void {
  const value = f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(2);
  process.stdout.write(`  ${f.name.padEnd(52)} ${value.padStart(10)} ${f.unit}${f.target ? `  (target ${f.target})` : ""}\n`);
}

function runAll(): number {
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && !["index.ts", "measure.ts"].includes(f))
    .sort();
  let failures = 0;
  for (const file of modules) {
    process.stdout.write(`\n${path.basename(file, ".ts")}\n`);
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, ONE, file], { encoding: "utf8" });
    if (child.status === 0) {
      (JSON.parse(child.stdout) as BenchFigure[]).forEach(print);
    } else {
      failures++;
      const reason = (child.stderr || child.stdout || `exit ${child.status}`).trim().split("\n").slice(-1)[0];
      process.stdout.write(`  failed: ${reason}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

if (process.argv[2] === ONE) void runOne(process.argv[3]);
else process.exitCode = runAll();
