/** The volume model: each month's distribution parameters, computed once from validated volumes. */
import { normalQuantile } from "../random";
import { MAX_SIGMA, VolumeUncertainty } from "./types";

export interface VolumeModel {
  months: number;
  /** Per month: 1 for lognormal, 0 for normal floored at 0. */
  lognormal: Uint8Array;
  /** lognormal: scale = median; normal: mean. */
  a: Float64Array;
  /** lognormal: sigma of log volume; normal: standard deviation. */
  b: Float64Array;
  /** The volume the plan expects each month. */
  planned: Float64Array;
}

/**
 * Per-month parameters from validated volumes. volumeFactor scales every volume (the tornado's ±20%);
 * spreadFactor scales the volatility (CV, or the interval's width).
 */
export function volumeModel(volumes: VolumeUncertainty, months: number, volumeFactor = 1, spreadFactor = 1): VolumeModel {
  const a = new Float64Array(months);
  const b = new Float64Array(months);
  const planned = new Float64Array(months);
  const lognormal = new Uint8Array(months);
  if (volumes.kind === "expected") {
    // A lognormal with mean m and CV c: sigma² = ln(1 + c²), median = m / √(1 + c²). With c = 0 this is
    // exactly m × exp(0) = m, so a certain volume reproduces the planned cost to the last bit.
    const cv = volumes.cv * spreadFactor;
    const sigma = Math.sqrt(Math.log1p(cv * cv));
    const shrink = Math.sqrt(1 + cv * cv);
    for (let m = 0; m < months; m++) {
      const mean = (typeof volumes.expected === "number" ? volumes.expected : volumes.expected[m]) * volumeFactor;
      planned[m] = mean;
      a[m] = mean / shrink;
      b[m] = sigma;
      lognormal[m] = 1;
    }
    return { months, lognormal, a, b, planned };
  }
  const z = normalQuantile(0.5 + volumes.confidence / 2);
  const wantLognormal = (volumes.distribution ?? "lognormal") === "lognormal";
  for (let m = 0; m < months; m++) {
    const f = volumes.forecast[m] * volumeFactor;
    const lo = volumes.lower[m] * volumeFactor;
    const hi = volumes.upper[m] * volumeFactor;
    planned[m] = f;
    a[m] = f;
    // The choice does not depend on the factors, so every sensitivity run models a month the same way.
    const sigma = wantLognormal && f > 0 ? lognormalSigma(f, hi - lo, z) : Infinity;
    if (sigma <= MAX_SIGMA) {
      lognormal[m] = 1;
      b[m] = spreadFactor * sigma;
    } else {
      // Normal: the interval is f ± z·sd; a forecast's lower bound clamped at 0 must not shrink sd.
      b[m] = (spreadFactor * Math.max(hi - f, f - lo)) / z;
    }
  }
  return { months, lognormal, a, b, planned };
}

/**
 * The sigma of a lognormal with median f > 0 whose central interval (± z standard deviations) is
 * `width` wide: its interval f·e^(±zσ) has width 2f·sinh(zσ). Matches the width exactly, and both bounds
 * when they are log-symmetric (f/k and f·k).
 */
function lognormalSigma(f: number, width: number, z: number): number {
  return Math.asinh(width / (2 * f)) / z;
}
