/**
 * The tiny-network figure's words and lookups, apart from its markup: the menus' names from optim's
 * registries, the accuracy curve's cache, and what the training status says. The optimizers
 * themselves are in netOptimizer.ts, which the figure loads when it first trains.
 */
import { DATASETS } from '../../optim/twoClass.ts';
import { accuracy } from '../../optim/classify.ts';
import { OPTIMIZERS } from '../../optim/optimizerTable.ts';
import type { TinyNet } from '../../optim/tinyNet.ts';
import type { Optimizer, StopReason, Vec } from '../../optim/types.ts';
import { NET_DATASETS, NET_OPTIMIZERS } from '../../figures/lessons/beyond-descent/shared.ts';

/** The data sets' names ("XOR", "Circles", "Moons"). */
export const DATASET_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  NET_DATASETS.map((id) => [id, DATASETS[id].name]),
);

/** The optimizers' names with the settings the figure keeps fixed: "Momentum (β = 0.9)". */
export const OPTIMIZER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  NET_OPTIMIZERS.map((id) => {
    const fixed = OPTIMIZERS[id].hyperparameters
      .filter((h) => h.key !== 'learningRate')
      .map((h) => `${h.label.split(' ').at(-1)} = ${h.default}`);
    return [id, fixed.length ? `${OPTIMIZERS[id].name} (${fixed.join(', ')})` : OPTIMIZERS[id].name];
  }),
);

/**
 * Stands in for the optimizer while its code loads: the trainer it is given shows the untrained
 * network (step 0), and the player waits for the real one before it takes a step (trainerPlayer's
 * `ready`), so this one is never stepped.
 */
export const OPTIMIZER_LOADING: Optimizer = {
  id: 'gd',
  step() {
    throw new Error('tiny-network: the optimizer is stepped before its code has loaded');
  },
  reset() {},
};

/** Accuracy at a step, computed once per run (a new run, a new cache). */
export function accuracyCache(): (net: TinyNet, run: object, step: number, params: () => Vec) => number {
  const runs = new WeakMap<object, Map<number, number>>();
  return (net, run, step, params) => {
    let cache = runs.get(run);
    if (!cache) runs.set(run, (cache = new Map()));
    let v = cache.get(step);
    if (v === undefined) cache.set(step, (v = accuracy(net, params())));
    return v;
  };
}

/** What the training line says. */
export function trainStatus(o: {
  readonly stopped: StopReason | undefined;
  readonly playing: boolean;
  readonly catchingUp: boolean;
  /** The step shown, the step asked for, the steps trained, the budget. */
  readonly k: number;
  readonly asked: number;
  readonly trained: number;
  readonly max: number;
}): string {
  if (o.stopped === 'diverged' && o.k >= o.trained)
    return `Diverged after step ${o.trained}: the steps grew without bound. Try a smaller learning rate.`;
  if (o.playing) return 'Training…';
  if (o.catchingUp) return `Training to step ${o.asked}… (${o.trained} so far)`;
  if (o.k >= o.max) return `Stopped at the budget of ${o.max} steps.`;
  if (o.k < o.trained) return `Showing step ${o.k} of the ${o.trained} trained.`;
  if (o.k === 0) return 'Untrained: random initial weights. Press Train.';
  return 'Paused.';
}
