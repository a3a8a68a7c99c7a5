// The Share dialog's texts (src/figures/share.ts) and its QR code (src/lib/qr.ts), over every figure's
// table: each link it offers reads back the state it was made from, the embed snippet's iframe
// opens that state with the hide list and theme chosen, and the QR code scans to the link.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { FIGURES } from '../../../src/figures/catalog.ts';
import { playground } from '../../../src/figures/playground.ts';
import { defineFigure, HIDEABLE_PARTS } from '../../../src/figures/spec.ts';
import { defaults } from '../../../src/figures/state.ts';
import { linkPairs } from '../../../src/figures/linkFormat.ts';
import { readLink } from '../../../src/figures/linkReader.ts';
import { figureQuery } from '../../../src/figures/url.ts';
import {
  citation,
  citationDate,
  embedSnippet,
  figuresInQuery,
  frameTitle,
  shareContent,
  withTheme,
} from '../../../src/figures/share.ts';
import { qrCode, qrPath, qrSvg, type QrCode } from '../../../src/lib/qr.ts';
import { stateOf } from './arbitraries.ts';

const SITE = 'https://example.org/downhill/';
const ALL = [...FIGURES, playground];

/** The code as a picture (4 px a module, a 4-module quiet zone), read back by a QR scanner. */
function scan(code: QrCode): string | null {
  const px = 4;
  const side = (code.size + 8) * px;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / px) - 4;
      const my = Math.floor(y / px) - 4;
      if (mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.dark(mx, my)) {
        const i = (y * side + x) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
    }
  return jsQR(rgba, side, side)?.data ?? null;
}

/** The attributes of the first `tag` element of a snippet, entities decoded. */
function attrs(html: string, tag: string): Record<string, string> {
  const el = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of el.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    out[m[1]!] = (m[2] ?? '')
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return out;
}

const matters = (spec: (typeof ALL)[number], s: Record<string, unknown>) => linkPairs(spec, s as never);

function contentFor(spec: (typeof ALL)[number], state: Record<string, unknown>, pageHref?: string) {
  const own = !!spec.link?.ownPage;
  return shareContent({
    spec,
    number: own ? 'P' : '4.4',
    state: state as never,
    lessonHref: own ? '/downhill/playground/' : `/downhill/lessons/${spec.lesson}/`,
    standaloneHref: own ? '/downhill/playground/embed/' : `/downhill/figures/${spec.id}/`,
    page: { href: pageHref ?? `${SITE}lessons/${spec.lesson}/`, ids: [spec.id] },
    script: '/downhill/embed.js',
  });
}

describe.each(ALL.map((f) => [f.id, f] as const))('Share for %s', (_id, spec) => {
  test('its links and its embed reopen the state; the snippet is the embed as given', () => {
    fc.assert(
      fc.property(
        stateOf(spec.table),
        fc.subarray([...HIDEABLE_PARTS]),
        fc.constantFrom('light', 'dark', null),
        (s, hide, theme) => {
          const c = contentFor(spec, s);
          const [lesson, alone] = c.links;
          expect(c.links.map((l) => l.kind)).toEqual(['lesson', 'alone']);
          const l = new URL(lesson!.href);
          expect(l.origin + l.pathname).toMatch(/^https:\/\/example\.org\/downhill\//);
          expect(matters(spec, readLink(spec, l.search, 'lesson', l.hash).state)).toEqual(matters(spec, s));
          const a = new URL(alone!.href);
          expect(matters(spec, readLink(spec, a.search, 'standalone').state)).toEqual(matters(spec, s));

          const src = c.embedSrc(hide, theme);
          const e = new URL(src);
          const read = readLink(spec, e.search, 'standalone');
          expect(matters(spec, read.state)).toEqual(matters(spec, s));
          expect(read.hidden).toEqual(hide);
          expect(read.theme).toBe(theme);

          const html = embedSnippet({ src, script: c.script, width: 640, height: 812.4, title: c.frameTitle });
          const frame = attrs(html, 'iframe');
          expect(frame.src).toBe(src);
          expect(frame).toMatchObject({ width: '640', height: '812', allow: 'clipboard-write', title: c.frameTitle });
          expect(frame.style).toContain('max-width:640px');
          expect(attrs(html, 'script').src).toBe('https://example.org/downhill/embed.js');
        },
      ),
      { numRuns: 40 },
    );
  });

  test('the QR code of its link scans back to the link', () => {
    fc.assert(
      fc.property(stateOf(spec.table), (s) => {
        const link = contentFor(spec, s).links[0]!.href;
        const code = qrCode(link);
        expect(code).not.toBeNull();
        expect(scan(code!)).toBe(link);
      }),
      { numRuns: 3 },
    );
  });
});

describe('the link to the page with every figure changed', () => {
  const [first, second, third] = FIGURES.filter((f) => f.lesson === 'gradients');
  const page = (search: string) => `${SITE}lessons/gradients/${search}#${first!.id}`;
  const ids = [first!.id, second!.id, third!.id];
  const stepped = (f: typeof first) => {
    const key = Object.keys(f!.table).find((k) => f!.table[k]!.kind !== 'bool')!;
    const p = f!.table[key]!;
    const v = p.kind === 'enum' ? p.values[1] : p.kind === 'number' || p.kind === 'int' ? p.max : true;
    return { ...defaults(f!.table), [key]: v };
  };
  /** What the first figure's dialog offers in state `state`, on the lesson page at address `search`. */
  const onPage = (state: object, search: string) =>
    shareContent({
      spec: first!,
      number: '4.1',
      state: state as never,
      lessonHref: '/downhill/lessons/gradients/',
      standaloneHref: `/downhill/figures/${first!.id}/`,
      page: { href: page(search), ids },
      script: '/downhill/embed.js',
    });

  test('is offered when the address holds another figure’s state, and carries every figure', () => {
    const a = stepped(first);
    const b = stepped(second);
    const both = `${figureQuery(first!, a as never)}&${figureQuery(second!, b as never).slice(1)}`;
    const c = onPage(a, both);
    const link = c.links.find((l) => l.kind === 'page')!;
    expect(link.label).toBe('The lesson with all 2 figures you changed');
    expect(c.changed).toBe(2);
    const u = new URL(link.href);
    expect(u.hash).toBe(`#${first!.id}`);
    expect(matters(first!, readLink(first!, u.search, 'lesson').state)).toEqual(matters(first!, a));
    expect(matters(second!, readLink(second!, u.search, 'lesson').state)).toEqual(matters(second!, b));
  });

  test('is not offered when only this figure, or none, is changed', () => {
    const a = stepped(first);
    for (const search of ['', figureQuery(first!, a as never)]) {
      const c = onPage(a, search);
      expect(c.links.map((l) => l.kind)).toEqual(['lesson', 'alone']);
      expect(c.changed).toBe(0);
    }
  });

  test('figuresInQuery: ids whose keys the query holds, any case, in page order, whole ids only', () => {
    const ids = ['descent-2d', 'descent', 'basins'];
    expect(figuresInQuery('?basins.x=1&DESCENT-2D.eta=0.2', ids)).toEqual(['descent-2d', 'basins']);
    expect(figuresInQuery('?descent-2dx.eta=1&descent=1&eta=2', ids)).toEqual([]);
    expect(figuresInQuery('', ids)).toEqual([]);
    expect(figuresInQuery('?descent.step=3', [...ids, 'descent'])).toEqual(['descent']);
  });
});

describe('texts', () => {
  const tricky = defineFigure({
    id: 'tricky',
    lesson: 'loss',
    title: 'Quotes "and" <tags> & more',
    caption: 'C',
    table: { eta: { kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01, label: 'η' } },
  });

  test('a title and a src with quotes, angle brackets and ampersands stay inside their attributes', () => {
    const src = 'https://x.org/figures/tricky/?eta=0.2&hide=caption,title';
    const html = embedSnippet({ src, script: 'https://x.org/embed.js', width: 480, height: 600, title: tricky.title });
    expect(html.split('\n')).toHaveLength(2);
    expect(html).not.toContain('<tags>');
    expect(attrs(html, 'iframe').title).toBe(tricky.title);
    expect(attrs(html, 'iframe').src).toBe(src);
  });

  test('the citation names the figure, the book, the link and the day', () => {
    const date = new Date(2026, 11, 2, 23, 59);
    const url = 'https://x.org/lessons/gradients/?descent-2d.eta=0.314#descent-2d';
    expect(citation({ number: '4.4', title: 'The tilted bowl', url, accessed: date })).toBe(
      `Figure 4.4, “The tilted bowl”, in Downhill: machine learning as optimization. ${url} (accessed 2 December 2026).`,
    );
    // The playground has no figure number.
    expect(citation({ number: 'P', title: 'Optimizers side by side', url, accessed: date })).toMatch(
      /^“Optimizers side by side”, in Downhill/,
    );
    expect(citationDate(new Date(2027, 0, 31))).toBe('31 January 2027');
    expect(frameTitle('P', 'Optimizers side by side')).toBe('Downhill: Optimizers side by side');
    expect(frameTitle('1.2', 'A')).toBe('Downhill, Figure 1.2: A');
  });

  test('withTheme adds theme= last in the query, before any hash, and nothing for the reader’s setting', () => {
    expect(withTheme('/f/a/', 'dark')).toBe('/f/a/?theme=dark');
    expect(withTheme('/f/a/?x=1#a', 'light')).toBe('/f/a/?x=1&theme=light#a');
    expect(withTheme('/f/a/?x=1', null)).toBe('/f/a/?x=1');
  });
});

describe('QR codes', () => {
  test('a link longer than a code holds gives none, not an error', () => {
    expect(qrCode('https://x.org/?' + 'a'.repeat(3000))).toBeNull();
  });

  test('the path covers exactly the dark modules, offset by the quiet zone', () => {
    const code = qrCode('https://x.org/')!;
    let dark = 0;
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.dark(x, y)) dark++;
    const d = qrPath(code, 4);
    const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
    expect(runs.map((m) => m[0]).join('')).toBe(d);
    expect(runs.reduce((n, m) => n + Number(m[3]), 0)).toBe(dark);
    for (const m of runs) {
      const [x, y, w] = [Number(m[1]) - 4, Number(m[2]) - 4, Number(m[3])];
      for (let i = 0; i < w; i++) expect(code.dark(x + i, y)).toBe(true);
      expect(m[3]).toBe(m[4]);
    }
    const svg = qrSvg(code, 'a <link> & more');
    expect(svg).toContain('<title>a &lt;link> &amp; more</title>');
    expect(svg).toContain(`viewBox="0 0 ${code.size + 8} ${code.size + 8}"`);
  });
});
