/**
 * Polynomials of any degree fitted to 1-D data: ŷ = θ[0] + θ[1]·t + … + θ[d]·t^d on an input t scaled
 * to [−1, 1], so that high powers stay near 1 in size. The best fit, with or without the ridge
 * penalty α‖θ‖², is solved by Householder QR (stable where the normal equations are not); the same
 * loss is a data objective, so descent can walk to that fit one step at a time.
 */
import { dataObjective } from './dataObjective.ts';
import { meanSquaredError } from './mse.ts';
import type { DataObjective, Dataset, Vec } from './types.ts';

/** The inputs' range that maps to t ∈ [−1, 1]. */
export type Domain = readonly [number, number];

/** Options of the polynomial fits. */
export interface PolynomialOptions {
  /** The penalty's weight α ≥ 0 in L(θ) + α‖θ‖² (default 0: plain least squares). */
  readonly alpha?: number;
  /** The range of x mapped onto t ∈ [−1, 1] (default [−1, 1]: t = x). */
  readonly domain?: Domain;
}

function checkDegree(degree: number): void {
  if (!(Number.isInteger(degree) && degree >= 0)) throw new Error(`invalid degree: ${degree}`);
}

function checkAlpha(alpha: number): void {
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new Error(`invalid alpha: ${alpha}`);
}

function checkDomain([lo, hi]: Domain): void {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new Error(`invalid domain: [${lo}, ${hi}]`);
}

/** x on the scale t ∈ [−1, 1] of the domain. */
export function scaled(x: number, [lo, hi]: Domain): number {
  return (2 * x - lo - hi) / (hi - lo);
}

/** The polynomial with coefficients θ (θ[k] multiplies t^k) at x, by Horner’s rule. */
export function polynomialValue(theta: Vec, x: number, domain: Domain = [-1, 1]): number {
  const t = scaled(x, domain);
  let v = 0;
  for (let k = theta.length - 1; k >= 0; k--) v = v * t + theta[k]!;
  return v;
}

/**
 * The coefficients that minimize (1/2n) Σ (ŷᵢ − yᵢ)² + α‖θ‖² over polynomials of this degree.
 * With α = 0 the fit needs at least degree + 1 examples at distinct inputs; with α > 0 any
 * degree has one best fit. Solved as the least-squares problem [A/√n; √(2α)·I] θ ≈ [y/√n; 0]
 * by Householder QR.
 */
export function polynomialFit(data: Dataset, degree: number, options: PolynomialOptions = {}): Float64Array {
  const { alpha = 0, domain = [-1, 1] } = options;
  checkDegree(degree);
  checkAlpha(alpha);
  checkDomain(domain);
  if (data.features !== 1) throw new Error(`invalid data: a polynomial needs 1 feature, got ${data.features}`);
  const p = degree + 1;
  const n = data.n;
  const rows = alpha > 0 ? n + p : n;
  if (rows < p) throw new Error(`invalid degree: ${degree} needs at least ${p} examples, got ${n}`);
  // Column-major matrix M (rows × p) and right-hand side r.
  const m = new Float64Array(rows * p);
  const r = new Float64Array(rows);
  const w = 1 / Math.sqrt(n);
  for (let i = 0; i < n; i++) {
    const t = scaled(data.x[i]!, domain);
    let power = w;
    for (let k = 0; k < p; k++) {
      m[k * rows + i] = power;
      power *= t;
    }
    r[i] = w * data.y[i]!;
  }
  if (alpha > 0) for (let k = 0; k < p; k++) m[k * rows + n + k] = Math.sqrt(2 * alpha);
  // Householder QR, applied to r as it goes: afterwards the upper triangle of m is R and r holds Qᵀr.
  let largest = 0;
  for (let k = 0; k < p; k++) {
    const col = k * rows;
    let s = 0;
    for (let i = k; i < rows; i++) s += m[col + i]! * m[col + i]!;
    const len = Math.sqrt(s);
    largest = Math.max(largest, len);
    if (!(len > 1e-13 * largest))
      throw new Error('invalid data: the inputs are too few or repeat, so the fit is not unique');
    const alphaK = m[col + k]! > 0 ? -len : len;
    const v0 = m[col + k]! - alphaK;
    // v = (v0, m[k+1..]); the reflection is I − 2vvᵀ/(vᵀv), with vᵀv = s − m_kk² + v0².
    const vv = s - m[col + k]! * m[col + k]! + v0 * v0;
    m[col + k] = v0;
    for (let j = k + 1; j < p; j++) {
      const cj = j * rows;
      let dot = 0;
      for (let i = k; i < rows; i++) dot += m[col + i]! * m[cj + i]!;
      const f = (2 * dot) / vv;
      for (let i = k; i < rows; i++) m[cj + i] = m[cj + i]! - f * m[col + i]!;
    }
    let dot = 0;
    for (let i = k; i < rows; i++) dot += m[col + i]! * r[i]!;
    const f = (2 * dot) / vv;
    for (let i = k; i < rows; i++) r[i] = r[i]! - f * m[col + i]!;
    m[col + k] = alphaK;
  }
  const theta = new Float64Array(p);
  for (let k = p - 1; k >= 0; k--) {
    let s = r[k]!;
    for (let j = k + 1; j < p; j++) s -= m[j * rows + k]! * theta[j]!;
    theta[k] = s / m[k * rows + k]!;
  }
  return theta;
}

/** The mean squared error (1/2n convention) of the polynomial θ on a data set. */
export function polynomialMSE(data: Dataset, theta: Vec, domain: Domain = [-1, 1]): number {
  return meanSquaredError(data, (x) => polynomialValue(theta, x, domain));
}

/**
 * The mean squared error of a degree-d polynomial as a data objective over its d + 1 coefficients
 * (named θ1 … θ(d+1), as the lesson writes them), for descent. Wrap it in ridge() to add the penalty.
 */
export function polynomialLoss(data: Dataset, degree: number, domain: Domain = [-1, 1]): DataObjective {
  checkDegree(degree);
  checkDomain(domain);
  if (data.features !== 1) throw new Error(`invalid data: a polynomial needs 1 feature, got ${data.features}`);
  const p = degree + 1;
  // Each example's powers 1, t, t², … computed once: row i holds t_iᵏ at i·p + k.
  const powers = new Float64Array(data.n * p);
  for (let i = 0; i < data.n; i++) {
    const t = scaled(data.x[i]!, domain);
    let v = 1;
    for (let k = 0; k < p; k++) {
      powers[i * p + k] = v;
      v *= t;
    }
  }
  const residual = (i: number, theta: Vec): number => {
    let s = -data.y[i]!;
    for (let k = 0; k < p; k++) s += theta[k]! * powers[i * p + k]!;
    return s;
  };
  return dataObjective({
    id: `polynomial-${degree}`,
    name: `Mean squared error of a degree-${degree} polynomial`,
    dim: p,
    tex: 'L(\\theta) = \\frac{1}{2n} \\sum_{i=1}^{n} \\left(\\theta_0 + \\theta_1 t_i + \\dots + \\theta_d t_i^d - y_i\\right)^2',
    goal: 'minimize' as const,
    window: Array.from({ length: p }, () => [-4, 4] as const),
    known: [],
    params: Array.from({ length: p }, (_, k) => `θ${k + 1}`),
    data,
    exampleValue: (i: number, theta: Vec): number => 0.5 * residual(i, theta) ** 2,
    addExampleGradient(i: number, theta: Vec, out: Float64Array, scale: number): void {
      const r = scale * residual(i, theta);
      for (let k = 0; k < p; k++) out[k] = out[k]! + r * powers[i * p + k]!;
    },
  });
}
