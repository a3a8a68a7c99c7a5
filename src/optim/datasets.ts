/** Seeded toy data sets: a noisy line for regression (the 2-D two-class problems are in twoClass.ts). */
import { checkCount, checkNonNegative, createRng } from './random.ts';
import type { Dataset } from './types.ts';

/** Options of noisyLine: y = slope·x + intercept + noise·N(0, 1), x uniform in xRange (default [0, 1]). */
export interface NoisyLineOptions {
  readonly n: number;
  readonly slope: number;
  readonly intercept: number;
  readonly noise: number;
  readonly seed: number;
  readonly xRange?: readonly [number, number];
}

/** n points scattered about a line (features = 1). */
export function noisyLine({ n, slope, intercept, noise, seed, xRange = [0, 1] }: NoisyLineOptions): Dataset {
  checkCount(n, 1);
  checkNonNegative('noise', noise);
  if (!(Number.isFinite(slope) && Number.isFinite(intercept)))
    throw new Error(`invalid slope/intercept: ${slope}, ${intercept}`);
  const [lo, hi] = xRange;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new Error(`invalid xRange: [${lo}, ${hi}]`);
  const rng = createRng(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = lo + (hi - lo) * rng.next();
    x[i] = xi;
    y[i] = slope * xi + intercept + noise * rng.normal();
  }
  return { n, features: 1, x, y };
}
