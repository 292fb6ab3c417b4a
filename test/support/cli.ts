/**
 * Runs the CLI in-process, as `supportcost …` would run, with what it prints and its exit code; `files`
 * are the only files it can read (any other is missing, as Node reports it).
 */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  /** Standard output, lines joined. */
  out: string;
  /** Standard error, one entry per line written. */
  err: string[];
}

export function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (file) => {
      if (Object.prototype.hasOwnProperty.call(files, file)) return files[file];
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: "ENOENT" });
    },
  });
  return { code, out: out.join("\n"), err };
}
