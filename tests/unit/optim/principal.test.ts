import { describe, expect, it } from 'vitest';
import { principalDirections, QUADRATIC_HESSIAN, quadraticXY } from '../../../src/optim/index.ts';

describe('principalDirections', () => {
  it('the lesson 4 bowl: 4 − √5 at about 13.3°, 4 + √5 at about 103.3° (drawn as −76.7°), at right angles', () => {
    const [gentle, sharp] = principalDirections(...QUADRATIC_HESSIAN);
    expect(gentle.lambda).toBeCloseTo(4 - Math.sqrt(5), 12);
    expect(sharp.lambda).toBeCloseTo(4 + Math.sqrt(5), 12);
    expect(gentle.degrees).toBeCloseTo(13.28, 1);
    expect(sharp.degrees + 180).toBeCloseTo(103.28, 1);
    expect(gentle.direction[0]).toBeCloseTo(0.973, 3);
    expect(gentle.direction[1]).toBeCloseTo(0.23, 2);
    const dot = gentle.direction[0] * sharp.direction[0] + gentle.direction[1] * sharp.direction[1];
    expect(dot).toBeCloseTo(0, 12);
  });

  it('along each direction the bowl’s gradient is λ times the point, as the lesson says', () => {
    for (const p of principalDirections(...QUADRATIC_HESSIAN)) {
      const g = quadraticXY.gradient(p.direction, new Float64Array(2));
      expect(g[0]).toBeCloseTo(p.lambda * p.direction[0], 12);
      expect(g[1]).toBeCloseTo(p.lambda * p.direction[1], 12);
    }
  });

  it('a round or axis-aligned bowl: the axes', () => {
    const [g, s] = principalDirections(1, 0, 3);
    expect(g.direction).toEqual([1, 0]);
    expect(s.direction).toEqual([0, 1]);
  });
});
