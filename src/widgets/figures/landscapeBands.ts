/**
 * Filled contour bands of a sampled loss as SVG path strings, with d3-contour alone: its rings are
 * in grid units, so a straight map to the plot is all they need (no d3-geo, which would cost the
 * loss lesson ~2 KB gzip it does not have under the page budget). Levels as core/contours.ts.
 */
import { contours } from 'd3-contour';
import type { Scale } from '../core/scale.ts';
import { levels } from './landscapeLevels.ts';

/** One band per level, lowest first: the region where the sample is at or above the level. */
export function bandPaths(
  values: Float64Array,
  nx: number,
  ny: number,
  xs: readonly [number, number],
  ys: readonly [number, number],
  x: Scale,
  y: Scale,
  count = 14,
): string[] {
  const clean = Array.from(values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  const sx = (xs[1] - xs[0]) / (nx - 1);
  const sy = (ys[1] - ys[0]) / (ny - 1);
  // d3-contour puts sample (i, j) at grid point (i + 0.5, j + 0.5).
  const pt = ([gx, gy]: number[]) => `${x(xs[0] + (gx! - 0.5) * sx).toFixed(1)},${y(ys[0] + (gy! - 0.5) * sy).toFixed(1)}`;
  return contours()
    .size([nx, ny])
    .thresholds(levels(values, count))(clean)
    .map((c) => c.coordinates.map((polygon) => polygon.map((ring) => `M${ring.map(pt).join('L')}Z`).join('')).join(''));
}
