/**
 * npm run bench: prints every speed and size figure the project tracks, with its target.
 * Each bench module exports run(): BenchFigure[]; a module that fails is reported, not hidden.
 */
import * as fs from "fs";
import * as path from "path";
import type { BenchFigure } from "./measure";

const modules = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".ts") && !["index.ts", "measure.ts"].includes(f))
  .sort();

let failures = 0;
for (const file of modules) {
  const name = path.basename(file, ".ts");
  process.stdout.write(`\n${name}\n`);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each bench module is optional
    const figures = (require(path.join(__dirname, file)) as { run(): BenchFigure[] }).run();
    for (const f of figures) {
      const value = f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(2);
      process.stdout.write(`  ${f.name.padEnd(52)} ${value.padStart(10)} ${f.unit}${f.target ? `  (target ${f.target})` : ""}\n`);
    }
  } catch (error) {
    failures++;
    process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exitCode = failures === 0 ? 0 : 1;
