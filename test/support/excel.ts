/**
 * Calls the custom functions the way Excel does, driven by the functions.json that
 * custom-functions-metadata generates from src/functions/functions.ts:
 * - arguments are matched to the declared parameters; too few required ones is a harness error
 *   (Excel would refuse the formula), omitted optional ones arrive as null;
 * - a scalar given to a matrix parameter arrives as a 1×1 2-D array, as Excel passes it;
 * - repeating parameters take every remaining argument;
 * - a thrown CustomFunctions.Error is returned as the cell's value, as Excel shows it.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CustomFunctionsError, installCustomFunctionsGlobal } from "./custom-functions-global";

installCustomFunctionsGlobal();

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with webpack.config.js (CommonJS)
const { functionSourcePaths } = require("../../scripts/function-sources") as { functionSourcePaths: (root?: string) => string[] };
export const FUNCTION_SOURCES = functionSourcePaths(path.resolve(__dirname, "../.."));

interface ParameterMetadata {
  name: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}

export interface Metadata {
  json: string;
  functions: FunctionMetadata[];
  byName: Map<string, { meta: FunctionMetadata; impl: (...args: unknown[]) => unknown }>;
}

let cached: Promise<Metadata> | undefined;

export function loadMetadata(): Promise<Metadata> {
  cached ??= (async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTION_SOURCES, false);
    if (result.errors.length > 0) throw new Error(`metadata errors: ${result.errors.join("; ")}`);
    const parsed = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
    const byName = new Map<string, { meta: FunctionMetadata; impl: (...args: unknown[]) => unknown }>();
    for (const meta of parsed.functions) {
      const association = result.associate.find((a) => a.id === meta.id);
      if (!association) throw new Error(`no association for ${meta.id}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the global is installed
      const mod = require(association.sourceFileName) as Record<string, (...args: unknown[]) => unknown>;
      const impl = mod[association.functionName];
      if (typeof impl !== "function") throw new Error(`${association.functionName} is not exported`);
      byName.set(meta.name, { meta, impl });
    }
    return { json: result.metadataJson, functions: parsed.functions, byName };
  })();
  return cached;
}

function asMatrix(value: unknown): unknown {
  return Array.isArray(value) ? value : [[value]];
}

/** What Excel would show in the cell for =SUPPORTCOST.<name>(args…). */
export async function excel(name: string, ...args: unknown[]): Promise<unknown> {
  const { byName } = await loadMetadata();
  const entry = byName.get(name);
  if (!entry) throw new Error(`SUPPORTCOST.${name} is not in functions.json`);
  const params = entry.meta.parameters;
  const call: unknown[] = [];
  params.forEach((p, i) => {
    if (p.repeating) {
      for (const a of args.slice(i)) call.push(p.dimensionality === "matrix" ? asMatrix(a) : a);
      return;
    }
    if (i >= args.length) {
      if (!p.optional) throw new Error(`harness: SUPPORTCOST.${name} needs argument ${p.name}`);
      call.push(null);
      return;
    }
    call.push(p.dimensionality === "matrix" ? asMatrix(args[i]) : args[i]);
  });
  if (!params.some((p) => p.repeating) && args.length > params.length) {
    throw new Error(`harness: SUPPORTCOST.${name} takes at most ${params.length} arguments`);
  }
  try {
    return entry.impl(...call);
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw error;
  }
}

/** The number a cell shows, whether the result is plain or a formatted-number cell value. */
export function cellNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "basicValue" in value) return (value as { basicValue: number }).basicValue;
  throw new Error(`expected a number in the cell, got ${value instanceof CustomFunctionsError ? `${value.code} ${value.message}` : JSON.stringify(value)}`);
}

export { CustomFunctionsError };
