/** Messages between the pane and the simulation worker (types only). */
import type { SensitivityResult, VolatilityInput, VolatilityResult } from "../model/volatility";

export interface SimulationRequest {
  input: VolatilityInput;
  /** Paths for each of the sensitivity's 13 runs (at most the main run's). */
  sensitivityPaths: number;
}

export type SimulationMessage =
  | { type: "progress"; phase: "simulate" | "sensitivity"; fraction: number }
  | { type: "done"; result: VolatilityResult; sensitivity: SensitivityResult }
  | { type: "error"; message: string };
