// The site built for a sub-path host (DOWNHILL_BASE=/downhill/): built here into <dist>-subpath,
// served under /downhill/ by scripts/serve.mjs, then every page is opened and every internal
// link, anchor and asset must resolve under the base; a figure hydrates and works; search finds
// lessons and links under the base; unknown addresses get the styled 404 page.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { hydrateAll, launch, newContext, readout, watch } from './browser.ts';
import { DIST, pages } from './pages.ts';
import { SUBPATH_BASE, SUBPATH_TRACKER, buildSubpath, subpathDist } from './subpathBuild.ts';

const BASE_PATH = SUBPATH_BASE;
const TRACKER = SUBPATH_TRACKER;
const SUB_DIST = subpathDist(DIST);
let browser: Browser;
let server: Server;
let root = '';
const at = (path = '') => new URL(path.replace(/^\//, ''), root).toString();

beforeAll(async () => {
  // A full run built it in the global setup (tests/e2e/setup.ts); E2E_SUBPATH_PREBUILT=1 reuses one.
  const prebuilt = inject('e2eSubpathBuilt') || process.env.E2E_SUBPATH_PREBUILT;
  if (!(prebuilt && existsSync(join(SUB_DIST, 'index.html')))) {
    const r = await buildSubpath(DIST);
    if (r.status !== 0) throw new Error(`the sub-path build failed:\n${r.output.slice(-4000)}`);
  }
  const served = await serve({ root: SUB_DIST, base: BASE_PATH });
  server = served.server as Server;
  root = served.url;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Every same-origin URL a page refers to (links, stylesheets, scripts, images, preloads). */
async function references(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const e of document.querySelectorAll('[href], [src], [srcset]')) {
      const h = e.getAttribute('href');
      if (h !== null) out.push(new URL(h, location.href).href);
      const s = e.getAttribute('src');
      if (s !== null) out.push(new URL(s, location.href).href);
      for (const part of (e.getAttribute('srcset') ?? '').split(',')) {
        const u = part.trim().split(/\s+/)[0];
        if (u) out.push(new URL(u, location.href).href);
      }
    }
    return out.filter((u) => u.startsWith(location.origin));
  });
}

describe(`the site under a sub-path (${BASE_PATH})`, () => {
  test('the build has its pages, and no HTML refers to the root outside the base', () => {
    const all = pages(SUB_DIST);
    expect(all).toContain('');
    expect(all).toContain('lessons/what-is-learning/');
    expect(all).toContain('glossary/');
    expect(all).toContain('references/');
    const leaks: string[] = [];
    for (const p of all) {
      const file = join(SUB_DIST, p.endsWith('.html') ? p : `${p}index.html`);
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(
        /\s(?:href|src|action|srcset|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g,
      )) {
        if (!m[1]!.startsWith(BASE_PATH) && !m[1]!.startsWith('//')) leaks.push(`${p}: ${m[1]}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('every internal link, anchor and asset of every page resolves', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bad: string[] = [];
    let current = '';
    page.on('response', (r) => {
      if (r.url().startsWith(new URL(root).origin) && r.status() >= 400 && current !== '404.html')
        bad.push(`${current}: ${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(new URL(root).origin)) bad.push(`${current}: failed ${r.url()}`);
    });
    const refs = new Map<string, string>(); // url → first page that refers to it
    for (const p of pages(SUB_DIST)) {
      current = p;
      await page.goto(at(p), { waitUntil: 'load' });
      await hydrateAll(page);
      for (const u of await references(page)) {
        if (!new URL(u).pathname.startsWith(BASE_PATH)) bad.push(`${p}: outside the base: ${u}`);
        if (!refs.has(u)) refs.set(u, p);
      }
    }
    current = '';
    // Check each distinct target once: it loads, and its #anchor exists.
    const ids = new Map<string, Set<string> | null>();
    for (const [u, from] of refs) {
      const target = new URL(u);
      const key = target.origin + target.pathname;
      if (!ids.has(key)) {
        const res = await context.request.get(key);
        if (res.status() >= 400) {
          ids.set(key, null);
        } else if ((res.headers()['content-type'] ?? '').startsWith('text/html')) {
          const html = await res.text();
          ids.set(key, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
        } else {
          ids.set(key, new Set());
        }
      }
      const found = ids.get(key);
      if (found === null) bad.push(`${from} → ${u} (missing)`);
      else if (target.hash && found && !found.has(decodeURIComponent(target.hash.slice(1))))
        bad.push(`${from} → ${u} (no anchor)`);
    }
    expect(bad).toEqual([]);
    await context.close();
  }, 300_000);

  test('a figure hydrates and works, and its link stays under the base', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(at('lessons/what-is-learning/'));
    await hydrateAll(page);
    const fig = page.locator('[data-figure="model-family"]');
    await fig.getByRole('combobox', { name: 'Family' }).selectOption('parabola');
    await expect.poll(() => readout(fig)).toContain('Parabola');
    const href = (await fig.locator('a[data-figure-link]').getAttribute('href'))!;
    expect(new URL(href, page.url()).pathname).toBe(`${BASE_PATH}lessons/what-is-learning/`);
    // The standalone page of the same figure hydrates too.
    await page.goto(at('figures/model-family/'));
    await hydrateAll(page);
    expect(await page.locator('[data-figure="model-family"] [data-readout]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('search loads its index from under the base and links results under it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(at(''));
    await page.waitForSelector('[data-search-open][role="button"]', { state: 'attached' });
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.getByRole('searchbox').fill('parabola family');
    await expect.poll(() => dialog.locator('.search-result-title').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await dialog
      .locator('.search-results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.startsWith(BASE_PATH), h).toBe(true);
    expect(hrefs.some((h) => h.startsWith(`${BASE_PATH}lessons/what-is-learning/`))).toBe(true);
    await context.close();
  });

  test('an unknown address under the base gets the styled 404 page; the sitemap uses the base', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(at('no/such/page/'));
    expect(res?.status()).toBe(404);
    expect(await page.title()).toContain('Page not found');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe(
      'sticky',
    );
    const home = await page.locator('main a', { hasText: 'Back to the lessons' }).getAttribute('href');
    expect(home).toBe(BASE_PATH);
    const xml = await (await context.request.get(at('sitemap.xml'))).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.length).toBeGreaterThan(3);
    for (const l of locs) expect(l.startsWith(BASE_PATH), l).toBe(true);
    await context.close();
  });

  test('with a tracker set, every quiz item and figure offers "Report a problem", prefilled', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const report = (href: string) => {
      const u = new URL(href);
      expect(u.origin + u.pathname).toBe(TRACKER);
      return { title: u.searchParams.get('title') ?? '', body: u.searchParams.get('body') ?? '' };
    };
    await page.goto(at('lessons/what-is-learning/'));
    const items = page.locator('[data-quiz-item]');
    const n = await items.count();
    expect(n).toBeGreaterThan(3);
    for (let k = 0; k < n; k++) {
      const id = (await items.nth(k).getAttribute('id'))!.replace(/^quiz-/, '');
      const { title, body } = report((await items.nth(k).locator('.report-link a').getAttribute('href'))!);
      expect(title).toBe(`Problem with quiz item what-is-learning/${id}`);
      expect(body).toContain(`Quiz item: what-is-learning/${id}`);
      expect(body).toMatch(/Build: \d+\.\d+\.\d+/);
    }
    expect(await page.locator('a[data-report-figure]').count()).toBe(await page.locator('[data-figure]').count());
    // A figure's report carries the link to the state the reader left it in.
    await page.goto(at('figures/first-descent/?eta=0.15&step=7'));
    await hydrateAll(page);
    const link = page.locator('a[data-report-figure="first-descent"]');
    await link.focus();
    const state = await page
      .locator('[data-figure="first-descent"] a[data-figure-link]')
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(state).toContain('eta=0.15');
    const { title, body } = report((await link.getAttribute('href'))!);
    expect(title).toMatch(/^Problem with figure \d+\.\d+ \(first-descent\)$/);
    expect(body).toContain(`State: ${state}`);
    await context.close();
  });
});
