/** Mini-batch stochastic gradient descent over a DataObjective, shuffled by a seeded generator. */
import { createRng } from './random.ts';
import type { Objective, Optimizer } from './types.ts';
import { integer, integerAtLeast, nonNegative } from './validate.ts';
import { isDataObjective } from './dataObjective.ts';
import { direction } from './vec.ts';

/** SGD's hyperparameters: η, the mini-batch size (an integer ≥ 1, clamped to n) and the shuffling seed. */
export interface SgdOptions {
  readonly learningRate: number;
  readonly batchSize: number;
  readonly seed: number;
}

/** An SGD optimizer with its place in the data. */
export interface SgdOptimizer extends Optimizer {
  /** Epochs (full passes over the data) completed since the last reset. */
  readonly epoch: number;
  /** Mini-batches (steps) taken since the last reset. */
  readonly iteration: number;
  /** Mini-batches in one epoch over n examples: ⌈n / min(batchSize, n)⌉ (the last may be smaller). */
  batchesPerEpoch(n: number): number;
}

/**
 * One step = one mini-batch: x ← x − η · (mean gradient over the batch). Each epoch starts by
 * reshuffling the example order with the seeded generator; reset() replays the same order.
 */
export function sgd(options: SgdOptions): SgdOptimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  const batchSize = integerAtLeast('batchSize', options.batchSize, 1);
  const seed = integer('seed', options.seed);
  let rng = createRng(seed);
  let order = new Int32Array(0);
  let full = new Int32Array(0);
  let tail = new Int32Array(0);
  let g = new Float64Array(0);
  let cursor = 0;
  let epoch = 0;
  let iteration = 0;

  const prepare = (n: number, dim: number): void => {
    if (order.length !== n) {
      order = new Int32Array(n);
      const b = Math.min(batchSize, n);
      full = new Int32Array(b);
      tail = new Int32Array(n % b);
      cursor = 0;
    }
    if (g.length !== dim) g = new Float64Array(dim);
  };

  return {
    id: 'sgd',
    get epoch(): number {
      return epoch;
    },
    get iteration(): number {
      return iteration;
    },
    batchesPerEpoch(n: number): number {
      integerAtLeast('n', n, 1);
      return Math.ceil(n / Math.min(batchSize, n));
    },
    step(x: Float64Array, objective: Objective): void {
      if (!isDataObjective(objective)) {
        throw new Error(`invalid objective: sgd needs a DataObjective (per-example gradients), got '${objective.id}'`);
      }
      const n = objective.data.n;
      prepare(n, x.length);
      if (cursor === 0) {
        for (let i = 0; i < n; i++) order[i] = i;
        rng.shuffle(order);
      }
      const batch = n - cursor >= full.length ? full : tail;
      for (let k = 0; k < batch.length; k++) batch[k] = order[cursor + k]!;
      cursor += batch.length;
      if (cursor >= n) {
        cursor = 0;
        epoch++;
      }
      iteration++;
      objective.batchGradient(batch, x, g);
      const s = direction(objective.goal) * eta;
      for (let i = 0; i < x.length; i++) x[i] = x[i]! + s * g[i]!;
    },
    reset(): void {
      rng = createRng(seed);
      cursor = 0;
      epoch = 0;
      iteration = 0;
    },
  };
}

export { isDataObjective };
