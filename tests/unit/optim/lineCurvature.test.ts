import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { lineCurvature } from '../../../src/optim/lineCurvature.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { run } from '../../../src/optim/runner.ts';

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
});
