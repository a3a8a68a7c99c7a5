import { describe, expect, it } from 'vitest';
import { WAVE, noisyCurve, rows, sampleSplits, type Curve } from '../../../src/optim/sample.ts';

const line: Curve = { id: 'line', formula: '2x', tex: '2x', domain: [0, 3], value: (x) => 2 * x };

describe('sample', () => {
  it('noisyCurve with noise 0 lies on the curve, inside its domain', () => {
    const d = noisyCurve(line, { n: 50, noise: 0, seed: 4 });
    expect(d).toMatchObject({ n: 50, features: 1 });
    for (let i = 0; i < d.n; i++) {
      expect(d.x[i]).toBeGreaterThanOrEqual(0);
      expect(d.x[i]).toBeLessThan(3);
      expect(d.y[i]).toBe(2 * d.x[i]!);
    }
  });

  it('noisyCurve scatters about the curve with the noise as standard deviation', () => {
    const d = noisyCurve(WAVE, { n: 4000, noise: 0.3, seed: 9 });
    let s = 0;
    let mean = 0;
    for (let i = 0; i < d.n; i++) {
      const r = d.y[i]! - WAVE.value(d.x[i]!);
      s += r * r;
      mean += r;
    }
    expect(Math.sqrt(s / d.n)).toBeCloseTo(0.3, 1);
    expect(Math.abs(mean / d.n)).toBeLessThan(0.02);
  });

  it('noisyCurve is deterministic in its seed, and seeds differ', () => {
    const a = noisyCurve(WAVE, { n: 20, noise: 0.3, seed: 1 });
    const b = noisyCurve(WAVE, { n: 20, noise: 0.3, seed: 1 });
    const c = noisyCurve(WAVE, { n: 20, noise: 0.3, seed: 2 });
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it('noisyCurve rejects a bad n or noise', () => {
    expect(() => noisyCurve(WAVE, { n: 0, noise: 0.1, seed: 1 })).toThrow('invalid n: 0');
    expect(() => noisyCurve(WAVE, { n: 2.5, noise: 0.1, seed: 1 })).toThrow('invalid n: 2.5');
    expect(() => noisyCurve(WAVE, { n: 5, noise: -1, seed: 1 })).toThrow('invalid noise: -1');
    expect(() => noisyCurve(WAVE, { n: 5, noise: NaN, seed: 1 })).toThrow('invalid noise: NaN');
  });

  it('sampleSplits cuts one draw into train, validation and test, in that order', () => {
    const s = sampleSplits(WAVE, { train: 12, validation: 5, test: 30 }, 0.3, 7);
    const all = noisyCurve(WAVE, { n: 47, noise: 0.3, seed: 7 });
    expect([s.train.n, s.validation.n, s.test.n]).toEqual([12, 5, 30]);
    expect(Array.from(s.train.x)).toEqual(Array.from(all.x.subarray(0, 12)));
    expect(Array.from(s.validation.y)).toEqual(Array.from(all.y.subarray(12, 17)));
    expect(Array.from(s.test.x)).toEqual(Array.from(all.x.subarray(17)));
  });

  it('sampleSplits rejects an empty or fractional split', () => {
    expect(() => sampleSplits(WAVE, { train: 0, validation: 5, test: 5 }, 0.3, 1)).toThrow('invalid train: 0');
    expect(() => sampleSplits(WAVE, { train: 5, validation: 1.5, test: 5 }, 0.3, 1)).toThrow('invalid validation: 1.5');
  });

  it('rows copies a range and rejects one outside the data', () => {
    const d = noisyCurve(WAVE, { n: 6, noise: 0, seed: 3 });
    const r = rows(d, 2, 4);
    expect(Array.from(r.x)).toEqual(Array.from(d.x.subarray(2, 4)));
    r.x[0] = 99;
    expect(d.x[2]).not.toBe(99);
    expect(() => rows(d, 4, 2)).toThrow('invalid rows: [4, 2) of 6');
    expect(() => rows(d, 0, 7)).toThrow('invalid rows: [0, 7) of 6');
  });
});
