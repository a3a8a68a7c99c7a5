/** Drawing helpers lesson 8's figures share: curves of a predictor over the wave's domain, and log-scale loss axes. */
import { WAVE } from '../../optim/index.ts';
import { curvePath as kitCurve } from '../core/path.ts';
import type { Scale } from '../core/scale.ts';

/** A path through predict(x) at `samples` evenly spaced x across the wave's domain. */
export function curvePath(predict: (x: number) => number, x: Scale, y: Scale, samples = 161): string {
  return kitCurve(predict, WAVE.domain, x, y, samples);
}

/** log10 of a loss, held within [lo, hi] (powers of ten) so that 0 and 10¹² still land on the plot. */
export function logLoss(v: number, lo: number, hi: number): number {
  if (!(v > 0)) return lo;
  return Math.min(hi, Math.max(lo, Math.log10(v)));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "10⁻³": a power of ten as a tick label. */
export function powerLabel(k: number): string {
  if (k === 0) return '1';
  if (k === 1) return '10';
  return (
    '10' +
    String(k)
      .replace('-', '⁻')
      .replace(/\d/g, (c) => SUPERSCRIPT[Number(c)]!)
  );
}

/** Ticks at every `every`-th power of ten from 10^lo to 10^hi, for Axes. */
export function powerTicks(lo: number, hi: number, every = 1): { v: number; label: string }[] {
  const out: { v: number; label: string }[] = [];
  for (let k = lo; k <= hi; k += every) out.push({ v: k, label: powerLabel(k) });
  return out;
}
