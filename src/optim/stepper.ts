/** The runner's core: one optimizer step at a time, with the stop checks in a fixed order. */
import type { Objective, Optimizer, StopReason, StopRule, Vec } from './types.ts';
import { isWithin, norm } from './vec.ts';

/** A stop rule with its defaults filled in (tolerances off = −Infinity). */
export interface ResolvedStopRule {
  readonly maxSteps: number;
  readonly toleranceF: number;
  readonly toleranceGrad: number;
  readonly bound: number;
}

/** Validates a stop rule and fills in the defaults: 1000 steps, no tolerances, bound 1e6. */
export function resolveStopRule(rule: StopRule = {}): ResolvedStopRule {
  const { maxSteps = 1000, toleranceF, toleranceGrad, bound = 1e6 } = rule;
  if (!(Number.isInteger(maxSteps) && maxSteps >= 0)) throw new Error(`invalid maxSteps: ${maxSteps}`);
  if (toleranceF !== undefined && !(toleranceF >= 0)) throw new Error(`invalid toleranceF: ${toleranceF}`);
  if (toleranceGrad !== undefined && !(toleranceGrad >= 0)) throw new Error(`invalid toleranceGrad: ${toleranceGrad}`);
  if (!(bound > 0)) throw new Error(`invalid bound: ${bound}`);
  return { maxSteps, toleranceF: toleranceF ?? -Infinity, toleranceGrad: toleranceGrad ?? -Infinity, bound };
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
  const { maxSteps, toleranceF, toleranceGrad, bound } = rule;
  let f = objective.value(cur);
  let gradNorm = norm(objective.gradient(cur, g));
  let step = 0;

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
      if (gradNorm < toleranceGrad) return 'tolerance-grad';
      if (df < toleranceF) return 'tolerance-f';
      if (step >= maxSteps) return 'max-steps';
      return undefined;
    },
  };
}
