import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { lineCurvature, lineRidgeFit } from '../../../src/optim/lineCurvature.ts';
import { polynomialFit } from '../../../src/optim/polynomial.ts';
import { leastSquares } from '../../../src/optim/losses.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { run } from '../../../src/optim/runner.ts';
import { ridge } from '../../../src/optim/ridge.ts';

const data = noisyLine({ n: 20, slope: 1.2, intercept: 0.6, noise: 0.3, seed: 5, xRange: [0, 3] });

describe('lineCurvature', () => {
  it('lineCurvature: the eigenvalues match the Hessian of f(m, b) measured by finite differences', () => {
    const f = lineMSE(data);
    const h = 1e-4;
    const g = (m: number, b: number) => f.gradient([m, b], new Float64Array(2));
    const H = [
      [(g(h, 0)[0]! - g(-h, 0)[0]!) / (2 * h), (g(0, h)[0]! - g(0, -h)[0]!) / (2 * h)],
      [(g(h, 0)[1]! - g(-h, 0)[1]!) / (2 * h), (g(0, h)[1]! - g(0, -h)[1]!) / (2 * h)],
    ];
    const tr = H[0]![0]! + H[1]![1]!;
    const det = H[0]![0]! * H[1]![1]! - H[0]![1]! * H[1]![0]!;
    const { eigenvalues } = lineCurvature(data);
    expect(eigenvalues[0] + eigenvalues[1]).toBeCloseTo(tr, 6);
    expect(eigenvalues[0] * eigenvalues[1]).toBeCloseTo(det, 6);
  });

  it('descent converges just below 2 / λmax and diverges just above it', () => {
    const f = lineMSE(data);
    const { learningRateLimit } = lineCurvature(data);
    const below = run(f, gradientDescent({ learningRate: learningRateLimit * 0.97 }), [0, 0], {
      maxSteps: 3000,
      toleranceF: 1e-14,
    });
    const above = run(f, gradientDescent({ learningRate: learningRateLimit * 1.03 }), [0, 0], {
      maxSteps: 3000,
      bound: 1e3,
    });
    expect(below.stop.reason).toBe('tolerance-f');
    expect(above.stop.reason).toBe('diverged');
  });

  it('rejects data with more than one feature', () => {
    expect(() => lineCurvature({ n: 1, features: 2, x: new Float64Array(2), y: new Float64Array(1) })).toThrow(
      'invalid data',
    );
  });

  it('lineCurvature with α: every curvature 2α higher, and descent on f + α‖θ‖² diverges just above its new limit', () => {
    const plain = lineCurvature(data);
    const pen = lineCurvature(data, 0.3);
    expect(pen.eigenvalues[0]).toBeCloseTo(plain.eigenvalues[0] + 0.6, 12);
    expect(pen.eigenvalues[1]).toBeCloseTo(plain.eigenvalues[1] + 0.6, 12);
    const f = ridge(lineMSE(data), 0.3);
    const at = (eta: number) => run(f, gradientDescent({ learningRate: eta }), [0, 0], { maxSteps: 3000 }).stop.reason;
    expect(at(pen.learningRateLimit * 0.97)).toBe('max-steps');
    expect(at(pen.learningRateLimit * 1.03)).toBe('diverged');
    expect(() => lineCurvature(data, -1)).toThrow('invalid alpha: -1');
  });

  it('lineRidgeFit is least squares at α = 0, and the flat point of f + α‖θ‖² for α > 0', () => {
    const ls = leastSquares(data)!;
    const r0 = lineRidgeFit(data, 0)!;
    expect(r0.m).toBeCloseTo(ls.m, 12);
    expect(r0.b).toBeCloseTo(ls.b, 12);
    for (const alpha of [0.01, 0.3, 5]) {
      const r = lineRidgeFit(data, alpha)!;
      const g = ridge(lineMSE(data), alpha).gradient([r.m, r.b], new Float64Array(2));
      expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-12);
      const th = polynomialFit(data, 1, { alpha });
      expect(r.b).toBeCloseTo(th[0]!, 10);
      expect(r.m).toBeCloseTo(th[1]!, 10);
    }
    const same = { n: 3, features: 1, x: Float64Array.of(1, 1, 1), y: Float64Array.of(0, 1, 2) };
    expect(lineRidgeFit(same, 0)).toBeNull();
    expect(lineRidgeFit(same, 0.1)).not.toBeNull();
    expect(() => lineRidgeFit(data, -2)).toThrow('invalid alpha: -2');
  });
});
