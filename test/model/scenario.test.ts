import { DEFAULT_CATALOG } from "../../src/model/catalog";
import { costOfResolutions } from "../../src/model/pricebook";
import { handAiCharge, intercomPlan } from "../support/plans";
import {
  addMonths,
  compareScenarios,
  conversationsInMonth,
  copyName,
  defaultScenarios,
  firstProblem,
  fitHistory,
  forecastScenario,
  nextMonth,
  parseMonthInput,
  parseNumberInput,
  Scenario,
  templateDrivers,
  validateDrivers,
  validateName,
} from "../../src/model/scenario";

const base = (): Scenario => ({ id: "s1", name: "Base", drivers: templateDrivers("Base", "2027-01") });

describe("months", () => {
  test("addMonths crosses years both ways", () => {
    expect(addMonths("2027-11", 3)).toBe("2028-02");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2027-01", -13)).toBe("2025-12");
  });
  test("a plan starts the month after today", () => {
    expect(nextMonth(new Date(2026, 11, 15))).toBe("2027-01");
  });
});

describe("forecastScenario", () => {
  test("conversations grow by the monthly rate and resolutions are the AI share of them", () => {
    const s = base();
    s.drivers.startConversations = 1000;
    s.drivers.growthPct = 10;
    s.drivers.aiResolutionPct = 40;
    const f = forecastScenario(s);
    expect(f.months).toHaveLength(12);
    expect(f.months[0].conversations).toBeCloseTo(1000);
    expect(f.months[2].conversations).toBeCloseTo(1210);
    expect(f.months[2].resolutions).toBeCloseTo(484);
    expect(f.months[11].month).toBe("2027-12");
  });

  test("costs are the engine's: seats × price + rate × max(resolutions, minimum) each month", () => {
    const s = base();
    const f = forecastScenario(s);
    const plan = intercomPlan("Advanced", 25);
    const resolutions = f.months.map((m) => m.resolutions);
    expect(f.summary.total).toBeCloseTo(costOfResolutions(plan, { perMonth: resolutions }).total, 9);
    const seat = DEFAULT_CATALOG.tiers[1].seat.annual.usdPerSeatMonth;
    for (const m of f.months) {
      expect(m.seatCost).toBeCloseTo(25 * seat, 9);
      expect(m.aiCost).toBeCloseTo(handAiCharge(m.resolutions), 9);
    }
  });

  test("a small month is billed the monthly minimum, not its resolutions", () => {
    const s = base();
    s.drivers.startConversations = 40;
    s.drivers.growthPct = 0;
    s.drivers.aiResolutionPct = 50; // 20 resolutions a month
    const f = forecastScenario(s);
    expect(f.months[0].aiCost).toBeCloseTo(49.5, 9);
    expect(f.summary.aiCost).toBeCloseTo(49.5 * 12, 9);
  });

  test("seasonal factors follow the calendar month, whatever the first month", () => {
    const s = base();
    s.drivers.firstMonth = "2027-11";
    s.drivers.growthPct = 0;
    const factors = new Array<number>(12).fill(1);
    factors[11] = 1.5; // December
    s.drivers.seasonality = factors;
    expect(conversationsInMonth(s.drivers, 1)).toBeCloseTo(20000); // November
    expect(conversationsInMonth(s.drivers, 2)).toBeCloseTo(30000); // December
    expect(conversationsInMonth(s.drivers, 3)).toBeCloseTo(20000); // January
  });

  test("monthly billing costs more per seat than annual", () => {
    const annual = forecastScenario(base());
    const monthly = base();
    monthly.drivers.billing = "monthly";
    expect(forecastScenario(monthly).summary.seatCost).toBeGreaterThan(annual.summary.seatCost);
  });
});

describe("validation", () => {
  test("the templates are valid", () => {
    for (const s of defaultScenarios("2027-01")) expect(validateDrivers(s.drivers)).toEqual({});
  });

  test.each([
    ["horizonMonths", 11, /Horizon must be from 12 to 36/],
    ["horizonMonths", 37, /Horizon must be from 12 to 36/],
    ["horizonMonths", 12.5, /whole number/],
    ["seats", 2.5, /Seats must be a whole number/],
    ["seats", -1, /Seats must be a whole number of 0 or more/],
    ["growthPct", 60, /Monthly growth must be from -50 to 50/],
    ["aiResolutionPct", 101, /AI resolution \(% of AI-involved conversations\) must be from 0 to 100/],
    ["aiInvolvementPct", -1, /AI involvement \(% of conversations\) must be from 0 to 100/],
    ["humanCostPerConversation", -4, /Cost per human-handled conversation must be from 0 to 10,000/],
    ["reversalPct", 120, /Reversed \(% of assumed resolutions\) must be from 0 to 100/],
    ["startConversations", Number.NaN, /Conversations per month must be a number/],
    ["firstMonth", "2027-13", /First month must be a month, such as Jan 2027 or 2027-01/],
    ["stack", "Platinum", /Unknown plan "Platinum": use a tier \(Essential, Advanced or Expert\)/],
    ["stack", "freshdesk-pro+zendesk-team", /zendesk-team is a helpdesk; a stack has one helpdesk, first/],
  ] as const)("%s = %p is refused with a message", (field, value, message) => {
    const s = base();
    (s.drivers as unknown as Record<string, unknown>)[field] = value;
    expect(validateDrivers(s.drivers)[field]).toMatch(message);
  });

  test("a seasonal factor of 0 names the month", () => {
    const s = base();
    const f = new Array<number>(12).fill(1);
    f[2] = 0;
    s.drivers.seasonality = f;
    expect(validateDrivers(s.drivers).seasonality).toMatch(/Mar factor/);
  });

  test("names must be present and unique, ignoring case", () => {
    const all = defaultScenarios("2027-01");
    expect(validateName("low", "s1", all)).toMatch(/already called "low"/);
    expect(validateName("  ", "s1", all)).toMatch(/Give the scenario a name/);
    expect(validateName("=SUM(A1)", "s1", all)).toMatch(/Start with a letter or digit: a name starting with "=" would be read as a formula/);
    for (const name of ["Base, FY27", "Q1/Q2 plan", "High – stretch", "O'Brien's team", "Low (EU) & APAC"]) expect(validateName(name, "s9", all)).toBeUndefined();
    expect(validateName("Base\u0007", "s9", all)).toMatch(/control character/);
    expect(validateName("Base", "s1", all)).toBeUndefined();
    expect(firstProblem(all)).toBeUndefined();
    all[1].name = "BASE";
    expect(firstProblem(all)).toMatch(/^Base: Another scenario is already called "Base"/);
  });

  test("copies get a free name", () => {
    const all = defaultScenarios("2027-01");
    expect(copyName("Base", all)).toBe("Base copy");
    all.push({ ...all[0], id: "s4", name: "Base copy" });
    expect(copyName("Base", all)).toBe("Base copy 2");
  });

  test("number input accepts separators and percent signs, refuses words", () => {
    expect(parseNumberInput("12,500")).toBe(12500);
    expect(parseNumberInput("2.5%")).toBe(2.5);
    expect(parseNumberInput("-1")).toBe(-1);
    expect(parseNumberInput("ten")).toBeUndefined();
    expect(parseNumberInput("")).toBeUndefined();
  });
});

describe("compareScenarios", () => {
  test("Base / Low / High: totals, splits, peak and difference from the first", () => {
    const rows = compareScenarios(defaultScenarios("2027-01"));
    const [b, low, high] = rows;
    expect(b.differenceFromReference).toBe(0);
    expect(low.total).toBeLessThan(b.total);
    expect(high.total).toBeGreaterThan(b.total);
    expect(high.differenceFromReference).toBeCloseTo(high.total - b.total, 9);
    for (const r of rows) {
      expect(r.seatCost + r.aiCost).toBeCloseTo(r.total, 6);
      expect(r.annualTotals.reduce((a, x) => a + x, 0)).toBeCloseTo(r.total, 6);
      expect(r.costPerConversation).toBeCloseTo(r.total / r.conversations, 9);
    }
    // With growth, the last month is the dearest.
    expect(b.peakMonth).toBe("2027-12");
  });

  test("a 30-month horizon has three annual totals, the last one of 6 months", () => {
    const s = base();
    s.drivers.horizonMonths = 30;
    const [row] = compareScenarios([s]);
    const f = forecastScenario(s);
    expect(row.annualTotals).toHaveLength(3);
    expect(row.annualTotals[2]).toBeCloseTo(f.months.slice(24).reduce((a, m) => a + m.total, 0), 6);
  });
});

describe("fitHistory", () => {
  test("12+ months give the level and calendar-month factors of the last 12", () => {
    // History ends in December 2026 (the month before the plan); December is double.
    const year = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20];
    const fit = fitHistory([5, 5, 5, ...year], "2027-01");
    const mean = 130 / 12;
    expect(fit.startConversations).toBeCloseTo(mean);
    expect(fit.seasonality).not.toBe("flat");
    const factors = fit.seasonality as number[];
    expect(factors[11]).toBeCloseTo(20 / mean);
    expect(factors[0]).toBeCloseTo(10 / mean);
  });

  test("the factors land on the right months when the plan starts mid-year", () => {
    const year = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    year[0] = 3; // 12 months before July 2027 is July 2026
    const factors = fitHistory(year, "2027-07").seasonality as number[];
    expect(factors[6]).toBeGreaterThan(1);
    expect(factors[5]).toBeLessThan(1);
  });

  test("fewer than 12 months: average level, flat seasonality", () => {
    const fit = fitHistory([100, 200, 300], "2027-01");
    expect(fit.startConversations).toBe(200);
    expect(fit.seasonality).toBe("flat");
  });

  test("negative counts are refused", () => {
    expect(() => fitHistory([1, -2], "2027-01")).toThrow(/cannot be negative/);
  });
});

describe("the first month as people type it", () => {
  test.each([
    ["2027-01", "2027-01"],
    ["2027-1", "2027-01"],
    ["2027/01", "2027-01"],
    ["Jan 2027", "2027-01"],
    ["January 2027", "2027-01"],
    ["sept 2027", "2027-09"],
    ["01/2027", "2027-01"],
    ["1/2027", "2027-01"],
    ["2027年1月", "2027-01"],
    ["２０２７年１２月", "2027-12"],
  ])("%p is %p", (typed, month) => {
    expect(parseMonthInput(typed)).toBe(month);
  });

  test.each(["2027-13", "13/2027", "1/2/2027", "Ju 2027", "next month", ""])("%p is not a month, and is not guessed", (typed) => {
    expect(parseMonthInput(typed)).toBeUndefined();
  });
});
