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

export function describeForecast(c: CombinedForecast, months: number): string {
  const spec = c.ets.spec;
  const m = seasonLength(c);
  const season = m === 0 ? "" : m === 12 ? "yearly season" : `season of ${m} periods`;
  const trend = spec.trend === "N" ? (c.members.length > 1 ? "a slight drift" : "no trend") : spec.trend === "A" ? "a trend" : "a damped trend";
  const shape = season ? `${season} with ${trend}` : trend === "no trend" ? "steady level, no season" : `${trend}, no season`;
  const how = c.members.length > 1 ? `, the average of ${c.members.length} methods` : "";
  const ago = c.shift === null ? 0 : months - c.shift.at;
  const shift = c.shift === null ? "" : ` (at the new level after a jump ${ago} ${ago === 1 ? "month" : "months"} ago)`;
  return `${shape}, from ${months} months${shift}${how}`;
}
