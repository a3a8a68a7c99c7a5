/** The geometry every plot shares: a fixed viewBox with margins, so SSR and client agree. */
import { linearScale, type Scale } from './scale.ts';

export { linearScale, type Scale };

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function frame(width = 480, height = 300, left = 44, right = 12, top = 12, bottom = 36): Frame {
  return { width, height, left, right, top, bottom };
}

export function xScaleOf(f: Frame, domain: readonly [number, number]): Scale {
  return linearScale(domain, [f.left, f.width - f.right]);
}

export function yScaleOf(f: Frame, domain: readonly [number, number]): Scale {
  return linearScale(domain, [f.height - f.bottom, f.top]);
}

/** Keeps a pixel coordinate finite and near the plot, so no NaN or 1e300 reaches an attribute. */
export function px(v: number, lo = -1e4, hi = 1e4): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : v > 0 ? hi : lo;
}

/** A viewBox coordinate to a tenth of a unit: short in the page's HTML, finer than a pixel. */
export function tenth(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A readout; the rules are in src/figures/format.ts, the one module for numbers as text. */
export { fmt } from '../../figures/format.ts';

/** The pointer position in viewBox units of the SVG under it. */
export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const box = svg.viewBox.baseVal;
  const r = svg.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return [0, 0];
  return [box.x + ((clientX - r.left) / r.width) * box.width, box.y + ((clientY - r.top) / r.height) * box.height];
}

/**
 * A plot's clip path as SVG markup, for `{@html}` inside its svg: the frame's drawing area, inside
 * its margins, so what a figure draws with `clip-path="url(#id)"` stays off the axes and labels.
 */
export function plotClip(id: string, f: Frame): string {
  return `<defs><clipPath id="${id}"><rect x="${f.left}" y="${f.top}" width="${f.width - f.left - f.right}" height="${f.height - f.top - f.bottom}"/></clipPath></defs>`;
}
