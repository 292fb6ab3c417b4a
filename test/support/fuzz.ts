/**
 * Fuzzing the functions the way Excel calls them: for each function in functions.json, random
 * Excel-shaped arguments (numbers incl. huge, negative and fractional, text, booleans, error cells,
 * empty cells, data types, ranges up to 200 cells), called in desktop and web mode. Shared by the jest
 * suite (test/functions/fuzz.test.ts, a few thousand calls) and `npm run fuzz` (scripts/fuzz.ts).
 *
 * The oracle: a cell shows either an Excel error carrying a message, or a value Excel can display — a
 * finite number (never −0, never negative for a scalar result: every scalar we return is money, a
 * probability, a count or a name), text, or a rectangular spill with no null, NaN or Infinity.
 */
import fc from "fast-check";
import { priceBookToRows, SEED_BOOK } from "../../src/model/pricebook";
import { BLANK, CustomFunctionsError, doubleCell, entityCell, excelArguments, FunctionMetadata, loadMetadata, Mode, MODES, ParameterMetadata } from "./excel";
import { ErrorCode } from "./custom-functions-global";

const NAMES = ["Advanced", "essential", " EXPERT ", "Gold", "annual", "monthly", "weekly", "auto", "none", "SSO", "workflows", "HIPAA", "multi-brand"];

const number = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, 12, 24, 0.95, 1e6, 1e12, 1e13, 1e307, -1e307, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "12", "0x10", "1e400", "NaN", "Infinity", "=1+1", "😀", "𝟘") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const errorValue = fc.constantFrom(...(Object.keys(ErrorCode) as (keyof typeof ErrorCode)[])).map((k) => new CustomFunctionsError(ErrorCode[k]));

const dataTypeValue = fc.oneof(
  number.map((n) => doubleCell(n)),
  number.map((n) => ({ type: "FormattedNumber", basicValue: n, numberFormat: "0.00" })),
  text.map((t) => ({ type: "String", basicValue: t })),
  fc.boolean().map((b) => ({ type: "Boolean", basicValue: b })),
  text.map((t) => entityCell(t)),
  fc.constant({ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }),
);

/** One cell's content, as a user could have typed it or a formula could have produced it. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constant(BLANK) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: dataTypeValue },
);

/** A range: mostly one column or row (as the functions want), sometimes a block; at most 200 cells. */
const range: fc.Arbitrary<unknown[][]> = fc.oneof(
  { weight: 4, arbitrary: fc.array(number, { minLength: 1, maxLength: 200 }).map((vs) => vs.map((v) => [v])) },
  { weight: 2, arbitrary: fc.array(cell, { minLength: 1, maxLength: 60 }).map((vs) => vs.map((v) => [v])) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 40 }).map((vs) => [vs]) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 40 }).chain((rows) =>
      fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
    ),
  },
);

/** The built-in book in the row form, as the workbook's Prices table holds it. */
const SEED_TABLE: unknown[][] = priceBookToRows(SEED_BOOK).map((r) => [...r]);

const column = (values: fc.Arbitrary<number>, min: number, max: number) =>
  fc.array(values, { minLength: min, maxLength: max }).map((vs) => vs.map((v) => [v] as unknown[]));

/**
 * Values a user would plausibly give each parameter (by its name in functions.json), so that most calls
 * get past the argument checks into the model, where the interesting failures hide.
 */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  tier: fc.constantFrom("Essential", "Advanced", "Expert", "advanced", "zendesk-professional", "zendesk-team+fin-standalone", "freshdesk-pro", "fin-standalone", "eesel"),
  plan: fc.constantFrom("Advanced", "fin-standalone", "zendesk-team", "agentforce", BLANK),
  priceBook: fc.oneof(
    fc.constantFrom(BLANK, "seed", "intercom-2026", "nope"),
    fc.constant(SEED_TABLE),
    // The workbook's table with one cell changed to anything a user could type.
    fc.tuple(fc.integer({ min: 1, max: SEED_TABLE.length - 1 }), fc.integer({ min: 0, max: 8 }), cell).map(([r, c, v]) =>
      SEED_TABLE.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row)),
    ),
  ),
  billing: fc.constantFrom("annual", "monthly", BLANK),
  seats: fc.integer({ min: 0, max: 200 }),
  resolutions: fc.oneof(fc.integer({ min: 0, max: 20_000 }), column(fc.integer({ min: 0, max: 20_000 }), 1, 36)),
  months: fc.oneof(fc.integer({ min: 1, max: 36 }), fc.constant(BLANK)),
  aiRate: fc.double({ min: 0.01, max: 5, noNaN: true }),
  aiMinimum: fc.integer({ min: 1, max: 500 }),
  volatility: fc.double({ min: 0, max: 2, noNaN: true }),
  percentileOrBudget: fc.oneof(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1000, max: 500_000 })),
  budget: fc.integer({ min: 0, max: 500_000 }),
  correlation: fc.double({ min: 0, max: 0.95, noNaN: true }),
  history: column(fc.double({ min: 0, max: 50_000, noNaN: true }), 1, 200),
  horizon: fc.integer({ min: 1, max: 36 }),
  seasonality: fc.constantFrom("auto", "none", 1, 4, 12, BLANK),
  confidence: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
  requirements: fc.constantFrom("SSO", "workflows", "HIPAA", "ticketing", BLANK),
  conversations: fc.oneof(fc.integer({ min: 0, max: 50_000 }), column(fc.integer({ min: 0, max: 50_000 }), 1, 36)),
  involvement: fc.double({ min: 0, max: 1, noNaN: true }),
  resolution: fc.double({ min: 0, max: 1, noNaN: true }),
  stacks: fc.constantFrom(BLANK, "intercom-advanced", "freshdesk-pro,zendesk-team+eesel", "freshdesk-pro+fin-standalone", "nope"),
  contactsPerHour: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(1e5, 1e6, 4e6)),
  ahtSeconds: fc.integer({ min: 1, max: 3600 }),
  serviceLevel: fc.double({ min: 0.01, max: 0.999, noNaN: true }),
  answerSeconds: fc.integer({ min: 0, max: 600 }),
  shrinkage: fc.double({ min: 0, max: 0.9, noNaN: true }),
  maxOccupancy: fc.double({ min: 0.3, max: 1, noNaN: true }),
  aiInvolved: fc.oneof(fc.integer({ min: 0, max: 30_000 }), column(fc.integer({ min: 0, max: 30_000 }), 1, 36)),
  // VARIANCE: three months of actuals, so that most calls line up and reach the model.
  plannedConversations: fc.integer({ min: 0, max: 50_000 }),
  plannedInvolvement: fc.double({ min: 0, max: 1, noNaN: true }),
  plannedResolution: fc.double({ min: 0, max: 1, noNaN: true }),
  actualConversations: column(fc.integer({ min: 0, max: 50_000 }), 3, 3),
  actualInvolvement: fc.double({ min: 0, max: 1, noNaN: true }),
  actualResolution: fc.double({ min: 0, max: 1, noNaN: true }),
  invoice: column(fc.double({ min: 0, max: 100_000, noNaN: true }), 3, 3),
  // FXRATE and CONVERT: a dollar amount, a currency code as typed, a rate in a plausible range.
  amount: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom("30,060", "$1.5k", BLANK)),
  currency: fc.constantFrom("JPY", "jpy", "EUR", "GBP", "USD", "XYZ", BLANK),
  rate: fc.oneof(fc.double({ min: 0.5, max: 300, noNaN: true }), fc.constantFrom(BLANK, "150")),
};

function argumentFor(p: ParameterMetadata): fc.Arbitrary<unknown> {
  const wild = p.dimensionality === "matrix" ? fc.oneof({ weight: 3, arbitrary: range }, { weight: 1, arbitrary: cell }) : cell;
  const plausible = PLAUSIBLE[p.name];
  const value = plausible ? fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: wild }) : wild;
  // null is an empty argument slot (=F(a, , c)), which Excel allows for any parameter.
  return fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Random arguments for a function: every required one, then a random number of optional ones. */
export function argumentsFor(meta: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const params = meta.parameters;
  const repeating = params.find((p) => p.repeating);
  const fixed = params.filter((p) => !p.repeating);
  const required = fixed.filter((p) => !p.optional).length;
  return fc.integer({ min: required, max: fixed.length }).chain((count) => {
    const parts = fixed.slice(0, count).map(argumentFor);
    const rest = repeating ? fc.array(argumentFor(repeating).filter((a) => a !== null), { maxLength: 4 }) : fc.constant([] as unknown[]);
    return fc.tuple(fc.tuple(...parts), rest).map(([a, r]) => [...a, ...r]);
  });
}

/** Why a cell's value breaks the oracle, or undefined when it is fine. */
export function oracleProblem(meta: FunctionMetadata, value: unknown): string | undefined {
  if (value instanceof CustomFunctionsError) {
    if (!value.message || value.message.trim().length === 0) return `an error ${value.code} without a message`;
    if (value.code !== "#VALUE!" && value.code !== "#N/A") return `an error ${value.code} that cannot carry a message`;
    return undefined;
  }
  if (meta.result.dimensionality === "matrix") {
    if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return `a spill that is not a 2-D array: ${JSON.stringify(value)}`;
    const width = value[0].length;
    for (const row of value as unknown[][]) {
      if (!Array.isArray(row) || row.length !== width) return "a ragged spill";
      for (const c of row) {
        const problem = cellProblem(c, false);
        if (problem) return `a spill cell that is ${problem}`;
      }
    }
    return undefined;
  }
  const problem = cellProblem(value, true);
  return problem ? `a result that is ${problem}` : undefined;
}

function cellProblem(c: unknown, scalar: boolean): string | undefined {
  if (c === null || c === undefined) return String(c);
  if (typeof c === "string" || typeof c === "boolean") return undefined;
  const n = typeof c === "number" ? c : typeof c === "object" && c !== null && "basicValue" in c ? (c as { basicValue: unknown }).basicValue : undefined;
  if (typeof n !== "number") return `not a cell value: ${JSON.stringify(c)}`;
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return "-0";
  if (scalar && n < 0) return `negative (${n})`;
  return undefined;
}

export interface FuzzReport {
  name: string;
  calls: number;
  errors: number;
  values: number;
  failures: { mode: Mode; args: unknown[]; problem: string }[];
}

/**
 * Calls one function `argumentSets` times in each mode (so 2 × argumentSets calls) with seeded random
 * arguments. A thrown exception that is not an Excel error, or a value failing the oracle, is a failure.
 */
export async function fuzzFunction(name: string, argumentSets: number, seed: number): Promise<FuzzReport> {
  const { byName } = await loadMetadata();
  const entry = byName.get(name);
  if (!entry) throw new Error(`${name} is not in functions.json`);
  const report: FuzzReport = { name, calls: 0, errors: 0, values: 0, failures: [] };
  const samples = fc.sample(argumentsFor(entry.meta), { numRuns: argumentSets, seed });
  for (const args of samples) {
    for (const mode of MODES) {
      report.calls++;
      let value: unknown;
      try {
        value = await entry.impl(...excelArguments(entry.meta, args, mode));
      } catch (error) {
        value = error;
        if (!(error instanceof CustomFunctionsError)) {
          report.failures.push({ mode, args, problem: `a crash: ${error instanceof Error ? error.stack : String(error)}` });
          continue;
        }
      }
      if (value instanceof CustomFunctionsError) report.errors++;
      else report.values++;
      const problem = oracleProblem(entry.meta, value);
      if (problem) report.failures.push({ mode, args, problem });
    }
  }
  return report;
}
