/**
 * The optimizers' table: ids, names and hyperparameter tables for the controls, with no optimizer
 * code, so a page can name the optimizers in a menu before it loads them (optimizers.ts makes them).
 */
import type { OptimizerId, OptimizerOptions } from './types.ts';

/** One hyperparameter control: its option key, label, default and slider range (log scale when `log`). */
export interface Hyperparameter {
  readonly key: keyof OptimizerOptions;
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly log?: boolean;
}

const eta = (dflt: number): Hyperparameter => ({
  key: 'learningRate',
  label: 'learning rate η',
  default: dflt,
  min: 1e-4,
  max: 10,
  step: 1e-4,
  log: true,
});

/** Every optimizer by id, with the hyperparameters its controls show. */
export const OPTIMIZERS = {
  sign: {
    name: 'Sign steps',
    hyperparameters: [{ key: 'stepSize', label: 'step size', default: 1, min: 0.001, max: 10, step: 0.001, log: true }],
  },
  gd: { name: 'Gradient descent', hyperparameters: [eta(0.1)] },
  coordinate: { name: 'One coordinate at a time', hyperparameters: [eta(0.1)] },
  momentum: {
    name: 'Momentum',
    hyperparameters: [eta(0.01), { key: 'beta', label: 'momentum β', default: 0.9, min: 0, max: 0.99, step: 0.01 }],
  },
  adam: {
    name: 'Adam',
    hyperparameters: [
      eta(0.05),
      { key: 'beta1', label: 'β₁', default: 0.9, min: 0, max: 0.999, step: 0.001 },
      { key: 'beta2', label: 'β₂', default: 0.999, min: 0, max: 0.9999, step: 0.0001 },
    ],
  },
  sgd: {
    name: 'Stochastic gradient descent',
    hyperparameters: [
      eta(0.1),
      { key: 'batchSize', label: 'batch size', default: 8, min: 1, max: 256, step: 1 },
      { key: 'seed', label: 'seed', default: 1, min: 0, max: 9999, step: 1 },
    ],
  },
} as const satisfies Record<
  OptimizerId,
  { readonly name: string; readonly hyperparameters: readonly Hyperparameter[] }
>;

/** The registry's ids, in display order. */
export const optimizerIds = Object.keys(OPTIMIZERS) as readonly OptimizerId[];

/** The registry defaults of an optimizer's hyperparameters, as options. */
export function defaultOptions(id: OptimizerId): OptimizerOptions {
  const out: Record<string, number> = {};
  for (const h of OPTIMIZERS[id].hyperparameters) out[h.key] = h.default;
  return out as OptimizerOptions;
}
