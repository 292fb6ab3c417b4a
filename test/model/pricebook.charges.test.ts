import fc from "fast-check";
import { beyondIncluded, chargeFor, flatFee, graduated, packages, packsFor, perUnit, volume, withMinimum } from "../../src/model/pricebook/charges";

// Worked examples, one small table per charge kind (the vocabulary of Lago / Stripe / Chargebee).
const bands = [
  { upTo: 1000, rate: 0.1 },
  { upTo: 10000, rate: 0.05 },
  { upTo: null, rate: 0.01 },
];

describe("charge kinds, each a small pure function", () => {
  it.each([
    [0, 0.99, 0],
    [1500, 0.99, 1485],
    [625, 0.4, 250],
  ])("per-unit: %p units at $%p → $%p", (units, rate, cost) => {
    expect(perUnit(units, rate)).toBeCloseTo(cost, 10);
  });

  it.each([
    [0, 0],
    [1, 49],
    [100, 49],
    [101, 98],
    [2500, 1225],
    [2501, 1274],
  ])("package: %p units in packs of 100 at $49 → $%p (a started pack counts whole)", (units, cost) => {
    expect(packages(units, 100, 49)).toBe(cost);
  });

  it.each([
    [0, 0],
    [500, 50],
    [1000, 100],
    [15000, 100 + 450 + 50],
  ])("graduated: %p units → $%p (each band at its own rate)", (units, cost) => {
    expect(graduated(units, bands)).toBeCloseTo(cost, 9);
  });

  it.each([
    [500, 50],
    [1000, 100],
    [5000, 250],
    [15000, 150],
  ])("volume: %p units → $%p (every unit at the rate of the band reached)", (units, cost) => {
    expect(volume(units, bands)).toBeCloseTo(cost, 9);
  });

  it.each([
    [0, 50, 0],
    [1, 50, 50],
    [20, 50, 50],
    [60, 50, 60],
    [3, 0, 3],
  ])("minimum: %p units with a minimum of %p bill %p (none in a month without use)", (units, minimum, billed) => {
    expect(withMinimum(units, minimum)).toBe(billed);
  });

  it.each([
    [1500, 120, 1380],
    [100, 120, 0],
    [0, 50, 0],
  ])("included: %p units with %p included leave %p to bill", (units, included, left) => {
    expect(beyondIncluded(units, included)).toBe(left);
  });

  it("flat fee: the same every month", () => {
    expect(flatFee(49)).toBe(49);
  });

  it("one evaluator dispatches on the kind", () => {
    expect(chargeFor({ kind: "per-unit", rate: 1.5 }, 1380)).toBeCloseTo(2070, 9);
    expect(chargeFor({ kind: "package", size: 100, price: 49 }, 2500)).toBe(1225);
    expect(chargeFor({ kind: "graduated", bands }, 15000)).toBeCloseTo(600, 9);
    expect(chargeFor({ kind: "volume", bands }, 15000)).toBeCloseTo(150, 9);
  });

  it("packs round up: enough packs for the units, never a whole pack too many", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e7, noNaN: true }), fc.integer({ min: 1, max: 10000 }), (units, size) => {
        const packs = packsFor(units, size);
        expect(packs * size).toBeGreaterThanOrEqual(units);
        expect((packs - 1) * size).toBeLessThan(units);
      }),
    );
  });

  it("every kind is non-decreasing in units", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(packages(hi, 100, 49)).toBeGreaterThanOrEqual(packages(lo, 100, 49));
        expect(graduated(hi, bands)).toBeGreaterThanOrEqual(graduated(lo, bands));
        expect(withMinimum(hi, 50)).toBeGreaterThanOrEqual(withMinimum(lo, 50));
      }),
    );
  });
});
