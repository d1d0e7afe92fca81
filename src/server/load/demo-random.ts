/**
 * Seeded randomness and exact integer allocation for the demo generator. Nothing here reads the clock
 * or Math.random: the same seed gives the same numbers on every run and every machine.
 */

export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a text, as an unsigned 32-bit integer. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator seeded by a fixed seed and a key, so each key's numbers do not depend on call order. */
export function rngFor(seed: number, ...key: (string | number)[]): Rng {
  return mulberry32(hash32(`${seed}|${key.join('|')}`));
}

/** A number in [lo, hi) drawn once for a key: stable per key. */
export function uniformFor(
  seed: number,
  lo: number,
  hi: number,
  ...key: (string | number)[]
): number {
  return lo + (hi - lo) * rngFor(seed, ...key)();
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Binomial(n, p): by inversion when n·p is small, else the normal approximation, clamped to [0, n]. */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  const mean = n * p;
  if (mean >= 12) {
    const k = Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(rng));
    return Math.min(n, Math.max(0, k));
  }
  const q = 1 - p;
  const r = p / q;
  let f = Math.pow(q, n);
  let u = rng();
  let k = 0;
  while (u > f && k < n) {
    u -= f;
    k++;
    f *= (r * (n - k + 1)) / k;
  }
  return k;
}

/** Multinomial(n, weights) by sequential binomials; the counts always add up to n exactly. */
export function multinomial(rng: Rng, n: number, weights: readonly number[]): number[] {
  const out = new Array<number>(weights.length).fill(0);
  let remainingWeight = weights.reduce((a, b) => a + b, 0);
  let remaining = n;
  let last = -1;
  weights.forEach((w, i) => {
    if (w > 0) last = i;
  });
  for (let i = 0; i < weights.length && remaining > 0; i++) {
    const w = weights[i] ?? 0;
    if (w <= 0) continue;
    const k = i === last ? remaining : binomial(rng, remaining, w / remainingWeight);
    out[i] = k;
    remaining -= k;
    remainingWeight -= w;
  }
  return out;
}

/** Split `total` in proportion to `weights` by largest remainder; ties go to the earlier index. */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const out = exact.map(Math.floor);
  let short = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (short <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    short--;
  }
  return out;
}

/** Index drawn with probability proportional to its weight (weights need not be normalised). */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  let u = rng() * sum;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] ?? 0;
    if (u < 0 && (weights[i] ?? 0) > 0) return i;
  }
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return i;
  return -1;
}
