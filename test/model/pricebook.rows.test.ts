import {
  INTERCOM_2026_BOOK,
  PRICE_COLUMNS,
  PRICE_ITEMS,
  PRICE_UNITS,
  priceBookFromJson,
  priceBookFromRows,
  priceBookFromRowsCached,
  priceBookToJson,
  priceBookToRows,
  SEED_BOOK,
} from "../../src/model/pricebook";
import { errorOf } from "../support/errors";

const seedRows = () => priceBookToRows(SEED_BOOK).map((r) => [...r]) as unknown[][];

/** The 1-based sheet row of a plan's item in the seed book's rows. */
function rowOf(rows: unknown[][], id: string, item: string): number {
  const i = rows.findIndex((r) => r[0] === id && r[4] === item);
  if (i < 0) throw new Error(`no row ${id} ${item}`);
  return i;
}

describe("the row form", () => {
  it("starts with the header and gives every price its own row with source and as-of date", () => {
    const rows = priceBookToRows(SEED_BOOK);
    expect(rows[0]).toEqual([...PRICE_COLUMNS]);
    expect(rows[rowOf(rows, "intercom-advanced", "Seat, annual billing")]).toEqual([
      "intercom-advanced", "Intercom", "Intercom Advanced", "helpdesk", "Seat, annual billing", 85, "USD per seat-month",
      'Intercom pricing as described in "Intercom SOC 2 compliance guide"', "2025-10-27",
    ]);
    expect(rows[rowOf(rows, "freshdesk-pro", "Pack price")].slice(5, 7)).toEqual([49, "USD per pack of AI-involved conversations"]);
    expect(rows[rowOf(rows, "eesel", "Spend cap")].slice(5, 7)).toEqual([250, "USD per month, then the AI pauses"]);
    for (const r of rows.slice(1)) {
      expect(typeof r[5]).toBe("number");
      expect(r[5] as number).toBeGreaterThanOrEqual(0);
      expect(PRICE_ITEMS.map((s) => s.item)).toContain(r[4]);
      expect(PRICE_UNITS).toContain(r[6]);
    }
  });

  it.each([
    ["seed", SEED_BOOK],
    ["intercom-2026", INTERCOM_2026_BOOK],
  ])("round-trips the %s edition exactly, as rows and as JSON", (_, book) => {
    expect(priceBookFromRows(priceBookToRows(book))).toStrictEqual(JSON.parse(JSON.stringify(book)));
    expect(priceBookFromJson(JSON.parse(JSON.stringify(priceBookToJson(book))))).toStrictEqual(JSON.parse(JSON.stringify(book)));
  });

  it("reads what a sheet hands over: blank rows skipped, text numbers, a year typed as a number, a date as a serial", () => {
    const rows = seedRows();
    const r = rowOf(rows, "intercom-advanced", "Seat, annual billing");
    rows[r][5] = " 79.5 ";
    rows[r][8] = 45957; // Excel's serial for 2025-10-27
    rows[rowOf(rows, "eesel", "AI rate")][8] = 2026;
    rows.push(["", "", null, "", "", "", "", "", ""]);
    const book = priceBookFromRows(rows);
    const adv = book.plans.find((p) => p.id === "intercom-advanced")!;
    expect(adv.seat!.annual).toMatchObject({ amount: 79.5, asOf: "2025-10-27" });
    expect(book.plans.find((p) => p.id === "eesel")!.ai!.rate!.asOf).toBe("2026");
  });

  // Every bad-data message names the row (header = row 1) and the column.
  const seat = "intercom-advanced";
  const seatItem = "Seat, annual billing";
  it.each<[string, (rows: unknown[][]) => void, "invalid" | "unknown", RegExp]>([
    ["text in Amount", (rows) => (rows[rowOf(rows, seat, seatItem)][5] = "abc"), "invalid", /^Prices row 6 \(intercom-advanced, Seat, annual billing\), Amount: the text "abc" is not a number\.$/],
    ["a negative amount", (rows) => (rows[rowOf(rows, seat, seatItem)][5] = -3), "invalid", /^Prices row 6 \(intercom-advanced, Seat, annual billing\), Amount: must be 0 or more; got -3\.$/],
    ["a blank amount", (rows) => (rows[rowOf(rows, seat, seatItem)][5] = ""), "invalid", /^Prices row 6 .*, Amount: is blank; a number of 0 or more is needed\.$/],
    ["hexadecimal text", (rows) => (rows[rowOf(rows, seat, seatItem)][5] = "0x10"), "invalid", /Amount: the text "0x10" is not a number\./],
    ["a fractional minimum", (rows) => (rows[rowOf(rows, seat, "Monthly minimum")][5] = 2.5), "invalid", /^Prices row 9 \(intercom-advanced, Monthly minimum\), Amount: must be a whole number of units; got 2\.5\.$/],
    ["a zero pack size", (rows) => (rows[rowOf(rows, "freshdesk-pro", "Pack size")][5] = 0), "invalid", /\(freshdesk-pro, Pack size\), Amount: must be more than 0; got 0\./],
    ["an unknown price item", (rows) => (rows[rowOf(rows, seat, seatItem)][4] = "Seat, yearly"), "unknown", /^Prices row 6 \(intercom-advanced, Seat, yearly\), Price item: unknown price item "Seat, yearly": use Seat, annual billing, /],
    ["an unknown unit", (rows) => (rows[rowOf(rows, seat, "AI rate")][6] = "USD per ticket"), "unknown", /^Prices row 8 \(intercom-advanced, AI rate\), Unit: "USD per ticket" is not a unit of AI rate: use "USD per AI-involved conversation", /],
    ["an unknown kind", (rows) => (rows[rowOf(rows, seat, seatItem)][3] = "suite"), "unknown", /^Prices row 6 .*, Kind: unknown kind "suite": use helpdesk, ai-only or add-on\.$/],
    ["a blank plan id", (rows) => (rows[rowOf(rows, seat, seatItem)][0] = ""), "invalid", /^Prices row 6, Plan id: is blank;/],
    ["a plan id with spaces", (rows) => (rows[rowOf(rows, seat, seatItem)][0] = "Intercom Advanced"), "invalid", /^Prices row 6 \(Intercom Advanced, Seat, annual billing\), Plan id: "Intercom Advanced" is not a plan id/],
    ["a blank source", (rows) => (rows[rowOf(rows, seat, seatItem)][7] = " "), "invalid", /^Prices row 6 .*, Source: is blank;/],
    ["a bad as-of date", (rows) => (rows[rowOf(rows, seat, seatItem)][8] = "last year"), "invalid", /^Prices row 6 .*, As of: "last year" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD\.$/],
    ["an impossible date", (rows) => (rows[rowOf(rows, seat, seatItem)][8] = "2025-02-30"), "invalid", /As of: "2025-02-30" is not a date/],
    ["a duplicate row", (rows) => rows.push([...rows[rowOf(rows, seat, seatItem)]]), "invalid", /^Prices row 45 \(intercom-advanced, Seat, annual billing\), Price item: Seat, annual billing for intercom-advanced is already given in row 6; keep one\.$/],
    ["a vendor that differs within a plan", (rows) => (rows[rowOf(rows, seat, "AI rate")][1] = "Zendesk"), "invalid", /^Prices row 8 .*, Vendor: "Zendesk" differs from row 6's "Intercom"/],
    ["a minimum without an AI rate", (rows) => rows.splice(rowOf(rows, seat, "AI rate"), 1), "invalid", /^Prices row 8 \(intercom-advanced, Monthly minimum\), Price item: intercom-advanced has AI terms but no AI rate, AI band or Pack price row/],
    ["a pack size without a pack price", (rows) => rows.splice(rowOf(rows, "freshdesk-pro", "Pack price"), 1), "invalid", /\(freshdesk-pro, Pack size\), Price item: a Pack size needs a Pack price row/],
    ["a helpdesk without seats", (rows) => { rows.splice(rowOf(rows, seat, "Seat, monthly billing"), 1); rows.splice(rowOf(rows, seat, seatItem), 1); }, "invalid", /^Prices row 6 \(intercom-advanced\), Price item: intercom-advanced is a helpdesk but has no Seat, annual billing or Seat, monthly billing row\.$/],
    ["seats on an AI-only plan", (rows) => rows.push(["eesel", "eesel AI", "eesel AI", "ai-only", "Seat, annual billing", 5, "USD per seat-month", "x", "2026"]), "invalid", /^Prices row 45 \(eesel, Seat, annual billing\), Price item: an AI-only plan has no seats/],
    ["outcome rates on a resolution-billed plan", (rows) => rows.push(["intercom-advanced", "Intercom", "Intercom Advanced", "helpdesk", "AI rate, qualification", 9.99, "USD per outcome", "x", "2026"]), "invalid", /\(intercom-advanced, AI rate, qualification\), Price item: outcome rates need the AI rate in "USD per outcome"/],
    ["a wrong header", (rows) => (rows[0][5] = "Price"), "invalid", /^Prices row 1, column 6: the header must be Plan id \| Vendor \| Plan \| Kind \| Price item \| Amount \| Unit \| Source \| As of; column 6 holds the text "Price", not "Amount"\.$/],
    ["only a header", (rows) => rows.splice(1), "invalid", /^Prices: the price book has no prices;/],
    // The same bounds as the functions and the CLI: a $1e9 seat is a typo, not a $300-billion plan.
    ["a seat price past the bounds", (rows) => (rows[rowOf(rows, seat, seatItem)][5] = 1e9), "invalid", /\(intercom-advanced, Seat, annual billing\), Amount: must be at most 10,000 US dollars; got 1000000000\.$/],
  ])("%s is refused with a message naming row and column", (_, spoil, kind, message) => {
    const rows = seedRows();
    spoil(rows);
    const error = errorOf(() => priceBookFromRows(rows));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it("JSON entries are named by their place in the array, and unknown fields refused", () => {
    const json = JSON.parse(JSON.stringify(priceBookToJson(SEED_BOOK)));
    json[2].amount = "lots";
    expect(() => priceBookFromJson(json)).toThrow(/^Price book entry 3 \(intercom-essential, AI rate\), Amount: the text "lots" is not a number\.$/);
    json[2].amount = 1;
    json[4].price = 3;
    expect(() => priceBookFromJson(json)).toThrow('Price book entry 5: unknown field "price"; use planId, vendor, plan, kind, item, amount, unit, source, asOf.');
    expect(() => priceBookFromJson({})).toThrow(/must be an array/);
  });

  it("the cache parses the same content once and gives the same book (and the same error) again", () => {
    const a = priceBookFromRowsCached(seedRows());
    const b = priceBookFromRowsCached(seedRows());
    expect(b).toBe(a);
    const edited = seedRows();
    edited[rowOf(edited, seat, seatItem)][5] = 90;
    const c = priceBookFromRowsCached(edited);
    expect(c).not.toBe(a);
    expect(c.plans.find((p) => p.id === seat)!.seat!.annual!.amount).toBe(90);
    // A number and the same digits as text are different content.
    const asText = seedRows();
    asText[rowOf(asText, seat, seatItem)][5] = "90";
    expect(priceBookFromRowsCached(asText)).not.toBe(c);
    const bad = seedRows();
    bad[3][5] = "x";
    expect(() => priceBookFromRowsCached(bad)).toThrow(/Prices row 4 .*Amount: the text "x" is not a number/);
    expect(() => priceBookFromRowsCached(bad)).toThrow(/Prices row 4 .*Amount: the text "x" is not a number/);
  });
});
