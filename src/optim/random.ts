/** A small seeded pseudo-random generator (sfc32), identical in Node and in the browser. */

/** A seeded random source. Every draw advances the same state. */
export interface Rng {
  /** The integer seed it was created with. */
  readonly seed: number;
  /** A uniform number in [0, 1). */
  next(): number;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** Shuffles a in place (Fisher–Yates). */
  shuffle(a: Int32Array | number[]): void;
}

/** Creates a generator from an integer seed (any sign; taken modulo 2³²). */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  // sfc32 state, seeded with splitmix-style scrambles so nearby seeds diverge at once.
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  let spare = NaN;

  const u32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) u32();

  const next = (): number => u32() / 4294967296;

  return {
    seed,
    next,
    normal(): number {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = NaN;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n: number): number {
      if (!(Number.isInteger(n) && n >= 1)) throw new Error(`invalid n: ${n}`);
      return Math.floor(next() * n);
    },
    shuffle(arr: Int32Array | number[]): void {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = arr[i]!;
        arr[i] = arr[j]!;
        arr[j] = t;
      }
    },
  };
}

/** Argument checks of the seeded data generators (datasets.ts, twoClass.ts). */
export function checkCount(n: number, min: number): void {
  if (!(Number.isInteger(n) && n >= min)) throw new Error(`invalid n: ${n}`);
}

export function checkNonNegative(key: string, v: number): void {
  if (!(Number.isFinite(v) && v >= 0)) throw new Error(`invalid ${key}: ${v}`);
}
