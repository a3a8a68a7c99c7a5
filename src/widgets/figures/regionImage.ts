/**
 * The network's decision regions as a small image: one pixel per grid sample, tinted towards the
 * class colour by how sure the network is, smoothly upscaled by the browser. One <image> paints far
 * cheaper than hundreds of <rect>s redrawn every training frame. Browser only (a canvas).
 */

/** A CSS colour as [r, g, b] (0–255), resolved by the canvas itself. */
export function rgbOf(ctx: CanvasRenderingContext2D, css: string): [number, number, number] {
  ctx.fillStyle = '#000';
  ctx.fillStyle = css.trim() || '#000';
  const v = String(ctx.fillStyle);
  if (v.startsWith('#') && v.length === 7) return [parseInt(v.slice(1, 3), 16), parseInt(v.slice(3, 5), 16), parseInt(v.slice(5, 7), 16)];
  const m = v.match(/[\d.]+/g) ?? ['0', '0', '0'];
  return [Number(m[0]), Number(m[1]), Number(m[2])];
}

export interface RegionColors {
  readonly bg: [number, number, number];
  readonly c0: [number, number, number];
  readonly c1: [number, number, number];
}

/** Reads the figure's colours from CSS variables on `el` (so dark mode follows). */
export function regionColors(el: Element): RegionColors {
  const ctx = document.createElement('canvas').getContext('2d');
  const style = getComputedStyle(el);
  if (!ctx) return { bg: [255, 255, 255], c0: [37, 99, 235], c1: [217, 119, 6] };
  return {
    bg: rgbOf(ctx, style.getPropertyValue('--bg-raised')),
    c0: rgbOf(ctx, style.getPropertyValue('--class0')),
    c1: rgbOf(ctx, style.getPropertyValue('--class1')),
  };
}

/** How strongly a cell is tinted: faint where P ≈ ½, strong where the network is sure. */
export function tint(p: number): number {
  return 0.08 + Math.abs(p - 0.5);
}

/** A data URL of a g × g image of P(class 1) samples laid out as lossGrid does (row 0 = lowest y, drawn at the bottom). */
let shared: { ctx: CanvasRenderingContext2D; img: ImageData } | null = null;

export function regionDataUrl(grid: Float64Array, g: number, colors: RegionColors): string {
  if (!shared || shared.img.width !== g) {
    const canvas = document.createElement('canvas');
    canvas.width = g;
    canvas.height = g;
    const ctx = canvas.getContext('2d');
    if (!ctx) return '';
    shared = { ctx, img: ctx.createImageData(g, g) };
  }
  const { ctx, img } = shared;
  for (let j = 0; j < g; j++) {
    for (let i = 0; i < g; i++) {
      const p = grid[j * g + i]!;
      const c = p >= 0.5 ? colors.c1 : colors.c0;
      const a = tint(p);
      const o = ((g - 1 - j) * g + i) * 4;
      img.data[o] = colors.bg[0] + (c[0] - colors.bg[0]) * a;
      img.data[o + 1] = colors.bg[1] + (c[1] - colors.bg[1]) * a;
      img.data[o + 2] = colors.bg[2] + (c[2] - colors.bg[2]) * a;
      img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return ctx.canvas.toDataURL();
}
