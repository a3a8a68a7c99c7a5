/**
 * Slopes found numerically: the one-sided difference (L(θ + h) − L(θ)) / h and the two-sided
 * (central) difference (L(θ + h) − L(θ − h)) / 2h, and how far each lands from the exact slope as
 * h shrinks. The errors are the ones floating-point arithmetic really makes, not a model of them:
 * truncation shrinks with h, rounding grows as h shrinks, and the total draws a V on a log–log plot.
 */
import type { Vec } from './types.ts';

/** How the two points are placed: θ and θ + h (one-sided), or θ − h and θ + h (central). */
export type DifferenceKind = 'forward' | 'central';

/** The slope of f at t estimated from two nearby values. */
export function differenceSlope(f: (t: number) => number, t: number, h: number, kind: DifferenceKind): number {
  if (!(h > 0 && Number.isFinite(h))) throw new Error(`invalid h: ${h}`);
  return kind === 'central' ? (f(t + h) - f(t - h)) / (2 * h) : (f(t + h) - f(t)) / h;
}

/** The k-th offset of the ladder the figures and the prose step down: h = 10^(−k/4), four to a decade. */
export function hLadder(k: number): number {
  return 10 ** (-k / 4);
}

/** One rung of the ladder: the offset, both estimates, and their distances from the exact slope. */
export interface SlopeError {
  readonly h: number;
  readonly forward: number;
  readonly central: number;
  readonly forwardError: number;
  readonly centralError: number;
}

/** Both estimates at one h, against the exact slope `exact`. */
export function slopeError(f: (t: number) => number, exact: number, t: number, h: number): SlopeError {
  const forward = differenceSlope(f, t, h, 'forward');
  const central = differenceSlope(f, t, h, 'central');
  return { h, forward, central, forwardError: Math.abs(forward - exact), centralError: Math.abs(central - exact) };
}

/** The errors at h = hLadder(k) for k = 0 … rungs − 1. */
export function slopeErrorCurve(f: (t: number) => number, exact: number, t: number, rungs: number): SlopeError[] {
  return Array.from({ length: rungs }, (_, k) => slopeError(f, exact, t, hLadder(k)));
}

/** The rung of a curve with the smallest error of the given kind (the bottom of the V). */
export function bestRung(curve: readonly SlopeError[], kind: DifferenceKind): number {
  let best = 0;
  for (let k = 1; k < curve.length; k++) {
    const e = kind === 'central' ? curve[k]!.centralError : curve[k]!.forwardError;
    const b = kind === 'central' ? curve[best]!.centralError : curve[best]!.forwardError;
    if (e < b) best = k;
  }
  return best;
}

/**
 * The bottom of the V read from its shape rather than from its single lowest rung: the rung where the
 * mean of log10(error) over the `half` rungs on either side (a decade, at four rungs to a decade) is
 * smallest. On the rounding arm the error jumps from rung to rung by luck of the last bits, which
 * differ between JavaScript engines; one lucky rung moves the lowest rung far but this one little.
 */
export function vBottom(curve: readonly SlopeError[], kind: DifferenceKind, half = 2): number {
  const log = curve.map((r) => Math.log10(Math.max(kind === 'central' ? r.centralError : r.forwardError, 1e-300)));
  let best = 0;
  let bestMean = Infinity;
  for (let k = 0; k < log.length; k++) {
    const lo = Math.max(0, k - half);
    const hi = Math.min(log.length - 1, k + half);
    let sum = 0;
    for (let i = lo; i <= hi; i++) sum += log[i]!;
    const mean = sum / (hi - lo + 1);
    if (mean < bestMean) [best, bestMean] = [k, mean];
  }
  return best;
}

/**
 * Forward passes (evaluations of the loss) a slope-by-differences gradient of n parameters costs:
 * one-sided, the loss at θ and once more per parameter; central, twice per parameter. Backpropagation
 * costs one forward pass and one backward pass, whatever n.
 */
export function gradientPasses(n: number): { readonly oneSided: number; readonly central: number } {
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`invalid n: ${n}`);
  return { oneSided: n + 1, central: 2 * n };
}

/** One parameter's row of a gradient check. */
export interface CheckRow {
  /** The gradient's entry as computed (by backpropagation, say). */
  readonly computed: number;
  /** The same entry from the central difference of the loss along that parameter. */
  readonly numeric: number;
  /** |computed − numeric| / (|computed| + |numeric|), 0 when both are 0: 1 means they share no digit. */
  readonly relative: number;
}

/**
 * A gradient check: every entry of a computed gradient of f at x against the central difference
 * with offset h along that coordinate (2·dim evaluations of f).
 */
export function gradientCheck(f: (x: Vec) => number, x: Vec, computed: Vec, h: number): CheckRow[] {
  if (computed.length !== x.length) throw new Error(`invalid gradient: ${computed.length} entries for ${x.length}`);
  const p = Float64Array.from(x);
  return Array.from(p, (xi, i) => {
    const numeric = differenceSlope(
      (t) => {
        p[i] = t;
        const v = f(p);
        p[i] = xi;
        return v;
      },
      xi,
      h,
      'central',
    );
    const c = computed[i]!;
    const size = Math.abs(c) + Math.abs(numeric);
    return { computed: c, numeric, relative: size === 0 ? 0 : Math.abs(c - numeric) / size };
  });
}
