/**
 * The sheets in the workbook's language (issue 16): the plan, prices and summary written in Japanese
 * carry Japanese words and no English ones (only codes, names, formulas and the price book's own
 * data stay), while formulas, names, tables and sheets are exactly those of the English write; and
 * writing in English afterwards updates the same sheets in place. In Excel (office-addin-mock fake)
 * and in the preview's in-memory workbook.
 */
import { forecastSeries } from "../../src/model/forecast";
import { EDITIONS, SEED_BOOK } from "../../src/model/pricebook/builtin";
import { CHECK_COLUMN, PRICE_ITEMS, PRICE_UNITS, priceBookToRows } from "../../src/model/pricebook/rows";
import { PLAN_KINDS } from "../../src/model/pricebook/types";
import { defaultScenarios, Scenario } from "../../src/model/scenario";
import { DEFAULT_STAFFING } from "../../src/model/scenario/staffing";
import { forecastLayout } from "../../src/workbook/analysisLayout";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { sheetText } from "../../src/workbook/i18n";
import { MemoryWorkbook, SAMPLE_HISTORY } from "../../src/workbook/memory";
import { PLAN_SHEET } from "../../src/workbook/planLayout";
import { PRICES_SHEET } from "../../src/workbook/pricesLayout";
import { SUMMARY_SHEET } from "../../src/workbook/summaryLayout";
import { FakeExcel } from "./fakeExcel";

const AT = new Date("2027-01-05T09:30:00Z");

/** Every scenario kind the sheets word differently: live and async staffing, people priced. */
function scenarios(): Scenario[] {
  const all = defaultScenarios("2027-01");
  all[0].drivers = { ...all[0].drivers, staffingChannel: "live", ...DEFAULT_STAFFING, seatPolicy: "fromStaffing" };
  all[1].drivers = { ...all[1].drivers, humanCostPerConversation: 4 };
  all[2].drivers = { ...all[2].drivers, staffingChannel: "async", ...DEFAULT_STAFFING, loadedCostPerAgentMonth: 5500 };
  return all;
}

interface Cell {
  text?: string;
  number?: number;
  formula?: string;
  format?: string;
}
/** What a workbook holds, the same way for both implementations. */
interface Snapshot {
  sheets: string[];
  tables: string[];
  names: string[];
  cells(sheet: string): Map<string, Cell>;
  charts(sheet: string): string[];
}

type Port = ExcelWorkbook | MemoryWorkbook;

const kinds: [string, () => { port: Port; snapshot: () => Snapshot }][] = [
  [
    "Excel (office-addin-mock fake)",
    () => {
      const fake = new FakeExcel();
      const snapshot = (): Snapshot => ({
        sheets: fake.sheets.map((s) => s.name).sort(),
        tables: [...fake.tables.values()].map((t) => `${t.name}@${t.sheet}`).sort(),
        names: [...fake.names.values()].map((n) => `${n.name}=${n.formula}`).sort(),
        cells: (sheet) =>
          new Map(
            [...(fake.sheet(sheet)?.cells ?? new Map())].map(([k, c]) => [
              k,
              { text: typeof c.value === "string" && c.value !== "" ? c.value : undefined, number: typeof c.value === "number" ? c.value : undefined, formula: c.formula, format: c.format },
            ]),
          ),
        charts: (sheet) => (fake.sheet(sheet)?.charts ?? []).map((c) => `${c.name}: ${c.title}`),
      });
      return { port: new ExcelWorkbook(fake.run), snapshot };
    },
  ],
  [
    "the in-memory workbook",
    () => {
      const wb = new MemoryWorkbook();
      const snapshot = (): Snapshot => ({
        sheets: [...wb.sheets.keys()].sort(),
        tables: [...wb.tables.entries()].map(([name, t]) => `${name}@${t.sheet}`).sort(),
        names: [...wb.names.entries()].map(([name, f]) => `${name}=${f}`).sort(),
        cells: (sheet) =>
          new Map(
            [...(wb.sheet(sheet)?.cells ?? new Map())].map(([k, c]) => {
              const v = c.value;
              const formula = typeof v === "string" && v.startsWith("=") ? v : undefined;
              return [k, { text: typeof v === "string" && !formula ? v : undefined, number: typeof v === "number" ? v : undefined, formula, format: c.format }];
            }),
          ),
        charts: (sheet) => [...(wb.sheet(sheet)?.charts.values() ?? [])].map((c) => `${c.name}: ${c.title}`),
      });
      return { port: wb, snapshot };
    },
  ],
];

async function writeAll(port: Port, language: "en" | "ja"): Promise<void> {
  await port.writePriceBook("seed", AT, language);
  await port.writePlan(scenarios(), language);
  await port.publishSummary(scenarios(), AT, language);
}

/** Text that is data or code, the same in every language: taken out before looking for English words. */
const DATA_PHRASES = [
  ...priceBookToRows(SEED_BOOK).flat().filter((v): v is string => typeof v === "string"),
  ...PRICE_ITEMS.map((p) => p.item),
  ...PRICE_UNITS,
  ...PLAN_KINDS,
  // The price table's header is what the functions read (priceBookToRows above gives the rest of it).
  CHECK_COLUMN,
  ...EDITIONS.map((e) => e.label),
  ...scenarios().map((s) => s.name),
  PLAN_SHEET,
  PRICES_SHEET,
  SUMMARY_SHEET,
].sort((a, b) => b.length - a.length);
/** Words that are names or codes: the product, function and workbook names, statistics, currency, time zone. */
const CODES = new Set(["SupportCost", "SUPPORTCOST", "SupportCost_Prices", "AI", "ID", "USD", "UTC", "P5", "P50", "P90", "P95"]);

/** The English words left in a cell once data, codes, cell addresses and `allowed` words are taken out. */
function englishWords(text: string, allowed: readonly string[] = []): string[] {
  let rest = text.replace(/\$?[A-Z]{1,3}\$?\d+/g, " ");
  for (const phrase of DATA_PHRASES) rest = rest.split(phrase).join(" ");
  return (rest.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((w) => w.length > 1 && !CODES.has(w) && !allowed.includes(w));
}

const japanese = (s: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s);

describe.each(kinds)("sheets in Japanese in %s", (_, setup) => {
  test("carry Japanese headings, and formulas, names, tables and sheets identical to the English write", async () => {
    const en = setup();
    const ja = setup();
    await writeAll(en.port, "en");
    await writeAll(ja.port, "ja");
    const E = en.snapshot();
    const J = ja.snapshot();
    expect(J.sheets).toEqual(E.sheets);
    expect(J.tables).toEqual(E.tables);
    expect(J.names).toEqual(E.names);
    for (const sheet of [PLAN_SHEET, PRICES_SHEET, SUMMARY_SHEET]) {
      const formulas = (s: Snapshot) => [...s.cells(sheet)].filter(([, c]) => c.formula).map(([k, c]) => `${k}${c.formula}`);
      expect(formulas(J)).toEqual(formulas(E));
      // The same numbers in the same cells: only words change.
      const numbers = (s: Snapshot) => [...s.cells(sheet)].filter(([, c]) => c.number !== undefined).map(([k, c]) => `${k}=${c.number}`);
      expect(numbers(J)).toEqual(numbers(E));
    }
    expect(formulasOf(J, PLAN_SHEET).length).toBeGreaterThan(100);

    const texts = (sheet: string) => [...J.cells(sheet).values()].flatMap((c) => (c.text ? [c.text] : []));
    expect(texts(PLAN_SHEET)).toEqual(expect.arrayContaining(["SupportCost 計画", "前提条件（値を編集できます）", "シート数", "月", "Base 合計", "季節係数：1月"]));
    for (const word of ["SupportCost サマリー", "前提条件", "年間払い", "サポート総コスト（人件費＋シート＋AI）", "構成", "出典", "時点"]) expect({ word, found: texts(SUMMARY_SHEET).includes(word) }).toEqual({ word, found: true });
    expect(texts(SUMMARY_SHEET).some((t) => t.startsWith("発行日時 2027-01-05 09:30 UTC"))).toBe(true);
    expect(texts(SUMMARY_SHEET)).toContain("2027年1月");
    expect(texts(PRICES_SHEET)).toEqual(expect.arrayContaining(["価格項目（Price item）", "単位（Unit）", "種類（Kind）"]));
    expect(J.charts(PLAN_SHEET)).toEqual(["SupportCostPlanChart: シナリオ別の月次コスト"]);
    expect(J.charts(SUMMARY_SHEET)).toEqual(["SupportCostSummaryMonthly: シナリオ別の月次コスト", "SupportCostSummarySplit: シート費用と AIエージェント費用"]);
    // Months held as dates show as 2027年1月 in Japanese; English keeps its format.
    const formats = (s: Snapshot) => [...s.cells(PLAN_SHEET).values()].map((c) => c.format);
    expect(formats(J)).toContain('yyyy"年"m"月"');
    expect(formats(J)).not.toContain("mmm yyyy");
    expect(formats(E)).toContain("mmm yyyy");
    expect(formats(E)).not.toContain('yyyy"年"m"月"');

    // No English words left: plan (billing codes are the formulas' input), summary, and the prices sheet's own note.
    const left = (sheet: string, allowed: string[] = []) => texts(sheet).flatMap((t) => englishWords(t, allowed).map((w) => `${w} ← ${t}`));
    expect(left(PLAN_SHEET, ["annual", "monthly"])).toEqual([]);
    expect(left(SUMMARY_SHEET)).toEqual([]);
    expect(left(PRICES_SHEET)).toEqual([]);
    // ...while the English write has them (the check above can fail).
    expect(englishWords(String([...E.cells(SUMMARY_SHEET).values()].map((c) => c.text ?? "").join(" "))).length).toBeGreaterThan(50);
    // The chart titles too.
    for (const title of [...J.charts(PLAN_SHEET), ...J.charts(SUMMARY_SHEET)]) expect(englishWords(title.split(": ")[1])).toEqual([]);
  });

  test("writing in English after Japanese updates the same sheets in place: no second sheet, table or name", async () => {
    const fresh = setup();
    await writeAll(fresh.port, "en");
    const { port, snapshot } = setup();
    await writeAll(port, "ja");
    const before = snapshot();
    expect((await port.writePlan(scenarios(), "en")).created).toBe(false);
    expect((await port.publishSummary(scenarios(), AT, "en")).created).toBe(false);
    const after = snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(after.tables).toEqual(before.tables);
    expect(after.names).toEqual(before.names);
    // The plan is now exactly the English one: no Japanese left behind.
    const cells = (s: Snapshot, sheet: string) => JSON.stringify([...s.cells(sheet)].sort(([a], [b]) => a.localeCompare(b)));
    expect(cells(after, PLAN_SHEET)).toBe(cells(fresh.snapshot(), PLAN_SHEET));
    expect(after.charts(PLAN_SHEET)).toEqual(["SupportCostPlanChart: Monthly cost by scenario"]);
    // The summary too, but for the line quoting the price book's note, which the book (written in Japanese) keeps.
    const summary = (s: Snapshot) => [...s.cells(SUMMARY_SHEET)].filter(([, c]) => !c.text?.startsWith("Prices used:"));
    expect(JSON.stringify(summary(after))).toBe(JSON.stringify(summary(fresh.snapshot())));
    const pricesLine = [...after.cells(SUMMARY_SHEET).values()].find((c) => c.text?.startsWith("Prices used:"))!.text!;
    expect(pricesLine).toMatch(/^Prices used: the workbook's price book \('?SupportCost Prices'?!A1:J\d+; 価格表：Seed list \(default\)/);
  });
});

function formulasOf(s: Snapshot, sheet: string): string[] {
  return [...s.cells(sheet).values()].flatMap((c) => (c.formula ? [c.formula] : []));
}

describe("the forecast sheet in Japanese", () => {
  test("names months as 2027年1月 and words its headers, with the same numbers as in English", async () => {
    const history = SAMPLE_HISTORY.slice(0, 24);
    const input = { history, source: "History!B2:B25", result: forecastSeries(history, 12), confidence: 0.95, firstMonth: "2027-01" };
    const en = forecastLayout(input);
    const ja = forecastLayout(input, await sheetText("ja"));
    const table = ja.blocks[1];
    expect(table.cells[0]).toEqual(["月", "実績", "予測", "下限（95%）", "上限（95%）"]);
    expect(table.cells[1][0]).toBe("2025年1月");
    expect(table.cells[25][0]).toBe("2027年1月");
    expect(table.cells.slice(1).map((r) => r.slice(1))).toEqual(en.blocks[1].cells.slice(1).map((r) => r.slice(1)));
    expect(ja.charts[0].title).toBe("会話数：実績・予測・予測区間");
    expect(japanese(String(ja.blocks[0].cells[0][0]))).toBe(true);
  });
});

describe("the summary in a display currency", () => {
  test("costs are the dollar figures × the rate in the yen format, prices stay in dollars, and the rate is stated", async () => {
    const usd = new MemoryWorkbook();
    const jpy = new MemoryWorkbook();
    await usd.publishSummary(scenarios(), AT, "ja");
    await jpy.publishSummary(scenarios(), AT, "ja", { currency: "JPY", rate: 150, source: "MUFG TTM", asOf: "2025-12-24" });
    const U = usd.sheet(SUMMARY_SHEET)!.cells;
    const Y = jpy.sheet(SUMMARY_SHEET)!.cells;
    expect(Y.size).toBe(U.size);
    let converted = 0;
    let dollarPrices = 0;
    for (const [address, c] of U) {
      const y = Y.get(address)!;
      if (c.format === "[$$-409]#,##0.00" && typeof c.value === "number") {
        if (y.format === "[$¥-411]#,##0") {
          expect(y.value as number).toBeCloseTo(c.value * 150, 6);
          converted++;
        } else {
          // Only the prices the numbers used keep their dollars.
          expect(y).toEqual(c);
          dollarPrices++;
        }
        // Everything else (counts, shares, words) is as in dollars, but for the line that states the rate.
      } else if (address !== "A2") expect({ address, value: y.value, format: y.format }).toEqual({ address, value: c.value, format: c.format });
    }
    expect(converted).toBeGreaterThan(50);
    expect(dollarPrices).toBeGreaterThan(0);
    expect(String(jpy.value(SUMMARY_SHEET, "A2"))).toContain("為替レート 1 USD = 150 JPY");
    expect(String(jpy.value(SUMMARY_SHEET, "A2"))).toContain("出典: MUFG TTM、2025-12-24 時点");
    expect(String(jpy.value(SUMMARY_SHEET, "A2"))).toContain("金額の通貨は JPY");
  });
});
