import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/optim/random.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { run } from '../../../src/optim/runner.ts';
import { ridge } from '../../../src/optim/ridge.ts';
import { WAVE, noisyCurve } from '../../../src/optim/sample.ts';
import {
  polynomialFit,
  polynomialLoss,
  polynomialMSE,
  polynomialValue,
  scaled,
} from '../../../src/optim/polynomial.ts';
import type { Dataset } from '../../../src/optim/types.ts';
import { worstGradientError } from './fd.ts';

/** n points of the polynomial with coefficients c (in t) at seeded x in the domain, plus noise. */
function polyData(c: readonly number[], n: number, seed: number, domain: readonly [number, number] = [-1, 1]): Dataset {
  const rng = createRng(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = domain[0] + (domain[1] - domain[0]) * rng.next();
    y[i] = polynomialValue(c, x[i]!, domain);
  }
  return { n, features: 1, x, y };
}

/** The ridge fit by the normal equations (Aᵀ A / n + 2α I) θ = Aᵀ y / n, by Gaussian elimination: fine at low degree. */
function normalEquations(data: Dataset, degree: number, alpha: number): number[] {
  const p = degree + 1;
  const m = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < data.n; i++) {
    const pw = Array.from({ length: p }, (_, k) => data.x[i]! ** k);
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) m[a]![b]! += (pw[a]! * pw[b]!) / data.n;
      m[a]![p]! += (pw[a]! * data.y[i]!) / data.n;
    }
  }
  for (let a = 0; a < p; a++) m[a]![a]! += 2 * alpha;
  for (let c = 0; c < p; c++) {
    for (let r = c + 1; r < p; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= p; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const th = new Array<number>(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = m[r]![p]!;
    for (let k = r + 1; k < p; k++) s -= m[r]![k]! * th[k]!;
    th[r] = s / m[r]![r]!;
  }
  return th;
}

describe('polynomial', () => {
  it('polynomialValue is θ₀ + θ₁t + … on t scaled to [−1, 1]', () => {
    expect(polynomialValue([1, 2, 3], 0.5)).toBeCloseTo(1 + 1 + 0.75, 14);
    expect(scaled(3, [1, 5])).toBe(0);
    expect(scaled(5, [1, 5])).toBe(1);
    expect(polynomialValue([1, 2, 3], 5, [1, 5])).toBe(6);
    expect(polynomialValue([], 2)).toBe(0);
  });

  it('polynomialFit recovers a cubic from noise-free data', () => {
    const c = [0.5, -1, 2, 0.7];
    const th = polynomialFit(polyData(c, 10, 1), 3);
    for (let k = 0; k < 4; k++) expect(th[k]).toBeCloseTo(c[k]!, 12);
  });

  it('polynomialFit stays accurate at degree 15 on a scaled input (normal equations in x would not)', () => {
    const rng = createRng(5);
    const c = Array.from({ length: 16 }, () => rng.normal());
    const domain = [2, 10] as const;
    const data = polyData(c, 40, 2, domain);
    const th = polynomialFit(data, 15, { domain });
    for (let k = 0; k < 16; k++) expect(Math.abs(th[k]! - c[k]!)).toBeLessThan(1e-6);
    expect(polynomialMSE(data, th, domain)).toBeLessThan(1e-20);
  });

  it('polynomialFit of degree n − 1 passes through every one of n points', () => {
    const data = noisyCurve(WAVE, { n: 12, noise: 0.3, seed: 1 });
    const th = polynomialFit(data, 11);
    for (let i = 0; i < data.n; i++) expect(polynomialValue(th, data.x[i]!)).toBeCloseTo(data.y[i]!, 6);
  });

  it('polynomialFit with α agrees with the normal equations at low degree', () => {
    const data = noisyCurve(WAVE, { n: 15, noise: 0.3, seed: 3 });
    for (const alpha of [0, 1e-3, 0.1, 10]) {
      const th = polynomialFit(data, 3, { alpha });
      const ne = normalEquations(data, 3, alpha);
      for (let k = 0; k < 4; k++) expect(th[k]).toBeCloseTo(ne[k]!, 9);
    }
  });

  it('polynomialFit with α > 0 is where the penalized loss is flat, at any degree, even past n − 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.double({ min: 1e-6, max: 10, noNaN: true }), (degree, alpha) => {
        const data = noisyCurve(WAVE, { n: 8, noise: 0.3, seed: degree + 1 });
        const th = polynomialFit(data, degree, { alpha });
        const g = ridge(polynomialLoss(data, degree), alpha).gradient(th, new Float64Array(degree + 1));
        for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('polynomialFit: a larger α never gives larger coefficients or a lower training loss', () => {
    const data = noisyCurve(WAVE, { n: 12, noise: 0.3, seed: 1 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (a, f) => {
        const small = polynomialFit(data, 9, { alpha: a });
        const big = polynomialFit(data, 9, { alpha: a * f + 1e-9 });
        const sq = (t: Float64Array) => t.reduce((s, v) => s + v * v, 0);
        expect(sq(big)).toBeLessThanOrEqual(sq(small) * (1 + 1e-9));
        expect(polynomialMSE(data, big)).toBeGreaterThanOrEqual(polynomialMSE(data, small) * (1 - 1e-9));
      }),
      { numRuns: 40 },
    );
  });

  it('polynomialFit rejects what has no single answer, naming it', () => {
    const data = noisyCurve(WAVE, { n: 5, noise: 0.3, seed: 1 });
    expect(() => polynomialFit(data, 5)).toThrow('invalid degree: 5 needs at least 6 examples, got 5');
    const same: Dataset = { n: 4, features: 1, x: Float64Array.of(0.5, 0.5, 0.5, 0.5), y: Float64Array.of(1, 2, 3, 4) };
    expect(() => polynomialFit(same, 1)).toThrow('invalid data: the inputs are too few or repeat');
    expect(polynomialFit(same, 1, { alpha: 0.1 })).toHaveLength(2);
    expect(() => polynomialFit(data, -1)).toThrow('invalid degree: -1');
    expect(() => polynomialFit(data, 2, { alpha: -1 })).toThrow('invalid alpha: -1');
    expect(() => polynomialFit(data, 2, { domain: [1, 1] })).toThrow('invalid domain: [1, 1]');
    const twoD: Dataset = { n: 2, features: 2, x: new Float64Array(4), y: new Float64Array(2) };
    expect(() => polynomialFit(twoD, 0)).toThrow('invalid data: a polynomial needs 1 feature, got 2');
  });

  it('polynomialLoss is the mean squared error over θ, with exact gradients', () => {
    const data = noisyCurve(WAVE, { n: 12, noise: 0.3, seed: 2 });
    const loss = polynomialLoss(data, 5);
    expect(loss.dim).toBe(6);
    expect(loss.params).toEqual(['θ1', 'θ2', 'θ3', 'θ4', 'θ5', 'θ6']);
    const th = [0.1, -0.3, 0.2, 0.5, -0.4, 0.05];
    expect(loss.value(th)).toBeCloseTo(polynomialMSE(data, th), 14);
    expect(worstGradientError(loss)).toBeLessThan(1e-6);
    expect(worstGradientError(ridge(loss, 0.3))).toBeLessThan(1e-6);
  });

  it('gradient descent on polynomialLoss, and on its ridge form, walks to polynomialFit’s answer', () => {
    const data = noisyCurve(WAVE, { n: 12, noise: 0.3, seed: 4 });
    for (const alpha of [0, 0.05]) {
      const target = polynomialFit(data, 2, { alpha });
      const r = run(ridge(polynomialLoss(data, 2), alpha), gradientDescent({ learningRate: 0.5 }), [0, 0, 0], {
        maxSteps: 20000,
        toleranceGrad: 1e-12,
      });
      expect(r.stop.reason).toBe('tolerance-grad');
      const end = r.positions.subarray(3 * r.steps);
      for (let k = 0; k < 3; k++) expect(end[k]).toBeCloseTo(target[k]!, 9);
    }
  });
});
