/** Samples an objective on a grid over two of its parameters, for contour and heat-map figures. */
import type { Objective, Vec } from './types.ts';

/**
 * f on an nx × ny grid: parameter ix runs over xs = [lo, hi] (columns), iy over ys (rows), every
 * other parameter is held at `base` (default 0). Row-major: cell (i, j) is at j·nx + i, with
 * x = lo + i·(hi − lo)/(nx − 1). Allocates one point and the result, nothing per cell.
 */
export function lossGrid(
  objective: Objective,
  ix: number,
  iy: number,
  xs: readonly [number, number],
  ys: readonly [number, number],
  nx: number,
  ny: number,
  base?: Vec,
): Float64Array {
  const dim = objective.dim;
  for (const [key, v] of [
    ['ix', ix],
    ['iy', iy],
  ] as const) {
    if (!(Number.isInteger(v) && v >= 0 && v < dim)) throw new Error(`invalid ${key}: ${v}`);
  }
  if (ix === iy) throw new Error(`invalid iy: ${iy} (same as ix)`);
  for (const [key, v] of [
    ['nx', nx],
    ['ny', ny],
  ] as const) {
    if (!(Number.isInteger(v) && v >= 2)) throw new Error(`invalid ${key}: ${v}`);
  }
  for (const [key, [lo, hi]] of [
    ['xs', xs],
    ['ys', ys],
  ] as const) {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new Error(`invalid ${key}: [${lo}, ${hi}]`);
  }
  if (base !== undefined && base.length !== dim) {
    throw new Error(`invalid base: expected ${dim} coordinates, got ${base.length}`);
  }
  const p = new Float64Array(dim);
  if (base !== undefined) for (let k = 0; k < dim; k++) p[k] = base[k]!;
  const out = new Float64Array(nx * ny);
  const dx = (xs[1] - xs[0]) / (nx - 1);
  const dy = (ys[1] - ys[0]) / (ny - 1);
  for (let j = 0; j < ny; j++) {
    p[iy] = ys[0] + j * dy;
    for (let i = 0; i < nx; i++) {
      p[ix] = xs[0] + i * dx;
      out[j * nx + i] = objective.value(p);
    }
  }
  return out;
}
