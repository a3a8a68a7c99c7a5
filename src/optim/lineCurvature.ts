/** The curvature of a line fit's mean squared error, and the learning rate beyond which descent on it diverges. */
import type { Dataset } from './types.ts';

/** Eigenvalues of the (constant) Hessian of f(m, b) = (1/2n) Σ (m xᵢ + b − yᵢ)², and 2 / λmax. */
export interface LineCurvature {
  /** [λmin, λmax] of [[mean x², mean x], [mean x, 1]]. */
  readonly eigenvalues: readonly [number, number];
  /** Gradient descent on f(m, b) converges from every start exactly when η < 2 / λmax. */
  readonly learningRateLimit: number;
}

export function lineCurvature(data: Dataset): LineCurvature {
  if (data.features !== 1) throw new Error(`invalid data: lineCurvature needs 1 feature, got ${data.features}`);
  let sx = 0;
  let sxx = 0;
  for (let i = 0; i < data.n; i++) {
    sx += data.x[i]!;
    sxx += data.x[i]! * data.x[i]!;
  }
  const a = sxx / data.n;
  const b = sx / data.n;
  const mid = (a + 1) / 2;
  const r = Math.sqrt(((a - 1) / 2) ** 2 + b * b);
  const hi = mid + r;
  return { eigenvalues: [mid - r, hi], learningRateLimit: 2 / hi };
}
