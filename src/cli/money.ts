/**
 * Numbers for machine-readable output: 15 significant digits, as Excel keeps, so binary noise such
 * as 108.89999999999999 never reaches a script while every real cent (and fraction of one) does.
 */
export function tidyNumber(value: number): number {
  return Number(value.toPrecision(15));
}
