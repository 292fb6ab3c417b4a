/**
 * Every interleaving of two (or more) co-authors' round trips over one shared fake workbook.
 * Each actor is a pane with its own batch runner; every context.sync it makes waits at a gate,
 * and the explorer releases one waiting sync at a time. Runs are enumerated depth-first over the
 * choices (which waiting actor goes next), so every order of their syncs is run exactly once.
 */
import { BatchRunner } from "../../src/workbook/excel";
import { FakeExcel } from "./fakeExcel";

export type Actor = (run: BatchRunner) => Promise<void>;

interface Step {
  options: number;
  chosen: number;
  /** Which actor's sync ran ("A", "B", ...). */
  who: string;
}

/** Lets every promise chain that can move on do so (the fake has no timers). */
async function settle(isQuiet: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (isQuiet()) return;
  }
  throw new Error("The actors neither finished nor reached a sync.");
}

/** One run with the given choices (then the first waiting actor each time); returns the choices made. */
export async function runOnce(excel: FakeExcel, actors: Actor[], prefix: number[]): Promise<{ steps: Step[]; errors: unknown[] }> {
  const waiting = new Map<number, () => void>();
  const done = actors.map(() => false);
  const errors: unknown[] = actors.map(() => undefined);
  const runs = actors.map((actor, i) =>
    actor(excel.runner(() => new Promise<void>((release) => waiting.set(i, release)))).then(
      () => {
        done[i] = true;
      },
      (error) => {
        done[i] = true;
        errors[i] = error;
      },
    ),
  );
  const steps: Step[] = [];
  for (;;) {
    await settle(() => done.every((d, i) => d || waiting.has(i)));
    const ready = [...waiting.keys()].sort((a, b) => a - b);
    if (ready.length === 0) break;
    const chosen = steps.length < prefix.length ? prefix[steps.length] : 0;
    const who = ready[chosen];
    steps.push({ options: ready.length, chosen, who: String.fromCharCode(65 + who) });
    const release = waiting.get(who)!;
    waiting.delete(who);
    release();
  }
  await Promise.all(runs);
  return { steps, errors };
}

/**
 * Calls `check` after each of all interleavings of the actors' syncs; `setup` makes a fresh store
 * and fresh actors for every run. Returns how many interleavings were run.
 */
export async function everyInterleaving(
  setup: () => Promise<{ excel: FakeExcel; actors: Actor[] }>,
  check: (excel: FakeExcel, order: string, errors: unknown[]) => Promise<void>,
): Promise<number> {
  let prefix: number[] = [];
  let count = 0;
  for (;;) {
    const { excel, actors } = await setup();
    const { steps, errors } = await runOnce(excel, actors, prefix);
    count++;
    await check(excel, steps.map((s) => s.who).join(""), errors);
    let j = steps.length - 1;
    while (j >= 0 && steps[j].chosen >= steps[j].options - 1) j--;
    if (j < 0) return count;
    prefix = [...steps.slice(0, j).map((s) => s.chosen), steps[j].chosen + 1];
  }
}
