/** Geometry for the network figure: the plot window around a data set and the network's answers on a grid. */
import { tinyNetPredict, type TinyNet } from '../../optim/tinyNet.ts';
import type { Dataset, Vec } from '../../optim/types.ts';

/** A square window around the data, padded by `pad`. */
export function dataWindow(
  data: Dataset,
  pad = 0.25,
): { xs: readonly [number, number]; ys: readonly [number, number] } {
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (let i = 0; i < data.n; i++) {
    const a = data.x[2 * i]!;
    const b = data.x[2 * i + 1]!;
    x0 = Math.min(x0, a);
    x1 = Math.max(x1, a);
    y0 = Math.min(y0, b);
    y1 = Math.max(y1, b);
  }
  const half = Math.max(x1 - x0, y1 - y0) / 2 + pad;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { xs: [cx - half, cx + half], ys: [cy - half, cy + half] };
}

/** P(orange) at the g × g grid points lo + i·(hi − lo)/(g − 1), row-major as lossGrid lays them out. */
export function decisionGrid(
  net: TinyNet,
  params: Vec,
  xs: readonly [number, number],
  ys: readonly [number, number],
  g: number,
): Float64Array {
  const out = new Float64Array(g * g);
  for (let j = 0; j < g; j++) {
    const b = ys[0] + ((ys[1] - ys[0]) * j) / (g - 1);
    for (let i = 0; i < g; i++)
      out[j * g + i] = tinyNetPredict(net, params, xs[0] + ((xs[1] - xs[0]) * i) / (g - 1), b);
  }
  return out;
}
