/**
 * Currency risk in the Volatility tab. A bill in US dollars paid in yen moves with the rate, so when the
 * workbook shows another currency the simulation draws the rate too (the model's FX driver), and its
 * results come back in that currency. The pane's formats convert dollar figures at today's rate as the
 * last step (format.ts); to show a result in the currency, exactly, its figures are put in "dollars at
 * today's rate" (÷ rate) so that the formats' × rate gives them back. Division by one constant keeps
 * every percentile, the histogram and the budget line where they are.
 */
import { convertResult } from "../model/volatility/fx";
import type { FxUncertainty, SensitivityResult, VolatilityResult } from "../model/volatility";
import type { DisplayMoney } from "../workbook/port";

export type { DisplayMoney };

/** The simulation's exchange-rate driver for the display currency; none for US dollars. */
export function fxDriver(display: DisplayMoney, volatility: number): FxUncertainty | undefined {
  if (display.currency === "USD") return undefined;
  return { rate: display.rate, volatility, currency: display.currency };
}

/** A result in the display currency, as "dollars at today's rate" for the pane's formats. */
export function inDollarTerms(result: VolatilityResult, sensitivity: SensitivityResult, display: DisplayMoney): { result: VolatilityResult; sensitivity: SensitivityResult } {
  if (display.currency === "USD") return { result, sensitivity };
  const back = 1 / display.rate;
  return {
    result: convertResult(result, back, result.budget === null ? null : result.budget * back),
    sensitivity: {
      ...sensitivity,
      base: sensitivity.base * back,
      entries: sensitivity.entries.map((e) => ({ ...e, lowValue: e.lowValue * back, highValue: e.highValue * back })),
    },
  };
}

