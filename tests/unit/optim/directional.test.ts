import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directionalRates, rateAlong } from '../../../src/optim/directional.ts';
import { quadraticXY, twoWells } from '../../../src/optim/objectives.ts';

describe('directionalRates', () => {
  it('directionalRates at (2, 1) on x² + 3y² − xy: ∇f = (3, 4), ‖∇f‖ = 5, steepest descent along −(3, 4)', () => {
    const r = directionalRates(quadraticXY, [2, 1]);
    expect(r.gradient).toEqual([3, 4]);
    expect(r.gradNorm).toBe(5);
    expect(Math.cos(r.steepestAngle)).toBeCloseTo(-0.6, 12);
    expect(Math.sin(r.steepestAngle)).toBeCloseTo(-0.8, 12);
    expect(rateAlong(r, r.steepestAngle)).toBeCloseTo(-5, 12);
    expect(rateAlong(r, Math.PI / 2)).toBeCloseTo(4, 12);
    expect(rateAlong(r, Math.PI)).toBeCloseTo(-3, 12);
  });

  it('Cauchy–Schwarz: no direction changes f faster than ‖∇f‖, and −∇f attains −‖∇f‖', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (x, y, t) => {
          const r = directionalRates(quadraticXY, [x, y]);
          const v = rateAlong(r, t);
          expect(Math.abs(v)).toBeLessThanOrEqual(r.gradNorm + 1e-12);
          expect(rateAlong(r, r.steepestAngle)).toBeCloseTo(-r.gradNorm, 10);
        },
      ),
    );
  });

  it('rateAlong agrees with a finite difference of f along the direction', () => {
    const r = directionalRates(quadraticXY, [-1.2, 0.7]);
    for (const t of [0, 1, 2.5, 4]) {
      const h = 1e-6;
      const fd =
        (quadraticXY.value([-1.2 + h * Math.cos(t), 0.7 + h * Math.sin(t)]) -
          quadraticXY.value([-1.2 - h * Math.cos(t), 0.7 - h * Math.sin(t)])) /
        (2 * h);
      expect(rateAlong(r, t)).toBeCloseTo(fd, 6);
    }
  });

  it('a zero gradient gives angle 0 and rate 0; a 1-D objective is refused', () => {
    const r = directionalRates(quadraticXY, [0, 0]);
    expect(r.gradNorm).toBe(0);
    expect(r.steepestAngle).toBe(0);
    expect(() => directionalRates(twoWells, [0])).toThrow('invalid objective');
  });
});
