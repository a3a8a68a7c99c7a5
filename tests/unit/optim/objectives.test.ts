import { describe, expect, it } from 'vitest';
import {
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_LR_LIMIT,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
  quadraticXY,
  revenue,
  twoWells,
} from '../../../src/optim/objectives.ts';
import { OBJECTIVES, objectiveIds } from '../../../src/optim/registry.ts';
import { worstGradientError } from './fd.ts';

describe('plain objectives', () => {
  for (const id of objectiveIds) {
    it(`${id}: gradient matches central differences at 100 seeded points`, () => {
      expect(worstGradientError(OBJECTIVES[id])).toBeLessThan(1e-5);
    });

    it(`${id}: is well-formed (ids, window, params, known points are stationary)`, () => {
      const o = OBJECTIVES[id];
      expect(o.id).toBe(id);
      expect(o.window).toHaveLength(o.dim);
      expect(o.params).toHaveLength(o.dim);
      for (const [lo, hi] of o.window) expect(lo).toBeLessThan(hi);
      const g = new Float64Array(o.dim);
      for (const k of o.known) {
        expect(o.value(k.x)).toBeCloseTo(k.f, 10);
        for (const gi of o.gradient(k.x, g)) expect(Math.abs(gi)).toBeLessThan(1e-9);
      }
    });
  }

  it('revenue peaks at p = 25 with R = 1250', () => {
    expect(revenue.goal).toBe('maximize');
    expect(revenue.value([25])).toBe(1250);
    expect(revenue.known).toEqual([expect.objectContaining({ kind: 'max', x: [25], f: 1250 })]);
    expect(revenue.window).toEqual([[0, 50]]);
  });

  it('twoWells has the documented stationary points (sources/README.md)', () => {
    const [shallow, max, deep] = twoWells.known;
    expect(max).toMatchObject({ kind: 'max', x: [0], f: 1 });
    expect(shallow!.x[0]).toBeCloseTo(-0.6163, 4);
    expect(shallow!.f).toBeCloseTo(0.6825, 4);
    expect(shallow!.label).toBe('shallower minimum');
    expect(deep!.x[0]).toBeCloseTo(1.2399, 4);
    expect(deep!.f).toBeCloseTo(-0.8651, 4);
    expect(deep!.label).toBe('deeper minimum');
    // Precise to 1e-10: f′ vanishes there.
    const g = new Float64Array(1);
    expect(Math.abs(twoWells.gradient(shallow!.x, g)[0]!)).toBeLessThan(1e-12);
    expect(Math.abs(twoWells.gradient(deep!.x, g)[0]!)).toBeLessThan(1e-12);
    expect(shallow!.x[0]).toBeCloseTo(-0.6162748854, 10);
    expect(deep!.x[0]).toBeCloseTo(1.239923922, 10);
  });

  it('quadraticXY: minimum at (0, 0), Hessian eigenvalues 4 ∓ √5, LR limit ≈ 0.3207', () => {
    expect(quadraticXY.value([0, 0])).toBe(0);
    expect(quadraticXY.value([1, 1])).toBe(3);
    const [lo, hi] = QUADRATIC_HESSIAN_EIGENVALUES;
    expect(lo).toBeCloseTo(1.764, 3);
    expect(hi).toBeCloseTo(6.236, 3);
    expect(lo + hi).toBeCloseTo(8, 12); // trace of [[2, −1], [−1, 6]]
    expect(lo * hi).toBeCloseTo(11, 12); // determinant
    expect(QUADRATIC_LR_LIMIT).toBeCloseTo(0.3207, 4);
  });

  it('quadraticXY: its principal directions are unit vectors, at right angles, with H·d = λ·d', () => {
    const H = [
      [2, -1],
      [-1, 6],
    ] as const;
    QUADRATIC_PRINCIPAL_DIRECTIONS.forEach((d, i) => {
      const lambda = QUADRATIC_HESSIAN_EIGENVALUES[i]!;
      expect(Math.hypot(d[0], d[1])).toBeCloseTo(1, 15);
      expect(H[0][0] * d[0] + H[0][1] * d[1]).toBeCloseTo(lambda * d[0], 12);
      expect(H[1][0] * d[0] + H[1][1] * d[1]).toBeCloseTo(lambda * d[1], 12);
    });
    const [g, s] = QUADRATIC_PRINCIPAL_DIRECTIONS;
    expect(g[0] * s[0] + g[1] * s[1]).toBeCloseTo(0, 15);
    expect((Math.atan2(g[1], g[0]) * 180) / Math.PI).toBeCloseTo(13.28, 2);
    expect((Math.atan2(s[1], s[0]) * 180) / Math.PI).toBeCloseTo(103.28, 2);
  });

  it('OBJECTIVES registry lists every id once', () => {
    expect(objectiveIds).toEqual(['revenue', 'two-wells', 'quadratic', 'rosenbrock', 'bowl', 'saddle', 'himmelblau']);
  });
});
