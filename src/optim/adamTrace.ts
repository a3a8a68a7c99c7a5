/** Adam's run with its per-parameter step sizes recorded at every step, for figures that show them adapt. */
import { adam, type AdamOptions } from './adam.ts';
import { run } from './runner.ts';
import type { Objective, Optimizer, RunResult, StopRule, Vec } from './types.ts';

/** A run of Adam plus, for each step k ≥ 1, the effective step η / (√v̂ᵢ + ε) it used per parameter. */
export interface AdamTrace extends RunResult {
  /** (steps + 1) × dim, row-major; row 0 (before any step) is zero. Row k is the step from k − 1 to k. */
  readonly effectiveSteps: Float64Array;
}

/** Runs Adam from `start` under `rule`, recording its effective steps (the same trajectory as run()). */
export function adamTrace(objective: Objective, options: AdamOptions, start: Vec, rule?: StopRule): AdamTrace {
  const inner = adam(options);
  const dim = objective.dim;
  const rows: number[] = [];
  for (let i = 0; i < dim; i++) rows.push(0);
  // A wrapper that copies Adam's effective steps after each step the runner takes.
  const recorder: Optimizer = {
    id: 'adam',
    step(x, obj) {
      inner.step(x, obj);
      for (let i = 0; i < dim; i++) rows.push(inner.effectiveStep[i]!);
    },
    reset() {
      inner.reset();
      rows.length = dim;
    },
  };
  const result = run(objective, recorder, start, rule);
  // A diverged last attempt is not part of the trajectory: keep steps + 1 rows.
  const effectiveSteps = Float64Array.from(rows.slice(0, (result.steps + 1) * dim));
  return { ...result, effectiveSteps };
}
