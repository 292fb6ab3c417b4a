/**
 * The functions behave as Excel's runtime calls them: repeating parameters as one list, data types in,
 * the same workbook giving the same number on desktop and on the web (or a clear error), and money
 * results that are always finite.
 */
import { moneyStyleFor } from "../../src/functions/hostStyle";
import { setMoneyStyle, whenHostKnown } from "../../src/functions/results";
import { BLANK, cellNumber, CustomFunctionsError, doubleCell, entityCell, excelIn, forEachMode, formattedNumberCell, loadMetadata } from "../support/excel";
import { expectExcelError } from "../support/matchers";

const column = (...values: unknown[]) => values.map((v) => [v]);
const history = Array.from({ length: 36 }, (_, t) => 1000 + 8 * t + 200 * Math.sin((2 * Math.PI * t) / 12));

forEachMode((excel) => {
  describe("repeating parameters arrive as one list", () => {
    it('TIER("workflows", "SSO") is Expert', async () => {
      expect(await excel("TIER", "workflows", "SSO")).toBe("Expert");
    });

    it("TIER over a range holding those values is Expert, and blanks in it are skipped", async () => {
      expect(await excel("TIER", column("workflows", "SSO"))).toBe("Expert");
      expect(await excel("TIER", column("workflows", BLANK, "SSO"), BLANK)).toBe("Expert");
    });

    it("TIER with no requirement is the cheapest tier", async () => {
      expect(await excel("TIER")).toBe("Essential");
    });

    it("TIER names a requirement that is not text", async () => {
      expectExcelError(await excel("TIER", "SSO", true), "#VALUE!", /Each requirement must be text, but one value is the logical value TRUE/);
    });
  });

  describe("data types in", () => {
    afterEach(() => setMoneyStyle("plain"));

    it("takes PRICE's own formatted result as TOTAL's AI rate", async () => {
      setMoneyStyle("double");
      const rate = await excel("PRICE", "Essential");
      expect(rate).toMatchObject({ type: "Double", basicValue: 29 });
      expect(cellNumber(await excel("TOTAL", "Advanced", 0, 100, 1, null, rate))).toBeCloseTo(2900, 9);
    });

    it("reads Double and FormattedNumber cells wherever a number belongs, also inside ranges", async () => {
      const plain = cellNumber(await excel("TOTAL", "Advanced", 12, column(1500, 20), 2));
      const typed = cellNumber(await excel("TOTAL", "Advanced", formattedNumberCell(12, "0"), column(doubleCell(1500), 20), doubleCell(2, "0")));
      expect(typed).toBe(plain);
    });

    it("reads a data-type card's text where a name belongs", async () => {
      expect(cellNumber(await excel("PRICE", entityCell("Advanced")))).toBe(85);
    });

    it("refuses a data-type card where a number belongs, saying how to use it", async () => {
      expectExcelError(await excel("TOTAL", "Advanced", entityCell("Team"), 10), "#VALUE!", /Seats must be a number, but it is a data-type card \("Team"\)\. Refer to one of its fields/);
    });

    it("treats an error data type like an error cell", async () => {
      const error = { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" };
      expectExcelError(await excel("SEATS", "Advanced", error), "#VALUE!", /Seats must be a number, but it is the error #DIV\/0!/);
    });
  });

  describe("finite money for every accepted input", () => {
    it.each([
      [["TOTAL", "Advanced", 0, 1e308, 2], /Resolutions must be at most/],
      [["AI", 10, 600, null, 1e307], /AI minimum must be at most/],
      [["AI", 10, 600, 1e307], /AI rate must be US dollars per resolution, at most 10,000/],
      [["MONTHLY", "Expert", 1, [[100]], null, 2e306], /AI rate must be .* at most/],
      [["TOTAL", "Advanced", 1e7, 10], /Seats must be at most 1,000,000/],
      [["AI", 10, null, null, 2e9], /AI minimum must be at most/],
    ])("%p gives a clear error, not Infinity", async (call, message) => {
      const [name, ...args] = call as [string, ...unknown[]];
      expectExcelError(await excel(name, ...args), "#VALUE!", message);
    });

    it("prices the largest accepted inputs to a finite amount", async () => {
      const total = cellNumber(await excel("TOTAL", "Expert", 1_000_000, 1e12, 600, "monthly", 10_000, 1e9));
      expect(Number.isFinite(total)).toBe(true);
      expect(total).toBeGreaterThan(0);
    });

    it("takes an empty argument slot for a range parameter as a blank month", async () => {
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, null, 12))).toBe(12 * 12 * 85);
    });
  });
});

/** One valid call per function; each argument in turn is replaced by a reference to an empty cell. */
const VALID_CALLS: [string, unknown[]][] = [
  ["TOTAL", ["Advanced", 12, 1500, 12, "monthly", 1.2, 60]],
  ["TOTAL", ["Advanced", 12, column(1500, 20, 0), 3]],
  ["SEATS", ["Expert", 3, 12, "monthly"]],
  ["AI", [1500, 12, 1.2, 60]],
  ["MONTHLY", ["Advanced", 12, column(100, 200), "annual", 1.2, 60]],
  ["PRICE", ["Expert", "monthly"]],
  ["TIER", ["workflows", "SSO"]],
  ["FORECAST", [column(...history), 12, 12, 0.9]],
  ["BUDGETRISK", ["Advanced", 12, 1500, 0.3, 12, 0.9, "annual", 0.2]],
  ["BUDGETRISK", ["Advanced", 12, 1500, 0.3, 12, 32000, "annual", 0.2]],
  ["RISKTABLE", ["Advanced", 12, 1500, 0.3, 12, 32000, "annual", 0.2]],
  ["AGENTS", [200, 180, 0.8, 20, 0.3, 0.85]],
  ["COMPARE", [5000, 0.5, 0.6, 12, 12, "monthly", "intercom-advanced,freshdesk-pro", "seed"]],
  ["STAFFING", [200, 180, 0.8, 20, 0.3, 0.85]],
  ["TOTAL", ["freshdesk-pro", 12, 1500, 12, "annual", null, null, "seed", 2500]],
  ["VARIANCE", ["Advanced", 12, 5000, 0.5, 0.6, column(6000, 5000), 0.5, column(0.7, 0.6), column(3150, 2505), "annual", "seed"]],
  ["FXRATE", ["JPY", "seed"]],
  ["CONVERT", [30060, "JPY", 150, "seed"]],
];

function isError(value: unknown): value is CustomFunctionsError {
  return value instanceof CustomFunctionsError;
}

describe("the same workbook gives the same number on desktop and on the web, or a clear error", () => {
  const desktop = excelIn("desktop");
  const web = excelIn("web");

  it("covers every function in functions.json except the argument-less TIERS", async () => {
    const { functions } = await loadMetadata();
    const covered = new Set(VALID_CALLS.map(([name]) => name));
    expect(functions.map((f) => f.name).filter((n) => n !== "TIERS" && !covered.has(n))).toEqual([]);
  });

  for (const [name, args] of VALID_CALLS) {
    for (let i = 0; i < args.length; i++) {
      it(`${name} with argument ${i + 1} pointing at an empty cell`, async () => {
        const withBlank = args.map((a, j) => (j === i ? BLANK : a));
        const [d, w] = [await desktop(name, ...withBlank), await web(name, ...withBlank)];
        if (isError(d) || isError(w)) {
          // Where the two cannot agree, the one that cannot tell gives a clear error asking to fix the cell.
          for (const r of [d, w]) if (isError(r)) expect(r.message.length).toBeGreaterThan(20);
        } else {
          expect(d).toEqual(w);
        }
      });
    }
  }

  it("documents where an empty cell cannot mean the default: an AI rate, an AI minimum, a seasonality", async () => {
    expect(cellNumber(await web("TOTAL", "Advanced", 12, 1500, 12, null, BLANK))).toBe(30060);
    expectExcelError(await desktop("TOTAL", "Advanced", 12, 1500, 12, null, BLANK), "#VALUE!", /An AI rate of 0 cannot be used here/);
    expectExcelError(await desktop("FORECAST", column(...history), 12, BLANK), "#VALUE!", /Seasonality 0 cannot be used/);
  });

  it("gives months, billing, confidence and percentile their default from an empty cell on both", async () => {
    for (const call of [desktop, web]) {
      expect(cellNumber(await call("TOTAL", "Advanced", 12, 1500, BLANK))).toBe(12 * 85 + 1500 * 0.99);
      expect(cellNumber(await call("SEATS", "Expert", 1, 12, BLANK))).toBe(12 * 132);
    }
    expect(await desktop("BUDGETRISK", "Advanced", 12, 1500, 0.3, 12, BLANK)).toEqual(await web("BUDGETRISK", "Advanced", 12, 1500, 0.3, 12, 0.95));
  });
});

describe("formatted results follow the requirement sets Microsoft documents for them", () => {
  const checker = (sets: Record<string, string>) => ({
    isSetSupported: (name: string, version = "1.1") => name in sets && Number(sets[name]) >= Number(version),
  });

  it.each([
    [{}, "plain"],
    [{ ExcelApi: "1.19" }, "plain"], // perpetual Office: no data types from custom functions
    [{ ExcelApi: "1.19", CustomFunctionsRuntime: "1.3" }, "plain"],
    [{ ExcelApi: "1.15", CustomFunctionsRuntime: "1.4" }, "plain"],
    [{ ExcelApi: "1.16", CustomFunctionsRuntime: "1.4" }, "formattedNumber"],
    [{ ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" }, "double"],
  ])("%p → %s", (sets, style) => {
    expect(moneyStyleFor(checker(sets as Record<string, string>))).toBe(style);
  });

  it("makes the first calculation wait for the host, so it is formatted like every later one", async () => {
    let answer: (style: "double") => void = () => undefined;
    whenHostKnown(new Promise((resolve) => (answer = resolve)));
    const pending = excelIn("web")("PRICE", "Advanced");
    answer("double");
    expect(await pending).toMatchObject({ type: "Double", basicValue: 85 });
    setMoneyStyle("plain");
  });
});
