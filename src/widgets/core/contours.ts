/**
 * Contour geometry for a sampled 2-D function: d3-contour bands turned into SVG path strings in
 * a plot's viewBox. Data in, strings out; the markup lives in ContourLines.svelte and the figures.
 * d3-contour's rings are in grid units, so a straight map to the plot is all they need (no d3-geo,
 * which would cost every contour page about 2 KB gzip).
 */
import { contours } from 'd3-contour';
import type { Scale } from './scale.ts';

export interface Band {
  readonly value: number;
  readonly d: string;
}

/**
 * Thresholds between the grid's finite minimum and a high quantile, spaced evenly in
 * log(f − min + ε) so the many levels near a minimum and the steep walls both show.
 */
export function levels(values: Float64Array, count = 14): number[] {
  const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return [];
  const lo = finite[0]!;
  const hi = finite[Math.floor(0.92 * (finite.length - 1))]!;
  if (!(hi > lo)) return [lo];
  const eps = (hi - lo) * 1e-3;
  const a = Math.log(eps);
  const b = Math.log(hi - lo + eps);
  return Array.from({ length: count }, (_, k) => lo + Math.exp(a + ((b - a) * (k + 1)) / count) - eps);
}

/**
 * Band paths for a grid sampled as lossGrid does (cell (i, j) at j·nx + i, i over xs, j over ys),
 * mapped through the plot's scales. Non-finite samples are treated as very high.
 */
export function bands(
  values: Float64Array,
  nx: number,
  ny: number,
  xs: readonly [number, number],
  ys: readonly [number, number],
  x: Scale,
  y: Scale,
  thresholds: number[],
): Band[] {
  const clean = Array.from(values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  const sx = (xs[1] - xs[0]) / (nx - 1);
  const sy = (ys[1] - ys[0]) / (ny - 1);
  // d3-contour puts sample (i, j) at grid point (i + 0.5, j + 0.5).
  const pt = ([gx, gy]: number[]) => `${x(xs[0] + (gx! - 0.5) * sx).toFixed(1)},${y(ys[0] + (gy! - 0.5) * sy).toFixed(1)}`;
  return contours()
    .size([nx, ny])
    .thresholds(thresholds)(clean)
    .map((c) => ({ value: c.value, d: c.coordinates.map((polygon) => polygon.map((ring) => `M${ring.map(pt).join('L')}Z`).join('')).join('') }));
}
