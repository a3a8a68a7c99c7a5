import { describe, expect, it } from 'vitest';
import { PARABOLA_LR_LIMIT, parabola, parabolaStepFactor } from '../../../src/optim/parabola.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { run } from '../../../src/optim/runner.ts';
import { numericGradient } from './fd.ts';

describe('parabola', () => {
  it('value and exact gradient', () => {
    expect(parabola.value([3])).toBe(9);
    for (const x of [-2.5, -0.3, 0, 1.7]) {
      expect(parabola.gradient([x], new Float64Array(1))[0]).toBeCloseTo(
        numericGradient((p) => parabola.value(p), [x])[0]!,
        6,
      );
    }
  });

  it('one gradient-descent step multiplies x by 1 − 2η', () => {
    for (const eta of [0.01, 0.3, 0.9, 1.1]) {
      const r = run(parabola, gradientDescent({ learningRate: eta }), [2.5], { maxSteps: 1 });
      expect(r.positions[1]).toBeCloseTo(2.5 * parabolaStepFactor(eta), 12);
    }
  });

  it('converges below η = 1, bounces at 1, diverges above', () => {
    expect(PARABOLA_LR_LIMIT).toBe(1);
    const go = (eta: number) => run(parabola, gradientDescent({ learningRate: eta }), [2.5], { maxSteps: 500 });
    expect(Math.abs(go(0.99).positions[500]!)).toBeLessThan(0.01);
    expect(Math.abs(go(1).positions[500]!)).toBeCloseTo(2.5, 12);
    expect(go(1.01).stop.reason).toBe('diverged');
  });

  it('η = 0.5 lands on the minimum in one step', () => {
    const r = run(parabola, gradientDescent({ learningRate: 0.5 }), [2.5], { maxSteps: 1 });
    expect(r.positions[1]).toBe(0);
  });
});
