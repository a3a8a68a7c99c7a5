/**
 * Contour geometry for a sampled 2-D function: d3-contour bands turned into SVG path strings in
 * a plot's viewBox. Data in, strings out; the markup lives in ContourLines.svelte and the figures.
 * d3-contour's rings are in grid units, so a straight map to the plot is all they need (no d3-geo,
 * which would cost every contour page about 2 KB gzip).
 */
import { contours } from 'd3-contour';
import type { Objective } from '../../optim/types.ts';
import { lossGrid } from '../../optim/grid.ts';
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
  const finite = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
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
  // Two panels drawing one map (figure 6.1) ask twice in a row: answer the second from the first.
  const args = [nx, ny, xs[0], xs[1], ys[0], ys[1], x, y, ...thresholds];
  const last = recent.get(values);
  if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.bands;
  const clean = Array.from(values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  const sx = (xs[1] - xs[0]) / (nx - 1);
  const sy = (ys[1] - ys[0]) / (ny - 1);
  // d3-contour puts sample (i, j) at grid point (i + 0.5, j + 0.5), and its outer rings half a cell
  // beyond the samples: those are pulled in to the samples' extent, so a map ends where its window does.
  const pt = ([gx, gy]: number[]): [number, number] => [
    x(xs[0] + Math.min(Math.max(gx! - 0.5, 0), nx - 1) * sx),
    y(ys[0] + Math.min(Math.max(gy! - 0.5, 0), ny - 1) * sy),
  ];
  const out = contours()
    .size([nx, ny])
    .thresholds(thresholds)(clean)
    .map((c) => ({
      value: c.value,
      d: c.coordinates.map((polygon) => polygon.map((ring) => ringPath(ring.map(pt))).join('')).join(''),
    }));
  recent.set(values, { args, bands: out });
  return out;
}

/**
 * A fixed function's sampled map, computed once for a figure's map and its legend (server side):
 * the grid over its first two coordinates and its levels.
 */
export function sampledMap(
  f: Objective,
  n: number,
  xs: readonly [number, number],
  ys: readonly [number, number],
  count: number,
): { readonly grid: Float64Array; readonly levels: number[] } {
  const key = [n, ...xs, ...ys, count].join();
  let byKey = sampled.get(f);
  if (!byKey) sampled.set(f, (byKey = new Map()));
  let map = byKey.get(key);
  if (!map) {
    const grid = lossGrid(f, 0, 1, xs, ys, n, n);
    byKey.set(key, (map = { grid, levels: levels(grid, count) }));
  }
  return map;
}
const sampled = new WeakMap<Objective, Map<string, { readonly grid: Float64Array; readonly levels: number[] }>>();

/** The last bands computed from each grid (grids are never changed in place: each is a new array). */
const recent = new WeakMap<Float64Array, { readonly args: readonly unknown[]; readonly bands: Band[] }>();

/**
 * A closed ring of points (viewBox units) as a compact SVG subpath. Marching squares puts a point
 * on every grid edge a level crosses, so long straight runs (the plot's border, gentle arcs) carry
 * many points that a reader cannot see: points closer than `tol` to the simplified outline are
 * dropped (Ramer–Douglas–Peucker), the rest rounded to 0.1 and written as relative moves. The
 * server-rendered maps shrink about threefold, and so does the browser's work redrawing them.
 */
export function ringPath(ring: readonly (readonly [number, number])[], tol = 0.35): string {
  const n =
    ring[0] && ring.at(-1) && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1]
      ? ring.length - 1
      : ring.length;
  if (n < 3) return '';
  const keep = new Uint8Array(n + 1);
  // Split the closed ring at its first point and the point farthest from it, then simplify both halves.
  let far = 0;
  for (let i = 1, best = -1; i < n; i++) {
    const d = (ring[i]![0] - ring[0]![0]) ** 2 + (ring[i]![1] - ring[0]![1]) ** 2;
    if (d > best) [best, far] = [d, i];
  }
  keep[0] = keep[far] = keep[n] = 1;
  const at = (i: number) => ring[i % n]!;
  const stack: [number, number][] = [
    [0, far],
    [far, n],
  ];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = at(a);
    const [bx, by] = at(b);
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let worst = tol;
    let split = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at(i);
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) [worst, split] = [d, i];
    }
    if (split >= 0) {
      keep[split] = 1;
      stack.push([a, split], [split, b]);
    }
  }
  // Tenths as integers, so relative steps add up exactly to the rounded points.
  let d = '';
  let last: [number, number] | null = null;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const p: [number, number] = [Math.round(at(i)[0] * 10), Math.round(at(i)[1] * 10)];
    if (!last) d = `M${tenths(p[0])},${tenths(p[1])}l`;
    else if (p[0] !== last[0] || p[1] !== last[1])
      d += `${d.endsWith('l') ? '' : ' '}${tenths(p[0] - last[0])},${tenths(p[1] - last[1])}`;
    last = p;
  }
  return d.endsWith('l') ? '' : `${d}z`;
}

/** An integer count of tenths as the shortest decimal: 35 → "3.5", -4 → "-.4", 20 → "2". */
function tenths(t: number): string {
  return String(t / 10).replace(/^(-?)0\./, '$1.');
}
