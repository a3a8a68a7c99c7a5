/** What a run did, in words: the readouts and the screen-reader descriptions share these. */
import type { RunResult } from '../../optim/index.ts';
import { fmt } from './frame.ts';

/** "Stopped by the tolerance rule at step 41 …", "Diverged after step 7 …", "Still going after 200 steps …". */
export function describeStop(result: RunResult, params: readonly string[], step: number): string {
  const last = result.steps;
  if (step < last) return `Step ${step} of ${last}.`;
  const x = Array.from(result.positions.subarray(last * result.dim, (last + 1) * result.dim));
  const where = x.map((v, i) => `${params[i] ?? `x${i}`} = ${fmt(v)}`).join(', ');
  switch (result.stop.reason) {
    case 'tolerance-f':
      return `Stopped by the tolerance rule at step ${last}, at ${where}: the last step changed the loss by less than the tolerance. The slope there is ${fmt(result.gradNorms[last]!)}.`;
    case 'tolerance-grad':
      return `Converged: the slope is flat at step ${last}, at ${where}.`;
    case 'max-steps':
      return `Still going after ${last} steps (the step budget), at ${where}.`;
    case 'diverged':
      return `Diverged after step ${last}: the next step flew off to infinity. Try a smaller learning rate.`;
    case 'early-stop':
      return `Stopped early at step ${last}, at ${where}.`;
  }
}

export function isConverged(result: RunResult): boolean {
  return result.stop.reason === 'tolerance-f' || result.stop.reason === 'tolerance-grad';
}
