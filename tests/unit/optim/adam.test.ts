import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/optim/adam.ts';
import { run } from '../../../src/optim/runner.ts';
import { illConditionedBowl, rosenbrock } from '../../../src/optim/surfaces.ts';

describe('adam', () => {
  it('adam({learningRate: 0.02}) reaches the Rosenbrock minimum within 1e-3 in 5000 steps', () => {
    const r = run(rosenbrock, adam({ learningRate: 0.02 }), [-1.5, 2], { maxSteps: 5000 });
    const x = r.positions[2 * r.steps]!;
    const y = r.positions[2 * r.steps + 1]!;
    expect(Math.hypot(x - 1, y - 1)).toBeLessThan(1e-3);
  });

  it('adam: first step moves every coordinate by ≈ η (bias-corrected)', () => {
    const opt = adam({ learningRate: 0.1 });
    const x = Float64Array.from([2, 2]);
    opt.step(x, illConditionedBowl(100));
    expect(x[0]).toBeCloseTo(1.9, 6);
    expect(x[1]).toBeCloseTo(1.9, 6);
    expect(opt.t).toBe(1);
  });

  it('adam.effectiveStep adapts: smaller on the steep coordinate', () => {
    const opt = adam({ learningRate: 0.1 });
    expect(opt.effectiveStep).toHaveLength(0);
    const x = Float64Array.from([2, 2]);
    const bowl = illConditionedBowl(100);
    for (let k = 0; k < 10; k++) opt.step(x, bowl);
    const [ex, ey] = opt.effectiveStep;
    expect(ex!).toBeGreaterThan(0);
    expect(ey!).toBeLessThan(ex!);
    opt.reset();
    expect(opt.t).toBe(0);
    expect(Array.from(opt.effectiveStep)).toEqual([0, 0]);
  });

  it('adam rejects bad β1, β2, ε, η', () => {
    expect(() => adam({ learningRate: 0.1, beta1: 1 })).toThrow('invalid beta1: 1');
    expect(() => adam({ learningRate: 0.1, beta2: 1.5 })).toThrow('invalid beta2: 1.5');
    expect(() => adam({ learningRate: 0.1, epsilon: 0 })).toThrow('invalid epsilon: 0');
    expect(() => adam({ learningRate: -0.1 })).toThrow('invalid learningRate: -0.1');
  });
});
