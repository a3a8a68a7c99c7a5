/** The plain optimizers: sign steps, gradient descent, one-coordinate-at-a-time descent, momentum. */
import type { Objective, Optimizer } from './types.ts';
import { nonNegative, positive, unitInterval } from './validate.ts';
import { direction, ensureLength } from './vec.ts';

/** x ← x ± stepSize · sign(∇f): a fixed-length step per coordinate, blind to the slope's size. */
export function signStep(options: { readonly stepSize: number }): Optimizer {
  const stepSize = positive('stepSize', options.stepSize);
  let g: Float64Array = new Float64Array(0);
  return {
    id: 'sign',
    step(x: Float64Array, objective: Objective): void {
      g = ensureLength(g, x.length);
      objective.gradient(x, g);
      const s = direction(objective.goal) * stepSize;
      for (let i = 0; i < x.length; i++) x[i] = x[i]! + s * Math.sign(g[i]!);
    },
    reset(): void {},
  };
}

/** x ← x − η∇f (or + η∇f when the goal is 'maximize'): all coordinates at once. */
export function gradientDescent(options: { readonly learningRate: number }): Optimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  let g: Float64Array = new Float64Array(0);
  return {
    id: 'gd',
    step(x: Float64Array, objective: Objective): void {
      g = ensureLength(g, x.length);
      objective.gradient(x, g);
      const s = direction(objective.goal) * eta;
      for (let i = 0; i < x.length; i++) x[i] = x[i]! + s * g[i]!;
    },
    reset(): void {},
  };
}

/** Coordinate descent: each step moves ONE coordinate, k = step mod dim, by −η ∂f/∂x_k at the current point. */
export function coordinateDescent(options: { readonly learningRate: number }): Optimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  let g: Float64Array = new Float64Array(0);
  let k = 0;
  return {
    id: 'coordinate',
    step(x: Float64Array, objective: Objective): void {
      g = ensureLength(g, x.length);
      objective.gradient(x, g);
      if (k >= x.length) k = 0;
      x[k] = x[k]! + direction(objective.goal) * eta * g[k]!;
      k = (k + 1) % x.length;
    },
    reset(): void {
      k = 0;
    },
  };
}

/** Heavy-ball momentum: v ← βv + ∇f, x ← x − ηv. With β = 0 it is gradient descent. */
export function momentum(options: { readonly learningRate: number; readonly beta: number }): Optimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  const beta = unitInterval('beta', options.beta);
  let g: Float64Array = new Float64Array(0);
  let v = new Float64Array(0);
  return {
    id: 'momentum',
    step(x: Float64Array, objective: Objective): void {
      if (v.length !== x.length) {
        g = new Float64Array(x.length);
        v = new Float64Array(x.length);
      }
      objective.gradient(x, g);
      const s = direction(objective.goal) * eta;
      for (let i = 0; i < x.length; i++) {
        const vi = beta * v[i]! + g[i]!;
        v[i] = vi;
        x[i] = x[i]! + s * vi;
      }
    },
    reset(): void {
      v.fill(0);
    },
  };
}
