import { PricingInputError } from "../../src/model/errors";
import { StackSimulation } from "../../src/model/volatility";
import { intercomRisk } from "../support/plans";
import {
  ForecastIntervalVolumes,
  VolatilityInput,
  VolumeUncertainty,
  simulateVolatility,
  volatilitySensitivity,
} from "../../src/model/volatility";

const plan = intercomRisk("Advanced", 10);
const base: VolatilityInput = { plan, volumes: { kind: "expected", expected: 2000, months: 12, cv: 0.3 }, paths: 200 };
const interval: ForecastIntervalVolumes = {
  kind: "interval",
  forecast: [100, 200, 300],
  lower: [80, 150, 200],
  upper: [120, 250, 400],
  confidence: 0.95,
};

function rejects(input: VolatilityInput, message: RegExp): void {
  let caught: unknown;
  try {
    simulateVolatility(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PricingInputError);
  expect((caught as PricingInputError).kind).toBe("invalid");
  expect((caught as PricingInputError).message).toMatch(message);
}

const withVolumes = (volumes: unknown): VolatilityInput => ({ ...base, volumes: volumes as VolumeUncertainty });

describe("volatility input checks, each with a message that says what to fix", () => {
  it("refuses negative or non-numeric volumes", () => {
    rejects(withVolumes({ kind: "expected", expected: -5, months: 12, cv: 0.3 }), /^Expected volume must be a number of 0 or more.*got -5\.$/);
    rejects(withVolumes({ kind: "expected", expected: [10, -1, 30], cv: 0.3 }), /^Expected volume in month 2 must be a number of 0 or more.*got -1\.$/);
    rejects(withVolumes({ kind: "expected", expected: [10, NaN], cv: 0.3 }), /month 2 .*got not a number\./);
    rejects(withVolumes({ kind: "expected", expected: [10, Infinity], cv: 0.3 }), /month 2 .*got infinity\./);
    rejects(withVolumes({ kind: "expected", expected: 1e13, months: 3, cv: 0.3 }), /at most 1e\+12; got 10000000000000\./);
    rejects(withVolumes({ kind: "expected", expected: "lots", months: 3, cv: 0.3 }), /Expected volumes must be a list with one number per month\./);
    rejects(withVolumes({ kind: "expected", expected: [], cv: 0.3 }), /^Expected volumes must cover 1 to 120 months; got 0\.$/);
  });

  it("refuses a negative or absurd coefficient of variation", () => {
    rejects(withVolumes({ kind: "expected", expected: 2000, months: 12, cv: -0.1 }), /^Coefficient of variation must be a number from 0 to 10 .*got -0\.1\.$/);
    rejects(withVolumes({ kind: "expected", expected: 2000, months: 12, cv: 12 }), /Coefficient of variation must be a number from 0 to 10 .*got 12\./);
    rejects(withVolumes({ kind: "expected", expected: 2000, months: 12, cv: NaN }), /Coefficient of variation .*got not a number\./);
  });

  it("refuses a correlation outside [0, 1)", () => {
    rejects({ ...base, correlation: 1 }, /^Month-to-month correlation must be at least 0 and below 1 \(e\.g\. 0\.5\); got 1\.$/);
    rejects({ ...base, correlation: -0.2 }, /Month-to-month correlation .*got -0\.2\./);
    rejects({ ...base, correlation: NaN }, /Month-to-month correlation .*got not a number\./);
  });

  it("refuses absurd path counts", () => {
    const message = /^Paths must be a whole number from 100 to 1,000,000 \(fewer gives meaningless percentiles, more only takes longer\); got /;
    rejects({ ...base, paths: 99 }, message);
    rejects({ ...base, paths: 1_000_001 }, message);
    rejects({ ...base, paths: 500.5 }, /got 500\.5\./);
    rejects({ ...base, paths: Infinity }, /got infinity\./);
  });

  it("refuses horizons outside 1 to 120 months", () => {
    rejects(withVolumes({ kind: "expected", expected: 10, months: 0, cv: 0.3 }), /^Months must be a whole number from 1 to 120; got 0\.$/);
    rejects(withVolumes({ kind: "expected", expected: 10, months: 121, cv: 0.3 }), /Months must be a whole number from 1 to 120; got 121\./);
    rejects(withVolumes({ kind: "expected", expected: 10, months: 2.5, cv: 0.3 }), /got 2\.5\./);
    rejects(withVolumes({ kind: "expected", expected: 10, cv: 0.3 }), /^Give months \(1 to 120\) when the expected volume is a single number\.$/);
    rejects(withVolumes({ kind: "expected", expected: new Array(121).fill(5), cv: 0.3 }), /must cover 1 to 120 months; got 121\./);
    rejects(
      withVolumes({ kind: "expected", expected: [1, 2, 3], months: 4, cv: 0.3 }),
      /^Expected volumes cover 3 months but months is 4: give one number per month, or one number with months\.$/,
    );
  });

  it("refuses percentiles outside (0, 1)", () => {
    const message = /^Percentiles must be between 0 and 1, exclusive \(0\.95 for P95\); got /;
    rejects({ ...base, percentiles: [0.5, 95] }, message);
    rejects({ ...base, percentiles: [0] }, /got 0\.$/);
    rejects({ ...base, percentiles: [1] }, /got 1\.$/);
    rejects({ ...base, percentiles: [NaN] }, /got not a number\.$/);
    rejects({ ...base, percentiles: 0.5 as unknown as number[] }, /^Percentiles must be a list of numbers between 0 and 1\.$/);
  });

  it("refuses a negative or non-finite budget", () => {
    rejects({ ...base, budget: -1 }, /^Budget must be an amount of 0 or more for the whole horizon; got -1\.$/);
    rejects({ ...base, budget: Infinity }, /Budget .*got infinity\./);
    rejects({ ...base, budget: NaN }, /Budget .*got not a number\./);
  });

  it("refuses a seed that is not a finite number", () => {
    rejects({ ...base, seed: NaN }, /^Seed must be a finite number \(any whole number will do, e\.g\. 1\); got not a number\.$/);
    rejects({ ...base, seed: -Infinity }, /Seed must be a finite number.*got minus infinity\./);
  });

  it("refuses histogram bin counts outside 1 to 1,000", () => {
    rejects({ ...base, histogramBins: 0 }, /^Histogram bins must be a whole number from 1 to 1000; got 0\.$/);
    rejects({ ...base, histogramBins: 12.5 }, /Histogram bins .*got 12\.5\./);
  });

  it("refuses a plan with impossible numbers", () => {
    rejects({ ...base, plan: { ...plan, terms: { seats: -1 } } }, /Seats must be a whole number of 0 or more; got -1\./);
    rejects({ ...base, plan: { ...plan, rates: { resolution: 1.5 } } }, /AI resolution rate must be a share from 0 to 1; got 1\.5\./);
    rejects({ ...base, plan: { ...plan, humanCostPerConversation: -1 } }, /Cost per human-handled conversation must be from 0 to 10,000/);
    rejects({ ...base, plan: { ...plan, volume: "tickets" } as unknown as StackSimulation }, /must come from stackSimulation/);
    rejects({ ...base, plan: undefined as unknown as StackSimulation }, /A pricing plan is required \(from stackSimulation\)\./);
    rejects({ ...base, counting: { resolutionSd: 0.1 } }, /Uncertain resolution or reversal rates need conversation volumes/);
    rejects({ ...base, plan: { ...plan, volume: "conversations" }, counting: { resolutionSd: 0.9 } }, /standard deviation in share points from 0 to 0\.5/);
  });

  it("refuses volumes of an unknown shape", () => {
    rejects(withVolumes(undefined), /^Volumes must be \{ kind: "expected", expected, cv \} or \{ kind: "interval", forecast, lower, upper, confidence \}\.$/);
    rejects(withVolumes({ kind: "guess", expected: 5 }), /Volumes must be/);
  });

  it("checks a forecast interval month by month", () => {
    rejects(withVolumes({ ...interval, upper: [120, 250] }), /^Forecast, lower and upper bounds must cover the same months; got 3, 3 and 2\.$/);
    rejects(withVolumes({ ...interval, forecast: [100, -200, 300] }), /^Forecast volume in month 2 must be a number of 0 or more/);
    rejects(withVolumes({ ...interval, lower: [80, NaN, 200] }), /^Lower bound in month 2 must be a number \(it may be below 0\).*got not a number\.$/);
    rejects(withVolumes({ ...interval, upper: [120, 250, Infinity] }), /^Upper bound in month 3 must be a number of 0 or more/);
    rejects(withVolumes({ ...interval, lower: [80, 210, 200] }), /^In month 2 the forecast \(200\) must lie between the lower \(210\) and upper \(250\) bounds\.$/);
    rejects(withVolumes({ ...interval, upper: [120, 190, 400] }), /In month 2 the forecast \(200\) must lie between/);
    rejects(withVolumes({ ...interval, confidence: 95 }), /^Confidence must be a number between 0 and 1, such as 0\.95 for a 95% interval; got 95\.$/);
    rejects(withVolumes({ ...interval, confidence: 0 }), /Confidence .*got 0\./);
    rejects(withVolumes({ ...interval, distribution: "uniform" }), /^Distribution must be "lognormal" or "normal"; got the text "uniform"\.$/);
    rejects(withVolumes({ ...interval, upper: [120, 250, 2e12] }), /^Upper bound in month 3 .*at most 1e\+12; got 2000000000000\.$/);
  });

  it("accepts what a forecast really gives: bounds below 0 (normal), zero forecasts with zero width", () => {
    const normal = simulateVolatility(withVolumes({ ...interval, forecast: [0, 200, 300], lower: [-50, 150, 200], distribution: "normal" }));
    expect(normal.months).toBe(3);
    const flat = simulateVolatility(withVolumes({ ...interval, forecast: [0, 200, 300], lower: [0, 150, 200], upper: [0, 250, 400] }));
    expect(flat.monthly[0].p99).toBe(850);
  });

  it("refuses an unknown tornado statistic", () => {
    expect(() => volatilitySensitivity(base, { statistic: "p42" as never })).toThrow(
      /^Statistic must be one of mean, p50, p90, p95, p99; got the text "p42"\.$/,
    );
  });
});
