/**
 * Month-end actuals as people bring them: a CSV or TSV file (a vendor's usage export, or the generic
 * form month, conversations, AI-involved, AI-resolved, invoice — one invoice column per vendor if need
 * be), or the rows of the workbook's actuals table. Columns are found by their header, in the words the
 * vendors' reports use (docs/month-end.md lists which were confirmed); daily rows add up to months;
 * dates and months read as people write them (2027-01, Jan 2027, 2027/01/15, 2027年1月, an Excel date);
 * numbers through the one number reader; blank or NA cells are missing values. A row that cannot be
 * read is named with its line, and no row is dropped without saying so.
 */
import { readNumber } from "../input/readNumber";
import { addMonths, monthLabel, parseMonthInput } from "../scenario/months";
import { ActualMonth } from "./variance";

/** The fields of an actual month. */
export type ActualField = "conversations" | "involved" | "resolved" | "invoice";
export const ACTUAL_FIELDS: readonly ActualField[] = ["conversations", "involved", "resolved", "invoice"];

/** One month of imported actuals; null where the file had no value for it. */
export interface ImportedMonth {
  /** "YYYY-MM". */
  month: string;
  conversations: number | null;
  involved: number | null;
  resolved: number | null;
  /** US dollars: the sum of the invoice columns. */
  invoice: number | null;
  /** Rows that made the month (1 for a monthly file, one per day for a daily export). */
  rows: number;
}

export interface ImportProblem {
  /** 1-based line of the file, or row of the table (the header is line 1). */
  line: number;
  message: string;
}

export interface ImportedActuals {
  /** Month by month, oldest first, with every month between the first and the last (missing ones all null). */
  months: ImportedMonth[];
  /** Rows that could not be read, each named with its line; their values are not in `months`. */
  problems: ImportProblem[];
  /** The header each field was read from ("Automated resolutions"), and the invoice columns. */
  columns: Partial<Record<Exclude<ActualField, "invoice">, string>> & { date: string; invoice: string[] };
  /** Whether the rows were days (added up to months) or months. */
  rowsAre: "days" | "months" | "none";
}

/** Thrown when a file or table cannot be read at all (no header, no date column, not text). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

/** Cells that mark a missing value, as spreadsheets and exports write them. */
const MISSING = /^(?:na|n\/a|#n\/a|null|none|-|—|–)$/i;

const norm = (h: string) =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[_\-–—:./]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Header words for each column. The vendors' own report names are here: Intercom's "New conversations"
 * and Fin's involvement and resolutions, Zendesk's "Automated resolutions", Freshworks' "Sessions
 * consumed" (a Freddy session is an AI-involved conversation); the rest are the generic form's.
 */
const HEADERS: Record<"date" | Exclude<ActualField, "invoice">, readonly string[]> = {
  date: ["month", "date", "day", "period", "billing period", "usage date", "date range", "月", "年月", "日付"],
  conversations: ["conversations", "new conversations", "total conversations", "conversation count", "会話", "会話数"],
  involved: [
    "ai involved", "ai involved conversations", "fin involved conversations", "fin ai agent involved conversations", "involved conversations",
    "sessions", "sessions consumed", "sessions count", "freddy sessions", "ai agent sessions", "bot sessions", "ai関与", "ai関与会話",
  ],
  resolved: [
    "ai resolved", "ai resolutions", "resolutions", "fin resolutions", "fin ai agent resolutions", "billed resolutions",
    "automated resolutions", "automated resolutions used", "ai解決", "ai解決数",
  ],
};

/** An invoice column: "Invoice", "Invoice (USD)", "Invoice Intercom", "請求額"… */
const INVOICE = /^(?:invoice|invoiced|billed amount|amount billed|請求|請求額|請求書)(?:\s|$)/;

/** Reads a whole CSV or TSV text. */
export function readActualsText(text: string): ImportedActuals {
  if (text.includes("\u0000")) throw new ImportError("This is not a text file: export the usage as CSV or TSV.");
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const delimiter = firstLine.includes("\t") ? "\t" : !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  return readActualRows(splitDelimited(body, delimiter));
}

/** Rows of cells with the line each starts on (quoted cells may hold the delimiter, quotes and line breaks). */
export function splitDelimited(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: start, cells });
  }
  return rows;
}

/** Days since 1899-12-30 (Excel's date serial) as "YYYY-MM", for a date pasted into the table. */
function excelSerialMonth(serial: number): string | undefined {
  if (!(Number.isInteger(serial) && serial >= 1 && serial <= 2958465)) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** A day or a month as exports and people write them: the month, and whether the cell named a day. */
export function readPeriod(cell: unknown): { month: string; day: string | null } | undefined {
  if (typeof cell === "number") {
    const month = excelSerialMonth(cell);
    return month ? { month, day: String(cell) } : undefined;
  }
  const text = String(cell ?? "").normalize("NFKC").trim();
  let m: RegExpExecArray | null;
  // A day: 2027-01-15, 2027/01/15, 2027.1.15, 2027-01-15T09:00:00Z, 2027年1月15日.
  if ((m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[T\s].*)?$/.exec(text)) || (m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text))) {
    const month = parseMonthInput(`${m[1]}-${m[2]}`);
    const day = Number(m[3]);
    return month && day >= 1 && day <= 31 ? { month, day: `${month}-${String(day).padStart(2, "0")}` } : undefined;
  }
  // A range "2027-01-01 - 2027-01-31" (a billing period) is its first day's month.
  if ((m = /^(\d{4}[-/]\d{1,2}[-/]\d{1,2})\s+(?:-|–|to|~|〜)\s+\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.exec(text))) {
    const first = readPeriod(m[1]);
    return first ? { month: first.month, day: null } : undefined;
  }
  const month = parseMonthInput(text);
  return month ? { month, day: null } : undefined;
}

function findColumn(headers: string[], words: readonly string[]): number {
  return headers.findIndex((h) => words.includes(h));
}

interface Parsed {
  value: number | null;
  problem?: string;
}

function readCell(cell: unknown, field: ActualField, header: string): Parsed {
  if (cell === null || cell === undefined) return { value: null };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return { value: null, problem: `${header} ${cell} is not a number of 0 or more` };
    if (field !== "invoice" && !Number.isInteger(cell)) return { value: null, problem: `${header} ${cell} is not a whole count` };
    return { value: cell };
  }
  const text = String(cell).trim();
  if (text === "" || MISSING.test(text)) return { value: null };
  const read = readNumber(text);
  if (!read.ok) return { value: null, problem: `${header}: ${read.message}` };
  if (read.percent) return { value: null, problem: `${header} "${text}" is a percent; give the count` };
  if (read.currency && (field !== "invoice" || read.currency !== "USD")) {
    return { value: null, problem: field === "invoice" ? `${header} "${text}" is in ${read.currency}; give the invoice in US dollars` : `${header} "${text}" is an amount, not a count` };
  }
  if (read.value < 0) return { value: null, problem: `${header} "${text}" is negative` };
  if (field !== "invoice" && !Number.isInteger(read.value)) return { value: null, problem: `${header} "${text}" is not a whole count` };
  return { value: read.value };
}

/**
 * Reads rows whose first non-blank row is a header: the workbook table's values (numbers, text) or a
 * file's cells. Lines are the rows' own, or 1-based positions when not given.
 */
export function readActualRows(input: readonly (readonly unknown[] | { line: number; cells: readonly unknown[] })[]): ImportedActuals {
  const rows = input.map((r, i) => (Array.isArray(r) ? { line: i + 1, cells: r as readonly unknown[] } : (r as { line: number; cells: readonly unknown[] })));
  const blank = (cells: readonly unknown[]) => cells.every((c) => c === null || c === undefined || String(c).trim() === "");
  const headerAt = rows.findIndex((r) => !blank(r.cells));
  if (headerAt < 0) throw new ImportError("There are no rows to read.");
  const headerRow = rows[headerAt];
  const raw = headerRow.cells.map((c) => String(c ?? "").trim());
  const headers = raw.map(norm);
  const dateCol = findColumn(headers, HEADERS.date);
  if (dateCol < 0) {
    throw new ImportError(`Line ${headerRow.line}: no month or date column in the header (${raw.filter(Boolean).join(", ") || "blank"}): name one "Month" or "Date".`);
  }
  const cols: Partial<Record<ActualField, number[]>> = {};
  for (const f of ["conversations", "involved", "resolved"] as const) {
    const c = findColumn(headers, HEADERS[f]);
    if (c >= 0) cols[f] = [c];
  }
  const invoiceCols = headers.map((h, i) => (INVOICE.test(h) ? i : -1)).filter((i) => i >= 0);
  if (invoiceCols.length > 0) cols.invoice = invoiceCols;
  if (Object.keys(cols).length === 0) {
    throw new ImportError(`Line ${headerRow.line}: no column of conversations, AI-involved conversations, AI resolutions or invoice in the header (${raw.filter(Boolean).join(", ")}).`);
  }
  const problems: ImportProblem[] = [];
  const byMonth = new Map<string, ImportedMonth>();
  const seen = new Map<string, number>();
  const given = new Map<string, { kind: string; line: number }>();
  let days = 0;
  let monthsRows = 0;
  for (const { line, cells } of rows.slice(headerAt + 1)) {
    if (blank(cells)) continue;
    const period = readPeriod(cells[dateCol]);
    if (!period) {
      problems.push({ line, message: `Line ${line}: "${String(cells[dateCol] ?? "").trim()}" is not a month or a date (write 2027-01, Jan 2027, 2027/01/15 or 2027年1月).` });
      continue;
    }
    const key = period.day ?? period.month;
    const kind = period.day ? "days" : "a month";
    const other = given.get(period.month);
    if (other !== undefined && other.kind !== kind) {
      // A month row beside the days of the same month would count them twice.
      problems.push({ line, message: `Line ${line}: ${period.month} is given as ${other.kind} (line ${other.line}) and here as ${kind}; keep one or the other.` });
      continue;
    }
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ line, message: `Line ${line}: ${key} is there already (line ${before}); it is not added twice.` });
      continue;
    }
    const values: Partial<Record<ActualField, number | null>> = {};
    const bad: string[] = [];
    for (const f of ACTUAL_FIELDS) {
      const columns = cols[f];
      if (!columns) continue;
      let sum: number | null = null;
      for (const c of columns) {
        const p = readCell(cells[c], f, raw[c]);
        if (p.problem) bad.push(p.problem);
        else if (p.value !== null) sum = (sum ?? 0) + p.value;
      }
      values[f] = sum;
    }
    if (bad.length > 0) {
      problems.push({ line, message: `Line ${line}: ${bad.join("; ")}.` });
      continue;
    }
    if (period.day) days++;
    else monthsRows++;
    seen.set(key, line);
    if (!given.has(period.month)) given.set(period.month, { kind, line });
    const m = byMonth.get(period.month) ?? { month: period.month, conversations: null, involved: null, resolved: null, invoice: null, rows: 0 };
    for (const f of ACTUAL_FIELDS) {
      const v = values[f];
      if (v !== null && v !== undefined) m[f] = m[f] === null ? v : Math.round((m[f]! + v) * 1e6) / 1e6;
    }
    m.rows++;
    byMonth.set(period.month, m);
  }
  const months = [...byMonth.keys()].sort();
  const out: ImportedMonth[] = [];
  if (months.length > 0) {
    for (let m = months[0]; m <= months[months.length - 1]; m = addMonths(m, 1)) {
      out.push(byMonth.get(m) ?? { month: m, conversations: null, involved: null, resolved: null, invoice: null, rows: 0 });
    }
  }
  const columns: ImportedActuals["columns"] = { date: raw[dateCol], invoice: invoiceCols.map((c) => raw[c]) };
  for (const f of ["conversations", "involved", "resolved"] as const) if (cols[f]) columns[f] = raw[cols[f]![0]];
  return { months: out, problems, columns, rowsAre: days > 0 ? "days" : monthsRows > 0 ? "months" : "none" };
}

/** Imported months from several files (one per vendor) side by side: each field from whichever file has it, invoices added. */
export function mergeActuals(parts: readonly ImportedActuals[]): ImportedMonth[] {
  const byMonth = new Map<string, ImportedMonth>();
  for (const part of parts) {
    for (const m of part.months) {
      const into = byMonth.get(m.month) ?? { month: m.month, conversations: null, involved: null, resolved: null, invoice: null, rows: 0 };
      for (const f of ACTUAL_FIELDS) {
        if (m[f] === null) continue;
        into[f] = f === "invoice" && into.invoice !== null ? Math.round((into.invoice + m[f]!) * 1e6) / 1e6 : into[f] ?? m[f];
      }
      into.rows += m.rows;
      byMonth.set(m.month, into);
    }
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** The imported months lined up with a plan starting at `firstMonth`: the months of actuals, or what keeps them from being used. */
export type AlignedActuals = { ok: true; actual: ActualMonth[]; months: string[] } | { ok: false; problems: string[] };

/**
 * Imported months as the plan's actual months, from its first month on: every month up to the last one
 * imported needs conversations, AI-involved conversations, AI resolutions and an invoice.
 */
export function alignActuals(months: readonly ImportedMonth[], firstMonth: string, horizonMonths: number): AlignedActuals {
  const given = months.filter((m) => ACTUAL_FIELDS.some((f) => m[f] !== null));
  if (given.length === 0) return { ok: false, problems: ["There are no actual months yet: paste a month, its conversations, AI-involved conversations, AI resolutions and invoice."] };
  const problems: string[] = [];
  const before = given.filter((m) => m.month < firstMonth);
  if (before.length > 0) problems.push(`${monthLabel(before[0].month)}${before.length > 1 ? ` to ${monthLabel(before[before.length - 1].month)}` : ""} come before the plan's first month (${monthLabel(firstMonth)}); choose the plan these actuals belong to.`);
  const last = given[given.length - 1].month;
  const lastPlanned = addMonths(firstMonth, horizonMonths - 1);
  if (last > lastPlanned) problems.push(`${monthLabel(last)} is after the plan's last month (${monthLabel(lastPlanned)}).`);
  if (problems.length > 0) return { ok: false, problems };
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const actual: ActualMonth[] = [];
  const labels: string[] = [];
  const WORDS: Record<ActualField, string> = { conversations: "conversations", involved: "AI-involved conversations", resolved: "AI resolutions", invoice: "invoice" };
  for (let m = firstMonth; m <= last; m = addMonths(m, 1)) {
    const row = byMonth.get(m);
    const missing = ACTUAL_FIELDS.filter((f) => !row || row[f] === null);
    if (missing.length > 0) {
      problems.push(`${monthLabel(m)} has no ${missing.map((f) => WORDS[f]).join(", ")}.`);
      continue;
    }
    if (row!.involved! > row!.conversations!) problems.push(`${monthLabel(m)}: ${row!.involved} AI-involved conversations but ${row!.conversations} conversations.`);
    else if (row!.resolved! > row!.involved!) problems.push(`${monthLabel(m)}: ${row!.resolved} AI resolutions but ${row!.involved} AI-involved conversations.`);
    actual.push({ conversations: row!.conversations!, involved: row!.involved!, resolved: row!.resolved!, invoice: row!.invoice! });
    labels.push(m);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, actual, months: labels };
}
