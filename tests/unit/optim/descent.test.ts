import { describe, expect, it } from 'vitest';
import { coordinateDescent, gradientDescent, momentum, signStep } from '../../../src/optim/descent.ts';
import { QUADRATIC_LR_LIMIT, quadraticXY, revenue, twoWells } from '../../../src/optim/objectives.ts';
import { run } from '../../../src/optim/runner.ts';
import { rosenbrock } from '../../../src/optim/surfaces.ts';

const last = (positions: Float64Array, dim: number): number[] => Array.from(positions.slice(-dim));

describe('signStep', () => {
  it('signStep({stepSize: 1}) from p = 0 lands exactly on p = 25 after 25 steps and stays', () => {
    const r = run(revenue, signStep({ stepSize: 1 }), [0], { maxSteps: 40 });
    expect(r.positions[25]).toBe(25);
    expect(r.positions[40]).toBe(25);
  });

  it('signStep({stepSize: 1.5}) oscillates around p = 25 instead of converging', () => {
    const r = run(revenue, signStep({ stepSize: 1.5 }), [0], { maxSteps: 100 });
    const tail = Array.from(r.positions.slice(-6));
    expect(tail).toEqual([25.5, 24, 25.5, 24, 25.5, 24]);
    expect(r.stop.reason).toBe('max-steps');
  });

  it('signStep rejects stepSize ≤ 0', () => {
    expect(() => signStep({ stepSize: 0 })).toThrow('invalid stepSize: 0');
    expect(() => signStep({ stepSize: -1 })).toThrow('invalid stepSize: -1');
  });
});

describe('gradientDescent', () => {
  it('gradient ascent on revenue (goal maximize) reaches p = 25', () => {
    const r = run(revenue, gradientDescent({ learningRate: 0.1 }), [0], { maxSteps: 200, toleranceGrad: 1e-9 });
    expect(r.stop.reason).toBe('tolerance-grad');
    expect(r.positions[r.steps]).toBeCloseTo(25, 9);
    expect(r.values[r.steps]).toBeCloseTo(1250, 9);
  });

  it('on x² + 3y² − xy converges for η = 0.31 and diverges for η = 0.33 (limit ≈ 0.3207)', () => {
    expect(0.31).toBeLessThan(QUADRATIC_LR_LIMIT);
    expect(0.33).toBeGreaterThan(QUADRATIC_LR_LIMIT);
    const good = run(quadraticXY, gradientDescent({ learningRate: 0.31 }), [2, 2], { maxSteps: 2000 });
    expect(Math.hypot(...last(good.positions, 2))).toBeLessThan(1e-12);
    const bad = run(quadraticXY, gradientDescent({ learningRate: 0.33 }), [2, 2], { maxSteps: 2000 });
    expect(bad.stop.reason).toBe('diverged');
  });

  it.each([
    [-1, 0],
    [-0.3, 0],
    [0.5, 2],
    [2, 2],
  ])('on twoWells from x0 = %d reaches known[%i]', (x0, k) => {
    const r = run(twoWells, gradientDescent({ learningRate: 0.05 }), [x0], { maxSteps: 5000, toleranceGrad: 1e-10 });
    const target = twoWells.known[k]!;
    expect(r.stop.reason).toBe('tolerance-grad');
    expect(r.positions[r.steps]).toBeCloseTo(target.x[0]!, 9);
    expect(r.values[r.steps]).toBeCloseTo(target.f, 9);
  });

  it('η = 0 never moves; negative or NaN η throws', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 0 }), [1, 1], { maxSteps: 3 });
    expect(last(r.positions, 2)).toEqual([1, 1]);
    expect(() => gradientDescent({ learningRate: -1 })).toThrow('invalid learningRate: -1');
    expect(() => gradientDescent({ learningRate: NaN })).toThrow('invalid learningRate: NaN');
  });
});

describe('coordinateDescent', () => {
  it('coordinateDescent moves one coordinate per step, cycling x, y, x, …', () => {
    const r = run(quadraticXY, coordinateDescent({ learningRate: 0.1 }), [2, 2], { maxSteps: 2 });
    // step 1: x ← 2 − 0.1·(2·2 − 2) = 1.8, y unchanged
    expect(Array.from(r.positions.slice(2, 4))).toEqual([1.8, 2]);
    // step 2: y ← 2 − 0.1·(6·2 − 1.8), using the gradient at the current point (1.8, 2)
    expect(r.positions[4]).toBe(1.8);
    expect(r.positions[5]).toBeCloseTo(2 - 0.1 * (12 - 1.8), 14);
  });

  it('coordinateDescent converges on the quadratic', () => {
    const r = run(quadraticXY, coordinateDescent({ learningRate: 0.1 }), [2, 2], {
      maxSteps: 2000,
      toleranceGrad: 1e-8,
    });
    expect(r.stop.reason).toBe('tolerance-grad');
  });
});

describe('momentum', () => {
  it('momentum({learningRate: 0.001, beta: 0.9}) reaches the Rosenbrock minimum within 1e-3 in 5000 steps', () => {
    const r = run(rosenbrock, momentum({ learningRate: 0.001, beta: 0.9 }), [-1.5, 2], { maxSteps: 5000 });
    const [x, y] = last(r.positions, 2);
    expect(Math.hypot(x! - 1, y! - 1)).toBeLessThan(1e-3);
    // plain descent with the same η is still far away after the same budget
    const gd = run(rosenbrock, gradientDescent({ learningRate: 0.001 }), [-1.5, 2], { maxSteps: 5000 });
    const [gx, gy] = last(gd.positions, 2);
    expect(Math.hypot(gx! - 1, gy! - 1)).toBeGreaterThan(0.01);
  });

  it('momentum with β = 0 is gradient descent', () => {
    const a = run(quadraticXY, momentum({ learningRate: 0.1, beta: 0 }), [2, -1], { maxSteps: 50 });
    const b = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [2, -1], { maxSteps: 50 });
    expect(a.positions).toEqual(b.positions);
  });

  it('momentum rejects β outside [0, 1)', () => {
    expect(() => momentum({ learningRate: 0.1, beta: 1 })).toThrow('invalid beta: 1');
    expect(() => momentum({ learningRate: 0.1, beta: -0.1 })).toThrow('invalid beta: -0.1');
  });
});
