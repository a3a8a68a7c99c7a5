/** A run's trajectory as an SVG path, from a flat positions array; coordinates kept finite and near the plot. */
import type { Scale } from './scale.ts';
import { px } from './frame.ts';

/** "M…L…" through rows 0…upto of a (rows × dim) positions array, using coordinates ix and iy. */
export function tracePath(
  positions: Float64Array,
  dim: number,
  upto: number,
  x: Scale,
  y: Scale,
  ix = 0,
  iy = 1,
): string {
  const rows = Math.min(upto + 1, Math.floor(positions.length / dim));
  let d = '';
  for (let k = 0; k < rows; k++) {
    const sx = px(x(positions[k * dim + ix]!), -2000, 3000).toFixed(1);
    const sy = px(y(positions[k * dim + iy]!), -2000, 3000).toFixed(1);
    d += (k === 0 ? 'M' : 'L') + sx + ',' + sy;
  }
  return d;
}

/** "M…L…" through points already in viewBox units (one decimal), for curves sampled by the caller. */
export function linePath(points: readonly (readonly [number, number])[]): string {
  let d = '';
  for (let k = 0; k < points.length; k++)
    d +=
      (k === 0 ? 'M' : 'L') +
      px(points[k]![0], -2000, 3000).toFixed(1) +
      ',' +
      px(points[k]![1], -2000, 3000).toFixed(1);
  return d;
}
