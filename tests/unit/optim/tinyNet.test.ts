import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/optim/adam.ts';
import { moons, xor } from '../../../src/optim/twoClass.ts';
import { accuracy, sigmoid } from '../../../src/optim/classify.ts';
import { run } from '../../../src/optim/runner.ts';
import { tinyNet, tinyNetDim, tinyNetInit, tinyNetPredict } from '../../../src/optim/tinyNet.ts';
import { maxRelError, numericGradient, windowPoints, worstGradientError } from './fd.ts';

describe('tinyNet', () => {
  const net = tinyNet(moons({ n: 50, seed: 4 }), { hidden: 3 });

  it('tinyNet(data, {hidden}): dim 4·hidden + 1, layout names', () => {
    expect(net.dim).toBe(13);
    expect(tinyNetDim(3)).toBe(13);
    expect(net.params.slice(0, 2)).toEqual(['W1[1,1]', 'W1[1,2]']);
    expect(net.params[6]).toBe('b1[1]');
    expect(net.params[9]).toBe('W2[1]');
    expect(net.params[12]).toBe('b2');
  });

  it('tinyNet: backprop gradient matches central differences at 100 points', () => {
    expect(worstGradientError(net)).toBeLessThan(1e-5);
  });

  it('tinyNet: example gradients and batch = mean of examples', () => {
    const g = new Float64Array(net.dim);
    const acc = new Float64Array(net.dim);
    const batch = new Float64Array(net.dim);
    for (const [k, x] of windowPoints(net, 100, 3).entries()) {
      const i = k % net.data.n;
      net.exampleGradient(i, x, g);
      expect(
        maxRelError(
          g,
          numericGradient((p) => net.exampleValue(i, p), x),
        ),
      ).toBeLessThan(1e-5);
      acc.fill(0);
      const idx = [i, (i + 1) % net.data.n];
      for (const j of idx) {
        net.exampleGradient(j, x, g);
        for (let d = 0; d < net.dim; d++) acc[d] = acc[d]! + g[d]! / 2;
      }
      expect(maxRelError(net.batchGradient(idx, x, batch), acc)).toBeLessThan(1e-12);
    }
  });

  it('tinyNetPredict matches the layout by hand', () => {
    // h = 1: W1 = [1, 2], b1 = [0.5], W2 = [3], b2 = -1
    const p = [1, 2, 0.5, 3, -1];
    expect(tinyNetPredict({ hidden: 1 }, p, 0.2, -0.4)).toBeCloseTo(sigmoid(3 * Math.tanh(0.2 - 0.8 + 0.5) - 1), 15);
  });

  it('tinyNetInit(hidden, seed) is seeded, zero biases', () => {
    const a = tinyNetInit(4, 1);
    expect(a).toEqual(tinyNetInit(4, 1));
    expect(a).not.toEqual(tinyNetInit(4, 2));
    expect(a.length).toBe(17);
    expect([...a.slice(8, 12), a[16]]).toEqual([0, 0, 0, 0, 0]);
    expect(() => tinyNetInit(0, 1)).toThrow('invalid hidden: 0');
  });

  it('tinyNet learns XOR to ≥ 95 % accuracy with Adam (η = 0.05, 1000 steps, seed 1)', () => {
    const xorNet = tinyNet(xor({ n: 200, seed: 1 }), { hidden: 4 });
    const result = run(xorNet, adam({ learningRate: 0.05 }), tinyNetInit(4, 1), { maxSteps: 1000 });
    const end = result.positions.subarray(result.steps * xorNet.dim);
    expect(accuracy(xorNet, tinyNetInit(4, 1))).toBeLessThan(0.9);
    expect(accuracy(xorNet, end)).toBeGreaterThanOrEqual(0.95);
    expect(result.values[result.steps]!).toBeLessThan(0.05);
  });
});
