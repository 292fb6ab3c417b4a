/**
 * Installs the Web Worker as the runner of heavy jobs (see run.ts). One worker serves every cell; a job
 * posted while another runs waits its turn inside the worker. If the worker cannot start or dies, the
 * jobs waiting for it fail with a message and the next job starts a fresh worker; if workers cannot be
 * created at all, jobs run on this thread.
 */
import { PricingInputError } from "../../model/errors";
import type { HeavyJob, JobFailure, WorkerReply } from "./jobs";
import { onThisThread, setHeavyRunner } from "./run";

export function useWorkerForHeavyWork(): void {
  if (typeof Worker === "undefined") return;
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };

  const start = (): Worker => {
    const w = new Worker(/* webpackChunkName: "functions-worker" */ new URL("./heavy.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if (reply.ok) entry.resolve(reply.value);
      else entry.reject(asError(reply.failure));
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = undefined;
      failAll(`the background calculation stopped (${event.message || "the worker failed"}); recalculate to try again`);
    };
    return w;
  };

  setHeavyRunner((job: HeavyJob) => {
    try {
      worker ??= start();
    } catch {
      // No worker here (a locked-down runtime): compute on this thread rather than not at all.
      return onThisThread(job);
    }
    const id = nextId++;
    const target = worker;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage({ id, job });
    });
  });
}

/** A failure from the worker as an error: model input errors keep their kind, so the cell shows #N/A or #VALUE! with the message. */
function asError(failure: JobFailure): Error {
  if (failure.inputError) return new PricingInputError(failure.inputError.kind, failure.inputError.message);
  return new Error(failure.message);
}
