/**
 * A column of 1,000 =SUPPORTCOST.BUDGETRISK cells over one plan, each with its own budget, as Excel
 * would recalculate it: every cell's promise in flight at once. They share one simulation (heavy/run.ts),
 * so the column costs one simulation plus 1,000 look-ups. Runs on this thread here (no Web Worker in
 * Node); in Excel the simulation runs in the functions' worker.
 */
import { performance } from "perf_hooks";
import { installCustomFunctionsGlobal } from "../../test/support/custom-functions-global";
import type { BenchFigure } from "./measure";

export async function run(): Promise<BenchFigure[]> {
  installCustomFunctionsGlobal();
  /* eslint-disable @typescript-eslint/no-require-imports -- need the CustomFunctions global first */
  const { budgetRisk } = require("../../src/functions/risk") as typeof import("../../src/functions/risk");
  const { setHeavyRunner } = require("../../src/functions/heavy/run") as typeof import("../../src/functions/heavy/run");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const column = async (cells: number) => {
    setHeavyRunner(undefined); // a cold cache: the first cell starts the simulation
    const started = performance.now();
    await Promise.all(Array.from({ length: cells }, (_, i) => budgetRisk("Advanced", 12, [[1500]], 0.3, 12, 25_000 + 10 * i, null, null)));
    return performance.now() - started;
  };
  await column(50); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) rounds.push(await column(1000));
  rounds.sort((a, b) => a - b);
  return [{ name: "1,000 BUDGETRISK cells, one plan, 1,000 budgets", value: rounds[2], unit: "ms", target: "<= 1000" }];
}
