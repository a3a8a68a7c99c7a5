/**
 * One level line of a sampled 2-D function (marching squares), as SVG path segments in a plot's
 * viewBox. For a single line, such as a classifier's decision boundary, this is all that is needed,
 * and far lighter than contours.ts with d3-contour (which fills bands for many levels).
 */
import type { Scale } from './scale.ts';
import { tenth } from './frame.ts';

/**
 * Segments where the grid crosses `level`, for samples laid out as lossGrid does (sample (i, j) at
 * j·n + i, at xs[0] + i·(xs[1] − xs[0])/(n − 1) and likewise in y). Non-finite samples count as high.
 */
export function isoline(
  values: ArrayLike<number>,
  n: number,
  xs: readonly [number, number],
  ys: readonly [number, number],
  x: Scale,
  y: Scale,
  level: number,
): string {
  const v = (i: number, j: number) => {
    const s = values[j * n + i]!;
    return Number.isFinite(s) ? s : Number.MAX_VALUE;
  };
  const gx = (i: number) => x(xs[0] + ((xs[1] - xs[0]) * i) / (n - 1));
  const gy = (j: number) => y(ys[0] + ((ys[1] - ys[0]) * j) / (n - 1));
  /** Where the edge from sample a (at p) to sample b (at q) crosses the level. */
  const cross = (
    a: number,
    b: number,
    p: readonly [number, number],
    q: readonly [number, number],
  ): [number, number] => {
    const t = (level - a) / (b - a);
    return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  };
  let d = '';
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = v(i, j),
        b = v(i + 1, j),
        c = v(i + 1, j + 1),
        e = v(i, j + 1);
      const up = [a >= level, b >= level, c >= level, e >= level];
      if (up.every((u) => u === up[0])) continue;
      const P: [number, number][] = [
        [gx(i), gy(j)],
        [gx(i + 1), gy(j)],
        [gx(i + 1), gy(j + 1)],
        [gx(i), gy(j + 1)],
      ];
      const vals = [a, b, c, e];
      // Crossings on the edges bottom (0–1), right (1–2), top (2–3), left (3–0), in that order.
      const hits: ([number, number] | null)[] = [0, 1, 2, 3].map((k) =>
        up[k] !== up[(k + 1) % 4] ? cross(vals[k]!, vals[(k + 1) % 4]!, P[k]!, P[(k + 1) % 4]!) : null,
      );
      const [bottom, right, top, left] = hits;
      const pairs: [number, number][][] = [];
      if (hits.every(Boolean)) {
        // A saddle: the centre decides which two opposite corners are cut off.
        const centreUp = (a + b + c + e) / 4 >= level;
        if (centreUp === up[0]) pairs.push([bottom!, right!], [top!, left!]);
        else pairs.push([left!, bottom!], [right!, top!]);
      } else {
        const two = hits.filter((h): h is [number, number] => h !== null);
        pairs.push([two[0]!, two[1]!]);
      }
      for (const [p, q] of pairs) d += `M${tenth(p![0])},${tenth(p![1])}L${tenth(q![0])},${tenth(q![1])}`;
    }
  }
  return d;
}
