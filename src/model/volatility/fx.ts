/**
 * The exchange-rate driver. A bill in US dollars paid in yen (or euros, pounds) swings with the rate as
 * well as with volumes: each path's rate walks month by month from today's rate (the price book's, or one
 * typed), lognormally — rate_m = rate_{m−1} × exp(σ/√12 × z_m), σ the annualised volatility — so its
 * median stays at today's rate, it never goes below 0, and its spread grows with the horizon. Month m's
 * bill is paid at the rate m months ahead.
 *
 * The rate's draws come from a generator of their own (seed + 2), so the volume futures, and every dollar
 * figure, are the same with and without it (common random numbers: the difference between two runs is the
 * rate's effect alone). With no volatility the rate is today's on every path, and the result is the
 * dollar result converted as the last step, figure by figure.
 */
import { describeValue, invalidInput } from "../errors";
import { portableExp, Random } from "../random";
import { FxUncertainty, MAX_FX_RATE, MAX_FX_VOLATILITY, VolatilityResult } from "./types";

/** The rate driver as the simulation runs it: today's rate and the monthly spread of its logarithm. */
export interface FxPath {
  rate: number;
  monthlySigma: number;
  /** The currency's code, for labels. */
  currency?: string;
}

/** Checks the rate driver (today's rate above 0, volatility 0 to 200% a year); null without one. */
export function checkFx(fx: FxUncertainty | undefined): FxPath | null {
  if (fx === undefined) return null;
  if (fx === null || typeof fx !== "object") throw invalidInput("The exchange-rate driver must give rate and volatility.");
  const { rate, volatility } = fx;
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0 || rate > MAX_FX_RATE) {
    throw invalidInput(`The exchange rate must be more than 0 and at most ${MAX_FX_RATE.toLocaleString("en-US")} units per US dollar; got ${describeValue(rate)}.`);
  }
  if (typeof volatility !== "number" || !Number.isFinite(volatility) || volatility < 0 || volatility > MAX_FX_VOLATILITY) {
    throw invalidInput(
      `The exchange rate's volatility must be an annualised share from 0 to ${MAX_FX_VOLATILITY} (0.1 = 10% a year, ${MAX_FX_VOLATILITY * 100}% at most); got ${describeValue(volatility)}.`,
    );
  }
  const currency = typeof fx.currency === "string" && fx.currency !== "" ? { currency: fx.currency } : {};
  return { rate, monthlySigma: volatility / Math.sqrt(12), ...currency };
}

/** Each path's rate, moved one month on, a block of paths at a time, in month-then-path order. */
export class FxDraws {
  readonly rates: Float64Array;
  /** Today's rate: what planned costs are converted at. */
  readonly rate: number;
  private readonly rng: Random;
  private readonly z: Float64Array;

  constructor(
    private readonly fx: FxPath,
    paths: number,
    seed: number,
    block: number,
  ) {
    this.rate = fx.rate;
    this.rates = new Float64Array(paths).fill(fx.rate);
    this.rng = new Random(seed + 2);
    this.z = new Float64Array(Math.min(block, paths));
  }

  advance(first: number, count: number): void {
    const { z, rates } = this;
    const sigma = this.fx.monthlySigma;
    this.rng.fillNormal(z, 0, count);
    for (let i = 0; i < count; i++) rates[first + i] *= portableExp(sigma * z[i]);
  }
}

/** A dollar result in another currency at one rate: every money figure × the rate; the budget as given in that currency. */
export function convertResult(usd: VolatilityResult, rate: number, budget: number | null): VolatilityResult {
  const x = (v: number) => v * rate;
  const dist = <T extends { mean: number; p5: number; p50: number; p90: number; p95: number; p99: number; atPercentiles: number[] }>(d: T): T => ({
    ...d,
    mean: x(d.mean),
    p5: x(d.p5),
    p50: x(d.p50),
    p90: x(d.p90),
    p95: x(d.p95),
    p99: x(d.p99),
    atPercentiles: d.atPercentiles.map(x),
  });
  return {
    ...usd,
    plannedCost: x(usd.plannedCost),
    total: dist(usd.total),
    monthly: usd.monthly.map((m) => ({ ...dist(m), plannedCost: x(m.plannedCost) })),
    budget,
    budgetAtRisk: x(usd.budgetAtRisk),
    worstMonth: { month: usd.worstMonth.month, p95: x(usd.worstMonth.p95) },
    histogram: { edges: usd.histogram.edges.map(x), counts: [...usd.histogram.counts] },
  };
}
