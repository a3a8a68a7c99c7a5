// Share, as a teacher uses it: the dialog on a lesson figure (its link, the page link carrying every
// figure changed, QR, citation, keyboard), its embed snippet pasted as it is into a page on another
// origin, and its Copy buttons inside a cross-origin frame with and without clipboard-write.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { at, axeViolations, launch, newContext, readout, watch } from './browser.ts';
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

const LESSON = 'lessons/gradients/?descent-2d.eta=0.314&descent-2d.step=12&regression-descent.step=5#descent-2d';

/** Waits for the figure's island to hydrate, then opens its Share dialog. */
async function openShare(page: Page | Frame, id: string) {
  const fig = page.locator(`[data-figure="${id}"]`);
  await fig.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (f) => !document.querySelector(`[data-figure="${f}"]`)?.closest('astro-island')?.hasAttribute('ssr'),
    id,
    { timeout: 20_000 },
  );
  await fig.locator('[data-share-figure]').click();
  const dialog = page.locator('[data-share-dialog]');
  await dialog.waitFor();
  return { fig, dialog };
}

/** The height the preview measured, once it has. */
async function measured(page: Page | Frame): Promise<number> {
  const size = page.locator('[data-share-size]');
  await expect.poll(() => size.textContent(), { timeout: 20_000 }).toMatch(/needs \d+ px/);
  return Number(/needs (\d+) px/.exec((await size.textContent())!)![1]);
}

describe('the Share dialog on a lesson figure', () => {
  test('its link is this state, another link carries every figure changed; QR, citation, keyboard', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(at(LESSON));
    const { fig, dialog } = await openShare(page, 'descent-2d');
    const link = dialog.locator('[data-share-link]');
    // Focus starts on the link, selected.
    expect(await link.evaluate((e) => e === document.activeElement)).toBe(true);
    const state = new URL((await fig.locator('a[data-figure-link]').getAttribute('href'))!, page.url()).toString();
    expect(await link.inputValue()).toBe(state);
    expect(new URL(state).searchParams.get('descent-2d.eta')).toBe('0.314');

    // The figure on its own page.
    await dialog.locator('[data-share-kind="alone"]').check();
    const alone = new URL(await link.inputValue());
    expect(alone.pathname).toBe(new URL(at('figures/descent-2d/')).pathname);
    expect(Object.fromEntries(alone.searchParams)).toEqual({ eta: '0.314', step: '12' });

    // The lesson with both figures the address holds.
    await dialog.locator('[data-share-kind="page"]').check();
    const both = new URL(await link.inputValue());
    expect(both.searchParams.get('descent-2d.step')).toBe('12');
    expect(both.searchParams.get('regression-descent.step')).toBe('5');
    expect(both.hash).toBe('#descent-2d');

    // The QR code and the citation follow the chosen link.
    expect(await dialog.locator('[data-share-qr] path').getAttribute('d')).toMatch(/^M\d/);
    const cite = await dialog.locator('[data-share-cite]').inputValue();
    expect(cite).toContain('Figure 4.4, “Gradient descent on a tilted bowl”');
    expect(cite).toContain(both.toString());

    // Escape closes it and gives focus back to Share.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-share-dialog]').count()).toBe(0);
    expect(await fig.locator('[data-share-figure]').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the Share dialog on a phone', () => {
  test('fits 360 px, in the dark, with zero axe violations', async () => {
    const context = await newContext(browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(at('figures/momentum-bowl/?step=40'));
    const { dialog } = await openShare(page, 'momentum-bowl');
    await measured(page);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
    // The dialog alone (its preview frame is inert, out of the accessibility tree).
    expect(await axeViolations(page, '[data-share-dialog]')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the embed snippet, pasted as it is into a page on another origin', () => {
  test('shows the figure in its state, with the parts and colours chosen, at the height it asked for', async () => {
    const context = await newContext(browser, { colorScheme: 'light' });
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(at(LESSON));
    const { dialog } = await openShare(page, 'descent-2d');
    await dialog.locator('[data-share-part="caption"]').uncheck();
    await dialog.locator('[data-share-theme="dark"]').check();
    await dialog.locator('[data-share-width]').selectOption('480');
    const height = await measured(page);
    const snippet = await dialog.locator('[data-share-snippet]').inputValue();
    expect(snippet).toContain(`width="480" height="${height}"`);

    const course = await context.newPage();
    const courseErrors = watch(course);
    await course.goto(host.page('/week-3', `<h1>Week 3</h1>\n${snippet}\n<p>After the figure.</p>`));
    const frameEl = course.locator('iframe');
    const frame = (await frameEl.elementHandle())!.contentFrame();
    const inner = (await frame)!;
    await inner.waitForFunction(
      () => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
      undefined,
      { timeout: 20_000 },
    );
    const fig = inner.locator('[data-figure="descent-2d"]');
    expect(await readout(fig)).toMatch(/step 12\b/);
    expect(await inner.locator('figcaption').count()).toBe(0);
    const dark = await inner.evaluate(() => document.documentElement.dataset.theme);
    expect(dark).toBe('dark');
    // The script sizes the frame to the figure: no inner scrollbar, and the size it asked for was right.
    await expect
      .poll(async () => {
        const box = await frameEl.evaluate((e) => e.getBoundingClientRect().height);
        const need = await inner.evaluate(() => document.documentElement.scrollHeight);
        return Math.abs(box - need) <= 1 && Math.abs(box - height) <= 2;
      })
      .toBe(true);
    expect(await frameEl.getAttribute('title')).toBe('Downhill, Figure 4.4: Gradient descent on a tilted bowl');
    expect(errors).toEqual([]);
    expect(courseErrors).toEqual([]);
    await context.close();
  });
});

describe('Copy inside a frame of another origin', () => {
  test.each([
    ['with', ' allow="clipboard-write"'],
    ['without', ''],
  ])('%s clipboard-write, the link reaches the clipboard', async (_, allow) => {
    const context = await newContext(browser);
    for (const origin of [host.origin, new URL(at()).origin])
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const errors = watch(page);
    const src = at('figures/descent-2d/?eta=0.25&step=4');
    await page.goto(
      host.page(
        `/copy-${allow ? 'allowed' : 'refused'}`,
        `<iframe src="${src}" width="720" height="900" title="A figure"${allow}></iframe>`,
      ),
    );
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1]!;
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const { dialog } = await openShare(frame, 'descent-2d');
    const link = await dialog.locator('[data-share-link]').inputValue();
    expect(new URL(link).searchParams.get('descent-2d.eta')).toBe('0.25');
    await dialog.locator('[data-share-copy="link"]').click();
    await expect.poll(() => dialog.locator('[data-share-status]').textContent()).toBe('Copied the link.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The embed code too, from the same dialog.
    await dialog.locator('[data-share-copy="embed"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(await dialog.locator('[data-share-snippet]').inputValue());
    expect(errors).toEqual([]);
    await context.close();
  });
});
