/**
 * The budget-volatility simulation, off the pane's thread: runs the simulation and then the
 * sensitivity (tornado) step by step, posting progress a few times a second, so the pane stays
 * responsive and can cancel by terminating the worker. Loaded lazily as its own chunk. It has no
 * React and no catalog: an error is the model's message as it is, or "The simulation failed: <reason>",
 * which the client reads into a cause and a detail for the pane to word in its language.
 */
import { simulateVolatilitySteps, volatilitySensitivitySteps } from "../model/volatility";
import { inputProblem } from "../model/errors";
import { SimulationMessage, SimulationRequest } from "./simulationProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null;
  postMessage(message: SimulationMessage): void;
};

/** Progress is posted at most this often: enough for a smooth bar, few enough not to flood the pane. */
const PROGRESS_INTERVAL_MS = 50;

function run(request: SimulationRequest): void {
  const { input, sensitivityPaths } = request;
  // The work of each phase, in path-months, weights its share of the bar.
  const simulateShare = input.paths! / (input.paths! + 13 * sensitivityPaths);
  let last = 0;
  const report = (phase: "simulate" | "sensitivity", fraction: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const overall = phase === "simulate" ? fraction * simulateShare : simulateShare + fraction * (1 - simulateShare);
    scope.postMessage({ type: "progress", phase, fraction: overall });
  };
  const steps = simulateVolatilitySteps(input);
  let step = steps.next();
  while (!step.done) {
    report("simulate", step.value);
    step = steps.next();
  }
  const result = step.value;
  const sensitivitySteps = volatilitySensitivitySteps({ ...input, paths: sensitivityPaths }, { statistic: "p95" });
  let s = sensitivitySteps.next();
  while (!s.done) {
    report("sensitivity", s.value);
    s = sensitivitySteps.next();
  }
  scope.postMessage({ type: "done", result, sensitivity: s.value });
}

scope.onmessage = (event) => {
  try {
    const problem = inputProblem(() => run(event.data));
    if (problem) scope.postMessage({ type: "error", message: problem });
  } catch (error) {
    scope.postMessage({ type: "error", message: `The simulation failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};
