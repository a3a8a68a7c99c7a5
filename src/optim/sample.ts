/**
 * Seeded noisy samples of a curve, split into the three sets that generalization needs: the
 * examples a model trains on, the validation examples that choose among models, and the test
 * examples that judge the chosen one once.
 */
import { createRng } from './random.ts';
import type { Dataset } from './types.ts';

/** A curve y = f(x) on [lo, hi] that a sample is drawn from. */
export interface Curve {
  readonly id: string;
  /** Unicode formula, e.g. "sin(3x)". */
  readonly formula: string;
  /** TeX of the formula, without delimiters. */
  readonly tex: string;
  readonly domain: readonly [number, number];
  value(x: number): number;
}

/** The curve lesson 8's data comes from: a wave that no polynomial matches exactly. */
export const WAVE: Curve = {
  id: 'wave',
  formula: 'sin(3x) + x/2',
  tex: '\\sin(3x) + \\tfrac{x}{2}',
  domain: [-1, 1],
  value: (x: number) => Math.sin(3 * x) + x / 2,
};

/** How many examples each split holds. */
export interface SplitSizes {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

/** One sample, split three ways. */
export interface Splits {
  readonly train: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
}

/** Options of noisyCurve: `n` points, x uniform on the curve's domain, y = f(x) + noise·N(0, 1). */
export interface NoisyCurveOptions {
  readonly n: number;
  /** Standard deviation of the noise added to each y (≥ 0). */
  readonly noise: number;
  readonly seed: number;
}

/** n points scattered about a curve (features = 1), drawn by the seeded generator. */
export function noisyCurve(curve: Curve, { n, noise, seed }: NoisyCurveOptions): Dataset {
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`invalid n: ${n}`);
  if (!(Number.isFinite(noise) && noise >= 0)) throw new Error(`invalid noise: ${noise}`);
  const [lo, hi] = curve.domain;
  const rng = createRng(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = lo + (hi - lo) * rng.next();
    x[i] = xi;
    y[i] = curve.value(xi) + noise * rng.normal();
  }
  return { n, features: 1, x, y };
}

/** Rows [from, to) of a data set, as a data set of its own (copies). */
export function rows(data: Dataset, from: number, to: number): Dataset {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= data.n))
    throw new Error(`invalid rows: [${from}, ${to}) of ${data.n}`);
  const f = data.features;
  return { n: to - from, features: f, x: data.x.slice(from * f, to * f), y: data.y.slice(from, to) };
}

/**
 * One noisy sample of train + validation + test points, cut in that order. The draws are
 * independent, so the first `train` points are as random a choice as any.
 */
export function sampleSplits(curve: Curve, sizes: SplitSizes, noise: number, seed: number): Splits {
  const { train, validation, test } = sizes;
  for (const [key, v] of Object.entries(sizes))
    if (!(Number.isInteger(v) && v >= 1)) throw new Error(`invalid ${key}: ${v}`);
  const all = noisyCurve(curve, { n: train + validation + test, noise, seed });
  return {
    train: rows(all, 0, train),
    validation: rows(all, train, train + validation),
    test: rows(all, train + validation, train + validation + test),
  };
}

/** The world of lesson 8: 12 training, 12 validation and 200 test points of the wave, with noise 0.3. */
export const WAVE_SAMPLE = { sizes: { train: 12, validation: 12, test: 200 }, noise: 0.3 } as const;

/** One draw of lesson 8's world, by seed. */
export function waveSplits(seed: number): Splits {
  return sampleSplits(WAVE, WAVE_SAMPLE.sizes, WAVE_SAMPLE.noise, seed);
}
