import { describe, expect, it } from 'vitest';
import { lossGrid } from '../../../src/optim/grid.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';
import { tinyNet } from '../../../src/optim/tinyNet.ts';
import { xor } from '../../../src/optim/twoClass.ts';

describe('lossGrid', () => {
  it('lossGrid(objective, 0, 1, xs, ys, nx, ny) is row-major over y, columns over x', () => {
    const g = lossGrid(quadraticXY, 0, 1, [-1, 1], [0, 2], 3, 2);
    expect(g).toHaveLength(6);
    const xs = [-1, 0, 1];
    const ys = [0, 2];
    ys.forEach((y, j) => xs.forEach((x, i) => expect(g[j * 3 + i]).toBe(quadraticXY.value([x, y]))));
  });

  it('lossGrid swaps axes with ix = 1, iy = 0', () => {
    const g = lossGrid(quadraticXY, 1, 0, [0, 1], [0, 1], 2, 2);
    expect(g[1]).toBe(quadraticXY.value([0, 1])); // column 1 → y = 1, row 0 → x = 0
  });

  it('lossGrid holds the other parameters at base', () => {
    const net = tinyNet(xor({ n: 8, seed: 1 }), { hidden: 2 });
    const base = Float64Array.from({ length: net.dim }, (_, i) => 0.1 * i);
    const g = lossGrid(net, 0, 8, [-1, 1], [-1, 1], 4, 4, base);
    const p = Float64Array.from(base);
    p[0] = 1;
    p[8] = -1;
    expect(g[3]).toBe(net.value(p));
  });

  it('lossGrid rejects bad arguments naming them', () => {
    expect(() => lossGrid(quadraticXY, 0, 2, [0, 1], [0, 1], 2, 2)).toThrow('invalid iy: 2');
    expect(() => lossGrid(quadraticXY, 0, 0, [0, 1], [0, 1], 2, 2)).toThrow('invalid iy: 0');
    expect(() => lossGrid(quadraticXY, 0, 1, [0, 1], [0, 1], 1, 2)).toThrow('invalid nx: 1');
    expect(() => lossGrid(quadraticXY, 0, 1, [1, 0], [0, 1], 2, 2)).toThrow('invalid xs: [1, 0]');
    expect(() => lossGrid(quadraticXY, 0, 1, [0, 1], [0, 1], 2, 2, [0])).toThrow('invalid base');
  });
});
