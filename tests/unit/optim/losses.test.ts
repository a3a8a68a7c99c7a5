import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { blobs, xor } from '../../../src/optim/twoClass.ts';
import { squaredError, leastSquares, lineMSE } from '../../../src/optim/losses.ts';
import { accuracy, crossEntropy, logisticLoss, sigmoid, softplus } from '../../../src/optim/classify.ts';
import type { DataObjective } from '../../../src/optim/types.ts';
import { maxRelError, numericGradient, windowPoints, worstGradientError } from './fd.ts';

/** Example gradients vs finite differences, and batch gradient = mean of example gradients. */
function checkExamples(o: DataObjective): void {
  const g = new Float64Array(o.dim);
  const sum = new Float64Array(o.dim);
  const batch = new Float64Array(o.dim);
  const indices = [0, 3, 3, 7, o.data.n - 1];
  for (const x of windowPoints(o, 100, 11)) {
    const i = Math.floor(x[0]! * 1e6) % o.data.n;
    const k = i < 0 ? i + o.data.n : i;
    o.exampleGradient(k, x, g);
    expect(
      maxRelError(
        g,
        numericGradient((p) => o.exampleValue(k, p), x),
      ),
    ).toBeLessThan(1e-5);
    sum.fill(0);
    for (const j of indices) {
      o.exampleGradient(j, x, g);
      for (let d = 0; d < o.dim; d++) sum[d] = sum[d]! + g[d]! / indices.length;
    }
    o.batchGradient(indices, x, batch);
    expect(maxRelError(batch, sum)).toBeLessThan(1e-12);
  }
  // value is the mean of exampleValue
  const x = windowPoints(o, 1, 2)[0]!;
  let mean = 0;
  for (let i = 0; i < o.data.n; i++) mean += o.exampleValue(i, x) / o.data.n;
  expect(o.value(x)).toBeCloseTo(mean, 10);
}

describe('sigmoid, softplus, crossEntropy, squaredError', () => {
  it('sigmoid is stable at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
  });
  it('softplus(z) = ln(1 + e^z) without overflow', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
  });
  it('crossEntropy(p, y)', () => {
    expect(crossEntropy(0.5, 1)).toBeCloseTo(Math.LN2, 15);
    expect(crossEntropy(0.9, 0)).toBeCloseTo(-Math.log(0.1), 12);
    expect(Number.isFinite(crossEntropy(0, 1))).toBe(true);
  });
  it('squaredError(p, y)', () => {
    expect(squaredError(0.25, 1)).toBe(0.5625);
    expect(squaredError(1, 0)).toBe(1);
    expect(squaredError(0.3, 0.3)).toBe(0);
  });
});

describe('lineMSE', () => {
  const data = noisyLine({ n: 60, slope: 2, intercept: -1, noise: 0.3, seed: 5 });
  const o = lineMSE(data);

  it('lineMSE(data): gradient matches central differences at 100 points', () => {
    expect(worstGradientError(o)).toBeLessThan(1e-5);
  });
  it('lineMSE: example and batch gradients', () => checkExamples(o));

  it('lineMSE: the 1/2n convention and the least-squares minimum', () => {
    expect(o.params).toEqual(['m', 'b']);
    const [m, b] = [0.5, 0.25];
    let s = 0;
    for (let i = 0; i < data.n; i++) s += (m * data.x[i]! + b - data.y[i]!) ** 2;
    expect(o.value([m, b])).toBeCloseTo(s / (2 * data.n), 12);
    const fit = leastSquares(data)!;
    const min = o.known[0]!;
    expect(min.x).toEqual([fit.m, fit.b]);
    expect(Math.abs(fit.m - 2)).toBeLessThan(0.5);
    const g = o.gradient(min.x, new Float64Array(2));
    expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-12);
    // centred on the minimum
    for (let k = 0; k < 2; k++) {
      const [lo, hi] = o.window[k]!;
      expect((lo + hi) / 2).toBeCloseTo(min.x[k]!, 12);
    }
  });

  it('lineMSE rejects data with 2 features', () => {
    expect(() => lineMSE(xor({ n: 10, seed: 1 }))).toThrow('invalid data');
  });
});

describe('logisticLoss', () => {
  const o = logisticLoss(blobs({ n: 80, seed: 2, spread: 1 }));
  it('logisticLoss(data): gradient matches central differences at 100 points', () => {
    expect(worstGradientError(o)).toBeLessThan(1e-5);
  });
  it('logisticLoss: example and batch gradients', () => checkExamples(o));
  it('logisticLoss: ln 2 at zero weights, stable for huge logits', () => {
    expect(o.params).toEqual(['w1', 'w2', 'b']);
    expect(o.value([0, 0, 0])).toBeCloseTo(Math.LN2, 14);
    expect(Number.isFinite(o.value([1e4, 1e4, 0]))).toBe(true);
  });
  it('accuracy(objective, params) on blobs', () => {
    expect(accuracy(o, [1, 1, 0])).toBeGreaterThan(0.8);
    expect(accuracy(o, [-1, -1, 0])).toBeLessThan(0.2);
  });
});
