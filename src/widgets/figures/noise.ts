/** The noisy-descent figure's fixed settings, shared with its tests and the lesson's claims. */
import { TWO_WELLS_MINIMA } from '../../optim/index.ts';

export const NOISE_ETA = 0.05;
export const NOISE_HALF_LIFE = 40;
export const NOISE_STEPS = 400;
export const NOISE_SEEDS = 50;

/** Which valley of the two-well curve a final x lies in (within 0.05 of its minimum). */
export function valleyOf(x: number): 'shallower' | 'deeper' | 'neither' {
  if (Math.abs(x - TWO_WELLS_MINIMA[1]) < 0.05) return 'deeper';
  if (Math.abs(x - TWO_WELLS_MINIMA[0]) < 0.05) return 'shallower';
  return 'neither';
}
