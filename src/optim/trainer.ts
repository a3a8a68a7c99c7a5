/**
 * A run taken in slices: the same steps, stop checks and records as run(), but advanced a few
 * steps at a time, so a page can train between frames and never freeze. Deterministic: the
 * trajectory after k steps equals run()'s first k steps, however the slices were cut.
 */
import { createStepper, resolveStopRule } from './stepper.ts';
import type { Objective, Optimizer, StopReason, StopRule, Vec } from './types.ts';

/** A sliced run: the records so far and a way to take more steps. */
export interface Trainer {
  readonly dim: number;
  /** Steps taken so far (records 0 … step exist). */
  readonly step: number;
  /** Why the run stopped, once it has; undefined while it can go on. */
  readonly stop: StopReason | undefined;
  /** The position after the latest step (a live view: copy it to keep it). */
  readonly x: Float64Array;
  /** Takes up to n more steps (fewer when the stop rule fires); returns how many it took. */
  advance(n: number): number;
  /** A view of the position at step k, clamped to [0, step]. */
  positionAt(k: number): Float64Array;
  /** f at step k, clamped to [0, step]. */
  valueAt(k: number): number;
  /** ‖∇f‖ at step k, clamped to [0, step]. */
  gradNormAt(k: number): number;
  /** A view of f at steps 0 … step. */
  values(): Float64Array;
}

/** A trainer from `start`; the optimizer is reset first, exactly as run() does. */
export function createTrainer(objective: Objective, optimizer: Optimizer, start: Vec, rule?: StopRule): Trainer {
  const r = resolveStopRule(rule);
  const dim = objective.dim;
  const s = createStepper(objective, optimizer, start, r);
  let cap = Math.min(r.maxSteps + 1, 256);
  let positions = new Float64Array(cap * dim);
  let vals = new Float64Array(cap);
  let grads = new Float64Array(cap);
  const grow = (): void => {
    cap = Math.min(r.maxSteps + 1, 2 * cap);
    const p = new Float64Array(cap * dim);
    p.set(positions);
    positions = p;
    const v = new Float64Array(cap);
    v.set(vals);
    vals = v;
    const g = new Float64Array(cap);
    g.set(grads);
    grads = g;
  };
  const record = (): void => {
    const k = s.step;
    if (k >= cap) grow();
    positions.set(s.x, k * dim);
    vals[k] = s.f;
    grads[k] = s.gradNorm;
  };
  record();
  let stop: StopReason | undefined = s.checkStart();
  const clampK = (k: number): number => Math.min(Math.max(Math.round(Number.isFinite(k) ? k : 0), 0), s.step);

  return {
    dim,
    get step() {
      return s.step;
    },
    get stop() {
      return stop;
    },
    get x() {
      return s.x;
    },
    advance(n: number): number {
      if (!(Number.isInteger(n) && n >= 0)) throw new Error(`invalid n: ${n}`);
      let taken = 0;
      while (taken < n && stop === undefined) {
        stop = s.advance();
        if (stop !== 'diverged') {
          record();
          taken++;
        }
      }
      return taken;
    },
    positionAt(k: number): Float64Array {
      const i = clampK(k);
      return positions.subarray(i * dim, (i + 1) * dim);
    },
    valueAt: (k: number): number => vals[clampK(k)]!,
    gradNormAt: (k: number): number => grads[clampK(k)]!,
    values: (): Float64Array => vals.subarray(0, s.step + 1),
  };
}
