/** The data sets the lessons share, so prose, figures and tests see the same points. */
import { noisyLine, type Dataset } from '../../optim/index.ts';

/** Lesson 1–2's line-fit data: 12 points about y = 1.2x + 0.6 with noise 0.35 on x ∈ [0, 3]. */
export function lineFitData(seed: number): Dataset {
  return noisyLine({ n: 12, slope: 1.2, intercept: 0.6, noise: 0.35, seed, xRange: [0, 3] });
}

/** Lesson 5's SGD data: 48 points about y = 1.2x + 0.6 with noise 0.5 on x ∈ [0, 3] (48 has many divisors). */
export function sgdLineData(seed = 7): Dataset {
  return noisyLine({ n: 48, slope: 1.2, intercept: 0.6, noise: 0.5, seed, xRange: [0, 3] });
}
