import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';
import { run } from '../../../src/optim/runner.ts';
import { isDataObjective, sgd } from '../../../src/optim/sgd.ts';
import type { DataObjective } from '../../../src/optim/types.ts';

const data = noisyLine({ n: 10, slope: 2, intercept: 1, noise: 0.2, seed: 1 });
const mse = lineMSE(data);

describe('sgd', () => {
  it('sgd: same seed, same trajectory; different seed, different path', () => {
    const a = run(mse, sgd({ learningRate: 0.3, batchSize: 3, seed: 7 }), [0, 0], { maxSteps: 50 });
    const b = run(mse, sgd({ learningRate: 0.3, batchSize: 3, seed: 7 }), [0, 0], { maxSteps: 50 });
    const c = run(mse, sgd({ learningRate: 0.3, batchSize: 3, seed: 8 }), [0, 0], { maxSteps: 50 });
    expect(a.positions).toEqual(b.positions);
    expect(a.positions).not.toEqual(c.positions);
  });

  it('sgd with batchSize = n equals full-batch gradient descent step for step (1e-12)', () => {
    const big = lineMSE(noisyLine({ n: 100, slope: -1, intercept: 3, noise: 0.5, seed: 2 }));
    for (const batchSize of [100, 1000]) {
      const a = run(big, sgd({ learningRate: 0.5, batchSize, seed: 3 }), [1, 1], { maxSteps: 200 });
      const b = run(big, gradientDescent({ learningRate: 0.5 }), [1, 1], { maxSteps: 200 });
      expect(a.steps).toBe(b.steps);
      for (let i = 0; i < a.positions.length; i++)
        expect(Math.abs(a.positions[i]! - b.positions[i]!)).toBeLessThan(1e-12);
    }
  });

  it('sgd: epochs, iterations, a smaller last batch, every example once per epoch', () => {
    const batches: number[][] = [];
    const spy: DataObjective = {
      ...mse,
      batchGradient(indices, x, out) {
        batches.push(Array.from(indices));
        return mse.batchGradient(indices, x, out);
      },
    };
    const opt = sgd({ learningRate: 0.1, batchSize: 4, seed: 1 });
    expect(opt.batchesPerEpoch(10)).toBe(3);
    expect(opt.batchesPerEpoch(2)).toBe(1);
    const x = Float64Array.from([0, 0]);
    for (let k = 0; k < 6; k++) opt.step(x, spy);
    expect(opt.iteration).toBe(6);
    expect(opt.epoch).toBe(2);
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2, 4, 4, 2]);
    const first = batches
      .slice(0, 3)
      .flat()
      .sort((p, q) => p - q);
    const second = batches
      .slice(3)
      .flat()
      .sort((p, q) => p - q);
    expect(first).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(second).toEqual(first);
    expect(batches.slice(0, 3).flat()).not.toEqual(batches.slice(3).flat()); // reshuffled
    opt.reset();
    expect([opt.epoch, opt.iteration]).toEqual([0, 0]);
  });

  it('sgd descends the line fit on average', () => {
    const big = lineMSE(noisyLine({ n: 200, slope: 2, intercept: 1, noise: 0.1, seed: 4 }));
    const r = run(big, sgd({ learningRate: 0.5, batchSize: 8, seed: 1 }), [0, 0], { maxSteps: 2000 });
    const min = big.known[0]!;
    expect(Math.hypot(r.positions[2 * r.steps]! - min.x[0]!, r.positions[2 * r.steps + 1]! - min.x[1]!)).toBeLessThan(
      0.1,
    );
  });

  it('sgd needs a DataObjective', () => {
    expect(isDataObjective(mse)).toBe(true);
    expect(isDataObjective(quadraticXY)).toBe(false);
    expect(() => run(quadraticXY, sgd({ learningRate: 0.1, batchSize: 1, seed: 1 }), [1, 1])).toThrow(
      "invalid objective: sgd needs a DataObjective (per-example gradients), got 'quadratic'",
    );
  });

  it('sgd rejects bad batchSize and seed', () => {
    expect(() => sgd({ learningRate: 0.1, batchSize: 0, seed: 1 })).toThrow('invalid batchSize: 0');
    expect(() => sgd({ learningRate: 0.1, batchSize: 2.5, seed: 1 })).toThrow('invalid batchSize: 2.5');
    expect(() => sgd({ learningRate: 0.1, batchSize: 2, seed: 0.5 })).toThrow('invalid seed: 0.5');
    expect(() => sgd({ learningRate: NaN, batchSize: 2, seed: 1 })).toThrow('invalid learningRate: NaN');
  });
});
