/**
 * Excel's CustomFunctions global as the runtime provides it (CustomFunctionsRuntime 1.3): jest has
 * none, so tests install this faithful stand-in of the Error class and the ErrorCode values.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.message = message ?? "";
  }
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  };
}

/** An error cell as Excel passes it to an "any" parameter. */
export function errorCell(code: keyof typeof ErrorCode): CustomFunctionsError {
  return new CustomFunctionsError(ErrorCode[code]);
}
