// Byte budgets (deterministic, so asserted) and two promises every page keeps: it requests
// nothing from another origin, and hydrating its figures does not shift the layout.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { pageWeight } from '../../scripts/weight.mjs';
import { mathCharacters } from '../../scripts/subsetFonts.mjs';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { at, hydrateAll, launch } from './browser.ts';
import { DIST, pages } from './pages.ts';

const BASE_PATH = new URL(at()).pathname;
const PAGES = pages().filter((p) => !p.endsWith('.html'));
const KB = 1024;
export const BUDGET = { lessonJs: 60 * KB, figureJs: 35 * KB, anyJs: 60 * KB } as const;
/**
 * The home page's goal: its own scripts (progress, continue-reading) at first load, and with its cover
 * figure hydrated no more than a standalone figure page plus those scripts.
 */
export const HOME = { first: 10 * KB, hydrated: BUDGET.figureJs + 10 * KB } as const;

const weigh = (p: string) => pageWeight(DIST, BASE_PATH, BASE_PATH + p);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('byte budgets (gzip, after every figure hydrates)', () => {
  test.each(PAGES.filter((p) => p.startsWith('lessons/')))('%s loads at most 60 KB of JavaScript', (p) => {
    expect(weigh(p).jsHydrated.gzip).toBeLessThanOrEqual(BUDGET.lessonJs);
  });
  test.each(PAGES.filter((p) => /^figures\/[^/]+\/$/.test(p)))(
    '%s (standalone) loads at most 35 KB of JavaScript',
    (p) => {
      expect(weigh(p).jsHydrated.gzip).toBeLessThanOrEqual(BUDGET.figureJs);
    },
  );
  test('the home page loads at most 10 KB of JavaScript at first, 45 KB once its cover figure hydrates', () => {
    const home = weigh('');
    expect(home.jsFirst.gzip).toBeLessThanOrEqual(HOME.first);
    expect(home.jsHydrated.gzip).toBeLessThanOrEqual(HOME.hydrated);
    // The cover is a real figure, not a picture: its island is counted.
    expect(home.jsHydrated.gzip - home.jsFirst.gzip).toBeGreaterThan(20 * KB);
  });
  test.each(PAGES)('%s loads at most 60 KB of JavaScript', (p) => {
    expect(weigh(p).jsHydrated.gzip).toBeLessThanOrEqual(BUDGET.anyJs);
  });
});

describe('lazy chunks', () => {
  // astro.config.mjs replaces Vite's preload helper with a plain import(): right only while no
  // lazily imported chunk brings CSS that the helper would have had to load.
  test('no import() depends on a stylesheet', () => {
    const dir = join(DIST, '_astro');
    const deps = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(/__vite__mapDeps=[^;]*?\[([^\]]*)\]/g)].map((m) => m[1]!),
      );
    expect(deps.length).toBeGreaterThan(0);
    for (const list of deps) expect(list).not.toMatch(/\.css/);
  });
});

/** Pairs of characters that mirror each other in right-to-left text (Unicode's BidiMirroring), those of math. */
const MIRRORED = '()[]{}<>«»∈∋∉∌∊∍⊂⊃⊄⊅⊆⊇⊈⊉⊊⊋≤≥≦≧≪≫≮≯≰≱≲≳≺≻≼≽⊏⊐⊑⊒⊢⊣⊲⊳⊴⊵⋉⋊⋋⋌⋐⋑⋖⋗⋘⋙⟨⟩⌈⌉⌊⌋∼∽≃⋍⟦⟧';
const MIRROR = new Map<number, number>();
for (let i = 0; i < MIRRORED.length; i += 2) {
  const [a, b] = [MIRRORED.codePointAt(i)!, MIRRORED.codePointAt(i + 1)!];
  MIRROR.set(a, b).set(b, a);
}

describe('KaTeX fonts (cut down at build time by scripts/subsetFonts.mjs)', () => {
  test('each keeps every character of the site’s math that the whole font has, and little else', async () => {
    const math = [...mathCharacters(DIST)].map((c) => c.codePointAt(0)!);
    expect(math.length).toBeGreaterThan(40);
    const dir = join(DIST, '_astro');
    const cuts = readdirSync(dir).filter((f) => /^KaTeX_.+\.woff2$/.test(f));
    expect(cuts).toHaveLength(readdirSync('node_modules/katex/dist/fonts').filter((f) => f.endsWith('.woff2')).length);
    const unicodes = async (file: string) =>
      new Set(new Face(new Blob(await fontverter.convert(readFileSync(file), 'truetype'))).collectUnicodes());
    for (const cut of cuts) {
      const whole = await unicodes(join('node_modules/katex/dist/fonts', cut.replace(/\.[\w-]+\.woff2$/, '.woff2')));
      const kept = await unicodes(join(dir, cut));
      for (const c of math) if (whole.has(c)) expect(kept.has(c), `${cut} lost ${String.fromCodePoint(c)}`).toBe(true);
      // HarfBuzz keeps each kept character's mirror image too (∋ for ∈), for right-to-left text.
      for (const c of kept)
        expect(
          math.includes(c) || math.includes(MIRROR.get(c) ?? -1) || c < 0x21,
          `${cut} kept ${String.fromCodePoint(c)}`,
        ).toBe(true);
    }
  });

  test('pages and stylesheets name only fonts that exist', () => {
    const dir = join(DIST, '_astro');
    const files = new Set(readdirSync(dir));
    const sheets = [...files].filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const named = [...sheets, ...PAGES.map((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8'))].flatMap((text) =>
      [...text.matchAll(/_astro\/(KaTeX_[\w.-]+\.(?:woff2?|ttf))/g)].map((m) => m[1]!),
    );
    expect(named.length).toBeGreaterThan(20);
    for (const font of named) expect(files.has(font), font).toBe(true);
  });
});

describe('in Chromium', () => {
  test.each(PAGES)('%s requests nothing from another origin and hydrates without layout shift', async (p) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const origin = new URL(at()).origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith('http') && u.origin !== origin) foreign.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(at(p), { waitUntil: 'load' });
    await hydrateAll(page);
    // Shifts are reported with the frame that makes them: let two frames pass after hydration.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(foreign).toEqual([]);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.001);
    await context.close();
  });
  // A slow machine paints a page before it has parsed all of it (CI measured 0.0068 on this page).
  // Here the page arrives in two parts, cut inside a figure's toolbar, so the paint in between is
  // certain: what was painted must not move when the rest arrives.
  test('a page painted before its figure toolbar is parsed does not shift when the rest arrives', async () => {
    const page = 'figures/partial-slices/';
    const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
    // Just after the toolbar's menu opens, before its summary: the browser paints its own "Details".
    const cut = html.indexOf('<details class="fig-menu">') + '<details class="fig-menu">'.length;
    expect(cut).toBeGreaterThan(100);
    const types: Record<string, string> = {
      css: 'text/css',
      js: 'text/javascript',
      woff2: 'font/woff2',
      svg: 'image/svg+xml',
    };
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === BASE_PATH + page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(html.slice(0, cut));
        setTimeout(() => res.end(html.slice(cut)), 500);
        return;
      }
      // The page's own files, from the same origin (its Content-Security-Policy allows no other).
      const file = join(DIST, path.slice(BASE_PATH.length));
      const type = types[path.split('.').pop() ?? ''];
      if (!type || !file.startsWith(DIST) || !existsSync(file)) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const tab = await context.newPage();
      const { port } = server.address() as AddressInfo;
      await tab.goto(`http://127.0.0.1:${port}${BASE_PATH}${page}`, { waitUntil: 'load' });
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shift = await tab.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift).toBeLessThan(0.001);
    } finally {
      await context.close();
      server.close();
    }
  });
});
