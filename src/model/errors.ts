/**
 * Errors the model reports about its inputs. Each carries a message written for the person who typed
 * the input, and a kind that the spreadsheet layer maps to an Excel error:
 * - "invalid": the value is of the wrong kind or out of range (Excel #VALUE!);
 * - "unknown": a name that is not in the catalog (Excel #N/A).
 */
export type InputErrorKind = "invalid" | "unknown";

export class PricingInputError extends Error {
  readonly kind: InputErrorKind;

  constructor(kind: InputErrorKind, message: string) {
    super(message);
    this.name = "PricingInputError";
    this.kind = kind;
  }
}

export function invalidInput(message: string): PricingInputError {
  return new PricingInputError("invalid", message);
}

export function unknownName(message: string): PricingInputError {
  return new PricingInputError("unknown", message);
}

/** A model input error's message, or undefined when `work` succeeds; anything else is rethrown (a bug). */
export function inputProblem(work: () => unknown): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    if (error instanceof PricingInputError) return error.message;
    throw error;
  }
}

/** Joins names as "A, B or C" for messages that list the valid choices. */
export function listChoices(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/**
 * A value as an error message shows it: "not a number" and "infinity" rather than NaN and Infinity,
 * and text as the text "…", the way the spreadsheet messages say it.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value !== "number") return value === undefined ? "nothing" : `${typeof value} ${JSON.stringify(value)}`;
  if (Number.isNaN(value)) return "not a number";
  if (!Number.isFinite(value)) return value > 0 ? "infinity" : "minus infinity";
  return String(value);
}
