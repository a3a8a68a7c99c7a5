/**
 * The network's decision regions as two small masks, one per class: one pixel per grid sample, as
 * opaque as the network is sure of that class, smoothly upscaled by the browser. Each mask cuts out a
 * rect filled with its class's colour, so the regions take the theme's colours (and follow a theme
 * switch) with no colour read by script, and two images repaint far cheaper than hundreds of <rect>s
 * every training frame. Browser only (a canvas).
 */

/** How strongly a cell is tinted: faint where P ≈ ½, strong where the network is sure. */
export function tint(p: number): number {
  return 0.08 + Math.abs(p - 0.5);
}

let shared: { ctx: CanvasRenderingContext2D; img: ImageData } | null = null;

/**
 * Data URLs of the two g × g alpha masks (class 0, class 1) for P(class 1) samples laid out as lossGrid
 * does (row 0 = lowest y, drawn at the bottom); ['', ''] without a 2-D canvas.
 */
export function regionMasks(grid: Float64Array, g: number): [string, string] {
  if (!shared || shared.img.width !== g) {
    const canvas = document.createElement('canvas');
    canvas.width = g;
    canvas.height = g;
    const ctx = canvas.getContext('2d');
    if (!ctx) return ['', ''];
    shared = { ctx, img: ctx.createImageData(g, g) };
  }
  const { ctx, img } = shared;
  const mask = (cls: 0 | 1): string => {
    for (let j = 0; j < g; j++) {
      for (let i = 0; i < g; i++) {
        const p = grid[j * g + i]!;
        img.data[((g - 1 - j) * g + i) * 4 + 3] = (p >= 0.5 ? 1 : 0) === cls ? 255 * tint(p) : 0;
      }
    }
    ctx.putImageData(img, 0, 0);
    return ctx.canvas.toDataURL();
  };
  return [mask(0), mask(1)];
}
