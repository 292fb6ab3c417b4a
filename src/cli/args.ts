/** A small, strict option parser: unknown options and missing values are errors, never ignored. */
import { parseDecimal } from "../model/numbers";

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
 * Parses a plain decimal number (model/numbers.ts: no hexadecimal, binary, octal, Infinity or
 * overflow to infinity); "what" names it in the message.
 */
export function numberOption(text: string, what: string): number {
  const n = parseDecimal(text);
  if (n === undefined) throw new UsageError(`${what} must be a number, got "${text}"`);
  return n;
}

export function textOption(options: Options, name: string): string | undefined {
  const v = options.get(name);
  return typeof v === "string" ? v : undefined;
}

export function numberOptionOf(options: Options, name: string): number | undefined {
  const v = textOption(options, name);
  return v === undefined ? undefined : numberOption(v, `--${name}`);
}

/** A comma-separated list of numbers; an empty item means `blankAs`. */
export function numberListOption(text: string, name: string, blankAs: number): number[] {
  return text.split(",").map((item, i, all) => {
    if (item.trim() === "") return blankAs;
    return numberOption(item, all.length > 1 ? `--${name} item ${i + 1}` : `--${name}`);
  });
}

/** Rejects options that do not belong to a command. */
export function onlyOptions(options: Options, command: string, allowed: readonly string[]): void {
  for (const name of options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`--${name} does not apply to ${command} (see supportcost --help)`);
  }
}
