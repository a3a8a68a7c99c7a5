import { describe, expect, it } from 'vitest';
import {
  BACKPROP_MISTAKES,
  backpropGradient,
  exampleLoss,
  exampleStep,
  graphSteps,
  passCosts,
  traceExample,
} from '../../../src/optim/backprop.ts';
import { xor } from '../../../src/optim/twoClass.ts';
import { crossEntropy, sigmoid } from '../../../src/optim/classify.ts';
import { tinyNet, tinyNetInit } from '../../../src/optim/tinyNet.ts';
import { gradientCheck } from '../../../src/optim/numericSlope.ts';
import { maxRelError, numericGradient } from './fd.ts';

const ex = { x1: 0.5, x2: -1, y: 1 };
// H = 1: w = (1, 2), b = 0.5, u = 3, c = −1.
const one = [1, 2, 0.5, 3, -1];

describe('traceExample', () => {
  it('forward values by hand for one hidden unit', () => {
    const t = traceExample(one, 1, ex);
    const z = 0.5 + 2 * -1 + 0.5;
    expect(t.z[0]).toBeCloseTo(z, 15);
    expect(t.a[0]).toBeCloseTo(Math.tanh(z), 15);
    expect(t.out).toBeCloseTo(3 * Math.tanh(z) - 1, 15);
    expect(t.q).toBeCloseTo(sigmoid(3 * Math.tanh(z) - 1), 15);
    expect(t.loss).toBeCloseTo(crossEntropy(t.q, 1), 12);
    expect(exampleLoss(one, 1, ex)).toBe(t.loss);
  });

  it('backward derivatives by hand: δ = q − y, then the chain back to every weight', () => {
    const t = traceExample(one, 1, ex);
    const a = t.a[0]!;
    expect(t.delta).toBe(t.q - 1);
    expect(t.dA[0]).toBeCloseTo(t.delta * 3, 15);
    expect(t.tanhSlope[0]).toBeCloseTo(1 - a * a, 15);
    expect(t.deltaHidden[0]).toBeCloseTo(t.delta * 3 * (1 - a * a), 15);
    expect(Array.from(t.gradient)).toEqual([
      t.deltaHidden[0]! * 0.5,
      t.deltaHidden[0]! * -1,
      t.deltaHidden[0]!,
      t.delta * a,
      t.delta,
    ]);
  });

  it('its gradient is the tiny network’s own, and the central differences’, at seeded weights', () => {
    const data = xor({ n: 12, seed: 5 });
    const net = tinyNet(data, { hidden: 3 });
    const g = new Float64Array(net.dim);
    for (const seed of [1, 2, 3]) {
      const p = tinyNetInit(3, seed);
      for (let i = 0; i < data.n; i++) {
        const e = { x1: data.x[2 * i]!, x2: data.x[2 * i + 1]!, y: data.y[i]! };
        const t = traceExample(p, 3, e);
        net.exampleGradient(i, p, g);
        expect(maxRelError(t.gradient, g)).toBeLessThan(1e-14);
        expect(
          maxRelError(
            t.gradient,
            numericGradient((x) => exampleLoss(x, 3, e), p),
          ),
        ).toBeLessThan(1e-7);
        expect(t.loss).toBeCloseTo(net.exampleValue(i, p), 14);
      }
    }
  });

  it('rejects a shape that does not fit the layout', () => {
    expect(() => traceExample([1, 2, 3], 1, ex)).toThrow('invalid params: 3 numbers for 1 hidden units (need 5)');
    expect(() => traceExample(one, 0, ex)).toThrow('invalid hidden: 0');
  });
});

describe('mistakes a gradient check catches', () => {
  const data = xor({ n: 20, seed: 2 });
  const net = tinyNet(data, { hidden: 2 });
  const p = tinyNetInit(2, 4);
  const f = (x: ArrayLike<number>) => net.value(x);
  const worst = (rows: { relative: number }[], from: number, to: number) =>
    Math.max(...rows.slice(from, to).map((r) => r.relative));

  it('the right backward pass matches the differences for every parameter', () => {
    const rows = gradientCheck(f, p, backpropGradient(net, p), 1e-5);
    expect(worst(rows, 0, 9)).toBeLessThan(1e-7);
    expect(maxRelError(backpropGradient(net, p), net.gradient(p, new Float64Array(9)))).toBeLessThan(1e-14);
  });

  it('forgetting tanh’s slope spoils the hidden weights and biases, not the output’s', () => {
    const rows = gradientCheck(f, p, backpropGradient(net, p, 'tanh-slope'), 1e-5);
    expect(worst(rows, 0, 6)).toBeGreaterThan(1e-2);
    expect(worst(rows, 6, 9)).toBeLessThan(1e-7);
  });

  it('a flipped sign spoils every entry; forgetting x_k spoils only the weights w_jk', () => {
    const sign = gradientCheck(f, p, backpropGradient(net, p, 'sign'), 1e-5);
    for (const r of sign) expect(r.relative).toBeCloseTo(1, 6);
    const input = gradientCheck(f, p, backpropGradient(net, p, 'input'), 1e-5);
    expect(worst(input, 0, 4)).toBeGreaterThan(1e-2);
    expect(worst(input, 4, 9)).toBeLessThan(1e-7);
    expect(BACKPROP_MISTAKES).toEqual(['none', 'tanh-slope', 'sign', 'input']);
  });
});

describe('graphSteps and passCosts', () => {
  it('visits the forward pass in order, then the backward pass, 5H + 5 steps', () => {
    const steps = graphSteps(2);
    expect(steps).toHaveLength(15);
    expect(steps.map((s) => s.kind)).toEqual([
      'hidden-sum',
      'hidden-sum',
      'hidden-out',
      'hidden-out',
      'out-sum',
      'prob',
      'loss',
      'out-delta',
      'out-params',
      'hidden-grad',
      'hidden-grad',
      'hidden-delta',
      'hidden-delta',
      'hidden-params',
      'hidden-params',
    ]);
    expect(steps.findIndex((s) => s.phase === 'backward')).toBe(7);
    expect(graphSteps(4)).toHaveLength(25);
    expect(() => graphSteps(0)).toThrow('invalid hidden: 0');
  });

  it('a forward pass does 3H multiplications and H + 2 function calls; a backward pass 6H and none', () => {
    for (const H of [1, 2, 4, 8])
      expect(passCosts(H)).toEqual({
        forward: { multiplications: 3 * H, functions: H + 2 },
        backward: { multiplications: 6 * H, functions: 0 },
      });
  });
});

describe('exampleStep', () => {
  it('moves every weight and bias against its derivative, and lowers that example’s loss for a small η', () => {
    const t = traceExample(one, 1, ex);
    const next = exampleStep(one, 1, ex, 0.1);
    expect(Array.from(next)).toEqual(one.map((p, d) => p - 0.1 * t.gradient[d]!));
    expect(exampleLoss(next, 1, ex)).toBeLessThan(t.loss);
  });
});
