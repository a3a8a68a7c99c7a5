/** Runs an optimizer to a stop, or one step at a time, on any objective. A NaN never comes out as a position. */
import { createStepper, resolveStopRule } from './stepper.ts';
import type { Objective, Optimizer, RunResult, StepRecord, StopRule, Vec } from './types.ts';

function grow(a: Float64Array, length: number): Float64Array {
  const b = new Float64Array(Math.max(length, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * Runs from `start` until the stop rule fires. Each step: take it; if the new position or value is
 * not finite or beyond `bound`, stop 'diverged' without recording it; else record it, then stop on
 * toleranceGrad, toleranceF, maxSteps, in that order. The optimizer is reset first.
 */
export function run(objective: Objective, optimizer: Optimizer, start: Vec, rule?: StopRule): RunResult {
  const r = resolveStopRule(rule);
  const dim = objective.dim;
  const s = createStepper(objective, optimizer, start, r);
  let cap = Math.min(r.maxSteps + 1, 1024);
  let positions: Float64Array = new Float64Array(cap * dim);
  let values: Float64Array = new Float64Array(cap);
  let gradNorms: Float64Array = new Float64Array(cap);
  const record = (): void => {
    const k = s.step;
    if (k >= cap) {
      cap = Math.min(r.maxSteps + 1, 2 * cap);
      positions = grow(positions, cap * dim);
      values = grow(values, cap);
      gradNorms = grow(gradNorms, cap);
    }
    positions.set(s.x, k * dim);
    values[k] = s.f;
    gradNorms[k] = s.gradNorm;
  };
  record();
  let reason = s.checkStart();
  while (reason === undefined) {
    reason = s.advance();
    if (reason !== 'diverged') record();
  }
  const steps = s.step;
  return {
    dim,
    steps,
    positions: positions.slice(0, (steps + 1) * dim),
    values: values.slice(0, steps + 1),
    gradNorms: gradNorms.slice(0, steps + 1),
    stop: { reason, step: steps },
  };
}

/**
 * The same run, one StepRecord at a time (step 0 is the start), for animation. The last record
 * carries `stop`; to know a step is last, the generator has already tried the next one.
 */
export function* iterate(
  objective: Objective,
  optimizer: Optimizer,
  start: Vec,
  rule?: StopRule,
): Generator<StepRecord, void, undefined> {
  const s = createStepper(objective, optimizer, start, resolveStopRule(rule));
  let pending: StepRecord = { step: 0, x: s.x.slice(), f: s.f, gradNorm: s.gradNorm };
  let reason = s.checkStart();
  while (reason === undefined) {
    reason = s.advance();
    if (reason === 'diverged') break;
    yield pending;
    pending = { step: s.step, x: s.x.slice(), f: s.f, gradNorm: s.gradNorm };
  }
  yield { ...pending, stop: reason };
}

/** A copy of the position at `step` (clamped to [0, steps], so a figure state can ask for any step). */
export function positionAt(result: RunResult, step: number): Float64Array {
  if (Number.isNaN(step)) throw new Error(`invalid step: ${step}`);
  const k = Math.min(Math.max(Math.round(step), 0), result.steps);
  return result.positions.slice(k * result.dim, (k + 1) * result.dim);
}
