// Apart from shared.ts: it needs the two-well curve's minima, which only the noisy-descent figure and
// its challenge use (the other figures of the lesson load shared.ts without the curve).
import { TWO_WELLS_MINIMA } from '../../../optim/objectives.ts';

/** Which valley of the two-well curve a final x lies in (within 0.05 of its minimum). */
export function valleyOf(x: number): 'shallower' | 'deeper' | 'neither' {
  if (Math.abs(x - TWO_WELLS_MINIMA[1]) < 0.05) return 'deeper';
  if (Math.abs(x - TWO_WELLS_MINIMA[0]) < 0.05) return 'shallower';
  return 'neither';
}
