/** Small vector helpers shared by the optimizer module. None of them allocates. */
import type { Vec } from './types.ts';

/** The Euclidean norm ‖v‖ (computed without overflow for large entries). */
export function norm(v: Vec): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const r = Math.sqrt(sum);
  if (r > 1e-150 && r < 1e150) return r;
  // Rescale only when the plain sum may have overflowed or underflowed.
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]!));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  sum = 0;
  for (let i = 0; i < v.length; i++) {
    const t = v[i]! / scale;
    sum += t * t;
  }
  return scale * Math.sqrt(sum);
}

/** The Euclidean distance ‖a − b‖ over the first a.length coordinates. */
export function distance(a: Vec, b: Vec): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - (b[i] ?? NaN);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

/** Copies src into out (same length) and returns out. */
export function copyInto(src: Vec, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = src[i]!;
  return out;
}

/** True when every coordinate is finite and within ±bound. */
export function isWithin(v: Vec, bound: number): boolean {
  for (let i = 0; i < v.length; i++) {
    const t = v[i]!;
    if (!(Math.abs(t) <= bound)) return false;
  }
  return true;
}

/** +1 when the objective climbs (goal 'maximize'), −1 when it descends. */
export function direction(goal: 'minimize' | 'maximize'): 1 | -1 {
  return goal === 'maximize' ? 1 : -1;
}

/** A Float64Array of length n, reusing `buf` when it already has that length. */
export function ensureLength(buf: Float64Array, n: number): Float64Array {
  return buf.length === n ? buf : new Float64Array(n);
}
