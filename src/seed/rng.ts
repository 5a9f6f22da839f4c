// A small seeded PRNG and calendar helpers for the demo generator. Never Math.random or the clock:
// the same options must give the same rows.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick from [item, weight] pairs. */
  weighted<T>(table: WeightedTable<T>): T;
  shuffle<T>(items: T[]): T[];
  /** A child generator with its own stream, so adding draws in one part does not shift another. */
  fork(label: string): Rng;
}

export interface WeightedTable<T> {
  items: readonly T[];
  cumulative: Float64Array;
  total: number;
}

/** Precomputes cumulative weights once; picking is then a binary search. */
export function table<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  return { items: pairs.map(([t]) => t), cumulative, total };
}

function hashLabel(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32: tiny, fast, good enough for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (t) => {
      const x = next() * t.total;
      let lo = 0;
      let hi = t.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((t.cumulative[mid] ?? 0) > x) hi = mid;
        else lo = mid + 1;
      }
      return t.items[lo] as (typeof t.items)[number];
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = tmp;
      }
      return items;
    },
    fork: (label) => createRng(hashLabel(seed, label)),
  };
  return rng;
}

/**
 * Splits `total` into integers proportional to `weights`, each at least `min`, summing exactly to
 * `total` (largest remainder; ties go to the lower index, so it is deterministic).
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const spare = total - min * n;
  if (spare < 0) throw new Error(`cannot split ${total} into ${n} parts of at least ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * spare);
  const out = exact.map((x) => min + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) out[order[k]!.i]! += 1;
  return out;
}

// ---- Calendar dates as day numbers (days since 1970-01-01, UTC): cheap arithmetic, no time zones.

const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  const d = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(d).toISOString().slice(0, 10) !== iso) throw new Error(`not a date: ${iso}`);
  return d / DAY_MS;
}

/** 'YYYY-MM-DD' for a day number; memoized, so equal dates share one string. */
export function isoOf(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Same calendar day `years` later; 29 February falls back to 28 February. */
export function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / DAY_MS;
}

export function ymd(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** A uniform day in [lo, hi]; if the range is empty, lo. */
export function dayBetween(rng: Rng, lo: number, hi: number): number {
  return hi <= lo ? lo : rng.int(lo, hi);
}
