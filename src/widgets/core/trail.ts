/**
 * A run's path as an SVG path string: positions 0 … k of a row-major trajectory through the plot's
 * scales, clamped with px(), skipping points less than `minGap` viewBox units from the last kept
 * one (thousands of tiny steps draw as the same line, cheaply). The last point is always kept.
 */
import type { Scale } from './scale.ts';
import { px } from './frame.ts';

export function trailPath(
  positions: ArrayLike<number>,
  dim: number,
  k: number,
  x: Scale,
  y: Scale,
  minGap = 0.75,
): string {
  if (dim < 2 || positions.length < dim) return '';
  const last = Math.min(k, positions.length / dim - 1);
  let d = '';
  let lx = NaN;
  let ly = NaN;
  for (let i = 0; i <= last; i++) {
    const sx = px(x(positions[i * dim]!));
    const sy = px(y(positions[i * dim + 1]!));
    if (i > 0 && i < last && Math.abs(sx - lx) + Math.abs(sy - ly) < minGap) continue;
    d += `${i === 0 ? 'M' : 'L'}${sx.toFixed(1)},${sy.toFixed(1)}`;
    lx = sx;
    ly = sy;
  }
  return d;
}
