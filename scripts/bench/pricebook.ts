/**
 * Benchmark: the price book (src/model/pricebook). Reading the 40-row seed book from the row form (what
 * a custom function does with the "SupportCost Prices" range), the cached read of the same content,
 * one month priced by priceMonth, a 13-stack comparison with its break-even scan, and the simulation of
 * a plan the fast path cannot take (Freshdesk's packs, priced by the engine month by month).
 */
import {
  bindStack,
  compareStacks,
  priceBookFromRows,
  priceBookFromRowsCached,
  priceBookToRows,
  priceMonth,
  resolveStack,
  SEED_BOOK,
  stackPricing,
  volumeOf,
} from "../../src/model/pricebook";
import { simulateVolatility } from "../../src/model/volatility";
import { BenchFigure, msPerRun, nsPerCall } from "./measure";

export function run(): BenchFigure[] {
  const rows = priceBookToRows(SEED_BOOK);
  // Fresh copies, as Excel hands a new array to every call.
  const copies = Array.from({ length: 64 }, () => rows.map((r) => [...r]));
  let i = 0;
  const stack = bindStack(resolveStack(SEED_BOOK, "zendesk-professional+fin-standalone"), { seats: 12 });
  const month = volumeOf(5000, { involvement: 0.5, resolution: 0.6 });
  const expected = Array.from({ length: 36 }, (_, m) => 2000 * (1 + 0.02 * m) * (1 + 0.15 * Math.sin((2 * Math.PI * m) / 12)));
  const packs = stackPricing(bindStack(resolveStack(SEED_BOOK, "freshdesk-pro"), { seats: 12 }), { involvement: 0.5, resolution: 0.6 });
  return [
    { name: `price book from rows (${rows.length - 1} prices)`, value: nsPerCall(() => priceBookFromRows(copies[i++ & 63]), 2_000) / 1000, unit: "µs", target: "< 100" },
    { name: "price book from rows, cached (fingerprint + lookup)", value: nsPerCall(() => priceBookFromRowsCached(copies[i++ & 63]), 2_000) / 1000, unit: "µs" },
    { name: "priceMonth, Zendesk + Fin standalone", value: nsPerCall(() => priceMonth(stack, month)), unit: "ns" },
    { name: "compare 13 stacks with break-even scan", value: msPerRun(() => compareStacks(SEED_BOOK, { conversations: 5000, involvement: 0.5, resolution: 0.6, seats: 12 }), 5, 1), unit: "ms" },
    { name: "simulate 100k paths x 36 months, Freshdesk packs via engine", value: msPerRun(() => simulateVolatility({ plan: packs, volumes: { kind: "expected", expected, cv: 0.3 }, correlation: 0.5, paths: 100_000, seed: 2024 }), 3, 1), unit: "ms" },
  ];
}
