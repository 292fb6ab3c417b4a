/**
 * What the Forecast and Volatility views keep while the pane is open: their settings, their defaults and
 * their last runs. Types and small constants only, so the pane's first load (App) carries none of the
 * analysis code.
 */
import type { ForecastResult } from "../model/forecast";
import type { ScenarioDrivers } from "../model/scenario";
import type { SensitivityResult, VolatilityResult } from "../model/volatility";
import type { DisplayMoney } from "./fxRisk";

/** Annualised volatility of the rate the pane starts from: USD/JPY has moved about 10% a year. */
export const DEFAULT_FX_VOLATILITY = 0.1;

/** The last forecast made in the pane, kept while the pane is open (the Volatility view can use its intervals). */
export interface ForecastRun {
  history: (number | null)[];
  source: string;
  horizon: number;
  seasonality: "auto" | "none" | "12";
  confidence: number;
  result: ForecastResult;
}

/** What the Forecast view was given and asked, kept while the pane is open (a tab switch keeps it). */
export interface ForecastSettings {
  history?: { values: (number | null)[]; source: string };
  horizon: number;
  seasonality: "auto" | "none" | "12";
  confidence: number;
}

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = { horizon: 12, seasonality: "auto", confidence: 0.95 };

/** What the Volatility view was asked, as typed (numbers may be NaN while being edited). */
export interface RiskSettings {
  uncertainty: "cv" | "interval";
  cv: number;
  correlation: number;
  paths: number;
  seed: number;
  /** Blank means no budget. */
  budget: number | undefined;
  extraPercentile: number;
  /**
   * For a scenario with staffing drivers: staffing planned on expected volume (people cost fixed,
   * the default) or scaling with each simulated month. Ignored without staffing.
   */
  staffing?: "planned" | "scaling";
  /** Annualised volatility of the exchange rate, when money is shown in another currency than the dollar. */
  fxVolatility: number;
}

export interface RiskRun {
  scenarioId: string;
  scenarioName: string;
  settings: RiskSettings;
  /** The scenario's drivers at run time, to tell when the results no longer match them. */
  drivers: ScenarioDrivers;
  result: VolatilityResult;
  sensitivity: SensitivityResult;
  uncertaintyText: string;
  /** The currency the result is in, and the rate it was simulated from (US dollars at 1 when not converted). */
  display: DisplayMoney;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  uncertainty: "cv",
  cv: 0.2,
  correlation: 0,
  paths: 10_000,
  seed: 1,
  budget: undefined,
  extraPercentile: 0.8,
  fxVolatility: DEFAULT_FX_VOLATILITY,
};

