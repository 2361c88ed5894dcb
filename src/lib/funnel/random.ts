/**
 * Seeded randomness for the Monte Carlo: the same seed gives the same stream on every machine,
 * so the same inputs give the same figures. Not for anything secret.
 */

/** A uniform draw in [0, 1). */
export type Uniform = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand): 128 bits of
 * state, a period of at least 2^32 thanks to its counter, passes PractRand and BigCrush, and only
 * needs 32-bit integer arithmetic, which JavaScript does exactly. The seed is spread over the
 * state with splitmix32 and the first outputs are thrown away, so seeds 1 and 2 share nothing.
 */
export function sfc32(seed: number): Uniform {
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * A triangular draw on [low, high] peaking at `likely`, by its inverse CDF (one uniform per
 * draw, always, so a range on one input never shifts the draws of the others). Triangular rather
 * than PERT: exact and cheap, and its mean (low + likely + high) ÷ 3 is easy to explain; with a
 * symmetric range it is the likely value.
 */
export function triangular(u: number, low: number, likely: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return likely;
  const split = (likely - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (likely - low))
    : high - Math.sqrt((1 - u) * width * (high - likely));
}

/** Standard normal draws by Box–Muller, two per pair of uniforms (the spare is kept). */
export function normalSource(uniform: Uniform): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** Above this variance n·p·(1 − p) the binomial is drawn from its normal approximation. */
export const NORMAL_FROM_VARIANCE = 16;

/**
 * How many of `n` leads convert at rate `p`: Binomial(n, p). Small expected counts (variance
 * under 16) are drawn exactly, by inversion of the CDF (about n·p steps); larger ones by the
 * normal approximation with rounding, which keeps the mean and is off by well under a lead,
 * four standard deviations from either bound. `n` is expected to be whole.
 */
export function binomial(n: number, p: number, uniform: Uniform, normal: () => number): number {
  if (!(n > 0) || !(p > 0)) return 0;
  if (p >= 1) return n;
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const variance = n * q * (1 - q);
  let k: number;
  if (variance >= NORMAL_FROM_VARIANCE) {
    k = Math.min(n, Math.max(0, Math.round(n * q + Math.sqrt(variance) * normal())));
  } else {
    const odds = q / (1 - q);
    const a = (n + 1) * odds;
    let mass = Math.pow(1 - q, n);
    let u = uniform();
    // Float error can leave u above the whole mass; stop where the tail is nothing anyway.
    const limit = Math.min(n, Math.ceil(n * q + 20 * Math.sqrt(variance) + 30));
    k = 0;
    while (u > mass && k < limit) {
      u -= mass;
      k++;
      mass *= a / k - odds;
    }
  }
  return flip ? n - k : k;
}
