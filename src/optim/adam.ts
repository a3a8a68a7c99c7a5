/** Adam: momentum on the gradient plus a per-parameter step scaled by the gradient's running size. */
import type { Objective, Optimizer } from './types.ts';
import { nonNegative, positive, unitInterval } from './validate.ts';
import { direction } from './vec.ts';

/** Adam's hyperparameters (β1 = 0.9, β2 = 0.999, ε = 1e−8 by default). */
export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** An Adam optimizer, exposing its per-parameter effective learning rates. */
export interface AdamOptimizer extends Optimizer {
  /** η / (√v̂ᵢ + ε) after the latest step: the step is this times m̂ᵢ. Empty before the first step. */
  readonly effectiveStep: Float64Array;
  /** Steps taken since the last reset (the t of the bias corrections). */
  readonly t: number;
}

/** Adam (Kingma & Ba 2015): m ← β1m + (1−β1)g, v ← β2v + (1−β2)g², x ← x − η m̂ / (√v̂ + ε). */
export function adam(options: AdamOptions): AdamOptimizer {
  const eta = nonNegative('learningRate', options.learningRate);
  const beta1 = unitInterval('beta1', options.beta1 ?? 0.9);
  const beta2 = unitInterval('beta2', options.beta2 ?? 0.999);
  const epsilon = positive('epsilon', options.epsilon ?? 1e-8);
  let g = new Float64Array(0);
  let m = new Float64Array(0);
  let v = new Float64Array(0);
  let eff = new Float64Array(0);
  let t = 0;
  return {
    id: 'adam',
    get effectiveStep(): Float64Array {
      return eff;
    },
    get t(): number {
      return t;
    },
    step(x: Float64Array, objective: Objective): void {
      if (m.length !== x.length) {
        g = new Float64Array(x.length);
        m = new Float64Array(x.length);
        v = new Float64Array(x.length);
        eff = new Float64Array(x.length);
        t = 0;
      }
      objective.gradient(x, g);
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      const s = direction(objective.goal);
      for (let i = 0; i < x.length; i++) {
        const gi = g[i]!;
        const mi = beta1 * m[i]! + (1 - beta1) * gi;
        const vi = beta2 * v[i]! + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        const e = eta / (Math.sqrt(vi / c2) + epsilon);
        eff[i] = e;
        x[i] = x[i]! + s * e * (mi / c1);
      }
    },
    reset(): void {
      m.fill(0);
      v.fill(0);
      eff.fill(0);
      t = 0;
    },
  };
}
