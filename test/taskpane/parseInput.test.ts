import { labelOfNumberMessage, notANumberMessage, parseLenientNumber } from "../../src/taskpane/parseInput";

describe("parseLenientNumber: what people type is read as the number they mean", () => {
  test.each([
    ["30000", 30000],
    ["$30000", 30000],
    ["$30,000", 30000],
    ["30,000", 30000],
    ["30 000", 30000],
    ["30\u00a0000", 30000],
    ["30\u202f000", 30000],
    ["3e4", 30000],
    ["12 seats", 12],
    ["24 months", 24],
    ["1,500 conversations a month", 1500],
    ["US$ 1,200", 1200],
    ["1200 USD", 1200],
    ["2.5%", 2.5],
    ["20 %", 20],
    ["-3", -3],
    ["\u22123", -3],
    ["-$500", -500],
    ["  0.2 ", 0.2],
    [".5", 0.5],
  ])("%j is %d", (typed, value) => {
    expect(parseLenientNumber(typed)).toEqual({ ok: true, value });
  });

  test.each([
    ["twelve", /"twelve" is not one/],
    ["1,5", /use a point for decimals \(1\.5\)/],
    ["12,5000", /use a point for decimals/],
    ["1.234,5", /decimal comma: type 1234\.5/],
    ["3 4", /"3 4" is not one/],
    ["12 seats 4", /is not one/],
    ["30 00", /is not one/],
    ["", /blank/],
  ])("%j is refused, with the reason", (typed, reason) => {
    const parsed = parseLenientNumber(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe("one wording for a field that is not a number", () => {
  test("blank is required; text says what was typed", () => {
    expect(notANumberMessage("Seats", " ")).toBe("Seats is required.");
    expect(notANumberMessage("Seats", "twelve")).toBe('Seats must be a number: "twelve" is not one.');
    expect(notANumberMessage("Seats", "$12")).toBe("");
  });

  test("the field's name is read back from the model's message", () => {
    expect(labelOfNumberMessage("Conversations per month must be a number.")).toBe("Conversations per month");
    expect(labelOfNumberMessage("Paths must be a whole number from 100 to 1,000,000.")).toBe("Paths");
    expect(labelOfNumberMessage("Give the scenario a name.")).toBeUndefined();
  });
});
