/** Scenarios side by side: each one's yearly totals, cost split, peak month and unit costs, against the first. */
import { ScenarioForecast, forecastScenario } from "./price";
import { Scenario } from "./drivers";
import { DEFAULT_BOOK } from "../pricebook/builtin";
import { PriceBook } from "../pricebook/types";

export interface ScenarioComparison {
  id: string;
  name: string;
  /** Cost of each 12-month year of the horizon (the last may be shorter if the horizon is not whole years). */
  annualTotals: number[];
  total: number;
  seatCost: number;
  aiCost: number;
  /** AI share of the total, 0..1. */
  aiShare: number;
  conversations: number;
  resolutions: number;
  peakMonth: string;
  peakCost: number;
  /** Total cost ÷ conversations (undefined with no conversations). */
  costPerConversation: number | undefined;
  /** AI cost ÷ AI resolutions: the effective price per resolution, minimums included. */
  costPerResolution: number | undefined;
  /** Total minus the reference scenario's total, and the same as a fraction of it. */
  differenceFromReference: number;
  differenceFromReferencePct: number | undefined;
}

export function compareForecasts(forecasts: readonly ScenarioForecast[]): ScenarioComparison[] {
  const reference = forecasts[0]?.summary.total ?? 0;
  return forecasts.map((f) => {
    const annualTotals: number[] = [];
    let conversations = 0;
    let resolutions = 0;
    let peak = f.months[0];
    f.months.forEach((m, i) => {
      const year = Math.floor(i / 12);
      annualTotals[year] = (annualTotals[year] ?? 0) + m.total;
      conversations += m.conversations;
      resolutions += m.resolutions;
      if (m.total > peak.total) peak = m;
    });
    const { total, seatCost, aiCost } = f.summary;
    return {
      id: f.scenario.id,
      name: f.scenario.name,
      annualTotals,
      total,
      seatCost,
      aiCost,
      aiShare: total > 0 ? aiCost / total : 0,
      conversations,
      resolutions,
      peakMonth: peak.month,
      peakCost: peak.total,
      costPerConversation: conversations > 0 ? total / conversations : undefined,
      costPerResolution: resolutions > 0 ? aiCost / resolutions : undefined,
      differenceFromReference: total - reference,
      differenceFromReferencePct: reference > 0 ? (total - reference) / reference : undefined,
    };
  });
}

/** Forecasts and compares; the first scenario is the reference ("Base"). */
export function compareScenarios(scenarios: readonly Scenario[], book: PriceBook = DEFAULT_BOOK): ScenarioComparison[] {
  return compareForecasts(scenarios.map((s) => forecastScenario(s, book)));
}

