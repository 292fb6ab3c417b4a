/**
 * A small fake of Excel's object model for the workbook adapter's tests. The request context is an
 * office-addin-mock OfficeMockObject (its context.sync is the one counted); the workbook objects
 * behave like Office.js proxies: writes are queued and applied at context.sync(), loaded properties
 * can only be read after a sync, and what Excel refuses (a second sheet, table or name of the same
 * name, a table over another table) fails the sync. That is what makes "updates in place" testable.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseA1 } from "../../src/workbook/memory";

export interface FakeCell {
  value: unknown;
  formula?: string;
  format?: string;
}
export interface FakeChart {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  categories?: string;
}
export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  charts: FakeChart[];
}

type Box = { r0: number; c0: number; r1: number; c1: number };
const BIG = 1_048_575;

function parseArea(address: string | undefined): Box {
  if (!address) return { r0: 0, c0: 0, r1: BIG, c1: 16_383 };
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.split(":");
  const col = /^\$?([A-Z]+)$/.exec(a);
  if (col) {
    const c0 = parseA1(`${col[1]}1`).col;
    const c1 = parseA1(`${/^\$?([A-Z]+)$/.exec(b)![1]}1`).col;
    return { r0: 0, c0, r1: BIG, c1 };
  }
  const p = parseA1(a);
  const q = parseA1(b);
  return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
}

const key = (r: number, c: number) => `${r},${c}`;

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const boxAddress = (b: Box) => `${colName(b.c0)}${b.r0 + 1}:${colName(b.c1)}${b.r1 + 1}`;
const overlaps = (a: Box, b: Box) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

class ApiError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, { name: string; formula: string }>();
  validations = new Map<string, { rule?: unknown; errorAlert?: unknown }>();
  tables = new Map<string, { name: string; sheet: string; box: Box; hasHeaders?: boolean }>();
  selection: { sheet: string; address: string } = { sheet: "Sheet1", address: "B2:B25" };
  syncs = 0;
  /** Write operations applied so far (reads not counted). */
  opsApplied = 0;
  /** Set to n: the n-th write operation from now on fails, as a batch that fails half-way (earlier ones stay applied). */
  failAtOp: number | undefined;
  /**
   * Reads and writes in the order they were queued, applied at the next sync: a read queued before
   * a write in the same batch sees the cells as they were before it, as in Office.js.
   */
  private queue: { op: () => void; write: boolean }[] = [];
  private chartIds = 0;

  constructor() {
    this.sheets.push({ name: "Sheet1", visibility: "Visible", cells: new Map(), charts: [] });
  }

  private pushWrite(op: () => void): void {
    this.queue.push({ op, write: true });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseA1(address);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  setCells(sheet: string, topLeft: string, values: unknown[][]): void {
    const s = this.sheet(sheet) ?? this.addSheetNow(sheet);
    const { row, col } = parseA1(topLeft);
    values.forEach((r, i) => r.forEach((v, j) => s.cells.set(key(row + i, col + j), { value: v })));
  }

  private addSheetNow(name: string): FakeSheet {
    if (this.sheet(name)) throw new ApiError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    const s: FakeSheet = { name, visibility: "Visible", cells: new Map(), charts: [] };
    this.sheets.push(s);
    return s;
  }

  private must(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new ApiError("ItemNotFound", `No sheet ${name}`);
    return s;
  }

  /**
   * A fresh request context (as Excel.run makes one per batch) over this workbook. `gate`, when
   * given, is awaited before each sync is applied: tests use it to interleave two co-authors'
   * round trips over this one store in every order.
   */
  context(gate?: () => Promise<void>): Excel.RequestContext {
    const mock = new OfficeMockObject({ workbook: {} }) as OfficeMockObject & { workbook: Record<string, unknown> };
    const mockSync = mock.sync.bind(mock);
    const pending: { op: () => void; write: boolean }[] = [];
    mock.sync = async () => {
      // Taken when sync is called: a batch queues its operations and syncs without awaiting anything
      // else in between, so what is in the queue now is this context's, even with two co-authors.
      pending.push(...this.queue.splice(0));
      const batch = pending.splice(0);
      if (gate) await gate();
      this.syncs++;
      for (const { op, write } of batch) {
        if (write) {
          this.opsApplied++;
          if (this.failAtOp !== undefined && --this.failAtOp === 0) {
            this.failAtOp = undefined;
            throw new ApiError("GeneralException", "The batch failed half-way (injected by the test).");
          }
        }
        op();
      }
      await mockSync();
    };
    Object.assign(mock.workbook, this.workbookApi());
    return mock as unknown as Excel.RequestContext;
  }

  /** Runs batches like Excel.run does. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context());

  /** A batch runner whose every sync first waits for `gate` (one co-author's Excel.run). */
  runner(gate: () => Promise<void>): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
    return (batch) => batch(this.context(gate));
  }

  private workbookApi() {
    return {
      worksheets: this.loadable(
        {
          items: undefined as unknown as { name: string }[],
          getItemOrNullObject: (name: string) => this.sheetProxy(name, true),
        getItem: (name: string) => this.sheetProxy(name, false),
          add: (name: string) => {
            this.pushWrite(() => this.addSheetNow(name));
            return this.sheetProxy(name, false);
          },
        },
        (p) => {
          p.items = this.sheets.map((sh) => ({ name: sh.name }));
        },
      ),
      tables: this.loadable(
        {
          items: undefined as unknown as ReturnType<FakeExcel["tableProxy"]>[],
          getItemOrNullObject: (name: string) => this.tableProxy(name),
          getItem: (name: string) => this.tableProxy(name),
        },
        (p) => {
          p.items = [...this.tables.values()].map((t) => {
            const item = this.tableProxy(t.name);
            item.worksheet.name = t.sheet;
            item.showHeaders = t.hasHeaders !== false;
            return item;
          });
        },
      ),
      names: this.namesProxy(),
      getSelectedRange: () => this.rangeProxy(this.selection.sheet, this.selection.address),
    };
  }

  /** As Office.js does for *OrNullObject results: isNullObject is known after the next sync, with no load. */
  private resolveAtSync(resolve: () => void): void {
    this.queue.push({ op: resolve, write: false });
  }

  private loadable<T extends object>(target: T, resolve: (t: T) => void): T & { load: (props?: string) => T } {
    const t = target as T & { load: (props?: string) => T };
    t.load = () => {
      this.queue.push({ op: () => resolve(t), write: false });
      return t;
    };
    return t;
  }

  private sheetProxy(name: string, nullable: boolean) {
    const proxy = {
      charts: this.chartsProxy(name),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const table = { name: `Table${this.tables.size + 1}`, sheet: name, box: parseArea(address), hasHeaders };
          this.pushWrite(() => {
            for (const t of this.tables.values()) {
              if (t.sheet.toLowerCase() === name.toLowerCase() && overlaps(t.box, table.box)) {
                throw new ApiError("InvalidOperation", "A table can't overlap another table.");
              }
            }
            this.tables.set(table.name.toLowerCase(), table);
          });
          return {
            set name(value: string) {
              fake.pushWrite(() => {
                if (fake.tables.has(value.toLowerCase())) throw new ApiError("InvalidArgument", `Table name ${value} is taken`);
                fake.tables.delete(table.name.toLowerCase());
                table.name = value;
                fake.tables.set(value.toLowerCase(), table);
              });
            },
          };
        },
      },
      getRange: (address?: string) => this.rangeProxy(name, address),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => this.rangeProxy(name, undefined, valuesOnly ? "used" : "usedAll"),
      activate: () => this.pushWrite(() => this.must(name)),
      delete: () =>
        this.pushWrite(() => {
          this.must(name);
          this.sheets = this.sheets.filter((sh) => sh.name.toLowerCase() !== name.toLowerCase());
          for (const [k, t] of [...this.tables]) if (t.sheet.toLowerCase() === name.toLowerCase()) this.tables.delete(k);
        }),
      set visibility(v: string) {
        fake.pushWrite(() => {
          fake.must(name).visibility = v;
        });
      },
      isNullObject: undefined as unknown as boolean,
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- setters above need the fake
    const fake = this;
    if (nullable) this.resolveAtSync(() => (proxy.isNullObject = !this.sheet(name)));
    return proxy;
  }

  private rangeProxy(sheetName: string, address: string | undefined, mode: "area" | "used" | "usedAll" = "area") {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used by the setters
    const fake = this;
    const box = () => parseArea(address);
    const write = (grid: unknown[][], apply: (cell: FakeCell, v: unknown) => void) => {
      const b = box();
      this.pushWrite(() => {
        const s = this.must(sheetName);
        if (grid.length !== b.r1 - b.r0 + 1 || grid.some((r) => r.length !== b.c1 - b.c0 + 1)) {
          throw new ApiError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of ${address}`);
        }
        grid.forEach((r, i) =>
          r.forEach((v, j) => {
            const k = key(b.r0 + i, b.c0 + j);
            const cell = s.cells.get(k) ?? { value: "" };
            apply(cell, v);
            s.cells.set(k, cell);
          }),
        );
      });
    };
    const loaded: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][] } = {};
    const proxy = {
      /** Read after a load and a sync, as in Office.js. */
      get values(): unknown[][] {
        if (!loaded.values) throw new Error("range.values read before load + sync");
        return loaded.values;
      },
      set values(grid: unknown[][]) {
        write(grid, (cell, v) => {
          cell.value = v;
          cell.formula = undefined;
        });
      },
      get formulas(): unknown[][] {
        if (!loaded.formulas) throw new Error("range.formulas read before load + sync");
        return loaded.formulas;
      },
      set formulas(grid: unknown[][]) {
        write(grid, (cell, v) => {
          if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = "";
          } else {
            cell.value = v;
            cell.formula = undefined;
          }
        });
      },
      get numberFormat(): unknown[][] {
        if (!loaded.numberFormat) throw new Error("range.numberFormat read before load + sync");
        return loaded.numberFormat;
      },
      set numberFormat(grid: unknown[][]) {
        write(grid, (cell, v) => {
          cell.format = String(v);
        });
      },
      clear: () => {
        const b = box();
        fake.pushWrite(() => {
          const s = fake.must(sheetName);
          for (const k of [...s.cells.keys()]) {
            const [r, c] = k.split(",").map(Number);
            if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) s.cells.delete(k);
          }
        });
      },
      format: { font: {} as Record<string, unknown>, columnWidth: 0, autofitColumns: () => undefined },
      /** Data validation as set (ExcelApi 1.8): recorded per address for tests to read. */
      dataValidation: {
        set rule(rule: unknown) {
          fake.pushWrite(() => fake.validations.set(`${sheetName}!${address ?? ""}`, { ...fake.validations.get(`${sheetName}!${address ?? ""}`), rule }));
        },
        set errorAlert(errorAlert: unknown) {
          fake.pushWrite(() => fake.validations.set(`${sheetName}!${address ?? ""}`, { ...fake.validations.get(`${sheetName}!${address ?? ""}`), errorAlert }));
        },
      },
      worksheet: { getRange: (a?: string) => fake.rangeProxy(sheetName, a) },
      getCell: (r: number, c: number) => {
        const b = box();
        return fake.rangeProxy(sheetName, `${colName(b.c0 + c)}${b.r0 + r + 1}`);
      },
      rowCount: 0,
      address: "",
      rowIndex: 0,
      columnIndex: 0,
      columnCount: 0,
      isNullObject: false,
      /** Lets a chart made from this range know its address. */
      __address: address ?? "",
    };
    return this.loadable(proxy, (p) => {
      const s = this.must(sheetName);
      let b = box();
      if (mode !== "area") {
        // With valuesOnly, Excel's used range ignores cells that only carry a format.
        const used = (c: FakeCell) => (c.value !== "" && c.value !== undefined) || c.formula !== undefined || (mode === "usedAll" && c.format !== undefined);
        const keys = [...s.cells.entries()].filter(([, c]) => used(c)).map(([k]) => k.split(",").map(Number));
        if (keys.length === 0) {
          p.isNullObject = true;
          return;
        }
        b = {
          r0: Math.min(...keys.map((k) => k[0])),
          c0: Math.min(...keys.map((k) => k[1])),
          r1: Math.max(...keys.map((k) => k[0])),
          c1: Math.max(...keys.map((k) => k[1])),
        };
      }
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      const formats: unknown[][] = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const row: unknown[] = [];
        const frow: unknown[] = [];
        const nrow: unknown[] = [];
        for (let c = b.c0; c <= b.c1; c++) {
          const cell = s.cells.get(key(r, c));
          row.push(cell?.value ?? "");
          frow.push(cell?.formula ?? cell?.value ?? "");
          nrow.push(cell?.format ?? "General");
        }
        values.push(row);
        formulas.push(frow);
        formats.push(nrow);
      }
      loaded.values = values;
      loaded.formulas = formulas;
      loaded.numberFormat = formats;
      p.address = `${sheetName}!${boxAddress(b)}`;
      p.rowCount = b.r1 - b.r0 + 1;
      p.rowIndex = b.r0;
      p.columnIndex = b.c0;
      p.columnCount = b.c1 - b.c0 + 1;
    });
  }

  private chartsProxy(sheetName: string) {
    const chartProxy = (chart: FakeChart) => ({
      id: String(chart.id),
      name: chart.name,
      delete: () =>
        this.pushWrite(() => {
          const s = this.must(sheetName);
          s.charts = s.charts.filter((c) => c.id !== chart.id);
        }),
    });
    const proxy = {
      items: undefined as unknown as ReturnType<typeof chartProxy>[],
      add: (type: string, source: { __address?: string }, seriesBy?: string) => {
        const chart: FakeChart = { id: ++this.chartIds, name: `Chart ${this.chartIds}`, type, source: source.__address ?? "", seriesBy };
        this.pushWrite(() => this.must(sheetName).charts.push(chart));
        const q = (op: () => void) => this.pushWrite(op);
        return {
          set name(v: string) {
            q(() => {
              chart.name = v;
            });
          },
          title: {
            set text(v: string) {
              q(() => {
                chart.title = v;
              });
            },
          },
          axes: {
            categoryAxis: {
              setCategoryNames: (range: object) =>
                q(() => {
                  chart.categories = (range as { __address?: string }).__address;
                }),
            },
          },
          setPosition: () => undefined,
        };
      },
    };
    return this.loadable(proxy, (p) => {
      p.items = this.must(sheetName).charts.map(chartProxy);
    });
  }

  private tableProxy(name: string) {
    const found = () => this.tables.get(name.toLowerCase());
    const proxy = {
      name,
      isNullObject: undefined as unknown as boolean,
      showHeaders: undefined as unknown as boolean,
      worksheet: { name: undefined as unknown as string },
      delete: () =>
        this.pushWrite(() => {
          if (!found()) throw new ApiError("ItemNotFound", `No table ${name}`);
          this.tables.delete(name.toLowerCase());
        }),
      getRange: () => {
        const range = { address: undefined as unknown as string };
        return this.loadable(range, (r) => {
          const t = found();
          if (!t) throw new ApiError("ItemNotFound", `No table ${name}`);
          r.address = `${t.sheet}!${boxAddress(t.box)}`;
        });
      },
    };
    this.resolveAtSync(() => (proxy.isNullObject = !found()));
    return this.loadable(proxy, (p) => {
      const t = found();
      if (!t) return;
      p.showHeaders = t.hasHeaders !== false;
      p.worksheet.name = t.sheet;
    });
  }

  private namesProxy() {
    const itemProxy = (n: { name: string; formula: string }) => ({
      name: n.name,
      /** As loaded. */
      formulaLoaded: n.formula,
      get formula(): string {
        return this.formulaLoaded;
      },
      set formula(v: string) {
        fake.pushWrite(() => {
          n.formula = v;
        });
      },
      delete: () => fake.pushWrite(() => fake.names.delete(n.name.toLowerCase())),
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used by the setters
    const fake = this;
    const proxy = {
      items: undefined as unknown as ReturnType<typeof itemProxy>[],
      /** A name, and the range it refers to (a plain "=Sheet!A1:B2" formula, or a table's "=Table[#All]"). */
      getItemOrNullObject: (name: string) => {
        const item = {
          isNullObject: undefined as unknown as boolean,
          /** The name's formula as of the last sync (a named formula such as ="JPY", or a reference). */
          loadedFormula: undefined as unknown as string,
          load: () => item,
          get formula(): string {
            return item.loadedFormula;
          },
          set formula(v: string) {
            fake.pushWrite(() => {
              const n = fake.names.get(name.toLowerCase());
              if (!n) throw new ApiError("ItemNotFound", `No name ${name}`);
              n.formula = v;
            });
          },
          getRange: () => {
            const n = this.names.get(name.toLowerCase());
            if (!n) throw new ApiError("ItemNotFound", `No name ${name}`);
            const table = /^=([^[]+)\[#All\]$/.exec(n.formula);
            if (table) {
              const t = this.tables.get(table[1].toLowerCase());
              if (!t) throw new ApiError("InvalidReference", `No table ${table[1]}`);
              return this.rangeProxy(t.sheet, boxAddress(t.box));
            }
            const [sheet, address] = n.formula.slice(1).split("!");
            return this.rangeProxy(sheet.replace(/^'|'$/g, "").replace(/''/g, "'"), address.replace(/\$/g, ""));
          },
        };
        this.resolveAtSync(() => {
          item.isNullObject = !this.names.has(name.toLowerCase());
          item.loadedFormula = this.names.get(name.toLowerCase())?.formula ?? "";
        });
        return item;
      },
      add: (name: string, formula: string) =>
        this.pushWrite(() => {
          if (this.names.has(name.toLowerCase())) throw new ApiError("ItemAlreadyExists", `The name ${name} already exists`);
          this.names.set(name.toLowerCase(), { name, formula });
        }),
    };
    return this.loadable(proxy, (p) => {
      p.items = [...this.names.values()].map(itemProxy);
    });
  }
}
