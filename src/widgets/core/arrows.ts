/** Arrow geometry for plots: a shaft and a filled head as SVG path strings, in viewBox units. */
import { px } from './frame.ts';

export interface ArrowPaths {
  readonly shaft: string;
  readonly head: string;
}

/** An arrow from (x1, y1) to (x2, y2); the head is `size` long. A zero-length arrow draws nothing. */
export function arrow(x1: number, y1: number, x2: number, y2: number, size = 7): ArrowPaths {
  const [a, b, c, d] = [px(x1), px(y1), px(x2), px(y2)];
  const len = Math.hypot(c - a, d - b);
  if (!(len > 0.5)) return { shaft: '', head: '' };
  const ux = (c - a) / len;
  const uy = (d - b) / len;
  const h = Math.min(size, len * 0.6);
  const bx = c - ux * h;
  const by = d - uy * h;
  const w = h * 0.45;
  const f = (v: number) => v.toFixed(1);
  return {
    shaft: `M${f(a)},${f(b)}L${f(bx)},${f(by)}`,
    head: `M${f(c)},${f(d)}L${f(bx - uy * w)},${f(by + ux * w)}L${f(bx + uy * w)},${f(by - ux * w)}Z`,
  };
}
