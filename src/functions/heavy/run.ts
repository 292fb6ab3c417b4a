/**
 * Runs heavy jobs off the calling thread and shares their results: a column of 1,000 BUDGETRISK cells
 * over one plan asks for one simulation, and each cell reads its own percentile or budget from it.
 *
 * The runner is the Web Worker once the registration glue installs it (workerClient.ts); until then,
 * and wherever no worker can start (tests, a runtime without workers), jobs run on this thread after a
 * turn of the event loop.
 */
import type { HeavyJob, HeavyResult } from "./jobs";

export type HeavyRunner = (job: HeavyJob) => Promise<unknown>;

/** Distinct jobs kept: enough for every plan on a busy sheet, little memory (a run keeps 10,000 totals). */
const CACHE_SIZE = 64;

/**
 * Jobs on this thread: the engines load on first use (a chunk of their own), so the functions' start-up
 * script stays small where the worker does the work.
 */
export const onThisThread: HeavyRunner = (job) => import(/* webpackChunkName: "heavy-jobs" */ "./jobs").then(({ runHeavyJob }) => runHeavyJob(job));

let runner: HeavyRunner = onThisThread;
const cache = new Map<string, Promise<unknown>>();

export function setHeavyRunner(next: HeavyRunner | undefined): void {
  runner = next ?? onThisThread;
  cache.clear();
}

/** The job's result, from the cache when the same job was asked before (a failed job is not kept). */
export function runHeavy<J extends HeavyJob>(job: J): Promise<HeavyResult<J>> {
  const key = JSON.stringify(job);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest entry is the first one evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit as Promise<HeavyResult<J>>;
  }
  const result = runner(job);
  cache.set(key, result);
  result.catch(() => {
    if (cache.get(key) === result) cache.delete(key);
  });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result as Promise<HeavyResult<J>>;
}

/** How many distinct jobs have results or are running (for tests and the bench). */
export function heavyCacheSize(): number {
  return cache.size;
}
