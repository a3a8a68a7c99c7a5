/** The order in which mini-batch SGD visits the examples: the same shuffles as `sgd` with the same seed. */
import { createRng } from './random.ts';
import { integer, integerAtLeast } from './validate.ts';

/** One epoch's plan: the shuffled example order and the mini-batches cut from it, in order. */
export interface EpochPlan {
  readonly order: readonly number[];
  readonly batches: readonly (readonly number[])[];
}

/**
 * The mini-batches `sgd({ batchSize, seed })` takes over n examples for the first `epochs` epochs:
 * each epoch reshuffles 0…n−1 and cuts it into ⌈n / m⌉ batches of m = min(batchSize, n), the last
 * one smaller when m does not divide n.
 */
export function epochBatches(n: number, batchSize: number, seed: number, epochs: number): EpochPlan[] {
  integerAtLeast('n', n, 1);
  integerAtLeast('batchSize', batchSize, 1);
  integer('seed', seed);
  integerAtLeast('epochs', epochs, 0);
  const m = Math.min(batchSize, n);
  const rng = createRng(seed);
  const out: EpochPlan[] = [];
  for (let e = 0; e < epochs; e++) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    rng.shuffle(order);
    const batches: number[][] = [];
    for (let start = 0; start < n; start += m) batches.push(Array.from(order.subarray(start, Math.min(n, start + m))));
    out.push({ order: Array.from(order), batches });
  }
  return out;
}
