import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, axeViolations, COLOUR_RULES, hydrateAll, launch, open } from './browser.ts';
import { pages } from './pages.ts';

const PAGES = pages();
/**
 * The smallest a plot's text may draw on the screen at 320 px with 200 % text, in px. Plots scale
 * with the screen, so their text is sized in viewBox units for a narrow screen (global.css), and
 * draws at 12.5 px there; 12 is what the densest plots (the gradient check's fifteen rows, a
 * 480-wide plot's eight ticks) hold without their labels running into each other.
 */
const PLOT_TEXT = 12;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('every page', () => {
  test('the build has the pages we expect', () => {
    expect(PAGES).toContain('');
    expect(PAGES).toContain('figures/');
    expect(PAGES).toContain('lessons/what-is-learning/');
  });

  // One load a page: light first, then dark (the theme follows color-scheme live, so a switch needs
  // no reload), checked by axe once the page has hydrated: every rule in light, then the rules that
  // depend on colour in dark (the themes differ only in colours).
  test.each(PAGES)(
    '%s: no console error, zero axe violations (light, then dark)',
    async (path) => {
      const { page, context, errors } = await open(browser, path, { colorScheme: 'light' });
      await hydrateAll(page);
      expect(await axeViolations(page), 'light').toEqual([]);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await background(), 'the page turned dark').not.toBe(light);
      expect(await axeViolations(page, undefined, COLOUR_RULES), 'dark').toEqual([]);
      // 404.html is served with a 404 status for unknown paths; opened directly it loads fine.
      expect(errors).toEqual([]);
      await context.close();
      // Two axe runs over a lesson of 7,000 elements fit the suite's 60 s on an idle 2-core machine,
      // but not when other work shares its cores (all seven lessons once timed out so, no violation found).
    },
    180_000,
  );

  // Then, in the same load, reflow (WCAG 1.4.10, with 1.4.4's 200 % text on top) at 320 px, inline
  // formulas included (KaTeX breaks them only at top-level relations and operators, so a long one is
  // display math, which scrolls in its own box).
  test.each(PAGES)(
    '%s: on a phone (360 px), nothing scrolls sideways and targets are big enough; at 320 px with 200 %% text, nothing scrolls sideways either, and plot text draws at 12 px or more, inside its plot',
    async (path) => {
      const { page, context } = await open(browser, path, {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      await hydrateAll(page);
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // Touch targets outside running text: 24 px at least, the figure's playback controls 44.
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const check = (sel: string, least: number) => {
          for (const el of document.querySelectorAll(sel)) {
            if (!(el as HTMLElement).checkVisibility?.()) continue;
            const b = el.getBoundingClientRect();
            if (b.width < least - 0.5 || b.height < least - 0.5)
              out.push(
                `${sel} "${el.textContent?.trim().slice(0, 20) || el.closest('[aria-label]')?.getAttribute('aria-label')}" ${Math.round(b.width)}×${Math.round(b.height)}`,
              );
          }
        };
        check(
          '.site-header a, .site-header button, .site-footer a, .link-row a, .fig-toolbar a, .fig-toolbar button, .fig-menu summary, .fig-controls select, .fig-controls button, [data-handle] > circle:first-child',
          24,
        );
        check('.timeline button, .timeline select', 44);
        return out;
      });
      expect(small).toEqual([]);
      await page.setViewportSize({ width: 320, height: 700 });
      const wide = await page.evaluate(async (least) => {
        const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        document.documentElement.style.fontSize = '200%';
        await frames();
        // A plot's text (a figure's, or a quiz's predict sketch), as drawn on the screen: its font size
        // in viewBox units times the plot's scale, and its box inside its plot's (nothing cut off at
        // the plot's edge).
        const plots: string[] = [];
        for (const t of document.querySelectorAll<SVGTextElement>('svg.fig-plot text, svg.predict-svg text')) {
          const b = t.getBoundingClientRect();
          if (!t.checkVisibility({ visibilityProperty: true }) || b.width === 0) continue;
          const m = t.getScreenCTM()!;
          const size = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
          const s = t.ownerSVGElement!.getBoundingClientRect();
          const name = `${t.closest('figure, .quiz-item')?.id ?? 'plot'} "${t.textContent?.trim().slice(0, 24)}"`;
          if (size < least - 0.01) plots.push(`${name} draws at ${size.toFixed(1)} px`);
          const out = {
            left: s.left - b.left,
            right: b.right - s.right,
            top: s.top - b.top,
            bottom: b.bottom - s.bottom,
          };
          for (const [side, by] of Object.entries(out))
            if (by > 1) plots.push(`${name} sticks out of its plot's ${side} edge by ${by.toFixed(1)} px`);
        }
        const width = document.documentElement.scrollWidth;
        if (width <= 321) return { width, out: [], plots };
        // What sticks out (outside any scroll box), to say where to look.
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        const out = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > 321 && !clipped(el))
          .slice(0, 6)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}`,
          );
        return { width, out, plots };
      }, PLOT_TEXT);
      expect(wide.width, wide.out.join(', ')).toBeLessThanOrEqual(321);
      expect(wide.plots).toEqual([]);
      await context.close();
    },
  );

  test('a landscape phone: the header gets out of the way, a figure and its controls fit the screen', async () => {
    const { page, context } = await open(browser, 'lessons/gradient-descent-1d/', {
      viewport: { width: 780, height: 360 },
      isMobile: true,
      hasTouch: true,
    });
    await hydrateAll(page);
    const fig = page.locator('[data-figure]').nth(1);
    await fig.locator('svg.fig-plot').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 300));
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y + header.height).toBeLessThanOrEqual(0);
    const top = (await fig.locator('svg.fig-plot').first().boundingBox())!.y;
    const controls = fig.locator('.fig-controls, .timeline');
    let bottom = 0;
    for (let i = 0; i < (await controls.count()); i++) {
      const b = (await controls.nth(i).boundingBox())!;
      bottom = Math.max(bottom, b.y + b.height);
    }
    expect(bottom - top).toBeLessThanOrEqual(360);
    await context.close();
  });

  // Links and anchors as the server sends them (no JavaScript: a reader without it follows them too;
  // subpath.test.ts also checks what hydrated pages load, on the sub-path build).
  test('every internal link and anchor resolves', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const ids = new Map<string, Set<string> | null>();
    const idsOf = async (key: string) => {
      if (!ids.has(key)) {
        const res = await context.request.get(key);
        ids.set(
          key,
          res.status() >= 400 ? null : new Set([...(await res.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
        );
      }
      return ids.get(key);
    };
    const broken: string[] = [];
    for (const path of PAGES) {
      await page.goto(at(path));
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      );
      for (const href of links) {
        const u = new URL(href);
        if (u.origin !== new URL(at()).origin) continue;
        const found = await idsOf(u.origin + u.pathname);
        if (!found) broken.push(`${path} → ${href}`);
        else if (u.hash && !found.has(decodeURIComponent(u.hash.slice(1))))
          broken.push(`${path} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
    await context.close();
  });

  test('without JavaScript, lessons show prose, math, figures and quiz answers', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of PAGES.filter((p) => p.startsWith('lessons/'))) {
      await page.goto(at(path));
      expect(await page.locator('.katex').count(), path).toBeGreaterThan(0);
      const figures = await page.locator('[data-figure] svg.fig-plot').count();
      expect(figures, path).toBeGreaterThan(0);
      expect(
        await page.locator('[data-figure] svg.fig-plot path, [data-figure] svg.fig-plot circle').count(),
      ).toBeGreaterThan(0);
      expect(await page.locator('[data-quiz-item]').count(), path).toBeGreaterThanOrEqual(4);
      expect(await page.locator('.quiz-answers').count(), path).toBeGreaterThanOrEqual(4);
    }
    await context.close();
  });
});
