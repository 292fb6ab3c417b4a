/**
 * Calls the custom functions exactly as Excel's runtime does (Microsoft's custom-functions docs are the
 * spec, and what differs by platform), driven by the functions.json that
 * custom-functions-metadata generates from the JSDoc in src/functions:
 * - arguments are matched to the declared parameters; too few required ones is a harness error (Excel
 *   would refuse the formula); an omitted optional argument, or an empty argument slot (null here, as
 *   in =F(a, , c)), arrives as null;
 * - a scalar given to a matrix parameter arrives as a 1×1 2-D array; a 1×1 range given to a scalar
 *   parameter arrives as its value;
 * - a repeating parameter arrives as ONE argument holding every value (for a matrix parameter, an
 *   array of 2-D arrays), never spread;
 * - an invocation object is always passed last;
 * - a reference to an empty cell (BLANK) arrives as 0 in desktop Excel and as null in Excel on the
 *   web, both as a scalar and inside a range (null inside a range means an empty cell too);
 * - a thrown or rejected CustomFunctions.Error is returned as the cell's value, as Excel shows it.
 *
 * Every function test runs in both modes: wrap a file's tests in forEachMode().
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CustomFunctionsError, installCustomFunctionsGlobal } from "./custom-functions-global";

installCustomFunctionsGlobal();

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with webpack.config.js (CommonJS)
const { functionSourcePaths } = require("../../scripts/function-sources") as { functionSourcePaths: (root?: string) => string[] };
export const FUNCTION_SOURCES = functionSourcePaths(path.resolve(__dirname, "../.."));

export type Mode = "desktop" | "web";
export const MODES: readonly Mode[] = ["desktop", "web"];

/** A reference to an empty cell: 0 on desktop, null on the web. */
export const BLANK: unique symbol = Symbol("empty cell");

export interface ParameterMetadata {
  name: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}

type Impl = (...args: unknown[]) => unknown;

export interface Metadata {
  json: string;
  functions: FunctionMetadata[];
  byName: Map<string, { meta: FunctionMetadata; impl: Impl }>;
}

let cached: Promise<Metadata> | undefined;

export function loadMetadata(): Promise<Metadata> {
  cached ??= (async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTION_SOURCES, false);
    if (result.errors.length > 0) throw new Error(`metadata errors: ${result.errors.join("; ")}`);
    const parsed = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
    const byName = new Map<string, { meta: FunctionMetadata; impl: Impl }>();
    for (const meta of parsed.functions) {
      const association = result.associate.find((a) => a.id === meta.id);
      if (!association) throw new Error(`no association for ${meta.id}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the global is installed
      const mod = require(association.sourceFileName) as Record<string, Impl>;
      const impl = mod[association.functionName];
      if (typeof impl !== "function") throw new Error(`${association.functionName} is not exported`);
      byName.set(meta.name, { meta, impl });
    }
    return { json: result.metadataJson, functions: parsed.functions, byName };
  })();
  return cached;
}

/** What an empty cell becomes in this mode. */
function emptyCell(mode: Mode): 0 | null {
  return mode === "desktop" ? 0 : null;
}

function cellValue(value: unknown, mode: Mode): unknown {
  return value === BLANK || value === null || value === undefined ? emptyCell(mode) : value;
}

function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value);
}

function toMatrix(value: unknown, mode: Mode, where: string): unknown[][] {
  if (!isRange(value)) return [[cellValue(value, mode)]];
  if (value.length === 0 || !value.every((row) => Array.isArray(row) && row.length === value[0].length && row.length > 0)) {
    throw new Error(`harness: ${where} must be a rectangular 2-D range`);
  }
  return value.map((row) => (row as unknown[]).map((cell) => cellValue(cell, mode)));
}

function toScalar(value: unknown, mode: Mode, where: string): unknown {
  if (value === BLANK) return emptyCell(mode);
  if (!isRange(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return cellValue(value[0][0], mode);
  throw new Error(`harness: ${where} is a scalar parameter; a multi-cell range would be array-evaluated by Excel`);
}

/** The argument list Excel's runtime hands the implementation for =SUPPORTCOST.<name>(args…). */
export function excelArguments(meta: FunctionMetadata, args: readonly unknown[], mode: Mode): unknown[] {
  const params = meta.parameters;
  const call: unknown[] = [];
  params.forEach((p, i) => {
    const where = `SUPPORTCOST.${meta.name} argument ${p.name}`;
    const convert = (a: unknown) => (p.dimensionality === "matrix" ? toMatrix(a, mode, where) : toScalar(a, mode, where));
    if (p.repeating) {
      const rest = args.slice(i);
      if (rest.length === 0 && !p.optional) throw new Error(`harness: ${where} needs at least one value`);
      call.push(rest.map(convert));
      return;
    }
    // Beyond the given arguments: Excel refuses a formula missing a required one.
    if (i >= args.length || args[i] === undefined) {
      if (!p.optional) throw new Error(`harness: ${where} is required`);
      call.push(null);
      return;
    }
    // An empty argument slot, as in =SUPPORTCOST.TOTAL("Advanced", 12, 1500, , , 1.2), arrives as null.
    if (args[i] === null) {
      call.push(null);
      return;
    }
    call.push(convert(args[i]));
  });
  if (!params.some((p) => p.repeating) && args.length > params.length) {
    throw new Error(`harness: SUPPORTCOST.${meta.name} takes at most ${params.length} arguments`);
  }
  call.push({ functionName: `SUPPORTCOST.${meta.name}`, address: "Sheet1!B2", isInValuePreview: false });
  return call;
}

export type ExcelCall = (name: string, ...args: unknown[]) => Promise<unknown>;

/** A caller for one mode: what Excel would show in the cell for =SUPPORTCOST.<name>(args…). */
export function excelIn(mode: Mode): ExcelCall {
  return async (name, ...args) => {
    const { byName } = await loadMetadata();
    const entry = byName.get(name);
    if (!entry) throw new Error(`SUPPORTCOST.${name} is not in functions.json`);
    try {
      return await entry.impl(...excelArguments(entry.meta, args, mode));
    } catch (error) {
      if (error instanceof CustomFunctionsError) return error;
      throw error;
    }
  };
}

/** Runs a block of tests once per mode, handing it that mode's caller. */
export function forEachMode(block: (excel: ExcelCall, mode: Mode) => void): void {
  describe.each(MODES)("in %s Excel", (mode) => block(excelIn(mode), mode));
}

/** A cell holding a number with a format, as Excel passes it to an "any" parameter (a data type). */
export function doubleCell(value: number, numberFormat = "[$$-409]#,##0.00"): { type: "Double"; basicValue: number; numberFormat: string } {
  return { type: "Double", basicValue: value, numberFormat };
}

/** The older FormattedNumber data type (ExcelApi 1.16). */
export function formattedNumberCell(value: number, numberFormat = "[$$-409]#,##0.00") {
  return { type: "FormattedNumber", basicValue: value, numberFormat };
}

/** A cell holding an entity (a data-type card) whose display text is `text`. */
export function entityCell(text: string) {
  return { type: "Entity", text, basicType: "Error", basicValue: "#VALUE!", properties: { Name: { type: "String", basicValue: text } } };
}

/** The number a cell shows, whether the result is plain or a formatted-number cell value. */
export function cellNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "basicValue" in value) return (value as { basicValue: number }).basicValue;
  throw new Error(`expected a number in the cell, got ${value instanceof CustomFunctionsError ? `${value.code} ${value.message}` : JSON.stringify(value)}`);
}

export { CustomFunctionsError };
