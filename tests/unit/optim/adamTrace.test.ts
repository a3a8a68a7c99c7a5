import { describe, expect, it } from 'vitest';
import { adamTrace } from '../../../src/optim/adamTrace.ts';
import { adam } from '../../../src/optim/adam.ts';
import { run } from '../../../src/optim/runner.ts';
import { illConditionedBowl, rosenbrock } from '../../../src/optim/surfaces.ts';

describe('adamTrace', () => {
  it('adamTrace: the same trajectory as run() with adam', () => {
    const rule = { maxSteps: 500, toleranceGrad: 1e-3 };
    const t = adamTrace(rosenbrock, { learningRate: 0.1 }, [-1.5, 2], rule);
    const r = run(rosenbrock, adam({ learningRate: 0.1 }), [-1.5, 2], rule);
    expect(t.steps).toBe(r.steps);
    expect(Array.from(t.positions)).toEqual(Array.from(r.positions));
    expect(t.effectiveSteps.length).toBe((t.steps + 1) * 2);
  });

  it('adamTrace: the first step moves every coordinate by about η (bias-corrected m̂ / √v̂ = sign g)', () => {
    const bowl = illConditionedBowl(25);
    const t = adamTrace(bowl, { learningRate: 0.1 }, [-2.5, 1], { maxSteps: 5 });
    expect(t.effectiveSteps[0]).toBe(0);
    // g = (−2.5, 25): effective steps η/|g| = 0.04 and 0.004, a tenfold difference.
    expect(t.effectiveSteps[2]).toBeCloseTo(0.04, 8);
    expect(t.effectiveSteps[3]).toBeCloseTo(0.004, 8);
    expect(t.positions[2]! - t.positions[0]!).toBeCloseTo(0.1, 8);
    expect(t.positions[3]! - t.positions[1]!).toBeCloseTo(-0.1, 8);
  });

  it('adamTrace: a diverged run keeps one row of steps per recorded position', () => {
    const t = adamTrace(illConditionedBowl(4), { learningRate: 1e7 }, [1, 1], { maxSteps: 50, bound: 1e3 });
    expect(t.stop.reason).toBe('diverged');
    expect(t.effectiveSteps.length).toBe((t.steps + 1) * 2);
  });
});
