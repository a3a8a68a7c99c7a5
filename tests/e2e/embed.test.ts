// Embeds on a course page of another origin (a second 127.0.0.1 port): the iframe resizes to its
// figure (every figure of the catalog, and the playground), links leave the frame for a new tab, a
// small box without the resize script gets the compact layout, theme= sets the embed's colours.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { FIGURES } from '../../src/figures/catalog.ts';
import { at, launch, newContext, watch } from './browser.ts';
import { startHost, type Host } from './host.ts';

let browser: Browser;
let host: Host;
beforeAll(async () => {
  browser = await launch();
  host = await startHost();
});
afterAll(async () => {
  await browser.close();
  await host.close();
});

const EMBEDS = [
  ...FIGURES.map((f) => ({ id: f.id, path: `figures/${f.id}/` })),
  { id: 'playground', path: 'playground/embed/' },
];

const iframe = (src: string, w = 560, h = 300, extra = '') =>
  `<iframe id="f" src="${src}" width="${w}" height="${h}" style="border:0;display:block" title="A Downhill figure"${extra}></iframe>`;
const script = () => `<script async src="${at('embed.js')}"></script>`;

async function frameOf(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await frame.waitForLoadState('load');
  await frame.waitForFunction(
    () => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
    undefined,
    { timeout: 20_000 },
  );
  return frame;
}

/** The iframe's height on the host page, and what the framed page needs and shows. */
async function fit(page: Page, frame: Frame) {
  const box = await page.locator('#f').evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    need: Math.ceil(document.body.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    view: innerHeight,
    compact: document.documentElement.dataset.compact !== undefined,
  }));
  return { box, ...inner };
}

describe('the resize script, from a page on another origin', () => {
  test.each(EMBEDS)('$id: the iframe grows to its figure, with no inner scrollbar', async ({ id, path }) => {
    const context = await newContext(browser, { viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(host.page(`/resize-${id}`, `<h1>Week 3</h1>${iframe(at(path))}${script()}<p>After.</p>`));
    const frame = await frameOf(page);
    expect(new URL(frame.url()).origin).not.toBe(host.origin);
    await expect
      .poll(async () => {
        const f = await fit(page, frame);
        return Math.abs(f.box - f.need) <= 1 && f.scroll <= f.view + 1 && !f.compact;
      })
      .toBe(true);
    expect((await fit(page, frame)).box).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the height follows the figure when the host page makes the frame wider or the figure changes', async () => {
    const context = await newContext(browser, { viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(host.page('/follow', `${iframe(at('figures/momentum-bowl/'))}${script()}`));
    const frame = await frameOf(page);
    const settled = async () => {
      await expect
        .poll(async () => {
          const f = await fit(page, frame);
          return Math.abs(f.box - f.need) <= 1;
        })
        .toBe(true);
      return (await fit(page, frame)).box;
    };
    const narrow = await settled();
    await page.locator('#f').evaluate((e) => e.setAttribute('width', '900'));
    const wide = await settled();
    // Two panels stack at 560 px and stand side by side at 900 px: the frame follows.
    expect(wide).toBeLessThan(narrow - 200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('links inside a frame', () => {
  test('every link that leaves the figure opens a new tab; the frame stays; Open in Downhill keeps the state', async () => {
    const context = await newContext(browser, { viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = watch(page);
    const src = at('figures/descent-2d/?eta=0.25&step=3');
    await page.goto(host.page('/links', `${iframe(src, 720, 900)}${script()}`));
    const frame = await frameOf(page);
    // The page's own links (lesson, gallery) and the lesson link's duplicates are not shown in a frame.
    expect(await frame.locator('.standalone-links').isVisible()).toBe(false);
    expect(await frame.locator('a[data-figure-link]').isVisible()).toBe(false);
    const open = frame.getByRole('link', { name: 'Open in Downhill' });
    expect(await open.isVisible()).toBe(true);
    const openHref = async () => new URL((await open.getAttribute('href'))!, at());
    await expect.poll(async () => (await openHref()).searchParams.get('descent-2d.eta')).toBe('0.25');
    expect((await openHref()).pathname).toBe(new URL(at('lessons/gradients/')).pathname);
    expect((await openHref()).searchParams.get('descent-2d.step')).toBe('3');
    const links = frame.locator('a[href]:visible');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const [tab] = await Promise.all([context.waitForEvent('page'), links.nth(i).click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(new URL(tab.url()).origin).toBe(new URL(at()).origin);
      await tab.close();
    }
    expect(frame.url()).toBe(src);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a fixed box without the resize script', () => {
  // The size the site suggested before (560 × 560) fitted none of the figures: now each shows its
  // plots and its timeline inside it (the readout and caption may scroll).
  test.each(FIGURES.map((f) => f.id))(
    '%s in a 560 × 560 box: compact layout, plots and timeline inside the box',
    async (id) => {
      const context = await newContext(browser, { viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      const errors = watch(page);
      await page.goto(host.page(`/box-${id}`, iframe(at(`figures/${id}/`), 560, 560)));
      const frame = await frameOf(page);
      await expect.poll(async () => (await fit(page, frame)).compact).toBe(true);
      const bottoms = await frame.evaluate(() =>
        [...document.querySelectorAll('svg.fig-plot, [data-scrubber]')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 0)
          .map((r) => r.bottom),
      );
      expect(bottoms.length).toBeGreaterThan(0);
      for (const b of bottoms) expect(b).toBeLessThanOrEqual(560);
      expect((await fit(page, frame)).box).toBe(560);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('theme= for embeds', () => {
  const background = (frame: Frame) =>
    frame.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
  test.each([
    ['dark', 'light', (l: number) => l < 0.2],
    ['light', 'dark', (l: number) => l > 0.8],
    ['', 'dark', (l: number) => l < 0.2],
    ['', 'light', (l: number) => l > 0.8],
  ] as const)('theme=%s on a reader whose setting is %s', async (theme, scheme, ok) => {
    const context = await newContext(browser, { colorScheme: scheme });
    const page = await context.newPage();
    const errors = watch(page);
    const q = theme ? `?theme=${theme}` : '';
    await page.goto(host.page(`/theme-${theme}-${scheme}`, `${iframe(at(`figures/first-descent/${q}`))}${script()}`));
    const frame = await frameOf(page);
    expect(ok(await background(frame))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
