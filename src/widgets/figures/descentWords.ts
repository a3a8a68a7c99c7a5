/** Lesson 3's words for runs: when a walk bounces instead of resting, say so. */
import type { RunResult } from '../../optim/index.ts';
import { fmt } from '../core/frame.ts';

/**
 * Whether the run's last steps keep reversing direction (it swings across a valley rather than
 * creeping towards it): the last `window` steps alternate in sign.
 */
export function isSwinging(result: RunResult, window = 6): boolean {
  const k = result.steps;
  if (k < window + 1 || result.dim !== 1) return false;
  for (let i = k - window + 1; i <= k; i++) {
    const a = result.positions[i]! - result.positions[i - 1]!;
    const b = result.positions[i - 1]! - result.positions[i - 2]!;
    if (!(a * b < 0)) return false;
  }
  return true;
}

/** Whether the run's last positions alternate between two values (a fixed-step or η = 1 bounce). */
export function isBouncing(result: RunResult): boolean {
  const k = result.steps;
  if (k < 2 || result.dim !== 1) return false;
  const a = result.positions[k]!;
  const b = result.positions[k - 1]!;
  const c = result.positions[k - 2]!;
  return Math.abs(a - c) < 1e-9 * (1 + Math.abs(a)) && Math.abs(a - b) > 1e-6;
}

/**
 * The stop reason of a 1-D descent in words, with the cases the lesson cares about: creeping
 * (budget spent), overshooting, a bounce that fools the |Δf| rule, and divergence.
 */
export function describeWalk(
  result: RunResult,
  name: string,
  step: number,
  known: number | undefined,
  /** What the walk's value is, for the tolerance rule's words ("the revenue" on a hill climbed). */
  quantity = 'the loss',
): string {
  const last = result.steps;
  if (step < last) return `Step ${step} of ${last}.`;
  const x = result.positions[last]!;
  const where = `${name} = ${fmt(x, 6)}`;
  const flat = result.gradNorms[last]! < 1e-2;
  switch (result.stop.reason) {
    case 'diverged':
      return `Diverged after step ${last}: each step landed farther out than the last, and the next one left every bound. The learning rate is too large.`;
    case 'max-steps':
      if (isBouncing(result))
        return `Bouncing: after ${last} steps the walk still jumps between ${name} = ${fmt(result.positions[last - 1]!)} and ${fmt(x)}, never settling.`;
      if (isSwinging(result))
        return `Still swinging after ${last} steps (the whole budget), at ${where}: every step crosses the valley and the next comes back, so the steps are too large to settle.`;
      return `Still going after ${last} steps (the whole budget), at ${where}${known !== undefined ? `, ${fmt(Math.abs(x - known))} from the minimum` : ''}. The steps are too small to get there in time.`;
    case 'tolerance-f':
      if (!flat) {
        const prev = result.positions[last - 1] ?? x;
        const crossed = known !== undefined && (x - known) * (prev - known) < 0;
        const slope = fmt(result.gradNorms[last]!);
        if (crossed)
          return `Stopped at step ${last} because ${quantity} changed by less than the tolerance — but the slope there is ${slope}, not 0: the walk is bouncing from one side of the optimum to the other, not resting on it.`;
        return `Stopped too early, at step ${last}: the last step changed ${quantity} so little that the rule called it done, yet the slope at ${where} is still ${slope}. The steps were tiny, not the hill.`;
      }
      return `Stopped by the tolerance rule at step ${last}, at ${where}: the last step changed ${quantity} by less than the tolerance. The slope there, ${fmt(result.gradNorms[last]!)}, is nearly flat too.`;
    case 'tolerance-grad':
      return `Converged: the slope is flat at step ${last}, at ${where}.`;
    case 'early-stop':
      return `Stopped early at step ${last}, at ${where}.`;
  }
}
