/**
 * Two co-authors over one workbook: two ExcelWorkbook handles (two panes) over one shared fake
 * store. Each pane loads, edits and saves; every interleaving of their round trips is run. The
 * oracle: no interleaving loses an edit silently — every edit is in what a fresh pane then loads, or
 * is one of the versions of a conflict it is shown — and nothing unedited changes.
 */
import { defaultScenarios, Scenario, ScenarioDrivers } from "../../src/model/scenario";
import { BatchRunner, ExcelWorkbook } from "../../src/workbook/excel";
import type { LoadedScenarios } from "../../src/workbook/port";
import { FakeExcel } from "./fakeExcel";
import { Actor, everyInterleaving } from "./interleave";

const T0 = new Date("2027-01-04T08:00:00Z");
const AT = new Date("2027-01-05T09:30:00Z");
const seed = () => defaultScenarios("2027-01");

type Edit =
  | { kind: "set"; id: string; field: "seats" | "growthPct"; value: number }
  | { kind: "delete"; id: string }
  | { kind: "add"; name: string };

function apply(edit: Edit, list: Scenario[]): { list: Scenario[]; applied: boolean } {
  if (edit.kind === "set") {
    const found = list.some((s) => s.id === edit.id);
    const drivers = (s: Scenario): ScenarioDrivers => ({ ...s.drivers, [edit.field]: edit.value });
    return { list: list.map((s) => (s.id === edit.id ? { ...s, drivers: drivers(s) } : s)), applied: found };
  }
  if (edit.kind === "delete") return { list: list.filter((s) => s.id !== edit.id), applied: list.some((s) => s.id === edit.id) };
  let max = 0;
  for (const s of list) max = Math.max(max, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0));
  return { list: [...list, { id: `s${max + 1}`, name: edit.name, drivers: seed()[0].drivers }], applied: true };
}

/** Does `s` (a scenario or a deletion) carry the edit? */
function carries(edit: Edit, s: Scenario | null): boolean {
  if (edit.kind === "delete") return s === null;
  if (s === null) return false;
  if (edit.kind === "add") return s.name === edit.name;
  return s.id === edit.id && s.drivers[edit.field] === edit.value;
}

/** The edit is in the loaded list, or one of a conflict's versions carries it. */
function present(edit: Edit, loaded: LoadedScenarios): boolean {
  const list = loaded.scenarios ?? [];
  const conflicts = loaded.conflicts ?? [];
  if (edit.kind === "delete") {
    return !list.some((s) => s.id === edit.id) || conflicts.some((c) => c.id === edit.id && c.versions.some((v) => v.scenario === null));
  }
  if (list.some((s) => carries(edit, s))) return true;
  return conflicts.some((c) => c.versions.some((v) => carries(edit, v.scenario)));
}

/** `later` changes what `edit` changed (the same field of the same scenario, or deletes it). */
function overrides(later: Edit, edit: Edit): boolean {
  if (edit.kind === "add" || later.kind === "add") return false;
  if (later.kind === "delete") return later.id === edit.id;
  return edit.kind === "set" && later.id === edit.id && later.field === edit.field;
}

interface PaneLog {
  loaded?: LoadedScenarios;
  applied?: boolean;
}

function pane(name: string, edit: Edit, log: PaneLog): Actor {
  return async (run) => {
    const port = new ExcelWorkbook(run, { author: name });
    const loaded = await port.loadScenarios();
    log.loaded = loaded;
    const { list, applied } = apply(edit, structuredClone(loaded.scenarios ?? seed()));
    log.applied = applied;
    await port.saveScenarios(list, AT);
  };
}

let seededStore: FakeExcel | undefined;

/** A store holding the seed scenarios (saved once, then copied for every run: the runs are many). */
async function seeded(withState: boolean): Promise<FakeExcel> {
  if (!withState) return new FakeExcel();
  if (!seededStore) {
    seededStore = new FakeExcel();
    await new ExcelWorkbook(seededStore.run, { author: "seed" }).saveScenarios(seed(), T0);
  }
  const copy = new FakeExcel();
  copy.sheets = seededStore.sheets.map((sh) => ({ ...sh, cells: new Map([...sh.cells].map(([k, c]) => [k, { ...c }])), charts: [...sh.charts] }));
  return copy;
}

/** load = 2 round trips and save = 3 per pane: C(10, 5) orders; on a new workbook 1 and 2: C(6, 3). More when a save had to put a row back. */
const cases: { title: string; a: Edit; b: Edit; stored?: boolean }[] = [
  { title: "edits to different scenarios", a: { kind: "set", id: "s1", field: "seats", value: 31 }, b: { kind: "set", id: "s2", field: "seats", value: 7 } },
  { title: "edits to different fields of one scenario", a: { kind: "set", id: "s1", field: "seats", value: 31 }, b: { kind: "set", id: "s1", field: "growthPct", value: 7 } },
  { title: "edits to the same field of one scenario", a: { kind: "set", id: "s1", field: "seats", value: 31 }, b: { kind: "set", id: "s1", field: "seats", value: 7 } },
  { title: "a deletion and an edit of one scenario", a: { kind: "delete", id: "s3" }, b: { kind: "set", id: "s3", field: "seats", value: 9 } },
  { title: "two scenarios added at once (same new id)", a: { kind: "add", name: "Extra A" }, b: { kind: "add", name: "Extra B" } },
  { title: "first saves into a new workbook", a: { kind: "set", id: "s1", field: "seats", value: 31 }, b: { kind: "set", id: "s2", field: "seats", value: 7 }, stored: false },
];

/** A pane that loads once and then saves after each of its edits (an autosave per change). */
function autosavingPane(name: string, edits: Edit[], log: PaneLog): Actor {
  return async (run) => {
    const port = new ExcelWorkbook(run, { author: name });
    const loaded = await port.loadScenarios();
    log.loaded = loaded;
    let list = structuredClone(loaded.scenarios ?? seed());
    for (const edit of edits) {
      list = apply(edit, list).list;
      // What the workbook now holds (a co-author's changes merged) is what the pane edits next.
      list = (await port.saveScenarios(list, AT)).scenarios;
    }
  };
}

describe("two co-authors, every interleaving of their round trips", () => {
  test("a pane saving twice while a co-author (who loaded first) saves once: all three edits survive", async () => {
    const a: Edit[] = [
      { kind: "set", id: "s1", field: "seats", value: 31 },
      { kind: "set", id: "s2", field: "growthPct", value: 9 },
    ];
    const b: Edit = { kind: "set", id: "s1", field: "growthPct", value: 7 };
    const count = await everyInterleaving(
      async () => {
        const excel = await seeded(true);
        // B loaded before any of this (its load is not interleaved, to keep the runs few): then B edits and saves.
        let runB: BatchRunner = excel.run;
        const portB = new ExcelWorkbook((batch) => runB(batch), { author: "B" });
        const loadedB = await portB.loadScenarios();
        const actorB: Actor = async (run) => {
          runB = run;
          await portB.saveScenarios(apply(b, structuredClone(loadedB.scenarios!)).list, AT);
        };
        return { excel, actors: [autosavingPane("A", a, {}), actorB] };
      },
      async (excel, order, errors) => {
        const context = `interleaving ${order}`;
        expect({ context, errors: errors.filter(Boolean).map(String) }).toEqual({ context, errors: [] });
        const final = await new ExcelWorkbook(excel.run, { author: "reader" }).loadScenarios();
        for (const edit of [...a, b]) expect({ context, edit, present: present(edit, final) }).toEqual({ context, edit, present: true });
        expect({ context, high: final.scenarios?.find((s) => s.id === "s3") }).toEqual({ context, high: seed()[2] });
      },
    );
    // A: load 2 + two saves of 3; B: a save of 3: C(11, 3) orders.
    expect(count).toBeGreaterThanOrEqual(165);
  }, 300_000);

  test.each(cases)("$title: no edit is lost silently", async ({ a, b, stored = true }) => {
    let logs: { A: PaneLog; B: PaneLog } = { A: {}, B: {} };
    const count = await everyInterleaving(
      async () => {
        logs = { A: {}, B: {} };
        return { excel: await seeded(stored), actors: [pane("A", a, logs.A), pane("B", b, logs.B)] };
      },
      async (excel, order, errors) => {
        const context = `interleaving ${order}`;
        expect({ context, errors: errors.filter(Boolean).map(String) }).toEqual({ context, errors: [] });
        const final = await new ExcelWorkbook(excel.run, { author: "reader" }).loadScenarios();
        expect({ context, problems: final.problems }).toEqual({ context, problems: [] });
        for (const [who, edit, other] of [["A", a, logs.B], ["B", b, logs.A]] as const) {
          if (!logs[who].applied) continue;
          // A co-author who loaded the edit and then changed the same thing did so knowingly.
          const otherEdit = who === "A" ? b : a;
          const seen = other.loaded !== undefined && (other.loaded.scenarios ?? []).some((s) => carries(edit, s));
          if (seen && overrides(otherEdit, edit)) continue;
          expect({ context, who, present: present(edit, final) }).toEqual({ context, who, present: true });
        }
        // What nobody edited is as it was.
        const touched = new Set([a, b].map((e) => ("id" in e ? e.id : "")));
        for (const s of seed().filter((x) => !touched.has(x.id))) {
          expect({ context, s: final.scenarios?.find((x) => x.id === s.id) }).toEqual({ context, s });
        }
      },
    );
    expect(count).toBeGreaterThanOrEqual(stored ? 252 : 20);
  }, 120_000);
});
