/** The plainest bowl, f(x) = x², where every learning-rate case has an exact answer. */
import type { Objective } from './types.ts';

/** f(x) = x², minimum 0 at x = 0. One step of gradient descent multiplies x by 1 − 2η. */
export const parabola: Objective = {
  id: 'parabola',
  name: 'Parabola θ²',
  dim: 1,
  tex: 'L(\\theta) = \\theta^2',
  goal: 'minimize',
  window: [[-3, 3]],
  known: [{ kind: 'min', x: [0], f: 0, label: 'minimum' }],
  params: ['θ'],
  value: (x) => x[0]! * x[0]!,
  gradient(x, out) {
    out[0] = 2 * x[0]!;
    return out;
  },
};

/** The factor 1 − 2η by which one gradient-descent step on x² scales x. */
export function parabolaStepFactor(learningRate: number): number {
  return 1 - 2 * learningRate;
}

/** Gradient descent on x² converges exactly when 0 < η < 1 (|1 − 2η| < 1); η = 0.5 lands in one step. */
export const PARABOLA_LR_LIMIT = 1;
