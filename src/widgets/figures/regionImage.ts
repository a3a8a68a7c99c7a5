/**
 * The network's decision regions as a small image: one pixel per grid sample, tinted towards the
 * class colour by how sure the network is, smoothly upscaled by the browser. One <image> paints far
 * cheaper than hundreds of <rect>s redrawn every training frame. Browser only (a canvas).
 */

/** "rgb(29, 32, 38)" (or rgba) as [r, g, b]. */
export function parseRgb(css: string): [number, number, number] {
  const m = css.match(/[\d.]+/g) ?? [];
  return [Number(m[0] ?? 0), Number(m[1] ?? 0), Number(m[2] ?? 0)];
}

export interface RegionColors {
  readonly bg: [number, number, number];
  readonly c0: [number, number, number];
  readonly c1: [number, number, number];
}

/**
 * The figure's colours from its CSS variables, resolved by the browser (the variables may be
 * light-dark() pairs, which only computed style resolves), so dark mode follows.
 */
export function regionColors(el: Element): RegionColors {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  el.appendChild(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return parseRgb(getComputedStyle(probe).color);
  };
  const colors = { bg: read('--bg-raised'), c0: read('--class0'), c1: read('--class1') };
  probe.remove();
  return colors;
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
