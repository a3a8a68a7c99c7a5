/** Classic test surfaces in two dimensions: Rosenbrock, an ill-conditioned bowl, a saddle, Himmelblau. */
import type { KnownPoint, Objective } from './types.ts';

/** Rosenbrock's valley (a − x)² + b(y − x²)², a = 1, b = 100: minimum 0 at (1, 1). */
export const rosenbrock: Objective = {
  id: 'rosenbrock',
  name: 'Rosenbrock’s valley',
  dim: 2,
  tex: 'L(\\theta) = (1 - \\theta_1)^2 + 100\\,(\\theta_2 - \\theta_1^2)^2',
  goal: 'minimize',
  window: [
    [-2, 2],
    [-1, 3],
  ],
  known: [{ kind: 'min', x: [1, 1], f: 0, label: 'minimum' }],
  params: ['θ₁', 'θ₂'],
  value(p) {
    const x = p[0]!;
    const y = p[1]!;
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  },
  gradient(p, out) {
    const x = p[0]!;
    const r = p[1]! - x * x;
    out[0] = -2 * (1 - x) - 400 * x * r;
    out[1] = 200 * r;
    return out;
  },
};

/** The bowl ½(x² + κy²) with condition number κ ≥ 1: minimum 0 at (0, 0). */
export function illConditionedBowl(kappa: number): Objective {
  if (!(Number.isFinite(kappa) && kappa >= 1)) throw new Error(`invalid kappa: ${kappa}`);
  return {
    id: 'bowl',
    name: 'Narrow bowl ½(θ₁² + κθ₂²)',
    dim: 2,
    tex: `L(\\theta) = \\tfrac{1}{2}\\left(\\theta_1^2 + ${kappa}\\,\\theta_2^2\\right)`,
    goal: 'minimize',
    window: [
      [-3, 3],
      [-3, 3],
    ],
    known: [{ kind: 'min', x: [0, 0], f: 0, label: 'minimum' }],
    params: ['θ₁', 'θ₂'],
    value: (p) => 0.5 * (p[0]! ** 2 + kappa * p[1]! ** 2),
    gradient(p, out) {
      out[0] = p[0]!;
      out[1] = kappa * p[1]!;
      return out;
    },
  };
}

/**
 * The level set L(θ) = c of illConditionedBowl(κ): the ellipse θ₁²/a² + θ₂²/b² = 1 centred on the
 * minimum, with semi-axes a = √(2c) along θ₁ and b = √(2c/κ) along θ₂ (none below the minimum).
 */
export function bowlLevelEllipse(kappa: number, c: number): { readonly a: number; readonly b: number } | null {
  if (!(Number.isFinite(kappa) && kappa >= 1)) throw new Error(`invalid kappa: ${kappa}`);
  if (!(c > 0 && Number.isFinite(c))) return null;
  return { a: Math.sqrt(2 * c), b: Math.sqrt((2 * c) / kappa) };
}

/** The saddle x² − y²: a stationary point at (0, 0) that is no minimum; descent slides off along y. */
export const saddle: Objective = {
  id: 'saddle',
  name: 'Saddle θ₁² − θ₂²',
  dim: 2,
  tex: 'L(\\theta) = \\theta_1^2 - \\theta_2^2',
  goal: 'minimize',
  window: [
    [-3, 3],
    [-3, 3],
  ],
  known: [{ kind: 'saddle', x: [0, 0], f: 0, label: 'saddle point' }],
  params: ['θ₁', 'θ₂'],
  value: (p) => p[0]! ** 2 - p[1]! ** 2,
  gradient(p, out) {
    out[0] = 2 * p[0]!;
    out[1] = -2 * p[1]!;
    return out;
  },
};

const hValue = (x: number, y: number): number => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;

/** Newton's method on ∇f from (x, y), with the analytic Hessian: a stationary point of Himmelblau's. */
function himmelblauStationary(x0: number, y0: number): KnownPoint {
  let x = x0;
  let y = y0;
  for (let k = 0; k < 50; k++) {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    const gx = 4 * x * u + 2 * v;
    const gy = 2 * u + 4 * y * v;
    const hxx = 12 * x * x + 4 * y - 42;
    const hxy = 4 * (x + y);
    const hyy = 4 * x + 12 * y * y - 26;
    const det = hxx * hyy - hxy * hxy;
    const dx = (hyy * gx - hxy * gy) / det;
    const dy = (hxx * gy - hxy * gx) / det;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) + Math.abs(dy) < 1e-15) break;
  }
  return { kind: 'min', x: [x, y], f: hValue(x, y), label: 'minimum' };
}

/** Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima of value 0, for multi-start. */
export const himmelblau: Objective = {
  id: 'himmelblau',
  name: 'Himmelblau',
  dim: 2,
  tex: 'L(\\theta) = (\\theta_1^2 + \\theta_2 - 11)^2 + (\\theta_1 + \\theta_2^2 - 7)^2',
  goal: 'minimize',
  window: [
    [-5, 5],
    [-5, 5],
  ],
  known: [
    himmelblauStationary(3, 2),
    himmelblauStationary(-2.8, 3.1),
    himmelblauStationary(-3.8, -3.3),
    himmelblauStationary(3.6, -1.8),
  ],
  params: ['θ₁', 'θ₂'],
  value: (p) => hValue(p[0]!, p[1]!),
  gradient(p, out) {
    const x = p[0]!;
    const y = p[1]!;
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    out[0] = 4 * x * u + 2 * v;
    out[1] = 2 * u + 4 * y * v;
    return out;
  },
};
