/**
 * Whole agents from fractional ones. Divisions such as 14 ÷ (1 − 0.3) give 20.000000000000004 in
 * binary floating point; rounding that up would schedule a 21st agent nobody needs. A result within
 * a relative 1e-9 of a whole number is that whole number (no staffing input is that precise).
 */
const SNAP = 1e-9;

/** The smallest whole number ≥ value, treating values within floating-point noise of a whole number as it. */
export function wholeAgentsAtLeast(value: number): number {
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= SNAP * Math.max(1, Math.abs(nearest))) return nearest + 0;
  return Math.ceil(value) + 0;
}
