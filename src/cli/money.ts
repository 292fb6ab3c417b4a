/**
 * Numbers for machine-readable output: 15 significant digits, as Excel keeps, so binary noise such
 * as 108.89999999999999 never reaches a script while every real cent (and fraction of one) does.
 */
export function tidyNumber(value: number): number {
  return Number(value.toPrecision(15));
}

/** tidyNumber applied to every number inside a JSON-like value. */
export function tidyDeep<T>(value: T): T {
  if (typeof value === "number") return (Number.isFinite(value) ? tidyNumber(value) : value) as T;
  if (Array.isArray(value)) return value.map(tidyDeep) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidyDeep(v)])) as T;
  }
  return value;
}

export const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/**
 * Prints a value as JSON with tidy numbers. A number that is not finite would print as null (or a
 * money figure as $∞): that is a defect, never output, so it stops the command as an internal error.
 */
export function printJson(io: { out(text: string): void }, value: unknown): void {
  io.out(JSON.stringify(tidyDeep(value), (key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${key || "a value"} is not a finite number`);
    return v;
  }));
}
