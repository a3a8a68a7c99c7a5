import { describe, expect, it } from 'vitest';
import {
  bestRung,
  differenceSlope,
  gradientCheck,
  gradientPasses,
  hLadder,
  slopeError,
  slopeErrorCurve,
} from '../../../src/optim/numericSlope.ts';
import { twoWells } from '../../../src/optim/objectives.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';

const cube = (t: number) => t ** 3;
const well = (t: number) => twoWells.value([t]);
const wellSlope = (t: number) => twoWells.gradient([t], new Float64Array(1))[0]!;

describe('differenceSlope', () => {
  it('on t³ the central difference is 3t² + h² and the one-sided 3t² + 3th + h² (exact algebra)', () => {
    expect(differenceSlope(cube, 2, 0.5, 'central')).toBeCloseTo(12 + 0.25, 12);
    expect(differenceSlope(cube, 2, 0.5, 'forward')).toBeCloseTo(12 + 3 + 0.25, 12);
  });

  it('is exact up to rounding on a line, for either kind', () => {
    expect(differenceSlope((t) => 3 * t - 1, 0.7, 0.01, 'central')).toBeCloseTo(3, 12);
    expect(differenceSlope((t) => 3 * t - 1, 0.7, 0.01, 'forward')).toBeCloseTo(3, 12);
  });

  it('rejects an offset that is not a positive finite number', () => {
    for (const h of [0, -1e-3, Number.NaN, Infinity])
      expect(() => differenceSlope(cube, 1, h, 'central')).toThrow(`invalid h: ${h}`);
  });
});

describe('the error against h', () => {
  it('hLadder steps four rungs to a decade', () => {
    expect(hLadder(0)).toBe(1);
    expect(hLadder(4)).toBeCloseTo(0.1, 15);
    expect(hLadder(20) / hLadder(24)).toBeCloseTo(10, 10);
  });

  it('truncation: shrinking h tenfold cuts the central error a hundredfold and the one-sided tenfold', () => {
    const a = slopeError(well, wellSlope(1), 1, 1e-2);
    const b = slopeError(well, wellSlope(1), 1, 1e-3);
    expect(a.centralError / b.centralError).toBeCloseTo(100, 0);
    expect(a.forwardError / b.forwardError).toBeGreaterThan(9);
    expect(a.forwardError / b.forwardError).toBeLessThan(11);
  });

  it('rounding: below the bottom of the V the error grows again as h shrinks', () => {
    const curve = slopeErrorCurve(well, wellSlope(1), 1, 61);
    const k = bestRung(curve, 'central');
    expect(curve[k]!.centralError).toBeLessThan(1e-10);
    expect(curve[60]!.centralError).toBeGreaterThan(1e3 * curve[k]!.centralError);
    expect(curve[0]!.centralError).toBeGreaterThan(1e3 * curve[k]!.centralError);
    // The one-sided V bottoms out at a larger h's square root: later, and higher.
    const kf = bestRung(curve, 'forward');
    expect(kf).toBeGreaterThan(k);
    expect(curve[kf]!.forwardError).toBeGreaterThan(curve[k]!.centralError);
  });
});

describe('gradientPasses', () => {
  it('counts n + 1 one-sided and 2n central evaluations, and rejects a non-count', () => {
    expect(gradientPasses(17)).toEqual({ oneSided: 18, central: 34 });
    expect(gradientPasses(1e6)).toEqual({ oneSided: 1_000_001, central: 2_000_000 });
    expect(() => gradientPasses(0)).toThrow('invalid n: 0');
    expect(() => gradientPasses(2.5)).toThrow('invalid n: 2.5');
  });
});

describe('gradientCheck', () => {
  const f = (x: ArrayLike<number>) => quadraticXY.value(x);
  const x = [2, 1];

  it('agrees with an exact gradient to many digits, and does not disturb x', () => {
    const exact = quadraticXY.gradient(x, new Float64Array(2));
    const rows = gradientCheck(f, x, exact, 1e-5);
    for (const r of rows) expect(r.relative).toBeLessThan(1e-9);
    expect(rows.map((r) => r.numeric)).toEqual([expect.closeTo(3, 8), expect.closeTo(4, 8)]);
    expect(x).toEqual([2, 1]);
  });

  it('flags a wrong entry and only that one', () => {
    const rows = gradientCheck(f, x, [3, -4], 1e-5);
    expect(rows[0]!.relative).toBeLessThan(1e-9);
    expect(rows[1]!.relative).toBeCloseTo(1, 6);
  });

  it('gives 0 for two zeros, and rejects a gradient of the wrong length', () => {
    expect(gradientCheck(() => 5, [1], [0], 1e-3)[0]!.relative).toBe(0);
    expect(() => gradientCheck(f, x, [1], 1e-5)).toThrow('invalid gradient: 1 entries for 2');
  });
});
