/** A small, strict option parser: unknown options and missing values are errors, never ignored. */
import { readList, readNumber, readShare } from "../model/input/readNumber";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Options = Map<string, string | true>;

export interface ParsedArgs {
  command: string | undefined;
  options: Options;
}

export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>, valued: ReadonlySet<string>): ParsedArgs {
  const options: Options = new Map();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      if (command !== undefined) throw new UsageError(`unexpected argument "${arg}"`);
      command = arg;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (flags.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (valued.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      // "-" alone is a value (stdin); "--x" after a valued option means the value is missing.
      if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
      if (options.has(name)) throw new UsageError(`--${name} is given twice`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command, options };
}

/**
 * Options whose value is a share of something: "60%" and 0.6 both mean 60%, and a bare 60 is refused
 * (60% or 0.6?) rather than read as 6,000%. Growth is a share too, and may be negative.
 */
export const SHARE_OPTIONS: ReadonlySet<string> = new Set([
  "ai-involvement", "ai-resolution", "assumed-share", "reversal-rate", "confidence", "service-level", "shrinkage", "max-occupancy",
  "planned-ai-involvement", "planned-ai-resolution", "actual-ai-involvement", "actual-ai-resolution",
]);
const SIGNED_SHARE_OPTIONS: ReadonlySet<string> = new Set(["growth"]);

/**
 * Reads a number as the one number reader does (model/input/readNumber.ts: thousands separators,
 * currency signs, k/m/bn, full-width digits; never hexadecimal, Infinity, overflow or words), and a
 * share option as a share; "what" names it in the message.
 */
export function numberOption(text: string, what: string): number {
  const name = what.replace(/^--/, "").replace(/ item \d+$/, "");
  const read = readNumber(text);
  if (!read.ok) {
    throw new UsageError(`${what} must be a number, got "${text}"${read.reason === "unclear" ? `: ${read.message}` : ""}`);
  }
  if (SHARE_OPTIONS.has(name)) {
    const share = readShare(text, "fraction", what);
    if (!share.ok) throw new UsageError(share.message);
    return share.share;
  }
  if (SIGNED_SHARE_OPTIONS.has(name) && !read.percent && Math.abs(read.value) > 1) {
    throw new UsageError(`${what} is a share a month; ${text.trim()} is not one: type ${read.value}% or ${Number((read.value / 100).toPrecision(12))}`);
  }
  if (read.percent && !SIGNED_SHARE_OPTIONS.has(name)) throw new UsageError(`${what} must be a number, not a percent; got "${text.trim()}"`);
  return read.value;
}

export function textOption(options: Options, name: string): string | undefined {
  const v = options.get(name);
  return typeof v === "string" ? v : undefined;
}

export function numberOptionOf(options: Options, name: string): number | undefined {
  const v = textOption(options, name);
  return v === undefined ? undefined : numberOption(v, `--${name}`);
}

/**
 * A list of numbers, one per month: separated by ";", or by commas where they cannot be thousands
 * ("0,20,60"). Text that reads both ways — "1,500": one month of 1,500, or two of 1 and 500? — is
 * refused with both readings (model/input/readNumber.ts readList). An empty item means `blankAs`.
 */
export function numberListOption(text: string, name: string, blankAs: number): number[] {
  const separator = text.includes(";") ? ";" : ",";
  if (separator === "," && text.includes(",")) {
    const list = readList(text, `--${name}`);
    if (!list.ok && /could be one month/.test(list.message)) throw new UsageError(list.message);
  }
  const items = text.split(separator);
  return items.map((item, i) => (item.trim() === "" ? blankAs : numberOption(item, items.length > 1 ? `--${name} item ${i + 1}` : `--${name}`)));
}

/** Rejects options that do not belong to a command. */
export function onlyOptions(options: Options, command: string, allowed: readonly string[]): void {
  for (const name of options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`--${name} does not apply to ${command} (see supportcost --help)`);
  }
}
