/**
 * The forecast method named two ways: technically ("ETS(M,Ad,M) + Theta + ARIMA(0,1,1)(0,1,1)12")
 * and in a finance user's words ("yearly season with a damped trend, from 36 months, the average of
 * 3 methods").
 */
import type { CombinedForecast } from "./combine";
import { modelName } from "./spec";

/** Season length of the combined forecast: the ETS model's, else the Theta or airline member's (0: none). */
export function seasonLength(c: CombinedForecast): number {
  if (c.ets.spec.season !== "N") return c.ets.spec.period;
  return c.thetaPeriod >= 2 || c.members.includes("airline") ? c.period : 0;
}

export function methodName(c: CombinedForecast): string {
  const parts = [modelName(c.ets.spec)];
  if (c.members.includes("theta")) parts.push(c.thetaPeriod >= 2 ? `Theta(${c.thetaPeriod})` : "Theta");
  if (c.members.includes("airline")) parts.push(`ARIMA(0,1,1)(0,1,1)${c.period}`);
  return parts.join(" + ");
}

/** The method's shape as data, for a surface that words it in another language (describeForecast words it in English). */
export interface ForecastShape {
  /** Season length in months; 0: none. */
  season: number;
  /** "drift": no trend of its own, but several methods averaged drift slightly. */
  trend: "none" | "drift" | "trend" | "damped";
  /** Months of history it was fitted to. */
  months: number;
  /** How many methods are averaged (1: one). */
  methods: number;
  /** How many months ago the history jumped to the level it forecasts from; null: no jump. */
  shiftMonthsAgo: number | null;
}

export function forecastShape(c: CombinedForecast, months: number): ForecastShape {
  const spec = c.ets.spec;
  const trend = spec.trend === "N" ? (c.members.length > 1 ? "drift" : "none") : spec.trend === "A" ? "trend" : "damped";
  return { season: seasonLength(c), trend, months, methods: c.members.length, shiftMonthsAgo: c.shift === null ? null : months - c.shift.at };
}

export function describeForecast(c: CombinedForecast, months: number): string {
  const d = forecastShape(c, months);
  const m = d.season;
  const season = m === 0 ? "" : m === 12 ? "yearly season" : `season of ${m} periods`;
  const trend = { none: "no trend", drift: "a slight drift", trend: "a trend", damped: "a damped trend" }[d.trend];
  const shape = season ? `${season} with ${trend}` : trend === "no trend" ? "steady level, no season" : `${trend}, no season`;
  const how = d.methods > 1 ? `, the average of ${d.methods} methods` : "";
  const ago = d.shiftMonthsAgo ?? 0;
  const shift = d.shiftMonthsAgo === null ? "" : ` (at the new level after a jump ${ago} ${ago === 1 ? "month" : "months"} ago)`;
  return `${shape}, from ${months} months${shift}${how}`;
}
