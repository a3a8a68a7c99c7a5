/** The runner's core: one optimizer step at a time, with the stop checks in a fixed order. */
import type { Objective, Optimizer, StopReason, StopRule, ValidationRule, Vec } from './types.ts';
import { isWithin, norm } from './vec.ts';

/** A stop rule with its defaults filled in (tolerances off = −Infinity). */
export interface ResolvedStopRule {
  readonly maxSteps: number;
  readonly toleranceF: number;
  readonly toleranceGrad: number;
  readonly bound: number;
  readonly validation: ValidationRule | undefined;
}

/** Validates a stop rule and fills in the defaults: 1000 steps, no tolerances, bound 1e6, no early stopping. */
export function resolveStopRule(rule: StopRule = {}): ResolvedStopRule {
  const { maxSteps = 1000, toleranceF, toleranceGrad, bound = 1e6, validation } = rule;
  if (!(Number.isInteger(maxSteps) && maxSteps >= 0)) throw new Error(`invalid maxSteps: ${maxSteps}`);
  if (toleranceF !== undefined && !(toleranceF >= 0)) throw new Error(`invalid toleranceF: ${toleranceF}`);
  if (toleranceGrad !== undefined && !(toleranceGrad >= 0)) throw new Error(`invalid toleranceGrad: ${toleranceGrad}`);
  if (!(bound > 0)) throw new Error(`invalid bound: ${bound}`);
  if (validation !== undefined && !(Number.isInteger(validation.patience) && validation.patience >= 1))
    throw new Error(`invalid patience: ${validation.patience}`);
  return {
    maxSteps,
    toleranceF: toleranceF ?? -Infinity,
    toleranceGrad: toleranceGrad ?? -Infinity,
    bound,
    validation,
  };
}

/**
 * Early stopping's bookkeeping: the lowest watched loss so far and its step. A value that is not
 * lower than the best (or not finite) is no improvement.
 */
export interface EarlyStop {
  readonly best: { readonly step: number; readonly value: number };
  /** Records the watched loss at a step (steps in increasing order); true once patience has run out. */
  observe(step: number, value: number): boolean;
}

/** A fresh early-stopping tracker with the given patience (an integer ≥ 1). */
export function createEarlyStop(patience: number): EarlyStop {
  if (!(Number.isInteger(patience) && patience >= 1)) throw new Error(`invalid patience: ${patience}`);
  let best = { step: -1, value: Infinity };
  return {
    get best() {
      return best;
    },
    observe(step: number, value: number): boolean {
      const v = Number.isFinite(value) ? value : Infinity;
      if (best.step < 0 || v < best.value) best = { step, value: v };
      return step - best.step >= patience;
    },
  };
}

/**
 * Where early stopping with this patience would end a recorded run whose watched loss at step k
 * is values[k]: the step it stops at (the last step, if patience never runs out) and the best step.
 */
export function earlyStopPoint(
  values: ArrayLike<number>,
  patience: number,
): { readonly stop: number; readonly best: number; readonly fired: boolean } {
  const tracker = createEarlyStop(patience);
  for (let k = 0; k < values.length; k++) {
    if (tracker.observe(k, values[k]!)) return { stop: k, best: tracker.best.step, fired: true };
  }
  return { stop: Math.max(values.length - 1, 0), best: Math.max(tracker.best.step, 0), fired: false };
}

/** Checks a start point: one finite coordinate per dimension. */
export function checkStart(objective: Objective, start: Vec): void {
  if (start.length !== objective.dim) {
    const unit = objective.dim === 1 ? 'coordinate' : 'coordinates';
    throw new Error(`invalid start: expected ${objective.dim} ${unit}, got ${start.length}`);
  }
  for (let i = 0; i < start.length; i++) {
    if (!Number.isFinite(start[i])) throw new Error(`invalid start: coordinate ${i} is ${start[i]}`);
  }
}

/** Walks an optimizer from a start; `x`, `f`, `gradNorm`, `step` always describe the last finite position. */
export interface Stepper {
  readonly x: Float64Array;
  readonly f: number;
  readonly gradNorm: number;
  readonly step: number;
  /** The watched validation loss at x (NaN without a validation rule). */
  readonly validation: number;
  /** The early-stopping tracker (undefined without a validation rule). */
  readonly earlyStop: EarlyStop | undefined;
  /** Why the run must stop at the current position, or undefined to go on. Call once, first. */
  checkStart(): StopReason | undefined;
  /** Takes one step; returns 'diverged' (position unchanged) or the stop reason at the new position. */
  advance(): StopReason | undefined;
}

/** A stepper over the objective; resets the optimizer so a run always starts from a fresh state. */
export function createStepper(objective: Objective, optimizer: Optimizer, start: Vec, rule: ResolvedStopRule): Stepper {
  checkStart(objective, start);
  optimizer.reset();
  let cur = Float64Array.from(start);
  let next = new Float64Array(cur.length);
  const g = new Float64Array(cur.length);
  const { maxSteps, toleranceF, toleranceGrad, bound, validation: watch } = rule;
  let f = objective.value(cur);
  let gradNorm = norm(objective.gradient(cur, g));
  let step = 0;
  const earlyStop = watch ? createEarlyStop(watch.patience) : undefined;
  let validation = watch ? watch.value(cur) : NaN;
  earlyStop?.observe(0, validation);

  const ok = (x: Float64Array, fx: number, gn: number): boolean =>
    isWithin(x, bound) && Math.abs(fx) <= bound && Number.isFinite(gn);

  return {
    get x() {
      return cur;
    },
    get f() {
      return f;
    },
    get gradNorm() {
      return gradNorm;
    },
    get step() {
      return step;
    },
    get validation() {
      return validation;
    },
    earlyStop,
    checkStart() {
      if (!ok(cur, f, gradNorm)) return 'diverged';
      if (gradNorm < toleranceGrad) return 'tolerance-grad';
      if (step >= maxSteps) return 'max-steps';
      return undefined;
    },
    advance() {
      next.set(cur);
      optimizer.step(next, objective);
      const fn = objective.value(next);
      const gn = isWithin(next, bound) ? norm(objective.gradient(next, g)) : NaN;
      if (!ok(next, fn, gn)) return 'diverged';
      const swap = cur;
      cur = next;
      next = swap;
      const df = Math.abs(fn - f);
      f = fn;
      gradNorm = gn;
      step++;
      let patienceOut = false;
      if (watch) {
        validation = watch.value(cur);
        patienceOut = earlyStop!.observe(step, validation);
      }
      if (gradNorm < toleranceGrad) return 'tolerance-grad';
      if (df < toleranceF) return 'tolerance-f';
      if (patienceOut) return 'early-stop';
      if (step >= maxSteps) return 'max-steps';
      return undefined;
    },
  };
}
