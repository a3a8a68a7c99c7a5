import { describe, expect, it } from 'vitest';
import { PENALTIES, exampleLosses, lineResiduals, penaltyTotals } from '../../../src/optim/penalties.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { noisyLine } from '../../../src/optim/datasets.ts';
import type { Dataset } from '../../../src/optim/types.ts';

const data: Dataset = { n: 3, features: 1, x: Float64Array.from([0, 1, 2]), y: Float64Array.from([1, 1, 5]) };

describe('PENALTIES', () => {
  it('values: |r|, r², r⁴', () => {
    expect(PENALTIES.abs.value(-3)).toBe(3);
    expect(PENALTIES.square.value(-3)).toBe(9);
    expect(PENALTIES.fourth.value(-3)).toBe(81);
  });

  it('slopes match central differences away from the kink', () => {
    for (const p of Object.values(PENALTIES)) {
      for (const r of [-1.7, -0.4, 0.3, 1.2]) {
        const h = 1e-6;
        expect(p.slope(r)).toBeCloseTo((p.value(r + h) - p.value(r - h)) / (2 * h), 5);
      }
    }
  });

  it('the absolute penalty has a kink: its slope jumps from −1 to +1 at 0', () => {
    expect(PENALTIES.abs.slope(-1e-9)).toBe(-1);
    expect(PENALTIES.abs.slope(1e-9)).toBe(1);
    expect(PENALTIES.square.slope(0)).toBe(0);
  });
});

describe('lineResiduals', () => {
  it('r = m·x + b − y for each point', () => {
    expect(Array.from(lineResiduals(data, 1, 1))).toEqual([0, 1, -2]);
  });
  it('rejects data with more than one feature', () => {
    expect(() => lineResiduals({ ...data, features: 2 }, 1, 1)).toThrow('invalid data');
  });
});

describe('exampleLosses', () => {
  it('are ½r² for the line MSE, and their mean is the objective value', () => {
    const loss = lineMSE(data);
    const l = exampleLosses(loss, [1, 1]);
    expect(Array.from(l)).toEqual([0, 0.5, 2]);
    expect((l[0]! + l[1]! + l[2]!) / 3).toBeCloseTo(loss.value([1, 1]), 12);
  });
  it('mean equals value on a seeded data set', () => {
    const d = noisyLine({ n: 40, slope: 2, intercept: -1, noise: 0.5, seed: 3 });
    const loss = lineMSE(d);
    const l = exampleLosses(loss, [0.3, 0.7]);
    expect(l.reduce((a, v) => a + v, 0) / l.length).toBeCloseTo(loss.value([0.3, 0.7]), 12);
  });
});

describe('penaltyTotals', () => {
  it('total, mean, and the largest term with its share', () => {
    const t = penaltyTotals([0, 1, -2], PENALTIES.square);
    expect(t.total).toBe(5);
    expect(t.mean).toBeCloseTo(5 / 3, 12);
    expect(t.largest).toBe(2);
    expect(t.largestShare).toBeCloseTo(0.8, 12);
  });
  it('a higher power gives the largest miss a larger share', () => {
    const r = [0.5, -1, 2, 0.2];
    const shares = (['abs', 'square', 'fourth'] as const).map((id) => penaltyTotals(r, PENALTIES[id]).largestShare);
    expect(shares[0]).toBeLessThan(shares[1]!);
    expect(shares[1]).toBeLessThan(shares[2]!);
  });
  it('all-zero residuals have no share and an empty list has mean 0', () => {
    expect(penaltyTotals([0, 0], PENALTIES.abs).largestShare).toBe(0);
    expect(penaltyTotals([], PENALTIES.abs).mean).toBe(0);
  });
});
