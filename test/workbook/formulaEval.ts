/**
 * A tiny spreadsheet evaluator for exactly the formulas the plan sheet writes: numbers, text, cell
 * references, workbook names, + - * / ^ and comparisons, IF, EDATE, MONTH, INDEX, ROUND, ROUNDUP, and the
 * =SUPPORTCOST.* functions (called through the real custom-function code). It lets a test recalculate
 * the live plan as Excel would and compare it with the pricing engine.
 */
import { parseA1 } from "../../src/workbook/memory";

export type Value = number | string | number[];

export interface Grid {
  /** The formula or value in a cell of the plan sheet ("" when empty). */
  cell(address: string): string | number | boolean;
  /** A workbook name's formula, e.g. "='SupportCost Plan'!$B$6" or a range. */
  name(name: string): string | undefined;
}

export type Functions = Record<string, (...args: unknown[]) => unknown>;

function serialToDate(serial: number): Date {
  return new Date((serial - 25_569) * 86_400_000);
}

function dateToSerial(d: Date): number {
  return Math.round(d.getTime() / 86_400_000) + 25_569;
}

const BUILTINS: Record<string, (args: Value[]) => Value> = {
  EDATE: ([serial, months]) => {
    const d = serialToDate(serial as number);
    return dateToSerial(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (months as number), d.getUTCDate())));
  },
  MONTH: ([serial]) => serialToDate(serial as number).getUTCMonth() + 1,
  INDEX: ([range, i]) => (range as number[])[(i as number) - 1],
  ROUND: ([v, digits]) => Number((v as number).toFixed(digits as number)),
  ROUNDUP: ([v, digits]) => {
    const f = 10 ** (digits as number);
    const x = (v as number) * f;
    return (x < 0 ? -Math.ceil(-x) : Math.ceil(x)) / f;
  },
};

export class Evaluator {
  private memo = new Map<string, Value>();
  constructor(
    private grid: Grid,
    private customFunctions: Functions,
  ) {}

  value(address: string): Value {
    const key = address.replace(/\$/g, "");
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    const raw = this.grid.cell(key);
    const v: Value = typeof raw === "string" && raw.startsWith("=") ? this.evaluate(raw.slice(1)) : typeof raw === "boolean" ? Number(raw) : raw;
    this.memo.set(key, v);
    return v;
  }

  private nameValue(name: string): Value {
    const formula = this.grid.name(name);
    if (!formula) throw new Error(`#NAME? ${name}`);
    const ref = formula.slice(formula.lastIndexOf("!") + 1);
    const [a, b] = ref.split(":");
    if (!b) return this.value(a);
    const p = parseA1(a.replace(/\$/g, ""));
    const q = parseA1(b.replace(/\$/g, ""));
    const out: number[] = [];
    for (let r = p.row; r <= q.row; r++) out.push(this.value(`${a.replace(/\$/g, "").replace(/\d+$/, "")}${r + 1}`) as number);
    return out;
  }

  evaluate(text: string): Value {
    const tokens = text.match(/"[^"]*"|\d+\.?\d*(?:e[-+]?\d+)?|\$?[A-Z]+\$?\d+(?![A-Za-z_(.])|[A-Za-z_][A-Za-z0-9_.]*|>=|<=|<>|[-+*/^(),<>=]/g) ?? [];
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const expect = (t: string) => {
      if (next() !== t) throw new Error(`expected ${t} in ${text}`);
    };
    const num = (v: Value) => (v === "" ? 0 : (v as number));

    const primary = (): Value => {
      const t = next();
      if (t === "(") {
        const v = comparison();
        expect(")");
        return v;
      }
      if (t === "-") return -num(power());
      if (t.startsWith('"')) return t.slice(1, -1);
      if (/^\d/.test(t)) return Number(t);
      if (/^\$?[A-Z]+\$?\d+$/.test(t)) return this.value(t);
      if (peek() === "(") {
        next();
        const args: Value[] = [];
        // An argument left out between commas reaches a function as null, as Excel passes it.
        const argument = (): Value => (peek() === "," || peek() === ")" ? (null as unknown as Value) : comparison());
        if (peek() !== ")") {
          args.push(argument());
          while (peek() === ",") {
            next();
            args.push(argument());
          }
        }
        expect(")");
        if (t === "IF") return args[0] ? args[1] : args[2];
        if (BUILTINS[t]) return BUILTINS[t](args);
        const fn = this.customFunctions[t];
        if (!fn) throw new Error(`#NAME? ${t}`);
        return fn(...args) as Value;
      }
      return this.nameValue(t);
    };
    const power = (): Value => {
      let v = primary();
      while (peek() === "^") {
        next();
        v = Math.pow(num(v), num(primary()));
      }
      return v;
    };
    const term = (): Value => {
      let v = power();
      while (peek() === "*" || peek() === "/") v = next() === "*" ? num(v) * num(power()) : num(v) / num(power());
      return v;
    };
    const additive = (): Value => {
      let v = term();
      while (peek() === "+" || peek() === "-") v = next() === "+" ? num(v) + num(term()) : num(v) - num(term());
      return v;
    };
    const comparison = (): Value => {
      const v = additive();
      const op = peek();
      if (op === ">" || op === "<" || op === "=" || op === ">=" || op === "<=" || op === "<>") {
        next();
        const w = additive();
        const r = op === ">" ? v > w : op === "<" ? v < w : op === ">=" ? v >= w : op === "<=" ? v <= w : op === "=" ? v === w : v !== w;
        return r ? 1 : 0;
      }
      return v;
    };
    const v = comparison();
    if (i !== tokens.length) throw new Error(`unparsed "${tokens.slice(i).join("")}" in ${text}`);
    return v;
  }
}
