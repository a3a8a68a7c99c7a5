/**
 * Saving a figure's picture: its SVG with the theme's colours written in (CSS variables do not
 * travel with a file), and a PNG drawn from that SVG at twice the size.
 */
const PAINT = [
  'fill',
  'stroke',
  'fill-opacity',
  'stroke-opacity',
  'opacity',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** A standalone SVG document of the figure's plots, side by side, with computed styles inlined. */
export function figureSvg(figure: HTMLElement): string {
  // Only the plots on screen: a figure may draw one picture two ways and show the one that fits.
  const plots = [...figure.querySelectorAll<SVGSVGElement>('svg.fig-plot')].filter(
    (p) => p.getClientRects().length > 0,
  );
  const boxes = plots.map((p) => p.viewBox.baseVal);
  const width = boxes.reduce((w, b) => w + b.width, 0) || 1;
  const height = Math.max(1, ...boxes.map((b) => b.height));
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(figure).backgroundColor || '#fff');
  out.append(bg);
  let dx = 0;
  plots.forEach((plot, i) => {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('transform', `translate(${dx} 0)`);
    const clone = plot.cloneNode(true) as SVGSVGElement;
    inlineStyles(plot, clone);
    for (const child of [...clone.childNodes]) g.append(child);
    out.append(g);
    dx += boxes[i]!.width;
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
}

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  for (const prop of PAINT) {
    const v = cs.getPropertyValue(prop);
    if (v) target.setAttribute(prop, v);
  }
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length; i++) inlineStyles(s[i]!, t[i]!);
}

/** PNG bytes of an SVG document, rendered at `scale` × its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.width * scale);
    canvas.height = Math.round(img.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2-D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export { download } from '../../lib/download.ts';
