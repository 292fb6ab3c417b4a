/**
 * =SUPPORTCOST.FXRATE and =SUPPORTCOST.CONVERT as Excel calls them, on desktop (blank = 0) and on the web
 * (blank = null): the rate with its source and date from the book the formula names, a dollar amount in
 * yen at a rate the formula shows, formatted in yen, and bad input as an Excel error with a message.
 */
import { setMoneyStyle } from "../../src/functions/results";
import { SEED_BOOK } from "../../src/model/pricebook/builtin";
import { FX_KIND, priceBookToRows } from "../../src/model/pricebook/rows";
import { BLANK, cellNumber, doubleCell, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

const JPY = SEED_BOOK.fx!.JPY!;

/** The workbook's Prices table with its own USD→JPY rate (and a Check column, as the pane writes it). */
function tableWithRate(amount: unknown, source = "Our FY27 budget rate", asOf: unknown = "2026-04-01"): unknown[][] {
  return priceBookToRows(SEED_BOOK).map((row, i) => {
    const cells: unknown[] = [...row, i === 0 ? "Check" : "ok"];
    if (row[0] === "usd-jpy") {
      cells[5] = amount;
      cells[7] = source;
      cells[8] = asOf;
    }
    return cells;
  });
}

forEachMode((excel, mode) => {
  afterEach(() => setMoneyStyle("plain"));

  describe("=SUPPORTCOST.FXRATE", () => {
    it("spills the built-in rate, its source and as-of date", async () => {
      expect(await excel("FXRATE", "JPY")).toEqual([[JPY.amount, JPY.source, JPY.asOf]]);
      expect(await excel("FXRATE", " jpy ", "seed")).toEqual([[JPY.amount, JPY.source, JPY.asOf]]);
      expect(await excel("FXRATE", "EUR", "intercom-2026")).toEqual([[SEED_BOOK.fx!.EUR!.amount, SEED_BOOK.fx!.EUR!.source, "2025-03-14"]]);
      expect(await excel("FXRATE", "USD")).toEqual([[1, "Prices are in US dollars", ""]]);
    });

    it("reads the workbook's own rate, with its source and date (a date Excel stored as a serial too)", async () => {
      expect(await excel("FXRATE", "JPY", tableWithRate(149.5))).toEqual([[149.5, "Our FY27 budget rate", "2026-04-01"]]);
      expect(await excel("FXRATE", "JPY", tableWithRate(149.5, "Treasury", 46113))).toEqual([[149.5, "Treasury", "2026-04-01"]]);
      // A book without rate rows (written before rates were in it) shows the built-in rate, named as such.
      const noRates = tableWithRate(149.5).filter((row) => row[3] !== FX_KIND);
      expect(await excel("FXRATE", "JPY", noRates)).toEqual([[JPY.amount, JPY.source, JPY.asOf]]);
    });

    it("refuses a currency the book lacks, a blank one, and a bad rate row, each with a message", async () => {
      expectExcelError(await excel("FXRATE", "XYZ"), "#N/A", /^"XYZ" is not a currency the price book has: use USD, JPY, EUR or GBP\.$/);
      expectExcelError(await excel("FXRATE", BLANK), "#VALUE!", /^Currency is blank: give a currency code such as "JPY"/);
      expectExcelError(await excel("FXRATE", true), "#VALUE!", /^Currency must be text, but it is the logical value TRUE\.$/);
      expectExcelError(await excel("FXRATE", "JPY", tableWithRate(0)), "#VALUE!", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: must be more than 0; got 0\.$/);
      expectExcelError(await excel("FXRATE", "JPY", tableWithRate("abc")), "#VALUE!", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: the text "abc" is not a number\.$/);
      expectExcelError(await excel("FXRATE", "JPY", tableWithRate(1.5e6)), "#VALUE!", /^Prices row 42 \(usd-jpy, Exchange rate\), Amount: the rate must be between 1 and 10,000 JPY per US dollar; got 1500000, which looks like a typo\.$/);
    });
  });

  describe("=SUPPORTCOST.CONVERT", () => {
    it("converts the issue's total at a rate the formula shows", async () => {
      expect(await excel("CONVERT", 30060, "JPY", 150)).toBe(4509000);
      expect(await excel("CONVERT", 30060, "jpy", doubleCell(150, "0.00"))).toBe(4509000);
      expect(await excel("CONVERT", "30,060", "JPY", "150")).toBe(4509000);
    });

    it("returns yen as a formatted number with the yen's format where the host can show one", async () => {
      setMoneyStyle("formattedNumber");
      expect(await excel("CONVERT", 30060, "JPY", 150)).toEqual({ type: "FormattedNumber", basicValue: 4509000, numberFormat: "[$¥-411]#,##0" });
      setMoneyStyle("double");
      expect(await excel("CONVERT", 1000, "GBP", 0.8)).toEqual({ type: "Double", basicValue: 800, numberFormat: "[$£-809]#,##0.00" });
      expect(await excel("CONVERT", 1000, "EUR", 0.9)).toEqual({ type: "Double", basicValue: 900, numberFormat: "[$€-x-euro2] #,##0.00" });
    });

    it("takes TOTAL's own dollar result, and the book's rate when no rate is given", async () => {
      setMoneyStyle("double");
      const total = await excel("TOTAL", "Advanced", 12, 1500, 12);
      expect(cellNumber(await excel("CONVERT", total, "JPY", 150))).toBe(4509000);
      expect(cellNumber(await excel("CONVERT", total, "JPY"))).toBeCloseTo(30060 * JPY.amount, 6);
      expect(cellNumber(await excel("CONVERT", total, "JPY", null, tableWithRate(149.5)))).toBeCloseTo(30060 * 149.5, 6);
      expect(cellNumber(await excel("CONVERT", total, "USD"))).toBe(30060);
      // A blank amount is 0 on both platforms.
      expect(cellNumber(await excel("CONVERT", BLANK, "JPY", 150))).toBe(0);
    });

    it("refuses an amount already in yen, a negative one and one typed in another currency", async () => {
      setMoneyStyle("double");
      const yen = await excel("CONVERT", 30060, "JPY", 150);
      expectExcelError(await excel("CONVERT", yen, "JPY", 150), "#VALUE!", /^Amount is already in JPY \(its cell is formatted in that currency\): give the amount in US dollars/);
      expectExcelError(await excel("CONVERT", -5, "JPY", 150), "#VALUE!", /^Amount must be 0 or more US dollars; got -5\.$/);
      expectExcelError(await excel("CONVERT", "¥4,509,000", "JPY", 150), "#VALUE!", /^Amount is the text "¥4,509,000", an amount in JPY: the price book bills in US dollars/);
      expectExcelError(await excel("CONVERT", "lots", "JPY", 150), "#VALUE!", /^Amount must be a number, but it is the text "lots"\./);
    });

    it.each<[string, unknown, RegExp]>([
      ["a negative rate", -150, /^Rate must be more than 0 \(JPY per US dollar\); got -150\.$/],
      ["an absurd rate", 1.5e6, /^Rate must be between 1 and 10,000 JPY per US dollar; got 1500000, which looks like a typo\.$/],
      ["a rate as words", "about 150", /^Rate must be a number, but it is the text "about 150"\./],
      ["a rate with a yen sign", "¥150", /^Rate is a number of JPY per US dollar, such as 150; got the text "¥150"\.$/],
      ["a rate as a percent", "150%", /^Rate is a number of JPY per US dollar/],
      ["a rate of 0", 0, /^Rate of 0 cannot be used here: desktop Excel passes an empty cell as 0/],
      ["a logical value", true, /^Rate must be a number, but it is the logical value TRUE\./],
    ])("refuses %s with #VALUE! and a message", async (_, rate, message) => {
      expectExcelError(await excel("CONVERT", 30060, "JPY", rate), "#VALUE!", message);
    });

    it("refuses a currency the book lacks, and a rate other than 1 for dollars", async () => {
      expectExcelError(await excel("CONVERT", 30060, "XYZ", 150), "#N/A", /^"XYZ" is not a currency the price book has/);
      expectExcelError(await excel("CONVERT", 30060, "USD", 150), "#VALUE!", /^Rate must be 1: prices are in US dollars; got 150\.$/);
    });

    it("reads an empty rate cell as Excel passes it: the book's rate on the web, a clear error on desktop", async () => {
      const result = await excel("CONVERT", 30060, "JPY", BLANK);
      if (mode === "web") expect(cellNumber(result)).toBeCloseTo(30060 * JPY.amount, 6);
      else expectExcelError(result, "#VALUE!", /^Rate of 0 cannot be used here: .* Leave the rate out to use the price book's, or enter it, such as 150 JPY per US dollar\.$/);
    });

    it("never shows Infinity: a converted amount too large for a cell is an error with a message", async () => {
      expectExcelError(await excel("CONVERT", 1e307, "JPY", 10_000), "#VALUE!", /^The converted amount is too large to compute/);
    });
  });
});
