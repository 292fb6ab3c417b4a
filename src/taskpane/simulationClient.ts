/**
 * Starts the simulation worker for one run. A run ends with its result, an error message, or a
 * cancel (the worker is terminated at once, wherever it is). An error says what went wrong as data
 * (cause and detail) for the pane to word in its language; `message` is the English sentence.
 */
import { SensitivityResult, VolatilityResult } from "../model/volatility";
import { SimulationMessage, SimulationRequest } from "./simulationProtocol";

export type SimulationOutcome =
  | { kind: "done"; result: VolatilityResult; sensitivity: SensitivityResult }
  | {
      kind: "error";
      message: string;
      /** "input": the model's message about the input (detail, as the model wrote it); "failed": the simulation threw; "couldNotRun": the worker did not start. */
      cause: "input" | "failed" | "couldNotRun";
      /** The model's or the browser's own words (undefined: the worker failed to start, no reason given). */
      detail?: string;
    }
  | { kind: "cancelled" };

export interface SimulationRun {
  outcome: Promise<SimulationOutcome>;
  cancel(): void;
}

export function startSimulation(request: SimulationRequest, onProgress: (fraction: number, phase: "simulate" | "sensitivity") => void): SimulationRun {
  const worker = new Worker(/* webpackChunkName: "simulation" */ new URL("./simulation.worker.ts", import.meta.url));
  let settle: (outcome: SimulationOutcome) => void = () => undefined;
  const outcome = new Promise<SimulationOutcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  worker.onmessage = (event: MessageEvent<SimulationMessage>) => {
    const m = event.data;
    if (m.type === "progress") onProgress(m.fraction, m.phase);
    else if (m.type === "done") settle({ kind: "done", result: m.result, sensitivity: m.sensitivity });
    else {
      const failed = /^The simulation failed: ([\s\S]*)$/.exec(m.message);
      settle(failed ? { kind: "error", message: m.message, cause: "failed", detail: failed[1] } : { kind: "error", message: m.message, cause: "input", detail: m.message });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ kind: "error", message: `The simulation could not run: ${event.message || "the worker failed to start"}.`, cause: "couldNotRun", detail: event.message || undefined });
  };
  worker.postMessage(request);
  return { outcome, cancel: () => settle({ kind: "cancelled" }) };
}
