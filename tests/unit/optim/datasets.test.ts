import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { DATASETS, blobs, circles, moons, xor } from '../../../src/optim/twoClass.ts';
import type { Dataset } from '../../../src/optim/types.ts';

const balanced = (d: Dataset): boolean => {
  let ones = 0;
  for (const y of d.y) {
    expect(y === 0 || y === 1).toBe(true);
    ones += y;
  }
  return Math.abs(2 * ones - d.n) <= 1;
};

describe('datasets', () => {
  it('noisyLine({n, slope, intercept, noise, seed}) scatters about the line', () => {
    const d = noisyLine({ n: 500, slope: 2, intercept: 1, noise: 0.1, seed: 3, xRange: [-1, 1] });
    expect(d.features).toBe(1);
    expect(d.x).toHaveLength(500);
    let sr = 0;
    for (let i = 0; i < d.n; i++) {
      expect(Math.abs(d.x[i]!)).toBeLessThanOrEqual(1);
      sr += (d.y[i]! - (2 * d.x[i]! + 1)) ** 2;
    }
    expect(Math.sqrt(sr / d.n)).toBeCloseTo(0.1, 1);
  });

  it('noisyLine with noise 0 lies exactly on the line', () => {
    const d = noisyLine({ n: 10, slope: -3, intercept: 0.5, noise: 0, seed: 1 });
    for (let i = 0; i < d.n; i++) expect(d.y[i]).toBeCloseTo(-3 * d.x[i]! + 0.5, 12);
  });

  for (const [id, entry] of Object.entries(DATASETS)) {
    it(`${id}: deterministic for a seed, different across seeds, balanced, 2 features`, () => {
      const a = entry.generate({ n: 101, seed: 9 });
      const b = entry.generate({ n: 101, seed: 9 });
      const c = entry.generate({ n: 101, seed: 10 });
      expect(a.features).toBe(2);
      expect(a.x).toHaveLength(202);
      expect(a.x).toEqual(b.x);
      expect(a.y).toEqual(b.y);
      expect(a.x).not.toEqual(c.x);
      expect(balanced(a)).toBe(true);
      for (const v of a.x) expect(Number.isFinite(v)).toBe(true);
    });
  }

  it('xor labels by quadrant, circles by radius, blobs by side', () => {
    const x = xor({ n: 200, seed: 1 });
    for (let i = 0; i < x.n; i++) expect(x.y[i]).toBe(x.x[2 * i]! * x.x[2 * i + 1]! > 0 ? 0 : 1);
    const c = circles({ n: 200, seed: 1, noise: 0 });
    for (let i = 0; i < c.n; i++) expect(Math.hypot(c.x[2 * i]!, c.x[2 * i + 1]!) > 0.6 ? 1 : 0).toBe(c.y[i]);
    const b = blobs({ n: 200, seed: 1, spread: 0.1 });
    for (let i = 0; i < b.n; i++) expect(b.x[2 * i]! > 0 ? 1 : 0).toBe(b.y[i]);
    expect(moons({ n: 4, seed: 1 }).n).toBe(4);
  });

  it('bad arguments throw naming the field', () => {
    expect(() => xor({ n: 0, seed: 1 })).toThrow('invalid n: 0');
    expect(() => moons({ n: 10, seed: 1, noise: -1 })).toThrow('invalid noise: -1');
    expect(() => noisyLine({ n: 5, slope: 1, intercept: 0, noise: 0, seed: 1.5 })).toThrow('invalid seed: 1.5');
    expect(() => noisyLine({ n: 5, slope: 1, intercept: 0, noise: 0, seed: 1, xRange: [1, 0] })).toThrow(
      'invalid xRange',
    );
    expect(() => blobs({ n: 10, seed: 1, spread: NaN })).toThrow('invalid spread: NaN');
  });
});
