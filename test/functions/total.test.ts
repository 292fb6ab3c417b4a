import { cellNumber, forEachMode } from "../support/excel";
import { errorCell } from "../support/custom-functions-global";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  const column = (...values: unknown[]) => values.map((v) => [v]);

  describe("=SUPPORTCOST.TOTAL", () => {
    it("prices a year of Advanced seats with 1,500 resolutions a month", async () => {
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, 1500, 12))).toBe(30060);
    });

    it("applies the monthly minimum to a month with 20 resolutions", async () => {
      expect(cellNumber(await excel("TOTAL", "Advanced", 0, 20, 1))).toBeCloseTo(49.5, 10);
      expect(cellNumber(await excel("TOTAL", "Advanced", 0, 20))).toBeCloseTo(49.5, 10);
    });

    it("reads a column of monthly volumes, one month per cell", async () => {
      expect(cellNumber(await excel("TOTAL", "advanced", 12, column(0, 20, 60)))).toBeCloseTo(3060 + 108.9, 10);
      expect(cellNumber(await excel("TOTAL", "advanced", 12, column(0, 20, 60), 3))).toBeCloseTo(3168.9, 10);
    });

    it("reads a row of monthly volumes too", async () => {
      expect(cellNumber(await excel("TOTAL", "Essential", 1, [[100, 100]]))).toBeCloseTo(2 * 29 + 2 * 99, 10);
    });

    it("treats empty cells the same on desktop (0) and on the web (null): no AI charge", async () => {
      const desktop = cellNumber(await excel("TOTAL", "Expert", 2, column(0, 0, 75)));
      const web = cellNumber(await excel("TOTAL", "Expert", 2, column(null, "", 75)));
      expect(web).toBe(desktop);
      expect(desktop).toBeCloseTo(3 * 2 * 132 + 75 * 0.99, 10);
    });

    it("uses annual billing by default and monthly billing on request, any case", async () => {
      expect(cellNumber(await excel("TOTAL", "Expert", 1, 0, 12))).toBe(12 * 132);
      expect(cellNumber(await excel("TOTAL", "Expert", 1, 0, 12, " MONTHLY "))).toBe(12 * 139);
    });

    it("honours AI rate and minimum overrides", async () => {
      expect(cellNumber(await excel("TOTAL", "Essential", 0, 10, 2, null, 1.25, 4))).toBeCloseTo(25, 10);
      expect(cellNumber(await excel("TOTAL", "Essential", 0, 10, 2, null, 1.25, 20))).toBeCloseTo(50, 10);
    });

    it("reads numbers typed as text the way the pane and the CLI read them", async () => {
      // A pasted "1,500", a Japanese IME's full-width digits, "$1.5k", "12" — the same number as typed in.
      const asNumbers = cellNumber(await excel("TOTAL", "Advanced", 12, 1500, 12));
      expect(cellNumber(await excel("TOTAL", "Advanced", "12", "1,500", "12"))).toBe(asNumbers);
      expect(cellNumber(await excel("TOTAL", "Advanced", "１２", "１，５００", 12))).toBe(asNumbers);
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, column("1.5k", "$1,500", 1500), 3))).toBe(3 * 12 * 85 + 3 * 1500 * 0.99);
      expect(cellNumber(await excel("TOTAL", "Advanced", 12, column("1.5k", "$1,500", 1500), 3))).toBe(cellNumber(await excel("TOTAL", "Advanced", 12, column(1500, 1500, 1500), 3)));
    });

    it("treats an omitted seats cell as no seats", async () => {
      expect(cellNumber(await excel("TOTAL", "Essential", null, 100))).toBeCloseTo(99, 10);
    });

    describe("bad input gives an error that says what to fix", () => {
      it.each([
        [["Gold", 1, 10], "#N/A", /Unknown plan "Gold": use a tier \(Essential, Advanced or Expert\) or a plan of the price book/],
        [["", 1, 10], "#VALUE!", /Plan is required: a tier such as Advanced/],
        [[42, 1, 10], "#VALUE!", /Plan must be text/],
        [["Advanced", -2, 10], "#VALUE!", /Seats must be a whole number of 0 or more; got -2/],
        [["Advanced", 2.5, 10], "#VALUE!", /Seats must be a whole number of 0 or more; got 2.5/],
        [["Advanced", "twelve", 10], "#VALUE!", /Seats must be a number, but it is the text "twelve"/],
        [["Advanced", "1,2", 10], "#VALUE!", /Seats must be a number, but "1,2" could be 1\.2 or 12/],
        [["Advanced", "12 seats", 10], "#VALUE!", /Seats must be a number, but "12 seats" is not a number: type the number alone, such as 12/],
        [["Advanced", 1, "¥1,500"], "#VALUE!", /Resolutions is the text "¥1,500", an amount in JPY: the price book bills in US dollars/],
        [["Advanced", 1, column(10, "2.500")], "#VALUE!", /Resolutions, cell 2 of 2 must be a number, but "2\.500" could be 2\.5 or 2,500/],
        [["Advanced", true, 10], "#VALUE!", /Seats must be a number, but it is the logical value TRUE/],
        [["Advanced", errorCell("divisionByZero"), 10], "#VALUE!", /Seats must be a number, but it is the error #DIV\/0!/],
        [["Advanced", 1, -5], "#VALUE!", /Resolutions must be a number of 0 or more; got -5/],
        [["Advanced", 1, "lots"], "#VALUE!", /Resolutions must be a number, but it is the text "lots"/],
        [["Advanced", 1, column(10, "n/a", 30)], "#VALUE!", /Resolutions, cell 2 of 3 must be a number, but it is the text "n\/a"/],
        [["Advanced", 1, column(10, errorCell("notAvailable"))], "#VALUE!", /cell 2 of 2 .*the error #N\/A.*Fix the cell/],
        [["Advanced", 1, [[1, 2], [3, 4]]], "#VALUE!", /one row or one column .* got 2 rows × 2 columns/],
        [["Advanced", 1, column(10, 20, 30), 12], "#VALUE!", /Months is 12 but the resolutions range has 3 monthly values: leave months blank or make it 3/],
        [["Advanced", 1, 10, -1], "#VALUE!", /Months must be a whole number from 1 to 600; got -1/],
        [["Advanced", 1, 10, 1, null, 0], "#VALUE!", /An AI rate of 0 cannot be used here: desktop Excel passes an empty cell as 0.*set its rate to 0 in the price book/],
        [["Advanced", 1, 10, 1, null, null, 0], "#VALUE!", /An AI minimum of 0 cannot be used here.*for no minimum, set it to 0 in the price book/],
        [["Advanced", 1, 1e13], "#VALUE!", /Resolutions must be at most/],
        [["Advanced", 0, 1e12, 600, null, 1e6], "#VALUE!", /AI rate must be .* at most/],
        [["Advanced", 1, 10, 1.5], "#VALUE!", /Months must be a whole number from 1 to 600; got 1.5/],
        [["Advanced", 1, 10, 601], "#VALUE!", /Months must be a whole number from 1 to 600; got 601/],
        [["Advanced", 1, 10, "twelve"], "#VALUE!", /Months must be a number/],
        [["Advanced", 1, 10, 1, "weekly"], "#N/A", /Unknown billing "weekly": use "annual" or "monthly"/],
        [["Advanced", 1, 10, 1, null, -1], "#VALUE!", /AI rate must be US dollars per resolution, 0 or more; got -1/],
        [["Advanced", 1, 10, 1, null, null, 2.5], "#VALUE!", /AI minimum must be a whole number of resolutions/],
        [["Advanced", 1, Number.POSITIVE_INFINITY], "#VALUE!", /must be a number/],
      ])("TOTAL(%p) → %s", async (args, code, message) => {
        expectExcelError(await excel("TOTAL", ...(args as unknown[])), code, message);
      });
    });
  });
});
