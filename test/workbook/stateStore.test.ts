/**
 * The stored scenarios (schema 2) under the failures co-authoring brings: a save batch failing at
 * each of its steps, a host merging two saves of one row cell by cell, characters outside the basic
 * plane on chunk boundaries, overlapping saves in one pane, schema-1 data, and loads that fail.
 */
import { defaultScenarios, Scenario } from "../../src/model/scenario";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { QUARANTINE_SHEET, STATE_SHEET } from "../../src/workbook/persistence";
import { contentHash, decodeRow, encodeRecord } from "../../src/workbook/stateRecords";
import { fromChunks, scenarioSchema, serializeState, toChunks } from "../../src/workbook/stateSchema";
import { validateScenario } from "../../src/model/scenario";
import { FakeExcel, FakeSheet } from "./fakeExcel";

const T0 = new Date("2027-01-04T08:00:00Z");
const AT = new Date("2027-01-05T09:30:00Z");

function snapshot(sheet: FakeSheet | undefined): string {
  if (!sheet) return "";
  return JSON.stringify([...sheet.cells.entries()].map(([k, c]) => [k, c.value]).sort());
}

async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

/** Old state: Base, Low, High. New: Base edited, High deleted, Extra added. */
function oldAndNew(): { before: Scenario[]; after: Scenario[] } {
  const before = defaultScenarios("2027-01");
  const after = structuredClone(before);
  after[0].drivers.seats = 31;
  after.splice(2, 1);
  after.push({ id: "s4", name: "Extra", drivers: structuredClone(before[0].drivers) });
  return { before, after };
}

describe("a save batch that fails half-way", () => {
  async function prepared(): Promise<{ excel: FakeExcel; port: ExcelWorkbook }> {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run, { author: "me" });
    await port.saveScenarios(oldAndNew().before, T0);
    // Saved again, so the next save also clears superseded rows.
    await port.saveScenarios(oldAndNew().before.map((s, i) => (i === 1 ? { ...s, drivers: { ...s.drivers, growthPct: 3 } } : s)), T0);
    return { excel, port };
  }

  test("at every write step, leaves each scenario at its old or new version, and a retry completes the save", async () => {
    const { before, after: planned } = oldAndNew();
    const low = { ...before[1], drivers: { ...before[1].drivers, growthPct: 3 } };
    // The pane's list after its second save (Low at 3%), then edited: Base changed, High deleted, Extra added.
    const after = planned.map((s) => (s.id === "s2" ? low : s));
    const dry = await prepared();
    const opsBefore = dry.excel.opsApplied;
    await dry.port.saveScenarios(after, AT);
    const steps = dry.excel.opsApplied - opsBefore;
    expect(steps).toBeGreaterThan(10);

    for (let k = 1; k <= steps; k++) {
      const { excel, port } = await prepared();
      excel.failAtOp = k;
      await expect(port.saveScenarios(after, AT)).rejects.toThrow(/injected/);
      const loaded = await new ExcelWorkbook(excel.run, { author: "reader" }).loadScenarios();
      const context = `failed at write ${k} of ${steps}`;
      expect({ context, problems: loaded.problems, conflicts: loaded.conflicts }).toEqual({ context, problems: [], conflicts: [] });
      const byId = new Map((loaded.scenarios ?? []).map((s) => [s.id, s]));
      expect({ context, base: [before[0], after[0]].some((v) => contentHash(v) === contentHash(byId.get("s1") ?? null)) }).toEqual({ context, base: true });
      expect({ context, low: byId.get("s2") }).toEqual({ context, low });
      // High is there as it was, or deleted; Extra is absent, or as added.
      expect({ context, high: byId.has("s3") ? byId.get("s3") : "deleted" }).toEqual({ context, high: byId.has("s3") ? before[2] : "deleted" });
      expect({ context, extra: byId.has("s4") ? byId.get("s4") : "absent" }).toEqual({ context, extra: byId.has("s4") ? after[2] : "absent" });

      // The pane still has its edits; saving again completes, with nothing left over.
      await port.saveScenarios(after, AT);
      const again = await new ExcelWorkbook(excel.run).loadScenarios();
      expect({ context, scenarios: again.scenarios, problems: again.problems }).toEqual({ context, scenarios: after, problems: [] });
      const rows = new Set([...excel.sheet(STATE_SHEET)!.cells.entries()].filter(([, c]) => c.value !== "").map(([key]) => key.split(",")[0]));
      // One row per scenario, plus High's tombstone (so a co-author who still has High does not bring it back).
      expect({ context, rows: rows.size }).toEqual({ context, rows: after.length + 1 });
    }
  });

  test("a load that fails half-way (keeping a bad row aside) leaves the saved scenarios as they were", async () => {
    async function withBadRow(): Promise<FakeExcel> {
      const excel = new FakeExcel();
      await new ExcelWorkbook(excel.run).saveScenarios(defaultScenarios("2027-01"), T0);
      excel.setCells(STATE_SHEET, "A20", [['|{"sc":3,"id":"s9","rev":1,"n":1,"sum":"0"}', "|{}"]]);
      return excel;
    }
    const dry = await withBadRow();
    const before = dry.opsApplied;
    await new ExcelWorkbook(dry.run).loadScenarios();
    const steps = dry.opsApplied - before;
    expect(steps).toBe(4); // add the quarantine sheet, hide it, format and fill a column
    for (let k = 1; k <= steps; k++) {
      const excel = await withBadRow();
      const stateBefore = snapshot(excel.sheet(STATE_SHEET));
      excel.failAtOp = k;
      await expect(new ExcelWorkbook(excel.run).loadScenarios()).rejects.toThrow(/injected/);
      expect({ k, state: snapshot(excel.sheet(STATE_SHEET)) }).toEqual({ k, state: stateBefore });
      const loaded = await new ExcelWorkbook(excel.run).loadScenarios();
      expect({ k, scenarios: loaded.scenarios, problem: loaded.problem?.kind }).toEqual({ k, scenarios: defaultScenarios("2027-01"), problem: "mixed" });
      expect({ k, state: snapshot(excel.sheet(STATE_SHEET)) }).toEqual({ k, state: stateBefore });
    }
  });
});

describe("a host that merges two saves of one row cell by cell", () => {
  // Two co-authors' versions of the same record, in many small chunks; numbers of equal length differ.
  const base = defaultScenarios("2027-01")[0];
  const volumes = (v: number) => Array.from({ length: 12 }, (_, i) => (i === 3 ? v : 10_000 + i));
  const mine: Scenario = { ...base, drivers: { ...base.drivers, seats: 31, monthlyConversations: volumes(12_365) } };
  const theirs: Scenario = { ...base, drivers: { ...base.drivers, seats: 47, monthlyConversations: volumes(98_765) } };
  const record = (scenario: Scenario, author: string) => ({ id: "s1", rev: 4, pos: 0, author, savedAt: AT.toISOString(), scenario });
  const a = encodeRecord(record(mine, "pane-aaaaaaaa"), 40);
  const b = encodeRecord(record(theirs, "pane-bbbbbbbb"), 40);

  test("every mixture of the two rows' cells is refused; only an unmixed row loads", () => {
    expect(a.length).toBe(b.length);
    const n = a.length;
    expect(n).toBeGreaterThan(8);
    let mixtures = 0;
    let passValidation = 0;
    // Every cell from either version: 2^n rows (n cells), of which 2 are unmixed.
    for (let mask = 0; mask < 2 ** n; mask++) {
      const row = a.map((cell, i) => (mask & (1 << i) ? b[i] : cell));
      const decoded = decodeRow(row);
      const fromOne = row.every((c, i) => c === a[i]) || row.every((c, i) => c === b[i]);
      if (decoded.kind === "record") {
        expect({ mask, fromOne }).toEqual({ mask, fromOne: true });
        continue;
      }
      expect({ mask, kind: decoded.kind, problem: decoded.kind === "bad" ? decoded.problem : "" }).toEqual({ mask, kind: "bad", problem: "mixed" });
      mixtures++;
      // Without the checksum, many mixtures would have loaded: valid JSON and a valid scenario.
      try {
        const body = JSON.parse(fromChunks(row.slice(1)));
        const parsed = scenarioSchema.safeParse(body.scenario);
        if (parsed.success && Object.keys(validateScenario(parsed.data, [parsed.data])).length === 0) passValidation++;
      } catch {
        // not JSON: any reader would have refused it
      }
    }
    expect(mixtures).toBeGreaterThan(0);
    expect(passValidation).toBeGreaterThan(0);
  });

  test("a mixed row is kept aside and reported, never loaded; the author's next save writes the edit again", async () => {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run, { author: "pane-aaaaaaaa", chunkSize: 40 });
    await port.saveScenarios([base], T0);
    await port.saveScenarios([mine], AT);
    // The host merged a co-author's save of the same row into it: their header, and every other body cell.
    const sheet = excel.sheet(STATE_SHEET)!;
    const rowOfMine = [...sheet.cells.entries()].find(([, c]) => String(c.value).startsWith('|{"sc":3,"id":"s1","rev":2'))![0].split(",")[0];
    const theirsRow = encodeRecord({ ...record(theirs, "pane-bbbbbbbb"), rev: 2 }, 40);
    theirsRow.forEach((cell, i) => {
      if (i === 0 || i % 2 === 1) sheet.cells.set(`${rowOfMine},${i}`, { value: cell });
    });
    const loaded = await new ExcelWorkbook(excel.run, { author: "reader" }).loadScenarios();
    expect(loaded.problem).toMatchObject({ kind: "mixed", keptAt: `${QUARANTINE_SHEET}!A1` });
    expect(loaded.problem?.message).toMatch(/does not match its checksum/);
    // Neither version nor the mixture is loaded (the previous revision was superseded by mine).
    expect(loaded.scenarios).toBeNull();
    expect(excel.cell(QUARANTINE_SHEET, "A3")?.value).toBe(theirsRow[0]);

    // My pane still has its edit: its next save finds its record gone and writes it again.
    await port.saveScenarios([mine], AT);
    const after = await new ExcelWorkbook(excel.run).loadScenarios();
    expect(after.scenarios).toEqual([mine]);
    expect(after.problems).toEqual([]);
  });
});

describe("characters outside the basic plane", () => {
  test("chunks never split a surrogate pair, at any boundary", () => {
    const text = "Base 🚀 plan 𝔘 x😀y" + "😀".repeat(5);
    for (let size = 2; size <= text.length + 1; size++) {
      const chunks = toChunks(text, size);
      for (const c of chunks) {
        expect(c.length - 1).toBeLessThanOrEqual(size);
        expect({ size, c, lone: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(c) }).toEqual({ size, c, lone: false });
      }
      expect(fromChunks(chunks)).toBe(text);
    }
  });

  test("a stored record's cells hold whole characters at every chunk size, and read back to the same text", () => {
    // Names may hold emoji and characters outside the basic plane; every chunk size must keep them whole.
    const [s] = defaultScenarios("2027-01");
    const named = { ...s, name: "🚀 Launch 😀 plan 𝔘" };
    const record = { id: "s1", rev: 1, pos: 0, author: "pane-😀", savedAt: AT.toISOString(), scenario: named };
    const whole = encodeRecord(record, 1_000_000);
    for (let size = 2; size <= 80; size++) {
      const cells = encodeRecord(record, size);
      expect(cells.slice(1).every((c) => c.length - 1 <= size)).toBe(true);
      expect({ size, lone: cells.some((c) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(c)) }).toEqual({ size, lone: false });
      expect(fromChunks(cells.slice(1))).toBe(fromChunks(whole.slice(1)));
      // The checksum holds and the scenario reads back with its name whole.
      const decoded = decodeRow(cells);
      expect({ size, decoded: decoded.kind === "bad" ? decoded.problem : decoded.kind }).toEqual({ size, decoded: "record" });
      if (decoded.kind === "record") expect(decoded.record.scenario?.name).toBe("🚀 Launch 😀 plan 𝔘");
    }
  });
});

describe("saves within one pane", () => {
  test("overlapping autosaves on a new workbook run one after another: no 'sheet already exists'", async () => {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run);
    const first = defaultScenarios("2027-01");
    const second = structuredClone(first);
    second[0].drivers.seats = 40;
    const results = await Promise.allSettled([port.saveScenarios(first, T0), port.saveScenarios(second, AT), port.loadScenarios()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect((await new ExcelWorkbook(excel.run).loadScenarios()).scenarios).toEqual(second);
    expect(excel.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
  });

  test("round trips: a load 2; a save 3; a save that puts back a co-author's row 5", async () => {
    const excel = new FakeExcel();
    const a = new ExcelWorkbook(excel.run, { author: "A" });
    expect(await syncsOf(excel, () => a.loadScenarios())).toBe(1); // a new workbook: nothing to read
    expect(await syncsOf(excel, () => a.saveScenarios(defaultScenarios("2027-01"), T0))).toBe(2);
    expect(await syncsOf(excel, () => a.loadScenarios())).toBe(2);
    const edited = defaultScenarios("2027-01");
    edited[0].drivers.seats = 30;
    expect(await syncsOf(excel, () => a.saveScenarios(edited, AT))).toBe(3);
  });
});

describe("schema 1 (one document) is migrated", () => {
  test("loaded as it was, written as records by the next save, the old text kept aside", async () => {
    const excel = new FakeExcel();
    const old = defaultScenarios("2027-01");
    const text = serializeState(old, T0);
    excel.setCells(STATE_SHEET, "A1", toChunks(text, 100).map((c) => [c]));
    const port = new ExcelWorkbook(excel.run);
    const loaded = await port.loadScenarios();
    expect(loaded.scenarios).toEqual(old);
    expect(loaded.problems).toEqual([]);
    expect(excel.sheet(QUARANTINE_SHEET)).toBeUndefined();
    await port.saveScenarios(old, AT);
    const state = excel.sheet(STATE_SHEET)!;
    const firsts = [...state.cells.entries()].filter(([k]) => k.endsWith(",0")).map(([, c]) => String(c.value));
    expect(firsts.every((c) => c.startsWith('|{"sc":3,'))).toBe(true);
    expect(firsts).toHaveLength(3);
    // The schema-1 text, as found, on the quarantine sheet; not reported as a problem.
    const kept = [...Array(toChunks(text, 100).length).keys()].map((i) => excel.cell(QUARANTINE_SHEET, `A${3 + i}`)?.value);
    expect(fromChunks(kept)).toBe(text);
    const again = await new ExcelWorkbook(excel.run).loadScenarios();
    expect(again).toMatchObject({ scenarios: old, problems: [] });
  });

  test("a migration cut short still loads (records win over the old text), and the next save finishes it", async () => {
    const old = defaultScenarios("2027-01");
    const text = serializeState(old, T0);
    const dry = new FakeExcel();
    dry.setCells(STATE_SHEET, "A1", [[`|${text}`]]);
    const before = dry.opsApplied;
    await new ExcelWorkbook(dry.run).saveScenarios(old, AT);
    const steps = dry.opsApplied - before;
    for (let k = 1; k <= steps; k++) {
      const excel = new FakeExcel();
      excel.setCells(STATE_SHEET, "A1", [[`|${text}`]]);
      const port = new ExcelWorkbook(excel.run);
      await port.loadScenarios();
      excel.failAtOp = k;
      await expect(port.saveScenarios(old, AT)).rejects.toThrow(/injected/);
      expect({ k, loaded: (await new ExcelWorkbook(excel.run).loadScenarios()).scenarios }).toEqual({ k, loaded: old });
      await port.saveScenarios(old, AT);
      expect({ k, first: excel.cell(STATE_SHEET, "A1")?.value ?? "" }).not.toEqual({ k, first: `|${text}` });
      expect({ k, loaded: (await new ExcelWorkbook(excel.run).loadScenarios()).scenarios }).toEqual({ k, loaded: old });
    }
  });

  test("the in-memory workbook migrates the same way", async () => {
    const wb = new MemoryWorkbook();
    const old = defaultScenarios("2027-01");
    wb.setStoredText(serializeState(old, T0));
    expect((await wb.loadScenarios()).scenarios).toEqual(old);
    await wb.saveScenarios(old, AT);
    expect(JSON.parse(wb.storedText())).toEqual({ schemaVersion: 3, scenarios: old });
    expect(wb.quarantined()).toEqual([serializeState(old, T0)]);
  });
});

describe("a record from a newer add-in", () => {
  test("is kept aside and blocks saving, so it is never overwritten", async () => {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run);
    await port.saveScenarios(defaultScenarios("2027-01"), T0);
    const newer = ['|{"sc":4,"id":"s7","rev":1,"n":1,"sum":"x"}', '|{"schemaVersion":4}'];
    excel.setCells(STATE_SHEET, "A30", [newer]);
    const loaded = await port.loadScenarios();
    expect(loaded).toMatchObject({ saveBlocked: true, problem: { kind: "newer" } });
    expect(loaded.scenarios).toEqual(defaultScenarios("2027-01"));
    await expect(port.saveScenarios(defaultScenarios("2027-01"), AT)).rejects.toThrow(/newer SupportCost \(schema 4; this version reads 3\)/);
    expect([excel.cell(STATE_SHEET, "A30")?.value, excel.cell(STATE_SHEET, "B30")?.value]).toEqual(newer);
  });
});

describe("conflicts", () => {
  test("both versions are kept and shown to every pane until one is chosen; then one remains", async () => {
    const excel = new FakeExcel();
    const a = new ExcelWorkbook(excel.run, { author: "A" });
    const b = new ExcelWorkbook(excel.run, { author: "B" });
    const start = defaultScenarios("2027-01");
    await a.saveScenarios(start, T0);
    await b.loadScenarios();
    const mine = structuredClone(start);
    mine[0].drivers.seats = 31;
    const theirs = structuredClone(start);
    theirs[0].drivers.seats = 7;
    await a.saveScenarios(mine, AT);
    const result = await b.saveScenarios(theirs, AT);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0].versions.map((v) => [v.author, v.scenario?.drivers.seats, v.byThisPane])).toEqual([
      ["A", 31, false],
      ["B", 7, true],
    ]);
    // B's own version stays in B's list: nothing typed is lost.
    expect(result.scenarios[0].drivers.seats).toBe(7);
    const third = await new ExcelWorkbook(excel.run, { author: "C" }).loadScenarios();
    expect(third.conflicts?.[0].versions.map((v) => v.scenario?.drivers.seats).sort()).toEqual([31, 7]);

    // An autosave before choosing keeps both.
    await b.saveScenarios(theirs, AT);
    expect((await new ExcelWorkbook(excel.run).loadScenarios()).conflicts).toHaveLength(1);
    // B chooses A's version.
    b.resolveConflict("s1");
    await b.saveScenarios(mine, AT);
    const after = await new ExcelWorkbook(excel.run).loadScenarios();
    expect(after.conflicts).toEqual([]);
    expect(after.scenarios).toEqual(mine);
  });
});
