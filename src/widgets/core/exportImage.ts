/**
 * Saving a figure's picture: its SVG with the theme's colours written in (CSS variables do not
 * travel with a file), the figure's number, title and link written above and below the plots (and
 * in its <title> and <desc>), and a PNG drawn from that SVG at twice the size.
 */
import { sourceLines, type ExportSource } from '../../figures/export.ts';

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

/** Heights (SVG units) of the title band above the plots and the source line below them. */
const HEAD = 30;
const FOOT = 36;

/** A standalone SVG document of the figure's plots, side by side, with computed styles inlined and its source written in. */
export function figureSvg(figure: HTMLElement, source: ExportSource): string {
  // Only the plots on screen: a figure may draw one picture two ways and show the one that fits.
  const plots = [...figure.querySelectorAll<SVGSVGElement>('svg.fig-plot')].filter(
    (p) => p.getClientRects().length > 0,
  );
  const boxes = plots.map((p) => p.viewBox.baseVal);
  const width = boxes.reduce((w, b) => w + b.width, 0) || 1;
  const plotHeight = Math.max(1, ...boxes.map((b) => b.height));
  const height = HEAD + plotHeight + FOOT;
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  const cs = getComputedStyle(figure);
  const [heading, cite] = sourceLines(source);
  const title = document.createElementNS(ns, 'title');
  title.textContent = heading;
  const desc = document.createElementNS(ns, 'desc');
  desc.textContent = `${figure.querySelector('figcaption')?.textContent?.trim() ?? ''} ${cite}`.trim();
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', cs.backgroundColor || '#fff');
  out.append(title, desc, bg);
  // The lines are shrunk to the picture's width where they would run past it (about 0.55 em a character).
  const line = (text: string, y: number, size: number, weight: string) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', Math.min(size, (width - 16) / (0.55 * text.length)).toFixed(2));
    t.setAttribute('font-family', cs.fontFamily || 'sans-serif');
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', cs.color || '#000');
    t.textContent = text;
    out.append(t);
  };
  line(heading, HEAD - 10, 15, '600');
  // The book's name, then the link on a line of its own (so it stays large enough to read).
  const [book] = cite.split(' · ');
  line(book!, HEAD + plotHeight + 15, 11, '400');
  line(source.link, HEAD + plotHeight + FOOT - 6, 11, '400');
  let dx = 0;
  plots.forEach((plot, i) => {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('transform', `translate(${dx} ${HEAD})`);
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
