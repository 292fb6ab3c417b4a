import { CustomFunctionsError } from "./custom-functions-global";

/** Asserts a cell shows an Excel error of the given code whose message matches. */
export function expectExcelError(value: unknown, code: string, message: RegExp): void {
  expect(value).toBeInstanceOf(CustomFunctionsError);
  const error = value as CustomFunctionsError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}
