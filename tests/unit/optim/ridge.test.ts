import { describe, expect, it } from 'vitest';
import { lineMSE } from '../../../src/optim/losses.ts';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';
import { ridge, ridgePenalty } from '../../../src/optim/ridge.ts';
import { isDataObjective, sgd } from '../../../src/optim/sgd.ts';
import { run } from '../../../src/optim/runner.ts';
import { worstGradientError } from './fd.ts';

const data = noisyLine({ n: 20, slope: 1.2, intercept: 0.6, noise: 0.35, seed: 3, xRange: [0, 3] });

describe('ridge', () => {
  it('ridgePenalty is α times the squared length', () => {
    expect(ridgePenalty(0.5, [3, 4])).toBe(12.5);
    expect(ridgePenalty(2, [])).toBe(0);
  });

  it('ridge(objective, α) adds α‖θ‖² to the value and 2αθ to the gradient', () => {
    const r = ridge(quadraticXY, 0.25);
    expect(r.value([1, 2])).toBeCloseTo(quadraticXY.value([1, 2]) + 0.25 * 5, 14);
    const g = r.gradient([1, 2], new Float64Array(2));
    const g0 = quadraticXY.gradient([1, 2], new Float64Array(2));
    expect(g[0]).toBeCloseTo(g0[0]! + 0.5, 14);
    expect(g[1]).toBeCloseTo(g0[1]! + 1, 14);
    expect(r.known).toEqual([]);
    expect(worstGradientError(r)).toBeLessThan(1e-6);
  });

  it('ridge with α = 0 is the objective itself; a bad α is rejected', () => {
    expect(ridge(quadraticXY, 0)).toBe(quadraticXY);
    expect(() => ridge(quadraticXY, -0.1)).toThrow('invalid alpha: -0.1');
    expect(() => ridge(quadraticXY, Infinity)).toThrow('invalid alpha: Infinity');
  });

  it('on a data objective the penalty rides with every example, so any batch counts it once', () => {
    const base = lineMSE(data);
    const r = ridge(base, 0.1);
    expect(isDataObjective(r)).toBe(true);
    const th = [0.7, -0.2];
    let mean = 0;
    for (let i = 0; i < data.n; i++) mean += r.exampleValue(i, th) / data.n;
    expect(mean).toBeCloseTo(r.value(th), 12);
    const batch = r.batchGradient([2, 5, 7], th, new Float64Array(2));
    const plain = base.batchGradient([2, 5, 7], th, new Float64Array(2));
    expect(batch[0]).toBeCloseTo(plain[0]! + 0.2 * 0.7, 12);
    expect(batch[1]).toBeCloseTo(plain[1]! - 0.2 * 0.2, 12);
    const one = r.exampleGradient(4, th, new Float64Array(2));
    const onePlain = base.exampleGradient(4, th, new Float64Array(2));
    expect(one[0]).toBeCloseTo(onePlain[0]! + 0.14, 12);
  });

  it('ridge: the bottom of the penalized line fit moves towards θ = 0 as α grows', () => {
    const at = (alpha: number) => {
      const r = run(ridge(lineMSE(data), alpha), sgd({ learningRate: 0.04, batchSize: data.n, seed: 1 }), [0, 0], {
        maxSteps: 20000,
        toleranceGrad: 1e-10,
      });
      expect(r.stop.reason).toBe('tolerance-grad');
      return Math.hypot(r.positions[2 * r.steps]!, r.positions[2 * r.steps + 1]!);
    };
    const lengths = [0, 0.01, 0.1, 1, 10].map(at);
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]).toBeLessThan(lengths[i - 1]!);
    expect(lengths[4]).toBeLessThan(0.25);
  });
});
