/**
 * A QR code of a link, drawn as one SVG path (the encoding is the `qrcode` package's; it loads with
 * the Share dialog, never with a figure).
 */
import { create } from 'qrcode';

export interface QrCode {
  /** Modules per side, the quiet zone left out. */
  readonly size: number;
  /** Whether the module at column x, row y is dark. */
  dark(x: number, y: number): boolean;
}

/** Medium error correction: a code a phone reads off a projector or a printed page with a smudge. */
export function qrCode(text: string): QrCode | null {
  try {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    return { size: modules.size, dark: (x, y) => modules.get(y, x) !== 0 };
  } catch {
    return null; // longer than a QR code holds (some 2,300 bytes at this level)
  }
}

/** The dark modules as one path, a run of a row at a time, offset by the quiet zone `margin`. */
export function qrPath(code: QrCode, margin = 4): string {
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size;) {
      if (!code.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.dark(x, y)) x++;
      d += `M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}

/** A standalone SVG document of the code (dark on white whatever the theme, as scanners expect). */
export function qrSvg(code: QrCode, label: string, margin = 4): string {
  const side = code.size + 2 * margin;
  const esc = label.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side * 8}" height="${side * 8}" shape-rendering="crispEdges">` +
    `<title>${esc}</title><rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(code, margin)}"/></svg>`
  );
}
