import { bindStack, priceBookFromRows, priceBookToRows, priceMonth, PriceBook, PRICE_COLUMNS, resolveStack, volumeOfResolutions } from "../../src/model/pricebook";
import { stackSimulation } from "../../src/model/volatility";
import { errorOf } from "../support/errors";

// A vendor with tiered AI rates is data, not code: rows in the book.
const header = [...PRICE_COLUMNS];
const row = (id: string, item: string, amount: number, unit: string) => [id, "Acme", `Acme ${id}`, "ai-only", item, amount, unit, "test sheet", "2026-11"];
const gradUnit = "USD per AI-resolved conversation, graduated";
const volUnit = "USD per AI-resolved conversation, volume";
function tieredRows(): unknown[][] {
  return [
    header,
    row("acme-graduated", "AI band 1 rate", 1, gradUnit),
    row("acme-graduated", "AI band 1 up to", 1000, "units per month"),
    row("acme-graduated", "AI band 2 rate", 0.5, gradUnit),
    row("acme-graduated", "AI band 2 up to", 10000, "units per month"),
    row("acme-graduated", "AI band 3 rate", 0.1, gradUnit),
    row("acme-volume", "AI band 1 rate", 1, volUnit),
    row("acme-volume", "AI band 1 up to", 1000, "units per month"),
    row("acme-volume", "AI band 2 rate", 0.5, volUnit),
  ];
}

describe("tiered AI rates in the book", () => {
  const book: PriceBook = priceBookFromRows(tieredRows());
  const month = (id: string, resolutions: number) => priceMonth(bindStack(resolveStack(book, id), { seats: 0 }), volumeOfResolutions(resolutions)).aiCost;

  it("reads bands from rows and writes them back the same", () => {
    expect(book.plans[0].ai).toMatchObject({ unit: "ai-resolved", tiers: { mode: "graduated" } });
    expect(book.plans[0].ai!.tiers!.bands.map((b) => [b.upTo?.amount, b.rate.amount])).toEqual([[1000, 1], [10000, 0.5], [undefined, 0.1]]);
    expect(priceBookFromRows(priceBookToRows(book))).toStrictEqual(JSON.parse(JSON.stringify(book)));
    expect(priceBookToRows(book).slice(1)).toEqual(tieredRows().slice(1));
  });

  it.each([
    ["acme-graduated", 500, 500],
    ["acme-graduated", 15000, 1000 + 4500 + 500],
    ["acme-volume", 1000, 1000],
    ["acme-volume", 1001, 500.5],
  ])("%s: %p resolutions cost $%p", (id, resolutions, cost) => {
    expect(month(id, resolutions)).toBeCloseTo(cost, 9);
  });

  it("the simulation refuses volume tiers, whose cost can fall as volume rises", () => {
    expect(() => stackSimulation(resolveStack(book, "acme-volume"), { seats: 0 }, { volume: "resolutions" })).toThrow(/Volume tiers make a month's cost fall/);
    expect(() => stackSimulation(resolveStack(book, "acme-graduated"), { seats: 0 }, { volume: "resolutions" })).not.toThrow();
  });

  it.each<[string, (rows: unknown[][]) => void, RegExp]>([
    ["a gap in the bands", (rows) => rows.splice(3, 2), /^Prices row 4 \(acme-graduated, AI band 3 rate\), Price item: acme-graduated has band 3 but no AI band 2 rate row; number the bands from 1\.$/],
    ["a missing upper end", (rows) => rows.splice(2, 1), /^Prices row 2 \(acme-graduated, AI band 1 rate\), Price item: band 1 of acme-graduated needs an AI band 1 up to row/],
    ["an upper end on the last band", (rows) => rows.push(row("acme-volume", "AI band 2 up to", 5000, "units per month")), /^Prices row 10 \(acme-volume, AI band 2 up to\), Price item: the last band of acme-volume has no upper end/],
    ["upper ends that do not rise", (rows) => (rows[4][5] = 900), /^Prices row 5 \(acme-graduated, AI band 2 up to\), Amount: must be more than band 1's 1000; got 900\.$/],
    ["mixed modes", (rows) => (rows[3][6] = volUnit), /^Prices row 4 \(acme-graduated, AI band 2 rate\), Unit: "USD per AI-resolved conversation, volume" is volume, but an earlier band of acme-graduated is graduated/],
    ["an unknown band unit", (rows) => (rows[1][6] = "USD per unit, stepped"), /Unit: "USD per unit, stepped" is not a unit of AI band 1 rate/],
    ["bands and packs together", (rows) => rows.push(row("acme-volume", "Pack size", 100, "units per pack"), row("acme-volume", "Pack price", 10, "USD per pack of AI-resolved conversations")), /\(acme-volume, Pack price\), Price item: acme-volume has both packs and tier bands; keep one\./],
  ])("%s is refused, naming row and column", (_, spoil, message) => {
    const rows = tieredRows();
    spoil(rows);
    expect(errorOf(() => priceBookFromRows(rows)).message).toMatch(message);
  });
});
