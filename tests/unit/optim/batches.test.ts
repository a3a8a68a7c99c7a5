import { describe, expect, it } from 'vitest';
import { epochBatches } from '../../../src/optim/batches.ts';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { run } from '../../../src/optim/runner.ts';
import { sgd } from '../../../src/optim/sgd.ts';
import type { DataObjective } from '../../../src/optim/types.ts';

describe('epochBatches', () => {
  it('epochBatches(12, 5, …): ⌈12/5⌉ = 3 batches an epoch, the last holding 2, every example once', () => {
    const plan = epochBatches(12, 5, 1, 3);
    expect(plan).toHaveLength(3);
    for (const e of plan) {
      expect(e.batches.map((b) => b.length)).toEqual([5, 5, 2]);
      expect([...e.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      expect(e.batches.flat()).toEqual(e.order);
    }
    expect(plan[0]!.order).not.toEqual(plan[1]!.order);
  });

  it('matches the batches sgd takes with the same seed', () => {
    const data = noisyLine({ n: 10, slope: 1, intercept: 0, noise: 0.1, seed: 4 });
    const mse = lineMSE(data);
    for (const batchSize of [1, 3, 4, 10, 25]) {
      const seen: number[][] = [];
      const spy: DataObjective = {
        ...mse,
        batchGradient: (idx, x, out) => (seen.push(Array.from(idx)), mse.batchGradient(idx, x, out)),
      };
      const plan = epochBatches(10, batchSize, 9, 3);
      const per = plan[0]!.batches.length;
      run(spy, sgd({ learningRate: 0.01, batchSize, seed: 9 }), [0, 0], { maxSteps: 3 * per });
      expect(seen).toEqual(plan.flatMap((e) => e.batches.map((b) => [...b])));
    }
  });

  it('rejects bad arguments', () => {
    expect(() => epochBatches(0, 1, 1, 1)).toThrow('invalid n: 0');
    expect(() => epochBatches(5, 0, 1, 1)).toThrow('invalid batchSize: 0');
    expect(() => epochBatches(5, 1, 0.5, 1)).toThrow('invalid seed: 0.5');
  });
});
