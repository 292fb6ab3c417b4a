/**
 * Questions about the catalog's tiers: which features each has, and the cheapest tier that has
 * every feature a team needs (the vendor's plan features).
 */
import { Billing, Catalog, DEFAULT_CATALOG, TierEntry } from "./catalog";
import { listChoices, unknownName } from "./errors";

/** Letters and digits only, lower case: "Multi-brand", "multibrand" and " MULTI BRAND " all match. */
function featureKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const featureIndexCache = new WeakMap<Catalog, Map<string, string>>();

function featureIndex(catalog: Catalog): Map<string, string> {
  let index = featureIndexCache.get(catalog);
  if (!index) {
    index = new Map();
    for (const f of catalog.features) {
      for (const spelling of [f.name, ...f.aliases]) index.set(featureKey(spelling), f.name);
    }
    featureIndexCache.set(catalog, index);
  }
  return index;
}

/** The catalog's name for a feature the user typed, or an #N/A-kind error listing the valid ones. */
export function findFeature(text: string, catalog: Catalog = DEFAULT_CATALOG): string {
  const name = featureIndex(catalog).get(featureKey(text));
  if (name) return name;
  throw unknownName(`Unknown feature "${text.trim()}": use ${listChoices(catalog.features.map((f) => f.name))}.`);
}

/** Every feature a tier has, its own and those of the cheaper tiers it includes. */
export function featuresOfTier(tier: TierEntry, catalog: Catalog = DEFAULT_CATALOG): string[] {
  const features: string[] = [];
  for (const t of catalog.tiers) {
    features.push(...t.addsFeatures);
    if (t === tier) return features;
  }
  throw new Error(`Tier ${tier.name} is not in the ${catalog.vendor} catalog`);
}

/**
 * The cheapest tier that has every required feature. No requirements at all means the cheapest tier.
 * Tiers are cumulative, so the answer is the first tier whose features cover the list.
 */
export function cheapestTierFor(requirements: readonly string[], catalog: Catalog = DEFAULT_CATALOG): TierEntry {
  const needed = new Set(requirements.map((r) => findFeature(r, catalog)));
  const have = new Set<string>();
  for (const tier of catalog.tiers) {
    tier.addsFeatures.forEach((f) => have.add(f));
    if ([...needed].every((f) => have.has(f))) return tier;
  }
  // Unreachable with a consistent catalog: every feature belongs to some tier.
  throw new Error(`No ${catalog.vendor} tier has all of: ${[...needed].join(", ")}`);
}

export interface CatalogRow {
  item: string;
  billing: Billing | "per resolution" | "per month";
  /** US dollars per seat-month, per resolution, or a count of resolutions for the minimum. */
  price: number;
  unit: string;
  features: string;
  source: string;
  asOf: string;
}

/** The catalog as rows for a table: seat prices by tier and billing, then the AI agent's terms. */
export function catalogRows(catalog: Catalog = DEFAULT_CATALOG): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const tier of catalog.tiers) {
    const features = featuresOfTier(tier, catalog).join(", ");
    for (const billing of ["annual", "monthly"] as const) {
      const seat = tier.seat[billing];
      rows.push({
        item: `${tier.name} seat`,
        billing,
        price: seat.usdPerSeatMonth,
        unit: `${catalog.currency} per seat per month, billed ${billing === "annual" ? "annually" : "monthly"}`,
        features,
        source: seat.source,
        asOf: seat.asOf,
      });
    }
  }
  const ai = catalog.ai;
  rows.push({
    item: ai.name,
    billing: "per resolution",
    price: ai.usdPerResolution,
    unit: `${catalog.currency} per resolution`,
    features: "",
    source: ai.rateSource.source,
    asOf: ai.rateSource.asOf,
  });
  rows.push({
    item: `${ai.name} monthly minimum`,
    billing: "per month",
    price: ai.monthlyMinimumResolutions,
    unit: "resolutions per month, in any month with at least one resolution",
    features: "",
    source: ai.minimumSource.source,
    asOf: ai.minimumSource.asOf,
  });
  return rows;
}
