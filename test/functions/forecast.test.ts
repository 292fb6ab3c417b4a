import { forecastSeries } from "../../src/model/forecast";
import { BLANK, forEachMode } from "../support/excel";
import { errorCell } from "../support/custom-functions-global";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  // Three years of monthly volumes with a yearly cycle and growth, as a column.
  const history = Array.from({ length: 36 }, (_, t) => 1000 + 8 * t + 200 * Math.sin((2 * Math.PI * t) / 12));
  const column = (values: unknown[]) => values.map((v) => [v]);

  describe("=SUPPORTCOST.FORECAST", () => {
    it("spills a header and one row per future month, equal to the engine's forecast", async () => {
      const rows = (await excel("FORECAST", column(history), 12)) as unknown[][];
      expect(rows[0]).toEqual(["Period", "Forecast", "Lower", "Upper"]);
      expect(rows).toHaveLength(13);
      const engine = forecastSeries(history, 12);
      rows.slice(1).forEach((row, h) => {
        expect(row).toEqual([h + 1, engine.forecast[h], engine.lower[h], engine.upper[h]]);
        expect(row[2] as number).toBeLessThanOrEqual(row[1] as number);
        expect(row[1] as number).toBeLessThanOrEqual(row[3] as number);
      });
    });

    it("follows the seasonal cycle it was given", async () => {
      const rows = (await excel("FORECAST", column(history), 12)) as number[][];
      const f = rows.slice(1).map((r) => r[1]);
      // The cycle peaks three months into each year and troughs nine months in.
      expect(f[3]).toBeGreaterThan(f[9] + 200);
    });

    it("treats #N/A cells as missing months, identically on desktop and on the web", async () => {
      const gappy = column(history.map((v, t) => (t % 9 === 4 ? errorCell("notAvailable") : v)));
      const auto = (await excel("FORECAST", gappy, 6, 1)) as unknown[][];
      expect(auto).toHaveLength(7);
      // The engine sees the gaps as missing points, not zeros.
      const engine = forecastSeries(history.map((v, t) => (t % 9 === 4 ? null : v)), 6);
      expect((auto as number[][]).slice(1).map((r) => r[1])).toEqual(engine.forecast);
    });

    it('takes "none" for no season, and refuses 0, which an empty desktop cell would also give', async () => {
      const none = (await excel("FORECAST", column(history), 6, "none")) as number[][];
      expect(none.slice(1).map((r) => r[1])).toEqual(forecastSeries(history, 6, { seasonality: "none" }).forecast);
      expectExcelError(await excel("FORECAST", column(history), 6, 0), "#VALUE!", /Seasonality 0 cannot be used: desktop Excel passes an empty cell as 0.*Write "none"/);
    });

    it("reads a blank cell inside the history as 0 on both platforms, and refuses a range selected past the data", async () => {
      const withBlank = column(history.map((v, t) => (t === 10 ? BLANK : v)));
      const withZero = column(history.map((v, t) => (t === 10 ? 0 : v)));
      expect(await excel("FORECAST", withBlank, 3)).toEqual(await excel("FORECAST", withZero, 3));
      expectExcelError(
        await excel("FORECAST", column([...history, BLANK, BLANK]), 3),
        "#VALUE!",
        /History ends with 2 blank or 0 months \(cells 37–38 of 38\): select only the months with data, or mark a missing month with =NA\(\)/,
      );
    });

    it("widens the interval for a higher confidence", async () => {
      const narrow = (await excel("FORECAST", column(history), 3, null, 0.8)) as number[][];
      const wide = (await excel("FORECAST", column(history), 3, null, 0.99)) as number[][];
      expect(wide[3][3] - wide[3][2]).toBeGreaterThan(narrow[3][3] - narrow[3][2]);
    });

    it.each([
      [[column(history), 0], /horizon/i],
      [[column(history), 121], /horizon/i],
      [[column(history), null], /Horizon is required/],
      [[column([1, 2, -3, 4, 5]), 3], /negative|0 or more/i],
      [[column([5, 6, 7]), 3], /history|at least/i],
      [[column([...history.slice(0, 10), "n/a", ...history.slice(11)]), 3], /History, cell 11 of 36 must be a number, but it is the text "n\/a"/],
      [[column([...history.slice(0, 5), errorCell("divisionByZero")]), 3], /the error #DIV\/0!/],
      [[column(history), 3, "weekly"], /Seasonality must be "auto", "none" or a season length/],
      [[column(history), 3, null, 1.5], /confidence/i],
      [[[[1, 2], [3, 4]], 3], /one row or one column/],
    ])("FORECAST(%p) gives #VALUE! naming the problem", async (args, message) => {
      expectExcelError(await excel("FORECAST", ...(args as unknown[])), "#VALUE!", message);
    });
  });
});
