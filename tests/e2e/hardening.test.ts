// What a shared link, a slider or a browser can throw at a figure: every figure page opened
// with ten hostile links (both ends of every control and a thousand times beyond, then NaN,
// Infinity, markup and script injection, repeated and unknown keys) must draw a valid state with no
// console error, no dialog, no injected element and no NaN in any SVG attribute. Reading a link is
// property-tested over every figure's table in tests/unit/figures/state.test.ts (200 links each);
// here the browser checks that what was read draws, which the extremes test hardest.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FIGURES } from '../../src/figures/catalog.ts';
import type { FigureSpec } from '../../src/figures/spec.ts';
import { at, hydrateAll, hydrated, launch, newContext, open, watch } from './browser.ts';

const INJECT = [
  '<img src=x onerror=window.__pwned=1>',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '</title><svg onload=window.__pwned=1>',
  "');window.__pwned=1;('",
];
const WEIRD = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e-320',
  '0x1F',
  '',
  ' ',
  '%',
  '%%41',
  '1,5',
  '٣',
  '9'.repeat(400),
  '-0',
  '+5',
  '.5e1',
];

function hostileLinks(spec: FigureSpec, count: number): string[] {
  const keys = Object.keys(spec.table);
  const extremes = (pick: 'min' | 'max', factor: number) => {
    const q = new URLSearchParams();
    for (const [k, p] of Object.entries(spec.table)) {
      if (p.kind === 'number' || p.kind === 'int') q.set(k, String(p[pick] * factor + (pick === 'max' ? 1 : -1)));
      if (p.kind === 'enum') q.set(k, p.values[pick === 'min' ? 0 : p.values.length - 1]!);
    }
    return q.toString();
  };
  const value = fc.oneof(
    fc.constantFrom(...INJECT, ...WEIRD),
    fc.string({ maxLength: 20 }),
    fc.double().map(String),
    fc.integer().map(String),
  );
  const pairs = fc.array(fc.tuple(fc.constantFrom(...keys, 'hide', 'unknown', '__proto__', 'step'), value), {
    minLength: 1,
    maxLength: 10,
  });
  const random = fc
    .sample(pairs, { numRuns: count - 4, seed: 20261125 })
    .map((ps) => ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
  return [extremes('min', 1), extremes('max', 1), extremes('min', 1000), extremes('max', 1000), ...random];
}

async function check(page: Page, errors: string[], link: string) {
  await hydrated(page);
  const state = await page.evaluate(() => {
    const fig = document.querySelector('[data-figure]');
    const attrs: string[] = [];
    for (const el of fig?.querySelectorAll('svg *') ?? []) {
      for (const a of el.attributes)
        if (/NaN|Infinity|undefined/.test(a.value)) attrs.push(`${el.nodeName}[${a.name}=${a.value.slice(0, 40)}]`);
    }
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      injected:
        document.querySelectorAll('[onerror], [onload]').length +
        [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
      marks:
        fig?.querySelectorAll('svg.fig-plot path, svg.fig-plot circle, svg.fig-plot rect, svg.fig-plot line').length ??
        0,
      readout: fig?.querySelector('[data-readout]')?.textContent?.trim().length ?? -1,
      attrs,
    };
  });
  expect.soft(errors, link).toEqual([]);
  expect.soft(state.pwned, link).toBe(0);
  expect.soft(state.attrs, link).toEqual([]);
  expect.soft(state.marks, link).toBeGreaterThan(0);
  expect.soft(state.readout, link).not.toBe(0);
  expect.soft(state.injected, link).toBe(0);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('hostile links', () => {
  test.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s: 10 hostile links draw a valid figure',
    async (_id, spec) => {
      const context = await newContext(browser, { viewport: { width: 900, height: 800 } });
      const links = hostileLinks(spec, 10);
      // Two tabs share the links, to halve the wall-clock time.
      const tab = async (share: string[]) => {
        const page = await context.newPage();
        const errors = watch(page);
        for (const q of share) {
          const link = `figures/${spec.id}/?${q}`;
          await page.goto(at(link), { waitUntil: 'load' });
          await check(page, errors, link);
          errors.length = 0;
        }
      };
      await Promise.all([tab(links.filter((_, i) => i % 2 === 0)), tab(links.filter((_, i) => i % 2 === 1))]);
      await context.close();
    },
    180_000,
  );

  // Each lesson page once, with one hostile link for every figure on it at the same time (the keys
  // under each figure's prefix): every figure hydrates without an error.
  const lessons = [...new Set(FIGURES.map((f) => f.lesson))];
  test.each(lessons)('lessons/%s/: every figure at once under a hostile link', async (lesson) => {
    const specs = FIGURES.filter((f) => f.lesson === lesson);
    const query = specs
      .map((spec) => hostileLinks(spec, 5)[3]!.replace(/(^|&)([^=&]+)=/g, `$1${spec.id}.$2=`))
      .join('&');
    const link = `lessons/${lesson}/?${query}`;
    const { page, context, errors } = await open(browser, link);
    await hydrateAll(page);
    expect(errors, link).toEqual([]);
    expect(await page.locator('astro-island[ssr]').count()).toBe(0);
    await context.close();
  });
});
