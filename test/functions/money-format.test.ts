import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { setMoneyStyle } from "../../src/functions/results";
import { cellNumber, forEachMode } from "../support/excel";

forEachMode((excel) => {
  afterEach(() => setMoneyStyle("plain"));

  describe("money results", () => {
    it("are plain numbers where the host has no formatted-number results", async () => {
      setMoneyStyle("plain");
      expect(await excel("PRICE", "Advanced")).toBe(85);
    });

    it("carry the catalog's currency format where ExcelApi 1.16 data types exist", async () => {
      setMoneyStyle("formattedNumber");
      expect(await excel("TOTAL", "Advanced", 12, 1500, 12)).toEqual({
        type: "FormattedNumber",
        basicValue: 30060,
        numberFormat: DEFAULT_CATALOG.currencyFormat,
      });
    });

    it("use Double cell values with a number format on ExcelApi 1.19", async () => {
      setMoneyStyle("double");
      const rows = (await excel("MONTHLY", "Advanced", 1, [[20]])) as unknown[][];
      expect(rows[1][0]).toBe(1); // month number stays a plain number
      expect(rows[1][1]).toBe(20); // so do resolutions
      expect(rows[1][4]).toEqual({ type: "Double", basicValue: expect.closeTo(134.5, 10), numberFormat: DEFAULT_CATALOG.currencyFormat });
      expect(cellNumber(rows[1][4])).toBeCloseTo(134.5, 10);
    });
  });
});
