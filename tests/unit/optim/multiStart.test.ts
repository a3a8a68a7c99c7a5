import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { multiStart, reachedOptimum } from '../../../src/optim/multiStart.ts';
import { revenue, twoWells } from '../../../src/optim/objectives.ts';
import { himmelblau, saddle } from '../../../src/optim/surfaces.ts';

describe('multiStart', () => {
  it('multiStart on twoWells: the start decides which minimum', () => {
    const out = multiStart(twoWells, () => gradientDescent({ learningRate: 0.05 }), [[-1], [2], [0.5]], {
      maxSteps: 2000,
    });
    expect(out.map((o) => o.reached)).toEqual([0, 2, 2]);
    expect(out[0]!.start).toEqual([-1]);
  });

  it('multiStart on himmelblau finds all four minima from the four corners', () => {
    const corners = [
      [4, 4],
      [-4, 4],
      [-4, -4],
      [4, -4],
    ];
    const out = multiStart(himmelblau, () => gradientDescent({ learningRate: 0.01 }), corners, { maxSteps: 3000 });
    expect(out.map((o) => o.reached)).toEqual([0, 1, 2, 3]);
  });

  it('reached is −1 away from any optimum; a saddle never counts; climbing matches maxima', () => {
    expect(reachedOptimum(twoWells, [0.3])).toBe(-1);
    expect(reachedOptimum(saddle, [0, 0])).toBe(-1);
    expect(reachedOptimum(revenue, [25.001])).toBe(0);
    expect(reachedOptimum(twoWells, [1.25], 0.05)).toBe(2);
  });
});
