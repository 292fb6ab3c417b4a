/** A scenario's starting level and seasonality from the monthly history a user selects. */
import { PricingInputError } from "../errors";
import { MAX_SEASONAL_FACTOR, Seasonality } from "./drivers";
import { addMonths, calendarMonthIndex } from "./months";

export interface HistoryFit {
  startConversations: number;
  seasonality: Seasonality;
  /** What was inferred, in words for the pane's status line. */
  note: string;
}

/**
 * Starting level and seasonality from monthly history, oldest first, whose last value is the month
 * before `firstMonth`. With 12 or more months, the last 12 give the seasonal factors (each month ÷
 * their mean) and the level (their mean); with fewer, the level is the mean and seasonality is flat.
 */
export function fitHistory(history: readonly number[], firstMonth: string): HistoryFit {
  const values = history.filter((v) => Number.isFinite(v));
  if (values.length !== history.length) throw new PricingInputError("invalid", "The selection has cells that are not numbers.");
  if (values.length === 0) throw new PricingInputError("invalid", "Select a row or column of monthly conversation counts first.");
  if (values.some((v) => v < 0)) throw new PricingInputError("invalid", "Monthly conversations cannot be negative.");
  if (values.length < 12) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return { startConversations: mean, seasonality: "flat", note: `Average of ${values.length} months; seasonality needs 12 or more months, so it is flat.` };
  }
  const last = values.slice(-12);
  const mean = last.reduce((a, b) => a + b, 0) / 12;
  if (mean <= 0) throw new PricingInputError("invalid", "The last 12 months have no conversations.");
  const factors = new Array<number>(12).fill(1);
  // last[11] is the month before firstMonth; last[0] is 12 months before it.
  last.forEach((v, i) => {
    factors[calendarMonthIndex(addMonths(firstMonth, i - 12))] = v / mean;
  });
  if (factors.some((f) => f <= 0 || f > MAX_SEASONAL_FACTOR)) {
    return { startConversations: mean, seasonality: "flat", note: "Level from the last 12 months; a month with no conversations leaves seasonality flat." };
  }
  return { startConversations: mean, seasonality: factors, note: `Level and seasonality from the last 12 of ${values.length} months.` };
}
