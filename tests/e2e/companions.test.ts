// The reader's companions in Chromium: search, glossary tooltips, progress export / import / reset,
// references, the sitemap, the 404 page and every page's metadata.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { at, axeViolations, hydrateAll, launch, open } from './browser.ts';
import { pages } from './pages.ts';

const LESSON = 'lessons/what-is-learning/';
const PAGES = pages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const resultTitles = (scope: ReturnType<Page['locator']>) => scope.locator('.search-result-title').allTextContents();
/** The search script is loaded lazily: wait until it has taken over the header's search link. */
const searchReady = (page: Page) => page.waitForSelector('[data-search-open][role="button"]', { state: 'attached' });

describe('search', () => {
  test('"/" opens the search; a query finds the right lesson and links to its sections', async () => {
    const { page, context, errors } = await open(browser, '');
    await searchReady(page);
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const box = dialog.getByRole('searchbox');
    await expect.poll(() => box.evaluate((e) => e === document.activeElement)).toBe(true);
    await box.fill('parabola family');
    await expect.poll(() => resultTitles(dialog), { timeout: 15_000 }).toContain('What does learning mean?');
    await expect.poll(() => dialog.locator('[data-search-status]').textContent()).toMatch(/match/);
    // A section of the lesson is linked directly.
    const sections = dialog.locator(`.search-sections a[href*="${LESSON}#"]`);
    expect(await sections.count()).toBeGreaterThan(0);
    // Excerpts highlight the words, as text (no markup from the index other than <mark>).
    expect(await dialog.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    // ↓ moves into the results; Enter follows the link.
    await box.press('ArrowDown');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
    );
    expect(focused).not.toBe('');
    const target = new URL(focused, at());
    expect(target.pathname).toBe(new URL(at(LESSON)).pathname);
    await Promise.all([page.waitForURL((u) => u.pathname === target.pathname), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Ctrl+K opens it too, Esc closes it and returns focus; an unknown word says nothing was found', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await searchReady(page);
    await page.keyboard.press('Control+k');
    const dialog = page.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await dialog.getByRole('searchbox').fill('zzqqxx');
    await expect
      .poll(() => dialog.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toContain('Nothing found');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the glossary is searchable, and /search/?q= runs the query as a page', async () => {
    const { page, context, errors } = await open(browser, 'search/?q=epoch');
    const results = page.locator('[data-search-page-results]');
    await expect.poll(() => resultTitles(results), { timeout: 15_000 }).toContain('Glossary');
    expect(await page.locator('[data-search-page-input]').inputValue()).toBe('epoch');
    const href = await results.locator('.search-result-title', { hasText: 'Glossary' }).getAttribute('href');
    expect(href).toBe(new URL(at('glossary/')).pathname);
    // The entry itself is a section of the result.
    expect(await results.locator('.search-sections a[href$="glossary/#epoch"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the search link leads to a page that says what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at(''));
    await page.locator('[data-search-open]').click();
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('main a[href$="/lessons/what-is-learning/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('glossary', () => {
  test("a term's first use shows its definition on hover and on keyboard focus, and Esc hides it", async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    await page.waitForSelector('html[data-term-tips="on"]', { state: 'attached' });
    const term = page.locator('.term[data-term="parameter"]');
    expect(await page.locator('.term[data-term="parameter"]').count()).toBe(1); // the first use only
    const link = term.getByRole('link');
    const tip = page.locator('#term-tip-parameter');
    expect(await link.getAttribute('aria-describedby')).toBe('term-tip-parameter');
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    // Hover.
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('adjustable numbers');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(5, 5);
    // Keyboard: Tab onto the link from the element just before it.
    await page.evaluate(() => {
      const a = document.querySelector('.term[data-term="parameter"] a')!;
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]')];
      all[all.indexOf(a as HTMLElement) - 1]!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(true);
    // The accessible description is the definition.
    const description = await page.evaluate(() => {
      const a = document.activeElement!;
      return (a.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    });
    expect(description).toContain('Learning means choosing their values');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // The link leads to the glossary entry.
    await Promise.all([page.waitForURL(/glossary\/#parameter$/), link.click()]);
    expect(await page.locator('h3#parameter').textContent()).toBe('parameter');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000); // axe over lesson 1's page takes 20 s on an idle 2-core machine

  test('on a touch screen, a first tap opens the card, a second follows the link, a tap elsewhere closes it', async () => {
    const { page, context } = await open(browser, LESSON, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.waitForSelector('html[data-term-tips="on"]', { state: 'attached' });
    const link = page.locator('.term[data-term="parameter"] a');
    const tip = page.locator('#term-tip-parameter');
    const url = page.url();
    await link.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(page.url()).toBe(url);
    await page.locator('h1').tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await link.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/glossary\/#parameter$/), link.tap()]);
    await context.close();
  });

  test('at 360 px an open tooltip stays on screen', async () => {
    const { page, context } = await open(browser, LESSON, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.waitForSelector('html[data-term-tips="on"]', { state: 'attached' });
    // The first three terms the lesson marks, whichever they are (the lesson must mark some).
    const terms = await page
      .locator('.term[data-term]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-term')!))].slice(0, 3));
    expect(terms.length).toBeGreaterThan(0);
    for (const id of terms) {
      await page.locator(`.term[data-term="${id}"] a`).first().focus();
      const tip = page.locator(`#term-tip-${id}`);
      await expect.poll(() => tip.isVisible()).toBe(true);
      // Placed on the next frame: retried until it is, never read once.
      await expect
        .poll(async () => {
          const box = await tip.boundingBox();
          return box !== null && box.x >= 0 && box.x + box.width <= 360;
        })
        .toBe(true);
    }
    await context.close();
  });

  test('the glossary page defines every term once, and links back to where the lessons use it', async () => {
    const { page, context, errors } = await open(browser, 'glossary/');
    const entries = page.locator('[data-glossary-entry]');
    expect(await entries.count()).toBeGreaterThanOrEqual(20);
    for (const id of ['parameter', 'loss', 'gradient', 'learning-rate', 'mini-batch', 'epoch']) {
      expect(await page.locator(`h3#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator(`[data-glossary-entry="parameter"] a[href$="${LESSON}#term-parameter"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const STORED = {
  version: 1,
  lessons: {
    'what-is-learning': { read: true, section: 'fitting-a-line-by-hand', quiz: { best: 4, total: 6, answers: {} } },
  },
  last: 'what-is-learning',
};
// The badge counts the quiz's items as they are now (the record's total may be older) and no
// answer given to an older version of an item: none here, so 0 of however many, best 4.
const BADGE = /^Read · Quiz 0\/(\d+) · best 4\/\1$/;
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('downhill:progress') ?? 'null'));
// A review schedule (src/quiz/schedule.ts) with one question due, from another lesson than the badge's.
const REVIEW = { version: 1, cards: { 'loss/why-square': { box: 1, due: 0, misses: 1 } } };
const storedReview = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('downhill:review') ?? 'null'));

describe('progress', () => {
  test('the home page shows read lessons, best scores and where to continue; export, reset and import round-trip', async () => {
    // Device A: some progress.
    const a = await open(browser, '');
    await a.page.evaluate((s) => localStorage.setItem('downhill:progress', JSON.stringify(s)), STORED);
    await a.page.evaluate((s) => localStorage.setItem('downhill:review', JSON.stringify(s)), REVIEW);
    await a.page.reload();
    await expect.poll(() => a.page.locator('[data-review-due]').innerText()).toBe('1 question is due for review');
    const badge = a.page.locator('[data-lesson-card="what-is-learning"] [data-progress]');
    await expect.poll(() => badge.textContent()).toMatch(BADGE);
    const cont = a.page.locator('[data-continue-link]');
    expect(await cont.isVisible()).toBe(true);
    expect(await cont.getAttribute('href')).toMatch(/lessons\/what-is-learning\/#fitting-a-line-by-hand$/);
    expect(await cont.textContent()).toContain('Fitting a line by hand');
    expect(await a.page.locator('[data-progress-summary]').textContent()).toContain('read 1 of');
    // Export to a file.
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^downhill-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file).progress).toEqual(STORED);
    expect(JSON.parse(file).review).toEqual(REVIEW);
    // Reset asks first, then clears.
    await a.page.getByRole('button', { name: 'Reset progress…' }).click();
    await a.page.getByRole('button', { name: 'Keep it' }).click();
    expect(await stored(a.page)).toEqual(STORED);
    await a.page.getByRole('button', { name: 'Reset progress…' }).click();
    await a.page.getByRole('button', { name: 'Erase my progress' }).click();
    await expect.poll(() => badge.isVisible()).toBe(false);
    expect(await cont.isVisible()).toBe(false);
    expect(await stored(a.page)).toEqual({ version: 1, lessons: {} });
    expect(await storedReview(a.page)).toEqual({ version: 1, cards: {} });
    expect(await a.page.locator('[data-review-due]').isVisible()).toBe(false);
    expect(await a.page.locator('[data-progress-message]').textContent()).toContain('reset');
    expect(a.errors).toEqual([]);
    await a.context.close();

    // Device B: a fresh browser imports the file.
    const b = await open(browser, '');
    expect(await stored(b.page)).toBeNull();
    await b.page
      .locator('[data-progress-file]')
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect
      .poll(() => b.page.locator('[data-progress-message]').textContent())
      .toContain('Imported 1 lesson read, 1 quiz answered, 1 question to review');
    expect(await stored(b.page)).toEqual(STORED);
    expect(await storedReview(b.page)).toEqual(REVIEW);
    expect(await b.page.locator('[data-review-due]').innerText()).toBe('1 question is due for review');
    await expect
      .poll(() => b.page.locator('[data-lesson-card="what-is-learning"] [data-progress]').textContent())
      .toMatch(BADGE);
    expect(await b.page.locator('[data-continue-link]').isVisible()).toBe(true);
    // It survives a reload, and the lesson's quiz sees it.
    await b.page.reload();
    await expect
      .poll(() => b.page.locator('[data-lesson-card="what-is-learning"] [data-progress]').textContent())
      .toMatch(BADGE);
    expect(await axeViolations(b.page)).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.context.close();
  });

  test('a corrupted or foreign file gets a clear message and changes nothing', async () => {
    const { page, context, errors } = await open(browser, '');
    await page.evaluate((s) => localStorage.setItem('downhill:progress', JSON.stringify(s)), STORED);
    await page.reload();
    const input = page.locator('[data-progress-file]');
    const message = page.locator('[data-progress-message]');
    const cases: [string, string][] = [
      ['{"kind":"downhill-progress","progress":{"version":1,"lessons":', 'not valid JSON'],
      [JSON.stringify({ hello: 'world' }), 'not a Downhill progress file'],
      [JSON.stringify({ kind: 'downhill-progress', progress: { version: 99, lessons: {} } }), 'newer version'],
    ];
    for (const [text, words] of cases) {
      await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => message.textContent()).toContain(words);
      expect(await message.textContent()).toContain('Nothing was changed.');
      expect(await message.getAttribute('data-kind')).toBe('bad');
      expect(await stored(page)).toEqual(STORED);
    }
    expect(await page.locator('[data-lesson-card="what-is-learning"] [data-progress]').textContent()).toMatch(BADGE);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('references', () => {
  test('each source has an anchor, and each lesson links the sources it draws on', async () => {
    const { page, context } = await open(browser, 'references/');
    for (const id of ['nielsen', 'what-does-learning-mean', 'just-optimization', 'how-ml-learns']) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator('#further-reading + ul li').count()).toBeGreaterThanOrEqual(5);
    for (const path of PAGES.filter((p) => p.startsWith('lessons/'))) {
      await page.goto(at(path));
      const links = page.locator('.lesson-sources a[href*="references/#"]');
      expect(await links.count(), path).toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe('site plumbing', () => {
  test('the sitemap lists every page but the 404 and search pages, under the site and base', async () => {
    const context = await browser.newContext();
    const res = await context.request.get(at('sitemap.xml'));
    expect(res.status()).toBe(200);
    const xml = await res.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const base = new URL(at()).pathname;
    const expected = PAGES.filter((p) => p !== '404.html' && p !== 'search/').map((p) => base + p);
    expect([...locs].sort()).toEqual([...expected].sort());
    const robots = await (await context.request.get(at('robots.txt'))).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+sitemap\.xml/);
    await context.close();
  });

  test('an unknown address answers 404 with the styled "not found" page', async () => {
    const { page, context } = await open(browser, 'no/such/page/');
    const res = await page.goto(at('no/such/page/'));
    expect(res?.status()).toBe(404);
    expect(await page.title()).toContain('Page not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    // The stylesheet loaded (absolute, base-aware URLs work from any depth).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe(
      'sticky',
    );
    await context.close();
  });

  // The head as the server sends it: a link preview reads it without running scripts.
  test('every page has a title, a description and social preview metadata', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const missing: string[] = [];
    const titles = new Map<string, string>();
    for (const path of PAGES) {
      await page.goto(at(path));
      const meta = await page.evaluate(() => {
        const m = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
        return {
          title: document.title,
          description: m('meta[name="description"]'),
          ogTitle: m('meta[property="og:title"]'),
          ogDescription: m('meta[property="og:description"]'),
          ogImage: m('meta[property="og:image"]'),
          ogUrl: m('meta[property="og:url"]'),
          twitter: m('meta[name="twitter:card"]'),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        };
      });
      for (const [k, v] of Object.entries(meta)) if (!v) missing.push(`${path}: ${k}`);
      if (meta.description.length < 20) missing.push(`${path}: description too short`);
      if (!/^https?:\/\//.test(meta.ogImage)) missing.push(`${path}: og:image is not absolute`);
      if (path !== '404.html') {
        if (titles.has(meta.title) && !path.startsWith('figures/'))
          missing.push(`${path}: same title as ${titles.get(meta.title)}`);
        titles.set(meta.title, path);
      }
    }
    expect(missing).toEqual([]);
    const image = await context.request.get(at('og.png'));
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    await context.close();
  });
});
