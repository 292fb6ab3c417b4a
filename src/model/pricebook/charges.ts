/**
 * Charge models: the closed set of ways a count of units becomes money (the vocabulary of Lago's,
 * Stripe Billing's and Chargebee's charge models). Each kind is one small pure function on plain
 * numbers; `chargeFor` is the one evaluator that dispatches on the kind. Worked examples are in
 * test/model/pricebook.charges.test.ts.
 */

/** A band of graduated or volume tiers: units up to `upTo` (null: no upper end) at `rate` each. */
export interface Band {
  upTo: number | null;
  rate: number;
}

export type UnitCharge =
  | { kind: "per-unit"; rate: number }
  | { kind: "package"; size: number; price: number }
  | { kind: "graduated"; bands: readonly Band[] }
  | { kind: "volume"; bands: readonly Band[] };

export type ChargeKind = UnitCharge["kind"] | "flat-fee" | "minimum" | "included";

/** Standard per-unit: rate × units. */
export function perUnit(units: number, rate: number): number {
  return rate * units;
}

/** Package: price per started block of `size` units (a started pack counts whole). */
export function packages(units: number, size: number, price: number): number {
  return packsFor(units, size) * price;
}

/** Packs needed for `units`: rounded up; none for no units. */
export function packsFor(units: number, size: number): number {
  return units > 0 ? Math.ceil(units / size) : 0;
}

/** Graduated: each band's units at the band's own rate (1,000 at $0.10 then the rest at $0.05). */
export function graduated(units: number, bands: readonly Band[]): number {
  let cost = 0;
  let from = 0;
  for (const band of bands) {
    if (units <= from) break;
    const to = band.upTo === null ? units : Math.min(units, band.upTo);
    cost += (to - from) * band.rate;
    if (band.upTo === null) break;
    from = band.upTo;
  }
  return cost;
}

/** Volume: every unit at the rate of the band the total reaches. */
export function volume(units: number, bands: readonly Band[]): number {
  for (const band of bands) if (band.upTo === null || units <= band.upTo) return units * band.rate;
  return units * bands[bands.length - 1].rate;
}

/** Flat fee: the same amount every month, whatever the use. */
export function flatFee(amount: number): number {
  return amount;
}

/** Minimum: the units billed in a month with use are at least `minimum`; a month without use bills none. */
export function withMinimum(units: number, minimum: number): number {
  return units > 0 ? (units > minimum ? units : minimum) : 0;
}

/** Included (free) units: what is left to bill after the allowance. */
export function beyondIncluded(units: number, included: number): number {
  return units > included ? units - included : 0;
}

/** The one evaluator: the money for `units` under a unit charge of any kind. */
export function chargeFor(charge: UnitCharge, units: number): number {
  switch (charge.kind) {
    case "per-unit":
      return perUnit(units, charge.rate);
    case "package":
      return packages(units, charge.size, charge.price);
    case "graduated":
      return graduated(units, charge.bands);
    case "volume":
      return volume(units, charge.bands);
  }
}
