/**
 * Early stopping: the runner with one more stop rule, which watches a second loss (the
 * validation loss) after every step and ends the run once it has gone `patience` steps without a
 * new low. A module of its own, beside run(), so that the pages that never stop early do not
 * carry it; it walks with the same stepper, so its steps are exactly run()'s.
 */
import { createStepper, resolveStopRule } from './stepper.ts';
import type { Objective, Optimizer, RunResult, StopReason, StopRule, ValidationRule, Vec } from './types.ts';

/** A run that also recorded the watched loss: `validation` is always there. */
export type WatchedRun = RunResult & { readonly validation: NonNullable<RunResult['validation']> };

/**
 * Runs from `start` like run(), recording the watched loss at every position too. The stop rules
 * apply in run()'s order, with the patience rule ('early-stop') just before maxSteps. A watched
 * loss that is not lower than the best so far (or not finite) is no improvement.
 */
export function runEarlyStopping(
  objective: Objective,
  optimizer: Optimizer,
  start: Vec,
  rule: StopRule,
  watch: ValidationRule,
): WatchedRun {
  const { patience } = watch;
  if (!(Number.isInteger(patience) && patience >= 1)) throw new Error(`invalid patience: ${patience}`);
  const r = resolveStopRule(rule);
  const dim = objective.dim;
  const s = createStepper(objective, optimizer, start, r);
  const positions: number[] = [];
  const values: number[] = [];
  const gradNorms: number[] = [];
  const watched: number[] = [];
  let best = { step: 0, value: Infinity };
  const record = (): void => {
    for (let i = 0; i < dim; i++) positions.push(s.x[i]!);
    values.push(s.f);
    gradNorms.push(s.gradNorm);
    const v = watch.value(s.x);
    watched.push(v);
    if (watched.length === 1 || v < best.value) best = { step: s.step, value: Number.isFinite(v) ? v : Infinity };
  };
  record();
  let reason: StopReason | undefined = s.checkStart();
  while (reason === undefined) {
    reason = s.advance();
    if (reason === 'diverged') break;
    record();
    if ((reason === undefined || reason === 'max-steps') && s.step - best.step >= patience) reason = 'early-stop';
  }
  return {
    dim,
    steps: s.step,
    positions: Float64Array.from(positions),
    values: Float64Array.from(values),
    gradNorms: Float64Array.from(gradNorms),
    stop: { reason, step: s.step },
    validation: { values: Float64Array.from(watched), best },
  };
}

/** A counter as an objective: x is the step number, and f is 0 everywhere. */
const counter: Objective = {
  id: 'counter',
  name: 'step counter',
  dim: 1,
  tex: '0',
  goal: 'minimize',
  window: [[0, 1]],
  known: [],
  params: ['k'],
  value: () => 0,
  gradient: (_x, out) => out.fill(0),
};
const tick: Optimizer = {
  id: 'gd',
  step: (x) => {
    x[0] = x[0]! + 1;
  },
  reset: () => undefined,
};

/**
 * Where early stopping with this patience (an integer ≥ 1) ends a run whose validation loss at
 * step k was values[k]: runEarlyStopping over a stand-in whose step k reads values[k], so the
 * answer is the runner's own. The step it stops at (the last one if patience never runs out), the
 * step it keeps, and whether the rule fired.
 */
export function earlyStopPoint(
  values: ArrayLike<number>,
  patience: number,
): { readonly stop: number; readonly best: number; readonly fired: boolean } {
  const last = Math.max(values.length - 1, 0);
  const r = runEarlyStopping(
    counter,
    tick,
    [0],
    { maxSteps: last, bound: Math.max(1e6, 2 * last) },
    { value: (x) => (values.length ? values[x[0]!]! : NaN), patience },
  );
  return { stop: r.steps, best: r.validation.best.step, fired: r.stop.reason === 'early-stop' };
}
