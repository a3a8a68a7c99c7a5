import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/optim/trainer.ts';
import { run } from '../../../src/optim/runner.ts';
import { gradientDescent, momentum } from '../../../src/optim/descent.ts';
import { adam } from '../../../src/optim/adam.ts';
import { illConditionedBowl, rosenbrock } from '../../../src/optim/surfaces.ts';
import { xor } from '../../../src/optim/twoClass.ts';
import { tinyNet, tinyNetInit } from '../../../src/optim/tinyNet.ts';

describe('createTrainer', () => {
  it('createTrainer: slices of any size give exactly run()’s trajectory', () => {
    const rule = { maxSteps: 300, toleranceGrad: 1e-6 };
    const whole = run(rosenbrock, adam({ learningRate: 0.05 }), [-1.5, 2], rule);
    for (const slice of [1, 7, 64, 1000]) {
      const t = createTrainer(rosenbrock, adam({ learningRate: 0.05 }), [-1.5, 2], rule);
      while (t.stop === undefined) t.advance(slice);
      expect(t.step).toBe(whole.steps);
      expect(t.stop).toBe(whole.stop.reason);
      expect(Array.from(t.values())).toEqual(Array.from(whole.values));
      for (const k of [0, 1, 50, whole.steps]) {
        expect(Array.from(t.positionAt(k))).toEqual(Array.from(whole.positions.subarray(2 * k, 2 * k + 2)));
        expect(t.gradNormAt(k)).toBe(whole.gradNorms[k]);
      }
    }
  });

  it('createTrainer: a network trained in slices is the same network at the same step', () => {
    const net = tinyNet(xor({ n: 40, seed: 2 }), { hidden: 3 });
    const a = createTrainer(net, momentum({ learningRate: 0.1, beta: 0.9 }), tinyNetInit(3, 5), { maxSteps: 200 });
    const b = createTrainer(net, momentum({ learningRate: 0.1, beta: 0.9 }), tinyNetInit(3, 5), { maxSteps: 200 });
    a.advance(120);
    for (let i = 0; i < 40; i++) b.advance(3);
    expect(b.step).toBe(120);
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
  });

  it('createTrainer: advance returns the steps taken and stops at the rule', () => {
    const t = createTrainer(illConditionedBowl(4), gradientDescent({ learningRate: 0.1 }), [1, 1], { maxSteps: 10 });
    expect(t.advance(4)).toBe(4);
    expect(t.advance(100)).toBe(6);
    expect(t.stop).toBe('max-steps');
    expect(t.advance(5)).toBe(0);
    expect(t.valueAt(99)).toBe(t.valueAt(10));
    expect(t.valueAt(-3)).toBe(1.25 * 2);
    expect(() => t.advance(-1)).toThrow('invalid n: -1');
  });

  it('createTrainer: divergence is a stop reason, never a NaN position', () => {
    const t = createTrainer(illConditionedBowl(10), gradientDescent({ learningRate: 0.5 }), [1, 1], { maxSteps: 500 });
    t.advance(500);
    expect(t.stop).toBe('diverged');
    for (let k = 0; k <= t.step; k++) expect(Array.from(t.positionAt(k)).every(Number.isFinite)).toBe(true);
    const whole = run(illConditionedBowl(10), gradientDescent({ learningRate: 0.5 }), [1, 1], { maxSteps: 500 });
    expect(t.step).toBe(whole.steps);
  });
});
