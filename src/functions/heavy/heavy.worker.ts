/**
 * The functions runtime's worker: runs FORECAST and simulation jobs so that a heavy cell never blocks
 * the runtime the task pane shares (Microsoft's custom-functions web-worker pattern).
 */
import { describeFailure, runHeavyJob, WorkerReply, WorkerRequest } from "./jobs";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  try {
    const value = runHeavyJob(job);
    const transfer = "sortedTotals" in value ? [value.sortedTotals.buffer] : [];
    scope.postMessage({ id, ok: true, value }, transfer);
  } catch (error) {
    scope.postMessage({ id, ok: false, failure: describeFailure(error) });
  }
};
