/** The curvature of a line fit's mean squared error, and the learning rate beyond which descent on it diverges. */
import type { Dataset } from './types.ts';

/** Eigenvalues of the (constant) Hessian of f(m, b) = (1/2n) Σ (m xᵢ + b − yᵢ)², and 2 / λmax. */
export interface LineCurvature {
  /** [λmin, λmax] of [[mean x², mean x], [mean x, 1]]. */
  readonly eigenvalues: readonly [number, number];
  /** Gradient descent on f(m, b) converges from every start exactly when η < 2 / λmax. */
  readonly learningRateLimit: number;
}

/** With `alpha`, the curvatures of f + α‖θ‖², each 2α higher: the penalty's round bowl curves 2α every way. */
export function lineCurvature(data: Dataset, alpha = 0): LineCurvature {
  if (data.features !== 1) throw new Error(`invalid data: lineCurvature needs 1 feature, got ${data.features}`);
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new Error(`invalid alpha: ${alpha}`);
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
  const hi = mid + r + 2 * alpha;
  return { eigenvalues: [mid - r + 2 * alpha, hi], learningRateLimit: 2 / hi };
}

/**
 * The bottom (m, b) of the line fit's mean squared error plus the ridge penalty α(m² + b²): the
 * 2 × 2 system (H + 2αI)θ = (mean xy, mean y), with H the Hessian above. Null when it has no single
 * answer (α = 0 and every x equal).
 */
export function lineRidgeFit(data: Dataset, alpha: number): { readonly m: number; readonly b: number } | null {
  if (data.features !== 1) throw new Error(`invalid data: lineRidgeFit needs 1 feature, got ${data.features}`);
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new Error(`invalid alpha: ${alpha}`);
  let sx = 0;
  let sxx = 0;
  let sy = 0;
  let sxy = 0;
  for (let i = 0; i < data.n; i++) {
    const x = data.x[i]!;
    const y = data.y[i]!;
    sx += x;
    sxx += x * x;
    sy += y;
    sxy += x * y;
  }
  const n = data.n;
  const a11 = sxx / n + 2 * alpha;
  const a12 = sx / n;
  const a22 = 1 + 2 * alpha;
  const det = a11 * a22 - a12 * a12;
  if (!(Math.abs(det) > 1e-14 * a11 * a22)) return null;
  const c1 = sxy / n;
  const c2 = sy / n;
  return { m: (a22 * c1 - a12 * c2) / det, b: (a11 * c2 - a12 * c1) / det };
}
