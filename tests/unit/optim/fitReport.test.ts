import { describe, expect, it } from 'vitest';
import { degreeSweep, fitReport, lowest } from '../../../src/optim/fitReport.ts';
import { polynomialFit, polynomialMSE } from '../../../src/optim/polynomial.ts';
import { WAVE, sampleSplits } from '../../../src/optim/sample.ts';

const splits = sampleSplits(WAVE, { train: 12, validation: 12, test: 100 }, 0.3, 2);

describe('fitReport', () => {
  it('fitReport fits the training split and scores every split', () => {
    const r = fitReport(splits, 4, { alpha: 0.01 });
    expect(Array.from(r.theta)).toEqual(Array.from(polynomialFit(splits.train, 4, { alpha: 0.01 })));
    expect(r.test).toBe(polynomialMSE(splits.test, r.theta));
    expect(r).toMatchObject({ degree: 4, alpha: 0.01 });
  });

  it('degreeSweep: the training loss never rises with the degree and reaches 0 at degree n − 1', () => {
    const sw = degreeSweep(splits, 11);
    expect(sw.map((r) => r.degree)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (let d = 1; d < sw.length; d++) expect(sw[d]!.train).toBeLessThanOrEqual(sw[d - 1]!.train * (1 + 1e-9));
    expect(sw[11]!.train).toBeLessThan(1e-12);
    expect(sw[11]!.test).toBeGreaterThan(sw[lowest(sw, 'test')]!.test * 10);
    expect(() => degreeSweep(splits, 12)).toThrow('invalid degree: 12 needs at least 13 examples, got 12');
    expect(() => degreeSweep(splits, -1)).toThrow('invalid maxDegree: -1');
  });

  it('fitReport: the training loss never falls as α grows', () => {
    const sw = [0, 1e-5, 1e-3, 0.1, 10].map((alpha) => fitReport(splits, 9, { alpha }));
    for (let i = 1; i < sw.length; i++) expect(sw[i]!.train).toBeGreaterThanOrEqual(sw[i - 1]!.train);
  });

  it('lowest picks the first minimum on a split, and needs a report', () => {
    const sw = degreeSweep(splits, 5);
    const i = lowest(sw, 'validation');
    for (const r of sw) expect(r.validation).toBeGreaterThanOrEqual(sw[i]!.validation);
    expect(() => lowest([], 'train')).toThrow('invalid reports: none');
  });
});
