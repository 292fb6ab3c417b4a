/**
 * Speed of =SUPPORTCOST.TOTAL through the functions layer (argument coercion, validation, model,
 * result) and of the bare model, in nanoseconds per call.
 */
import { installCustomFunctionsGlobal } from "../../test/support/custom-functions-global";
import { costOfResolutions, resolutionPlan, SEED_BOOK } from "../../src/model/pricebook";
import type { BenchFigure } from "./measure";
import { nsPerCall } from "./measure";

export function run(): BenchFigure[] {
  installCustomFunctionsGlobal();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- needs the CustomFunctions global first
  const { total } = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
  const scalar: unknown[][] = [[1500]];
  const range36: unknown[][] = Array.from({ length: 36 }, (_, i) => [i % 7 === 0 ? null : 800 + 37 * i]);
  const volumes36 = range36.map((r) => (r[0] === null ? 0 : (r[0] as number)));
  const plan = resolutionPlan(SEED_BOOK, "Advanced", { seats: 12 });
  return [
    { name: "TOTAL via functions layer, scalar", value: nsPerCall(() => total("Advanced", 12, scalar, 12, null, null, null)), unit: "ns/call", target: "<= 1000" },
    { name: "TOTAL via functions layer, 36-month range", value: nsPerCall(() => total("Advanced", 12, range36, null, null, null, null)), unit: "ns/call" },
    { name: "model: resolutionPlan + costOfResolutions, steady", value: nsPerCall(() => costOfResolutions(resolutionPlan(SEED_BOOK, "Advanced", { seats: 12 }), { steady: 1500, months: 12 })), unit: "ns/call" },
    { name: "model: costOfResolutions, 36 months (plan bound)", value: nsPerCall(() => costOfResolutions(plan, { perMonth: volumes36 })), unit: "ns/call" },
  ];
}
