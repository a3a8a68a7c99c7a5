import { describe, expect, test } from 'vitest';
import { bands, levels, ringPath } from '../../../src/widgets/core/contours.ts';
import { linearScale } from '../../../src/widgets/core/scale.ts';
import { isoline } from '../../../src/widgets/core/isoline.ts';

/** The absolute points of a path written by ringPath (M x,y then relative pairs). */
function pointsOf(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const sub of d.split('z').filter(Boolean)) {
    const [head, rest = ''] = sub.slice(1).split('l');
    const [x0, y0] = head!.split(',').map(Number);
    let p: [number, number] = [x0!, y0!];
    out.push(p);
    for (const pair of rest.match(/-?[\d.]+,-?[\d.]+/g) ?? []) {
      const [dx, dy] = pair.split(',').map(Number);
      p = [Math.round((p[0] + dx!) * 10) / 10, Math.round((p[1] + dy!) * 10) / 10];
      out.push(p);
    }
  }
  return out;
}

function distToSegment([px, py]: readonly number[], [ax, ay]: readonly number[], [bx, by]: readonly number[]): number {
  const l2 = (bx! - ax!) ** 2 + (by! - ay!) ** 2;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px! - ax!) * (bx! - ax!) + (py! - ay!) * (by! - ay!)) / l2));
  return Math.hypot(px! - (ax! + t * (bx! - ax!)), py! - (ay! + t * (by! - ay!)));
}

describe('ringPath', () => {
  test('a square traced with a point every unit keeps only its four corners', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i < 10; i++) ring.push([i, 0]);
    for (let i = 0; i < 10; i++) ring.push([10, i]);
    for (let i = 10; i > 0; i--) ring.push([i, 10]);
    for (let i = 10; i > 0; i--) ring.push([0, i]);
    ring.push([0, 0]);
    const d = ringPath(ring);
    expect(d).toBe('M0,0l10,0 0,10 -10,0z');
  });

  test('every original point lies within the tolerance (plus rounding) of the drawn outline', () => {
    const ring: [number, number][] = [];
    for (let k = 0; k <= 200; k++) {
      const t = (2 * Math.PI * k) / 200;
      ring.push([150 + 80 * Math.cos(t) + 6 * Math.cos(5 * t), 120 + 50 * Math.sin(t)]);
    }
    ring[200] = ring[0]!;
    const tol = 0.35;
    const d = ringPath(ring, tol);
    const pts = pointsOf(d);
    expect(pts.length).toBeLessThan(120);
    expect(pts.length).toBeGreaterThan(12);
    const closed = [...pts, pts[0]!];
    for (const p of ring) {
      const near = Math.min(...closed.slice(1).map((b, i) => distToSegment(p, closed[i]!, b)));
      expect(near).toBeLessThanOrEqual(tol + 0.08);
    }
  });

  test('degenerate rings draw nothing rather than a broken path', () => {
    expect(ringPath([])).toBe('');
    expect(
      ringPath([
        [1, 1],
        [1, 1],
      ]),
    ).toBe('');
  });

  test('writes short numbers: no leading zero, no trailing .0', () => {
    expect(
      ringPath([
        [0.04, 0],
        [0.5, 0],
        [0.5, 2.25],
        [0, 2.25],
        [0.04, 0],
      ]),
    ).toBe('M0,0l.5,0 0,2.3 -.5,0z');
  });
});

describe('bands', () => {
  test('the map of a bowl: each band is the plot’s border with a round hole that widens level by level', () => {
    const n = 41;
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) values[j * n + i] = ((i - 20) / 10) ** 2 + ((j - 20) / 10) ** 2;
    const x = linearScale([-2, 2], [0, 400]);
    const y = linearScale([-2, 2], [400, 0]);
    const out = bands(values, n, n, [-2, 2], [-2, 2], x, y, levels(values, 6));
    expect(out).toHaveLength(6);
    for (const b of out) expect(b.d).toMatch(/^(M[\d.]+,[\d.]+l[-\d., ]+z)+$/);
    // Levels whose circle fits inside the plot: the border and the hole (higher ones are corners).
    const inner = out.filter((b) => 100 * Math.sqrt(b.value) < 190);
    expect(inner.length).toBeGreaterThanOrEqual(4);
    for (const b of inner) expect(b.d.split('z').filter(Boolean)).toHaveLength(2);
    // A band holds everything at or above its level: the hole around the minimum is a circle
    // of radius √level (in plot units, 100 px each), so the holes widen as the levels rise.
    const hole = inner.map((b) => Math.min(...pointsOf(b.d).map(([px, py]) => Math.hypot(px - 200, py - 200))));
    for (let k = 1; k < hole.length; k++) expect(hole[k]!).toBeGreaterThan(hole[k - 1]!);
    inner.forEach((b, k) => expect(Math.abs(hole[k]! - 100 * Math.sqrt(b.value))).toBeLessThan(6));
  });
});

describe('isoline', () => {
  const n = 31;
  const x = linearScale([-3, 3], [0, 300]);
  const y = linearScale([-3, 3], [300, 0]);
  const segments = (d: string) =>
    [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map((m) => m.slice(1).map(Number));

  test('the level ½ of a circle’s radius is that circle: every point at radius 2 (100 px)', () => {
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = Math.hypot(-3 + i / 5, -3 + j / 5);
    const segs = segments(isoline(values, n, [-3, 3], [-3, 3], x, y, 2));
    expect(segs.length).toBeGreaterThan(30);
    for (const [ax, ay, bx, by] of segs) {
      expect(Math.abs(Math.hypot(ax! - 150, ay! - 150) - 100)).toBeLessThan(1);
      expect(Math.abs(Math.hypot(bx! - 150, by! - 150) - 100)).toBeLessThan(1);
    }
  });

  test('a saddle (x·y) crosses zero along both axes, and a constant grid has no line', () => {
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) values[j * n + i] = (-3 + i / 5 + 0.01) * (-3 + j / 5 + 0.01);
    const segs = segments(isoline(values, n, [-3, 3], [-3, 3], x, y, 0));
    for (const s of segs)
      expect(
        Math.min(Math.abs(s[0]! - 150) + Math.abs(s[2]! - 150), Math.abs(s[1]! - 150) + Math.abs(s[3]! - 150)),
      ).toBeLessThan(2);
    expect(isoline(new Float64Array(n * n).fill(1), n, [-3, 3], [-3, 3], x, y, 0.5)).toBe('');
  });
});

describe('bands, asked twice', () => {
  test('the same grid, scales and levels give the same answer without recomputing; any change recomputes', () => {
    const n = 21;
    const values = new Float64Array(n * n).map((_, k) => ((k % n) - 10) ** 2 + (Math.floor(k / n) - 10) ** 2);
    const x = linearScale([-1, 1], [0, 200]);
    const y = linearScale([-1, 1], [200, 0]);
    const first = bands(values, n, n, [-1, 1], [-1, 1], x, y, [10, 40]);
    expect(bands(values, n, n, [-1, 1], [-1, 1], x, y, [10, 40])).toBe(first);
    const other = bands(values, n, n, [-1, 1], [-1, 1], x, y, [10, 50]);
    expect(other).not.toBe(first);
    expect(other[0]!.d).toBe(first[0]!.d);
    expect(other[1]!.d).not.toBe(first[1]!.d);
    expect(bands(values.slice(), n, n, [-1, 1], [-1, 1], x, y, [10, 50])).toEqual(other);
    expect(bands(values, n, n, [-1, 1], [-1, 1], linearScale([-1, 1], [0, 100]), y, [10, 50])[0]!.d).not.toBe(
      other[0]!.d,
    );
  });
});
