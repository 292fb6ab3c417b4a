import fc from "fast-check";
import { erlangB, erlangC } from "../../../src/model/staffing";
import { oracleErlangC } from "./oracle";

describe("Erlang B and C by recursion, against the summation formula", () => {
  it("agrees with the log-space summation over small, large and very large queues", () => {
    const cases: [number, number][] = [
      [1, 0.5],
      [14, 10],
      [11, 10],
      [60, 50.5],
      [1_080, 1_000],
      [10_150, 10_000],
      [10_400, 10_000],
    ];
    for (const [n, a] of cases) {
      const expected = oracleErlangC(n, a);
      expect(Math.abs(erlangC(n, a) - expected)).toBeLessThan(1e-10 + 1e-9 * expected);
    }
  });

  it("agrees with the oracle for random agents and traffic below them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, load) => {
        const a = n * load;
        const expected = oracleErlangC(n, a);
        return Math.abs(erlangC(n, a) - expected) <= 1e-10 + 1e-9 * expected;
      }),
      { numRuns: 300 },
    );
  });

  it("Erlang B is the textbook value for one server: A / (1 + A)", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), (a) => Math.abs(erlangB(1, a) - a / (1 + a)) <= 1e-15));
  });

  it("says everyone waits when the agents cannot keep up", () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(5, 10)).toBe(1);
  });

  it("stays finite and in [0, 1] at 10,000 Erlangs and far above the traffic", () => {
    for (const n of [10_001, 10_300, 50_000]) {
      const c = erlangC(n, 10_000);
      expect(Number.isFinite(c)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});
