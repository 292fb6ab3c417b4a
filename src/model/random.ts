/**
 * Seeded random numbers for the volatility simulation: the same seed gives the same sequence on every
 * machine and JavaScript engine, so a saved scenario reproduces its percentiles exactly.
 *
 * - Uniform bits: xoshiro128** (Blackman & Vigna), 32-bit integer arithmetic only (Math.imul, shifts),
 *   seeded through splitmix32 so that nearby seeds (1, 2, 3, ...) give unrelated streams.
 * - Standard normals: a 128-layer ziggurat (Marsaglia & Tsang, 2000). About 98% of draws cost one
 *   32-bit output, a table look-up and a multiply; the rest fall to a wedge or tail test. The layer index
 *   and the magnitude come from separate bits of the draw, which avoids the correlation Doornik (2005)
 *   found in the original.
 *
 * Determinism: the uniform stream is exact integer arithmetic, and all other arithmetic is IEEE-754
 * double, which every engine performs identically. The ziggurat's tables (built once) and its rare wedge
 * and tail tests call Math.exp, Math.log and Math.sqrt. ECMAScript lets engines approximate exp and log,
 * so an engine could in principle differ in a last bit; that is fine in practice: sqrt is correctly
 * rounded everywhere, V8 (Node, Chrome, Edge) and SpiderMonkey (Firefox) compute exp and log with the
 * same fdlibm-derived code, and a last-bit difference would move a normal draw by one unit in its last
 * place (changing which draws the sampler accepts only with vanishing probability). The simulation's
 * own exponential (portableExp, below) uses no Math function at all.
 */
import { describeValue, invalidInput } from "./errors";

/**
 * Math's functions, bound once. Some hosts make every `Math.x` lookup slow (under Jest's sandbox a
 * million of them take about a second), and the generator makes millions.
 */
const { abs, exp, floor, imul, log, sqrt } = Math;

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/**
 * splitmix32: a counter passed through an integer hash (Wellons' "lowbias32"-style finaliser). Used to
 * expand one seed into the four words of xoshiro state. Returns a function giving unsigned 32-bit ints.
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = imul(z ^ (z >>> 16), 0x21f0aaad);
    z = imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Murmur3's 32-bit finaliser: mixes the high word of a seed into the low one (0 stays 0). */
function fmix32(h: number): number {
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Reduces any finite number to 32 bits of splitmix state. Whole numbers from 0 to 2^32 − 1 map to
 * distinct states; larger or negative whole numbers fold in their high word; fractions use their
 * IEEE-754 bits (read big-endian, so the result does not depend on the machine's byte order).
 */
function seedState(seed: number): number {
  if (Number.isInteger(seed) && abs(seed) <= Number.MAX_SAFE_INTEGER) {
    const high = floor(seed / TWO_POW_32);
    return (seed - high * TWO_POW_32) ^ fmix32(high);
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed);
  return view.getUint32(4) ^ fmix32(view.getUint32(0) ^ 0x5bd1e995);
}

/** A seed is any finite number; anything else is an input error saying so. */
export function checkSeed(seed: number): number {
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw invalidInput(`Seed must be a finite number (any whole number will do, e.g. 1); got ${describeValue(seed)}.`);
  }
  return seed;
}

// ---- Ziggurat tables (Marsaglia & Tsang's RNOR, 128 layers) ----------------------------------------
/** Right edge of the base layer; beyond it lies the tail. */
const R = 3.442619855899;
/** Area of each layer. */
const V = 9.91256303526217e-3;
/** The magnitude part of a draw is a signed 25-bit integer (+0.5, so it is symmetric about 0). */
const M1 = 16777216; // 2^24
/** kn[i]: |j| below this is inside the curve for the whole of layer i (fast accept). */
const KN = new Float64Array(128);
/** wn[i]: multiplier from j to x in layer i. */
const WN = new Float64Array(128);
/** fn[i]: the density exp(−x²/2) at layer i's right edge. */
const FN = new Float64Array(128);
{
  let dn = R;
  let tn = dn;
  const q = V / exp(-0.5 * dn * dn);
  KN[0] = (dn / q) * M1;
  KN[1] = 0;
  WN[0] = q / M1;
  WN[127] = dn / M1;
  FN[0] = 1;
  FN[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = sqrt(-2 * log(V / dn + exp(-0.5 * dn * dn)));
    KN[i + 1] = (dn / tn) * M1;
    tn = dn;
    FN[i] = exp(-0.5 * dn * dn);
    WN[i] = dn / M1;
  }
}

/**
 * A seeded stream of random numbers: xoshiro128** for bits, a ziggurat for standard normals.
 *
 * @example
 * const rng = new Random(42);
 * rng.nextFloat();  // a number in [0, 1), the same one every time for seed 42
 * rng.nextNormal(); // a standard normal draw
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed any finite number; the same seed always gives the same sequence. */
  constructor(seed: number) {
    const next = splitmix32(seedState(checkSeed(seed)));
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    // xoshiro's one forbidden state: splitmix32 practically never produces it, and the guard is free.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A generator started from raw xoshiro128** state (for checking against the reference vectors). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Random {
    const rng = new Random(0);
    rng.s0 = s0 | 0;
    rng.s1 = s1 | 0;
    rng.s2 = s2 | 0;
    rng.s3 = s3 | 0;
    if ((rng.s0 | rng.s1 | rng.s2 | rng.s3) === 0) throw invalidInput("xoshiro128** state must not be all zero.");
    return rng;
  }

  /** The next 32 random bits as a signed integer (xoshiro128**). */
  nextInt32(): number {
    const s1 = this.s1;
    const x = imul(s1, 5);
    const result = imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /** A uniform number in [0, 1) with 53 random bits (two 32-bit draws). */
  nextFloat(): number {
    const high = this.nextInt32() >>> 5; // 27 bits
    const low = this.nextInt32() >>> 6; // 26 bits
    return (high * 67108864 + low) / TWO_POW_53;
  }

  /** A uniform number strictly between 0 and 1 (32 bits), safe to take the log of. */
  private nextOpenFloat(): number {
    return ((this.nextInt32() >>> 0) + 0.5) / TWO_POW_32;
  }

  /** A standard normal draw (mean 0, standard deviation 1). */
  nextNormal(): number {
    const bits = this.nextInt32();
    const j = (bits >> 7) + 0.5;
    const layer = bits & 127;
    return abs(j) < KN[layer] ? j * WN[layer] : this.normalOutsideBox(bits);
  }

  /**
   * Fills out[start..end) with standard normal draws: the same values, in the same order, as calling
   * nextNormal() that many times, but with the generator state kept in locals for speed.
   */
  fillNormal(out: Float64Array, start = 0, end = out.length): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = start; i < end; i++) {
      const x = imul(s1, 5);
      const bits = imul((x << 7) | (x >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const j = (bits >> 7) + 0.5;
      const layer = bits & 127;
      if (abs(j) < KN[layer]) {
        out[i] = j * WN[layer];
      } else {
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
        out[i] = this.normalOutsideBox(bits);
        s0 = this.s0;
        s1 = this.s1;
        s2 = this.s2;
        s3 = this.s3;
      }
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** The ziggurat's slow path (about 2% of draws): the wedge test, the tail, or a fresh draw. */
  private normalOutsideBox(bits: number): number {
    for (;;) {
      const layer = bits & 127;
      const j = (bits >> 7) + 0.5;
      if (layer === 0) {
        // Tail beyond R (Marsaglia 1964): exponential proposals accepted against the normal's tail.
        let x: number;
        let y: number;
        do {
          x = -log(this.nextOpenFloat()) / R;
          y = -log(this.nextOpenFloat());
        } while (y + y < x * x);
        return j > 0 ? R + x : -R - x;
      }
      const x = j * WN[layer];
      if (FN[layer] + this.nextOpenFloat() * (FN[layer - 1] - FN[layer]) < exp(-0.5 * x * x)) return x;
      bits = this.nextInt32();
      const j2 = (bits >> 7) + 0.5;
      const layer2 = bits & 127;
      if (abs(j2) < KN[layer2]) return j2 * WN[layer2];
    }
  }
}

// ---- A portable exponential ---------------------------------------------------------------------
/** 2^(j/32) for j = 0..31, correctly rounded (computed to 60 digits, written to round-trip). */
const EXP2_FRACTION = new Float64Array([
  1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577, 1.1143867425958924,
  1.1387886347566916, 1.1637248587775775, 1.189207115002721, 1.215247359980469, 1.241857812073484,
  1.2690509571917332, 1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832,
  1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228, 1.5422108254079407,
  1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429, 1.718619298122478,
  1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474,
  1.9571441241754002,
]);
/** 2^m for m = −1022..1023, by exact doubling and halving. */
const EXP2_INTEGER = new Float64Array(2046);
{
  let up = 1;
  let down = 1;
  for (let m = 0; m <= 1023; m++, up *= 2) EXP2_INTEGER[1022 + m] = up;
  for (let m = 0; m >= -1022; m--, down /= 2) EXP2_INTEGER[1022 + m] = down;
}
const THIRTY_TWO_OVER_LN2 = 46.16624130844683;
/** ln 2 / 32 split in two: the high part has 21 significant bits, so k × high is exact. */
const LN2_OVER_32_HIGH = 0.021660834550857544;
const LN2_OVER_32_LOW = 1.4841640746973977e-8;
/** Adding then subtracting 1.5 × 2^52 rounds a double to the nearest integer, using only + and −. */
const ROUND_SHIFT = 6755399441055744;

/**
 * e^x using only +, −, × and exact tables (Tang's method: x = k·ln2/32 + r, e^x = 2^(k/32)·e^r with a
 * degree-6 polynomial for e^r, |r| ≤ ln2/64). IEEE-754 double arithmetic is the same on every engine, so
 * unlike Math.exp (which ECMAScript lets engines approximate) this gives the same bits everywhere. Within
 * 2 units in the last place of the true value; e^0 is exactly 1. About three times faster than Math.exp
 * in V8, which matters in the simulation's inner loop. Outside ±708 (overflow and subnormal range) it
 * defers to Math.exp.
 */
export function portableExp(x: number): number {
  if (!(x > -708 && x < 708)) return exp(x);
  const kd = x * THIRTY_TWO_OVER_LN2 + ROUND_SHIFT - ROUND_SHIFT;
  const r = x - kd * LN2_OVER_32_HIGH - kd * LN2_OVER_32_LOW;
  const k = kd | 0;
  const er = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  return er * EXP2_FRACTION[k & 31] * EXP2_INTEGER[(k >> 5) + 1022];
}

// ---- The normal distribution's quantile function --------------------------------------------------
/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p, for 0 < p < 1. Wichura's AS 241
 * (PPND16), accurate to about 1 part in 10^16; its coefficients are written as the doubles they round
 * to. Used to turn a forecast interval's confidence into a width in standard deviations (0.95 → 1.959964).
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw invalidInput(`A probability must be between 0 and 1 (exclusive); got ${describeValue(p)}.`);
  const q = p - 0.5;
  if (abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) * r + 13731.69376550946) * r + 1971.5909503065513) * r +
          133.14166789178438) * r + 3.3871328727963665)) /
      (((((((5226.495278852546 * r + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) * r + 5394.196021424751) * r + 687.1870074920579) * r +
        42.31333070160091) * r + 1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = sqrt(-log(r));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r +
        4.630337846156546) * r + 1.4234371107496835) /
      (((((((1.0507500716444169e-09 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r +
        2.053191626637759) * r + 1);
  } else {
    r -= 5;
    z =
      (((((((2.0103343992922881e-07 * r + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r +
        0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r +
        5.463784911164114) * r + 6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r +
        0.0007868691311456133) * r + 0.014875361290850615) * r + 0.1369298809227358) * r +
        0.599832206555888) * r + 1);
  }
  return q < 0 ? -z : z;
}

