import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/optim/adam.ts';
import {
  curveNet,
  curveNetDim,
  curveNetInit,
  curveNetStaircase,
  curveNetUnit,
  curveNetValue,
  maxCurveError,
} from '../../../src/optim/curveNet.ts';
import { run } from '../../../src/optim/runner.ts';
import { WAVE, noisyCurve, type Curve } from '../../../src/optim/sample.ts';
import type { Dataset } from '../../../src/optim/types.ts';
import { worstGradientError } from './fd.ts';

const data = noisyCurve(WAVE, { n: 30, noise: 0, seed: 5 });

describe('curveNet', () => {
  it('curveNetDim is 3H + 1, and the output is the units’ contributions plus c', () => {
    expect(curveNetDim(4)).toBe(13);
    const p = curveNetInit(4, 3);
    const x = 0.37;
    let sum = p[12]!;
    for (let j = 0; j < 4; j++) sum += curveNetUnit(p, 4, j, x);
    expect(curveNetValue(p, 4, x)).toBe(sum);
    expect(curveNetUnit(p, 4, 1, x)).toBe(p[9]! * Math.tanh(p[1]! * x + p[5]!));
  });

  it('curveNet is the mean squared error of the network, with exact gradients', () => {
    const net = curveNet(data, 3);
    expect(net.params).toEqual(['w1', 'w2', 'w3', 'b1', 'b2', 'b3', 'u1', 'u2', 'u3', 'c']);
    const p = curveNetInit(3, 1);
    let s = 0;
    for (let i = 0; i < data.n; i++) s += 0.5 * (curveNetValue(p, 3, data.x[i]!) - data.y[i]!) ** 2;
    expect(net.value(p)).toBeCloseTo(s / data.n, 14);
    expect(worstGradientError(net)).toBeLessThan(1e-6);
  });

  it('curveNetInit is seeded', () => {
    expect(Array.from(curveNetInit(5, 2))).toEqual(Array.from(curveNetInit(5, 2)));
    expect(Array.from(curveNetInit(5, 2))).not.toEqual(Array.from(curveNetInit(5, 3)));
  });

  it('curveNetStaircase: more hidden units, a closer fit, with no training at all', () => {
    const err = [1, 2, 4, 8, 16, 32, 64].map((h) =>
      maxCurveError((x) => curveNetValue(curveNetStaircase(WAVE, h, 4), h, x), WAVE),
    );
    for (let i = 2; i < err.length; i++) expect(err[i]).toBeLessThan(err[i - 1]!);
    expect(err[6]).toBeLessThan(0.05);
  });

  it('curveNetStaircase of a sharp staircase takes the curve’s value at each piece’s middle', () => {
    const line: Curve = { id: 'l', formula: 'x', tex: 'x', domain: [0, 4], value: (x) => x };
    const p = curveNetStaircase(line, 3, 60);
    for (const [x, level] of [
      [0.5, 0.5],
      [1.5, 1.5],
      [2.5, 2.5],
      [3.5, 3.5],
    ] as const)
      expect(curveNetValue(p, 3, x)).toBeCloseTo(level, 6);
  });

  it('descent finds weights for a 3-unit network that beat a 64-unit staircase', () => {
    const net = curveNet(data, 3);
    const r = run(net, adam({ learningRate: 0.05 }), curveNetInit(3, 1), { maxSteps: 2000 });
    const p = r.positions.subarray(r.steps * net.dim);
    const trained = maxCurveError((x) => curveNetValue(p, 3, x), WAVE);
    const built = maxCurveError((x) => curveNetValue(curveNetStaircase(WAVE, 64, 4), 64, x), WAVE);
    expect(trained).toBeLessThan(built);
  });

  it('bad shapes and settings are rejected', () => {
    expect(() => curveNetDim(0)).toThrow('invalid hidden: 0');
    expect(() => curveNetStaircase(WAVE, 3, 0)).toThrow('invalid sharpness: 0');
    expect(() => maxCurveError((x) => x, WAVE, 1)).toThrow('invalid samples: 1');
    const twoD: Dataset = { n: 1, features: 2, x: new Float64Array(2), y: new Float64Array(1) };
    expect(() => curveNet(twoD, 2)).toThrow('invalid data: curveNet needs 1 feature, got 2');
  });
});
