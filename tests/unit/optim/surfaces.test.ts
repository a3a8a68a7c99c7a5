import { describe, expect, it, test } from 'vitest';
import { bowlLevelEllipse, himmelblau, illConditionedBowl, rosenbrock, saddle } from '../../../src/optim/surfaces.ts';
import { worstGradientError } from './fd.ts';

describe('test surfaces', () => {
  it('rosenbrock: minimum 0 at (1, 1), window x∈[−2,2], y∈[−1,3]', () => {
    expect(rosenbrock.value([1, 1])).toBe(0);
    expect(rosenbrock.window).toEqual([
      [-2, 2],
      [-1, 3],
    ]);
  });

  it('illConditionedBowl(kappa): ½(x² + κy²), gradient exact for several κ', () => {
    for (const kappa of [1, 10, 100, 1000]) {
      const bowl = illConditionedBowl(kappa);
      expect(bowl.value([2, 1])).toBe(0.5 * (4 + kappa));
      expect(worstGradientError(bowl)).toBeLessThan(1e-5);
    }
  });

  it('illConditionedBowl rejects κ < 1 and non-finite κ', () => {
    expect(() => illConditionedBowl(0.5)).toThrow('invalid kappa: 0.5');
    expect(() => illConditionedBowl(NaN)).toThrow('invalid kappa: NaN');
    expect(() => illConditionedBowl(Infinity)).toThrow('invalid kappa: Infinity');
  });

  it('saddle: stationary at 0 but not a minimum', () => {
    expect(saddle.known).toEqual([expect.objectContaining({ kind: 'saddle', x: [0, 0], f: 0 })]);
    expect(saddle.value([0, 0.1])).toBeLessThan(0);
  });

  it('himmelblau: four minima of value 0, at the textbook points', () => {
    const expected = [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ];
    expect(himmelblau.known).toHaveLength(4);
    himmelblau.known.forEach((k, i) => {
      expect(k.kind).toBe('min');
      expect(k.f).toBeLessThan(1e-20);
      expect(k.x[0]).toBeCloseTo(expected[i]![0]!, 5);
      expect(k.x[1]).toBeCloseTo(expected[i]![1]!, 5);
    });
  });
});

describe('bowlLevelEllipse', () => {
  test('every point of the ellipse is at the level it was asked for, for several κ', () => {
    for (const kappa of [1, 4, 25, 60]) {
      const bowl = illConditionedBowl(kappa);
      for (const c of [0.01, 0.5, 3, 40]) {
        const e = bowlLevelEllipse(kappa, c)!;
        for (const t of [0, 0.3, 1.2, 2.5, 4]) {
          expect(bowl.value([e.a * Math.cos(t), e.b * Math.sin(t)])).toBeCloseTo(c, 10);
        }
        // Inside is lower, outside higher.
        expect(bowl.value([0.9 * e.a, 0])).toBeLessThan(c);
        expect(bowl.value([0, 1.1 * e.b])).toBeGreaterThan(c);
      }
    }
  });
  test('no ellipse at or below the minimum; a bad κ is refused', () => {
    expect(bowlLevelEllipse(10, 0)).toBeNull();
    expect(bowlLevelEllipse(10, -1)).toBeNull();
    expect(bowlLevelEllipse(10, Number.NaN)).toBeNull();
    expect(() => bowlLevelEllipse(0.5, 1)).toThrow('invalid kappa');
  });
});
