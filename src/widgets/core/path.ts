/**
 * Lines as SVG path strings ("M x,y L x,y …"), in viewBox units to a tenth: the one place a figure's
 * curves and walks become markup, without d3-shape. Every coordinate is kept finite and near the plot
 * (px), so no NaN and no 1e300 reaches an attribute, whatever a run does.
 */
import { px } from './frame.ts';
import type { Scale } from './scale.ts';

export interface LineOptions {
  /** Bounds every coordinate is clamped to (viewBox units); by default ±10⁴, far outside any plot. */
  readonly clamp?: readonly [number, number];
  /**
   * Skip points closer than this (in viewBox units, |dx| + |dy|) to the last point kept, so thousands of
   * tiny steps draw as the same line, cheaply. The first and the last point are always kept. Default 0.
   */
  readonly minGap?: number;
}

/** A line through points, each given by the callbacks for index 0 … n − 1 (viewBox units). */
export function line(n: number, xAt: (i: number) => number, yAt: (i: number) => number, options: LineOptions): string {
  const [lo, hi] = options.clamp ?? [-1e4, 1e4];
  const gap = options.minGap ?? 0;
  let d = '';
  let lx = NaN;
  let ly = NaN;
  for (let i = 0; i < n; i++) {
    const sx = px(xAt(i), lo, hi);
    const sy = px(yAt(i), lo, hi);
    if (i > 0 && i < n - 1 && Math.abs(sx - lx) + Math.abs(sy - ly) < gap) continue;
    d += `${i === 0 ? 'M' : 'L'}${sx.toFixed(1)},${sy.toFixed(1)}`;
    lx = sx;
    ly = sy;
  }
  return d;
}

/** A line through points already in viewBox units. */
export function linePath(points: ArrayLike<readonly [number, number]>, options: LineOptions = {}): string {
  return line(
    points.length,
    (i) => points[i]![0],
    (i) => points[i]![1],
    options,
  );
}

/** The curve y = fn(v) over [lo, hi], sampled at `samples` evenly spaced points, through the plot's scales. */
export function curvePath(
  fn: (v: number) => number,
  [lo, hi]: readonly [number, number],
  x: Scale,
  y: Scale,
  samples = 200,
  options: LineOptions = {},
): string {
  const at = (i: number) => lo + ((hi - lo) * i) / (samples - 1);
  return line(
    samples,
    (i) => x(at(i)),
    (i) => y(fn(at(i))),
    options,
  );
}

/**
 * A run's walk: rows 0 … upto of a row-major positions array (`dim` numbers a row), coordinates `ix` and
 * `iy` of each row through the plot's scales.
 */
export function trajectoryPath(
  positions: ArrayLike<number>,
  dim: number,
  upto: number,
  x: Scale,
  y: Scale,
  options: LineOptions & { readonly ix?: number; readonly iy?: number } = {},
): string {
  const { ix = 0, iy = 1 } = options;
  const rows = Math.max(0, Math.min(upto + 1, Math.floor(positions.length / dim)));
  return line(
    rows,
    (k) => x(positions[k * dim + ix]!),
    (k) => y(positions[k * dim + iy]!),
    options,
  );
}
