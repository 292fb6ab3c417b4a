/**
 * Benchmark: the price book (src/model/pricebook). Reading the 40-row seed book from the row form (what
 * a custom function does with the "SupportCost Prices" range), the cached read of the same content,
 * one month priced by priceMonth and by its compiled form, and a 13-stack comparison with its
 * break-even scan. (The simulation of every stack is in volatility.ts.)
 */
import {
  bindStack,
  compareStacks,
  priceBookFromRows,
  priceBookFromRowsCached,
  priceBookToRows,
  priceMonth,
  resolveStack,
  compileMonth,
  SEED_BOOK,
  volumeOf,
} from "../../src/model/pricebook";
import { BenchFigure, msPerRun, nsPerCall } from "./measure";

export function run(): BenchFigure[] {
  const rows = priceBookToRows(SEED_BOOK);
  // Fresh copies, as Excel hands a new array to every call.
  const copies = Array.from({ length: 64 }, () => rows.map((r) => [...r]));
  let i = 0;
  const stack = bindStack(resolveStack(SEED_BOOK, "zendesk-professional+fin-standalone"), { seats: 12 });
  const month = volumeOf(5000, { involvement: 0.5, resolution: 0.6 });
  const compiled = compileMonth(stack, { involvement: 0.5, resolution: 0.6 }).cost;
  let c = 4000;
  return [
    { name: `price book from rows (${rows.length - 1} prices)`, value: nsPerCall(() => priceBookFromRows(copies[i++ & 63]), 2_000) / 1000, unit: "µs", target: "< 100" },
    { name: "price book from rows, cached (fingerprint + lookup)", value: nsPerCall(() => priceBookFromRowsCached(copies[i++ & 63]), 2_000) / 1000, unit: "µs" },
    { name: "priceMonth, Zendesk + Fin standalone", value: nsPerCall(() => priceMonth(stack, month)), unit: "ns" },
    { name: "compare 13 stacks with break-even scan", value: msPerRun(() => compareStacks(SEED_BOOK, { conversations: 5000, involvement: 0.5, resolution: 0.6, seats: 12 }), 5, 1), unit: "ms" },
    { name: "month through compileMonth's cost, Zendesk + Fin standalone", value: nsPerCall(() => compiled((c = c > 6000 ? 4000 : c + 1))), unit: "ns" },
  ];
}
