/** An SVG polyline path through data, in a few bytes instead of d3-shape's line(). */
import { px } from '../core/frame.ts';

/** "M x0,y0 L x1,y1 …" through items mapped by x and y (viewBox units, clamped by px so no NaN leaks). */
export function pathOf<T>(items: ArrayLike<T>, x: (d: T, i: number) => number, y: (d: T, i: number) => number): string {
  let d = '';
  for (let i = 0; i < items.length; i++) d += `${i ? 'L' : 'M'}${px(x(items[i]!, i)).toFixed(1)},${px(y(items[i]!, i)).toFixed(1)}`;
  return d;
}
