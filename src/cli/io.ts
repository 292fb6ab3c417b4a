/** What a command may do to the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Reads a whole file, or standard input for "-". */
  readText(path: string): string;
}
