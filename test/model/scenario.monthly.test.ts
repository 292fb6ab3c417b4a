/**
 * A scenario whose volume is a month-by-month list (a forecast): the list is the conversations,
 * exactly, and level, growth and seasonality are kept but ignored.
 */
import { monthlyCostsOfResolutions } from "../../src/model/pricebook";
import { intercomPlan } from "../support/plans";
import {
  compareScenarios,
  conversationsInMonth,
  firstProblem,
  forecastScenario,
  MAX_CONVERSATIONS,
  Scenario,
  templateDrivers,
  validateDrivers,
} from "../../src/model/scenario";

const list = [1000, 1200.5, 900, 0, 15_000, 2222, 3333, 4444, 5555, 6666, 7777, 8888];
const withList = (values: number[] = list): Scenario => ({
  id: "s1",
  name: "Base",
  drivers: { ...templateDrivers("Base", "2027-11"), seasonality: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], monthlyConversations: values },
});

describe("month-by-month conversations", () => {
  test("are the scenario's conversations, month by month; level, growth and seasonality are ignored", () => {
    const s = withList();
    list.forEach((v, i) => expect(conversationsInMonth(s.drivers, i + 1)).toBe(v));
    const f = forecastScenario(s);
    expect(f.months.map((m) => m.conversations)).toEqual(list);
    // 45% of every conversation (involvement 100%), to the last few units in the last place.
    f.months.forEach((m, i) => expect(m.resolutions).toBeCloseTo((list[i] * 45) / 100, 9));
    expect(f.months[0].month).toBe("2027-11");
  });

  test("cost each month what the cost rule says for those resolutions (a 0 month has no AI charge)", () => {
    const s = withList();
    const plan = intercomPlan("Advanced", 25);
    const expected = monthlyCostsOfResolutions(plan, list.map((v) => (v * 45) / 100));
    const f = forecastScenario(s);
    f.months.forEach((m, i) => {
      expect(m.total).toBeCloseTo(expected[i].total, 9);
      expect(m.aiCost).toBeCloseTo(expected[i].aiCost, 9);
    });
    expect(f.months[3].aiCost).toBe(0);
  });

  test("a longer list than the horizon is fine: only the horizon's months count", () => {
    const s = withList([...list, 99_999, 99_999]);
    const [c] = compareScenarios([s]);
    expect(c.conversations).toBeCloseTo(list.reduce((a, b) => a + b, 0), 9);
    expect(forecastScenario(s).months).toHaveLength(12);
  });

  test("removing the list brings back level, growth and seasonality", () => {
    const s = withList();
    const { monthlyConversations: _dropped, ...drivers } = s.drivers;
    expect(_dropped).toBeDefined();
    expect(conversationsInMonth(drivers, 1)).toBeCloseTo(20_000 * 2);
  });

  test.each<[string, unknown, RegExp]>([
    ["too short for the horizon", list.slice(0, 11), /cover 11 months; the horizon needs 12/],
    ["empty", [], /cover 0 months; the horizon needs 12/],
    ["a negative month", [...list.slice(0, 4), -1, ...list.slice(5)], /month 5 must be a number from 0 to/],
    ["a NaN month", [Number.NaN, ...list.slice(1)], /month 1 must be a number/],
    ["an infinite month", [...list.slice(0, 11), Infinity], /month 12 must be a number/],
    ["an absurd month", [...list.slice(0, 11), MAX_CONVERSATIONS * 10], /month 12 must be a number/],
    ["not a list", "12,13", /must be a list of numbers/],
  ])("validation: %s", (_, values, message) => {
    const s = withList(values as number[]);
    const errors = validateDrivers(s.drivers);
    expect(errors.monthlyConversations).toMatch(message);
    expect(Object.keys(errors)).toEqual(["monthlyConversations"]);
    expect(firstProblem([s])).toMatch(/^Base: Month-by-month conversations/);
  });

  test("validation: a longer horizon than the list names the months needed", () => {
    const s = withList();
    s.drivers.horizonMonths = 24;
    expect(validateDrivers(s.drivers).monthlyConversations).toBe(
      "Month-by-month conversations cover 12 months; the horizon needs 24. Run the forecast for 24 months, or use level, growth and seasonality instead.",
    );
  });

  test("a valid list has no errors, and the usual driver checks still apply", () => {
    expect(validateDrivers(withList().drivers)).toEqual({});
    const s = withList();
    s.drivers.aiResolutionPct = 120;
    expect(Object.keys(validateDrivers(s.drivers))).toEqual(["aiResolutionPct"]);
  });
});
