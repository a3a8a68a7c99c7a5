import { describe, expect, test } from 'vitest';
import { linearScale } from '../../../src/widgets/core/scale.ts';
import { curvePath, linePath, trajectoryPath } from '../../../src/widgets/core/path.ts';

const x = linearScale([0, 10], [0, 100]);
const y = linearScale([0, 10], [100, 0]);

describe('path strings (core/path.ts)', () => {
  test('linePath: M then L through the points, to a tenth', () => {
    expect(linePath([])).toBe('');
    expect(
      linePath([
        [0, 0],
        [1.26, 2.04],
        [3, 4],
      ]),
    ).toBe('M0.0,0.0L1.3,2.0L3.0,4.0');
  });

  test('every coordinate is finite and clamped: NaN, ±Infinity and 1e300 never reach the markup', () => {
    const d = linePath([
      [NaN, 1e300],
      [Infinity, -Infinity],
      [5, 500],
    ]);
    expect(d).toBe('M-10000.0,10000.0L10000.0,-10000.0L5.0,500.0');
    expect(linePath([[5, 500]], { clamp: [-50, 400] })).toBe('M5.0,400.0');
  });

  test('minGap skips points close to the last kept one, never the first or the last', () => {
    const pts = [
      [0, 0],
      [0.2, 0],
      [0.4, 0],
      [2, 0],
      [2.1, 0],
    ] as const;
    expect(linePath(pts, { minGap: 0.5 })).toBe('M0.0,0.0L2.0,0.0L2.1,0.0');
  });

  test('curvePath samples y = f(v) evenly through the scales', () => {
    expect(curvePath((v) => v, [0, 10], x, y, 3)).toBe('M0.0,100.0L50.0,50.0L100.0,0.0');
    expect(curvePath((v) => v * v, [0, 10], x, y, 2, { clamp: [-20, 200] })).toBe('M0.0,100.0L100.0,-20.0');
  });

  test('trajectoryPath draws rows 0 … upto of a row-major run, with chosen coordinates', () => {
    const positions = new Float64Array([0, 0, 9, 1, 1, 8, 2, 2, 7]);
    expect(trajectoryPath(positions, 3, 1, x, y)).toBe('M0.0,100.0L10.0,90.0');
    expect(trajectoryPath(positions, 3, 99, x, y, { ix: 0, iy: 2 })).toBe('M0.0,10.0L10.0,20.0L20.0,30.0');
    expect(trajectoryPath(positions, 3, -1, x, y)).toBe('');
  });
});
