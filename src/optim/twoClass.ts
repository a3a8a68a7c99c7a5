/** Seeded 2-D two-class data sets: blobs, XOR, circles and moons. */
import { checkCount, checkNonNegative, createRng, type Rng } from './random.ts';
import type { Dataset } from './types.ts';

/** Options of the 2-D classification generators; `noise` is the standard deviation added to each input. */
export interface ClassificationOptions {
  readonly n: number;
  readonly seed: number;
  readonly noise?: number;
}

/** Fills a 2-feature data set, alternating labels 0, 1, 0, … so the classes are balanced. */
function twoClass(
  { n, seed, noise = 0 }: ClassificationOptions,
  point: (label: 0 | 1, rng: Rng) => readonly [number, number],
): Dataset {
  checkCount(n, 2);
  checkNonNegative('noise', noise);
  const rng = createRng(seed);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = (i % 2) as 0 | 1;
    const [a, b] = point(label, rng);
    x[2 * i] = a + noise * rng.normal();
    x[2 * i + 1] = b + noise * rng.normal();
    y[i] = label;
  }
  return { n, features: 2, x, y };
}

/** Two Gaussian blobs centred at (−1, −1) (label 0) and (1, 1) (label 1), standard deviation `spread` (default 0.5). */
export function blobs({
  n,
  seed,
  spread = 0.5,
}: {
  readonly n: number;
  readonly seed: number;
  readonly spread?: number;
}): Dataset {
  checkNonNegative('spread', spread);
  return twoClass({ n, seed, noise: spread }, (label) => (label === 1 ? [1, 1] : [-1, -1]));
}

/** XOR in [−1, 1]²: label 1 where x1 and x2 have opposite signs (points keep 0.1 away from the axes). */
export function xor({ n, seed, noise = 0 }: ClassificationOptions): Dataset {
  return twoClass({ n, seed, noise }, (label, rng) => {
    const a = 0.1 + 0.9 * rng.next();
    const b = 0.1 + 0.9 * rng.next();
    const s = rng.next() < 0.5 ? -1 : 1;
    return label === 0 ? [s * a, s * b] : [s * a, -s * b];
  });
}

/** Two concentric classes: label 0 inside radius 0.5, label 1 on the ring 0.7–1 (default noise 0.05). */
export function circles({ n, seed, noise = 0.05 }: ClassificationOptions): Dataset {
  return twoClass({ n, seed, noise }, (label, rng) => {
    const r = label === 0 ? 0.5 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
    const t = 2 * Math.PI * rng.next();
    return [r * Math.cos(t), r * Math.sin(t)];
  });
}

/** Two interleaving half-moons (as scikit-learn draws them), default noise 0.1. */
export function moons({ n, seed, noise = 0.1 }: ClassificationOptions): Dataset {
  return twoClass({ n, seed, noise }, (label, rng) => {
    const t = Math.PI * rng.next();
    return label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
  });
}

/** The 2-D classification generators by id, with one options shape (`noise` is blobs' spread). */
export const DATASETS = {
  blobs: {
    name: 'Blobs',
    generate: (o: ClassificationOptions): Dataset => blobs({ n: o.n, seed: o.seed, spread: o.noise ?? 0.5 }),
  },
  xor: { name: 'XOR', generate: xor },
  circles: { name: 'Circles', generate: circles },
  moons: { name: 'Moons', generate: moons },
} as const;

/** The id of a registered classification data set. */
export type DatasetId = keyof typeof DATASETS;
