/** What a run did, in words: the readouts and the screen-reader descriptions share these. */
import type { RunResult } from '../../optim/index.ts';
import { fmt } from './frame.ts';

/** "Converged at step 41 …", "Diverged at step 7 …", "Still going after 200 steps …". */
export function describeStop(result: RunResult, params: readonly string[], step: number): string {
  const last = result.steps;
  if (step < last) return `Step ${step} of ${last}.`;
  const x = Array.from(result.positions.subarray(last * result.dim, (last + 1) * result.dim));
  const where = x.map((v, i) => `${params[i] ?? `x${i}`} = ${fmt(v)}`).join(', ');
  switch (result.stop.reason) {
    case 'tolerance-f':
      return `Converged: f stopped changing at step ${last}, at ${where}.`;
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

/**
 * A readout as a screen reader should say it: "1.36e-6" as "1.36 times 10 to the minus 6", "∇f" as
 * "gradient of f", "·" separators as commas, "(x, y) = (1, 2)" as "x, y = 1, 2".
 */
export function spoken(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([0-9.]+)e([+-−]?)0*(\d+)/g, (_, m: string, sign: string, exp: string) => {
      const minus = sign === '-' || sign === '−';
      return `${m} times 10 to the ${minus ? 'minus ' : ''}${exp}`;
    })
    .replace(/∇\s?([A-Za-zα-ω]\w*)/g, 'gradient of $1')
    .replace(/∇/g, 'gradient')
    .replace(/\s*·\s*/g, ', ')
    .replace(/\(([^()]*)\) = \(([^()]*)\)/g, '$1 = $2')
    .trim();
}
