/** The sources' own functions: revenue R(p), the two-well curve and the quadratic bowl. */
import type { Objective } from './types.ts';

/** R(p) = p(100 − 2p): revenue at price p, climbed (goal 'maximize') to its peak R(25) = 1250. */
export const revenue: Objective = {
  id: 'revenue',
  name: 'Revenue R(p)',
  dim: 1,
  tex: 'R(p) = p\\,(100 - 2p)',
  goal: 'maximize',
  window: [[0, 50]],
  known: [{ kind: 'max', x: [25], f: 1250, label: 'maximum' }],
  params: ['p'],
  value: (x) => x[0]! * (100 - 2 * x[0]!),
  gradient(x, out) {
    out[0] = 100 - 4 * x[0]!;
    return out;
  },
};

const wellValue = (x: number): number => x ** 4 - x ** 3 - x * x + Math.exp(-x * x);
const wellSlope = (x: number): number => 4 * x ** 3 - 3 * x * x - 2 * x - 2 * x * Math.exp(-x * x);
const wellCurvature = (x: number): number => {
  const e = Math.exp(-x * x);
  return 12 * x * x - 6 * x - 2 - 2 * e + 4 * x * x * e;
};

/** Newton's method on f′ from x0: the stationary point of the two-well curve near x0. */
function wellStationary(x0: number): number {
  let x = x0;
  for (let k = 0; k < 50; k++) {
    const dx = wellSlope(x) / wellCurvature(x);
    x -= dx;
    if (Math.abs(dx) < 1e-15) break;
  }
  return x;
}

/** The two minima of the two-well curve, refined by Newton's method at load (≈ −0.6163, ≈ 1.2399). */
export const TWO_WELLS_MINIMA: readonly [number, number] = [wellStationary(-0.6), wellStationary(1.25)];

/** L(θ) = θ⁴ − θ³ − θ² + e^(−θ²): a local maximum at 0 between a shallower and a deeper minimum. */
export const twoWells: Objective = {
  id: 'two-wells',
  name: 'Two wells',
  dim: 1,
  tex: 'L(\\theta) = \\theta^4 - \\theta^3 - \\theta^2 + e^{-\\theta^2}',
  goal: 'minimize',
  window: [[-1.5, 2]],
  known: [
    { kind: 'min', x: [TWO_WELLS_MINIMA[0]], f: wellValue(TWO_WELLS_MINIMA[0]), label: 'shallower minimum' },
    { kind: 'max', x: [0], f: 1, label: 'local maximum' },
    { kind: 'min', x: [TWO_WELLS_MINIMA[1]], f: wellValue(TWO_WELLS_MINIMA[1]), label: 'deeper minimum' },
  ],
  params: ['θ'],
  value: (x) => wellValue(x[0]!),
  gradient(x, out) {
    out[0] = wellSlope(x[0]!);
    return out;
  },
};

/** The eigenvalues 4 ∓ √5 of the Hessian [[2, −1], [−1, 6]] of x² + 3y² − xy. */
export const QUADRATIC_HESSIAN_EIGENVALUES: readonly [number, number] = [4 - Math.sqrt(5), 4 + Math.sqrt(5)];

/** (a, b) scaled to length 1. */
function unitOf(a: number, b: number): [number, number] {
  const n = Math.hypot(a, b);
  return [a / n, b / n];
}

/**
 * The principal directions of x² + 3y² − xy, as unit vectors: [gentle (curvature 4 − √5, at about
 * 13.3°), sharp (4 + √5, at about 103.3°)]. Along each, a descent step multiplies the signed
 * position by 1 − ηλ.
 */
export const QUADRATIC_PRINCIPAL_DIRECTIONS: readonly [readonly [number, number], readonly [number, number]] = [
  unitOf(1, Math.sqrt(5) - 2),
  unitOf(-1, 2 + Math.sqrt(5)),
];

/** Gradient descent on x² + 3y² − xy converges exactly when η < 2 / λmax = 2 / (4 + √5) ≈ 0.3207. */
export const QUADRATIC_LR_LIMIT = 2 / (4 + Math.sqrt(5));

/** f(x, y) = x² + 3y² − xy, whose only minimum is (0, 0). */
export const quadraticXY: Objective = {
  id: 'quadratic',
  name: 'Quadratic bowl θ₁² + 3θ₂² − θ₁θ₂',
  dim: 2,
  tex: 'L(\\theta_1, \\theta_2) = \\theta_1^2 + 3\\theta_2^2 - \\theta_1\\theta_2',
  goal: 'minimize',
  window: [
    [-3, 3],
    [-3, 3],
  ],
  known: [{ kind: 'min', x: [0, 0], f: 0, label: 'minimum' }],
  params: ['θ₁', 'θ₂'],
  value(p) {
    const x = p[0]!;
    const y = p[1]!;
    return x * x + 3 * y * y - x * y;
  },
  gradient(p, out) {
    const x = p[0]!;
    const y = p[1]!;
    out[0] = 2 * x - y;
    out[1] = 6 * y - x;
    return out;
  },
};

/** The second derivatives of quadraticXY, constant over the bowl: L₁₁ = 2, L₁₂ = −1, L₂₂ = 6. */
export const QUADRATIC_HESSIAN: readonly [number, number, number] = [2, -1, 6];
