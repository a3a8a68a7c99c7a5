/** Keeping a run's points in view: an axis that grows with the run, and a mark pinned at the edge. */

/**
 * The top of a loss axis that starts at `base` and grows so that every finite value up to step
 * `upto` stays in view with `headroom` to spare (a diverging run climbs, and the axis climbs with it).
 */
export function growingTop(values: ArrayLike<number>, upto: number, base: number, headroom = 1.1): number {
  let top = base;
  for (let i = 0; i <= Math.min(upto, values.length - 1); i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && v * headroom > top) top = v * headroom;
  }
  return top;
}

/** Where a value is drawn on an axis spanning [lo, hi]: itself inside, the nearer edge outside, and which edge it left by. */
export function pinned(v: number, [lo, hi]: readonly [number, number]): { at: number; off: 'above' | 'below' | null } {
  if (v > hi) return { at: hi, off: 'above' };
  if (v < lo) return { at: lo, off: 'below' };
  return { at: v, off: null };
}

/** A tick label short enough for a narrow axis margin: 250, 200k, 3e12. */
export function compactTick(v: number): string {
  const a = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  const trim = (n: number) => String(Number(n.toPrecision(3)));
  if (a < 1e3) return sign + trim(a);
  if (a < 1e6) return `${sign}${trim(a / 1e3)}k`;
  const e = Math.floor(Math.log10(a));
  return `${sign}${trim(a / 10 ** e)}e${e}`;
}
