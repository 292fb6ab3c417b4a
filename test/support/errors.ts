/** The model's input error a call throws, for tests that check its message; anything else is rethrown. */
import { PricingInputError } from "../../src/model/errors";

export function errorOf(f: () => unknown): PricingInputError {
  try {
    f();
  } catch (error) {
    if (error instanceof PricingInputError) return error;
    throw error;
  }
  throw new Error("no error thrown");
}
