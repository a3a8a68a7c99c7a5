/** Lesson 3's words for runs: when a walk bounces instead of resting, say so. */
import type { RunResult } from '../../optim/index.ts';
import { fmt } from '../core/frame.ts';

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
export function describeWalk(result: RunResult, name: string, step: number, known: number | undefined): string {
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
      return `Still going after ${last} steps (the whole budget), at ${where}${known !== undefined ? `, ${fmt(Math.abs(x - known))} from the minimum` : ''}. The steps are too small to get there in time.`;
    case 'tolerance-f':
      if (!flat) {
        const prev = result.positions[last - 1] ?? x;
        const crossed = known !== undefined && (x - known) * (prev - known) < 0;
        const slope = fmt(result.gradNorms[last]!);
        if (crossed)
          return `Stopped at step ${last} because f stopped changing — but the slope there is ${slope}, not 0: the walk is bouncing from one side of the optimum to the other, not resting on it.`;
        return `Stopped too early, at step ${last}: the last step changed f so little that the rule called it done, yet the slope at ${where} is still ${slope}. The steps were tiny, not the hill.`;
      }
      return `Converged: f stopped changing at step ${last}, at ${where}.`;
    case 'tolerance-grad':
      return `Converged: the slope is flat at step ${last}, at ${where}.`;
    case 'early-stop':
      return `Stopped early at step ${last}, at ${where}.`;
  }
}
