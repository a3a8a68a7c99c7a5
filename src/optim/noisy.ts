/** Gradient descent with seeded Gaussian noise added to the gradient, its scale decaying step by step. */
import { createRng, type Rng } from './random.ts';
import { run } from './runner.ts';
import type { Objective, Optimizer, StopRule, Vec } from './types.ts';
import { integer, nonNegative, positive } from './validate.ts';
import { direction, ensureLength } from './vec.ts';

/** η, the starting noise scale σ₀ (in gradient units), its half-life in steps, and the noise seed. */
export interface NoisyDescentOptions {
  readonly learningRate: number;
  readonly noise: number;
  readonly halfLife: number;
  readonly seed: number;
}

/** The noise scale at step k (0-based): σ_k = σ₀ · 2^(−k / halfLife). */
export function noiseScaleAt(options: Pick<NoisyDescentOptions, 'noise' | 'halfLife'>, k: number): number {
  return options.noise * Math.pow(2, -k / options.halfLife);
}

/**
 * x ← x − η (∇f(x) + σ_k ξ_k), ξ_k a standard normal draw per coordinate from the seeded generator:
 * a stand-in for the noise of mini-batch gradients. With noise 0 it is gradient descent step for step.
 * Its id is 'noisy-gd', not the registry's 'sgd' (mini-batches over a DataObjective's examples):
 * it is not in the optimizer registry, and nothing that reads an id (the playground's slots, the
 * URL) offers it.
 */
export function noisyGradientDescent(options: NoisyDescentOptions): Optimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  const noise = nonNegative('noise', options.noise);
  const halfLife = positive('halfLife', options.halfLife);
  const seed = integer('seed', options.seed);
  let rng: Rng = createRng(seed);
  let g: Float64Array = new Float64Array(0);
  let k = 0;
  return {
    id: 'noisy-gd',
    step(x: Float64Array, objective: Objective): void {
      g = ensureLength(g, x.length);
      objective.gradient(x, g);
      const sigma = noiseScaleAt({ noise, halfLife }, k);
      const s = direction(objective.goal) * eta;
      for (let i = 0; i < x.length; i++) x[i] = x[i]! + s * (g[i]! + sigma * rng.normal());
      k++;
    },
    reset(): void {
      rng = createRng(seed);
      k = 0;
    },
  };
}

/**
 * Where noisy descent ends from one start for each seed 1…count (the same options otherwise):
 * the final position's first coordinate, or NaN for a run that diverged.
 */
export function seedSweep(
  objective: Objective,
  options: Omit<NoisyDescentOptions, 'seed'>,
  start: Vec,
  count: number,
  rule?: StopRule,
): Float64Array {
  integer('count', count);
  const out = new Float64Array(Math.max(0, count));
  for (let seed = 1; seed <= count; seed++) {
    const r = run(objective, noisyGradientDescent({ ...options, seed }), start, rule);
    out[seed - 1] = r.stop.reason === 'diverged' ? NaN : r.positions[r.steps * r.dim]!;
  }
  return out;
}
