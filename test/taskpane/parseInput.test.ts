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
    ["US$ 1,200", 1200],
    ["1200 USD", 1200],
    ["5k", 5000],
    ["$1.5k", 1500],
    ["1.5m", 1_500_000],
    ["３０，０００", 30000],
    ["-3", -3],
    ["\u22123", -3],
    ["-$500", -500],
    ["  0.2 ", 0.2],
    [".5", 0.5],
  ])("%j is %d", (typed, value) => {
    expect(parseLenientNumber(typed)).toEqual({ ok: true, value });
  });

  test.each([
    ["2.5%", 2.5],
    ["20 %", 20],
    ["４５％", 45],
    ["45", 45],
  ])("in a percent field, %j is %d", (typed, value) => {
    expect(parseLenientNumber(typed, { percent: true })).toEqual({ ok: true, value });
  });

  test("a rate field questions 0.45 (0.45% or 45%?) instead of reading it as 0.45%", () => {
    expect(parseLenientNumber("0.45", { percent: true, rate: true })).toEqual({ ok: false, reason: "0.45 here means 0.45%: type 0.45% if you mean that, or 45 for 45%" });
    expect(parseLenientNumber("0.45%", { percent: true, rate: true })).toEqual({ ok: true, value: 0.45 });
    expect(parseLenientNumber("0.5", { percent: true })).toEqual({ ok: true, value: 0.5 }); // monthly growth of half a percent is plausible
  });

  test("an amount typed into a percent field, or a percent into a count, is refused", () => {
    expect(parseLenientNumber("$5", { percent: true }).ok).toBe(false);
    expect(parseLenientNumber("45%").ok).toBe(false);
  });

  test.each([
    ["twelve", /"twelve" is not a number/],
    ["12 seats", /"12 seats" is not a number: type the number alone, such as 12/],
    ["1,5", /use a point for decimals \(1\.5\)/],
    ["12,5000", /use a point for decimals/],
    ["1.234,5", /decimal comma: type 1234\.5/],
    ["2.500", /could be 2\.5 or 2,500/],
    ["3 4", /"3 4" is not one number/],
    ["12 seats 4", /is not a number/],
    ["30 00", /is not one number/],
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
    expect(notANumberMessage("Seats", "twelve")).toBe('Seats must be a number: "twelve" is not a number.');
    expect(notANumberMessage("Seats", "$12")).toBe("");
  });

  test("the field's name is read back from the model's message", () => {
    expect(labelOfNumberMessage("Conversations per month must be a number.")).toBe("Conversations per month");
    expect(labelOfNumberMessage("Paths must be a whole number from 100 to 1,000,000.")).toBe("Paths");
    expect(labelOfNumberMessage("Give the scenario a name.")).toBeUndefined();
  });
});
