// What axe cannot see in a figure: what a screen reader hears while a run plays, the Save menu on a
// narrow screen, and how a swipe on a phone is shared between the page and the figure.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { figure, hydrateAll, hydrated, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Counts the messages the figure's live regions give (a text change of any of them) from now on,
 * and notes when its readout last changed (window.changed, a performance.now() time).
 */
async function listen(fig: Locator): Promise<void> {
  await fig.evaluate((root) => {
    const w = window as unknown as { said: string[]; changed: number };
    w.said = [];
    w.changed = performance.now();
    new MutationObserver(() => (w.changed = performance.now())).observe(root.querySelector('[data-readout]')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    const regions = root.querySelectorAll(
      '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"]), output:not([aria-hidden="true"])',
    );
    for (const region of regions)
      new MutationObserver(() => w.said.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
  });
}
const heard = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));

describe('screen readers', () => {
  test('a playing run says nothing until it pauses, then one summary in words; one message a slider step', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/');
    await hydrated(page);
    const fig = figure(page, 'descent-2d');
    await listen(fig);
    await fig.locator('[data-play]').click();
    // Ten steps played (a second at 10 steps a second), and the run still playing: nothing said.
    const step = async () => Number(await fig.locator('[data-step-readout]').textContent());
    await expect.poll(step).toBeGreaterThanOrEqual(10);
    expect(await fig.locator('[data-play]').getAttribute('aria-label')).toBe('Pause');
    expect(await heard(page)).toEqual([]);
    await fig.locator('[data-play]').click();
    await expect.poll(() => heard(page)).toHaveLength(1);
    const [summary] = await heard(page);
    expect(summary).toMatch(/^step \d+/);
    expect(summary).not.toMatch(/∇|·|\de-\d/);
    // One arrow press on a slider: one message (the figure's), not one per printed value.
    await page.evaluate(() => ((window as unknown as { said: string[] }).said = []));
    await fig.locator('.fig-controls input[type="range"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heard(page)).toHaveLength(1);
    // A second message could only follow a later change of the readout (the figure says a change
    // once it has settled for 300 ms): wait until the readout has been still for longer than that.
    await page.waitForFunction(() => performance.now() - (window as unknown as { changed: number }).changed > 400);
    expect(await heard(page)).toHaveLength(1);
    await context.close();
  });

  test('sliders say the value a reader sees, with its symbol; a log scale moves by a useful step', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/');
    await hydrated(page);
    const eta = figure(page, 'descent-2d').getByRole('slider', { name: /learning rate/ });
    expect(await eta.getAttribute('aria-valuetext')).toMatch(/^η = 0\.\d+$/);
    const before = Number((await eta.getAttribute('aria-valuetext'))!.split('= ')[1]);
    await eta.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => eta.getAttribute('aria-valuetext')).not.toBe(`η = ${before}`);
    const after = Number((await eta.getAttribute('aria-valuetext'))!.split('= ')[1]);
    // About 5 % an arrow press (not 1/1000 of the range).
    expect(after / before).toBeGreaterThan(1.02);
    expect(after / before).toBeLessThan(1.1);
    await context.close();
  });
});

/** Chromium's accessible name, description and role description of each element `selector` finds. */
async function computed(cdp: CDPSession, selector: string) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const out: { name: string; description: string; roledescription: string }[] = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    const property = (n: string) => node.properties?.find((p) => p.name === n)?.value.value as string | undefined;
    out.push({
      name: String(node.name?.value ?? ''),
      description: String(node.description?.value ?? ''),
      roledescription: property('roledescription') ?? '',
    });
  }
  return out;
}

describe('what a screen reader reads of a plot', () => {
  test('a plot is named by its title once, not described by it as well', async () => {
    const { page, context } = await open(browser, 'lessons/gradients/');
    await hydrateAll(page);
    const cdp = await context.newCDPSession(page);
    const titles = await page
      .locator('svg:has(> title)')
      .evaluateAll((svgs) =>
        svgs.map((s) => s.querySelector(':scope > title')!.textContent!.replace(/\s+/g, ' ').trim()),
      );
    const plots = await computed(cdp, 'svg:has(> title)');
    expect(plots.length).toBeGreaterThan(5);
    expect(plots.map((p) => p.name)).toEqual(titles);
    expect(plots.map((p) => p.description)).toEqual(titles.map(() => ''));
    await context.close();
  });

  test('a handle says which key moves what, and a point that moves in 2-D says so', async () => {
    const { page, context } = await open(browser, 'lessons/gradients/');
    await hydrateAll(page);
    const cdp = await context.newCDPSession(page);
    const handles = await computed(cdp, '[data-handle][role="slider"]');
    expect(handles.length).toBeGreaterThan(2);
    for (const h of handles)
      expect(h.description, h.name).toMatch(/(Left and Right|Up and Down|arrow keys|Right and Up) .*; Shift/);
    const start = handles.find((h) => h.name.startsWith('Start'))!;
    expect(start.roledescription).toBe('2-D point');
    expect(start.description).toBe('Left and Right move θ₁, Up and Down move θ₂; Shift moves ten times as far.');
    const dial = handles.find((h) => h.name.startsWith('Direction dial'))!;
    expect(dial.roledescription).toBe('');
    // Shift does what the hint says: ten times one press.
    const steepest = figure(page, 'steepest-direction').getByRole('slider', { name: /Direction dial/ });
    const angle = async () => Number(await steepest.getAttribute('aria-valuenow'));
    const a0 = await angle();
    await steepest.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(angle).toBe((a0 + 1) % 360);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(angle).toBe((a0 + 11) % 360);
    await context.close();
  });
});

describe('the Save menu', () => {
  test('stays on a 320 px screen with 200 % text, closes on Escape and when the focus leaves', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/', { viewport: { width: 320, height: 700 } });
    await hydrated(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const menu = figure(page, 'descent-2d').locator('details.fig-menu');
    await menu.locator('summary').click();
    const box = (await menu.locator('.fig-menu-items').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await menu.locator('[data-export="svg"]').focus();
    await page.keyboard.press('Escape');
    expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await menu.locator('summary').evaluate((s) => s === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const items = await menu.locator('.fig-menu-items button').count();
    for (let i = 0; i <= items; i++) await page.keyboard.press('Tab');
    expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await context.close();
  });
});

describe('touch', () => {
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  /** A finger from one point to another in a few moves, through the browser's input pipeline. */
  async function swipe(cdp: CDPSession, from: [number, number], to: [number, number]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
    for (let i = 1; i <= 8; i++) {
      const t = i / 8;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: from[0] + (to[0] - from[0]) * t, y: from[1] + (to[1] - from[1]) * t }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  const centre = async (l: Locator): Promise<[number, number]> => {
    const b = (await l.boundingBox())!;
    return [b.x + b.width / 2, b.y + b.height / 2];
  };
  const scrolled = (page: Page) => page.evaluate(() => scrollY);

  test('a swipe over a plot scrolls the page unless it starts on a handle', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/', phone);
    await hydrated(page);
    const cdp = await context.newCDPSession(page);
    const fig = figure(page, 'descent-2d');
    const plot = fig.locator('svg.fig-plot').first();
    await plot.scrollIntoViewIfNeeded();
    const handle = fig.locator('[data-handle]').first();
    const label = await handle.getAttribute('aria-valuetext');
    let y0 = await scrolled(page);
    const [hx, hy] = await centre(handle);
    await swipe(cdp, [hx, hy], [hx + 30, hy - 60]);
    await expect.poll(() => handle.getAttribute('aria-valuetext')).not.toBe(label);
    expect(await scrolled(page)).toBe(y0);
    // Off the handle: the page scrolls, the figure stays.
    const b = (await plot.boundingBox())!;
    const at: [number, number] =
      hx > b.x + b.width / 2 ? [b.x + 20, b.y + b.height - 20] : [b.x + b.width - 20, b.y + b.height - 20];
    const moved = await handle.getAttribute('aria-valuetext');
    y0 = await scrolled(page);
    await swipe(cdp, at, [at[0], at[1] - 150]);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(y0 + 50);
    expect(await handle.getAttribute('aria-valuetext')).toBe(moved);
    await context.close();
  });

  test('a picture-only figure never holds a swipe', async () => {
    const { page, context } = await open(browser, 'figures/model-family/', {
      ...phone,
      viewport: { width: 360, height: 400 },
    });
    await hydrated(page);
    const cdp = await context.newCDPSession(page);
    const plot = figure(page, 'model-family').locator('svg.fig-plot').first();
    await plot.scrollIntoViewIfNeeded();
    const y0 = await scrolled(page);
    const [x, y] = await centre(plot);
    await swipe(cdp, [x, y + 60], [x, y - 90]);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(y0 + 50);
    await context.close();
  });

  test('a slider is set by a tap or a drag along it, not by a scroll passing over it', async () => {
    const { page, context } = await open(browser, 'figures/descent-2d/', phone);
    await hydrated(page);
    const cdp = await context.newCDPSession(page);
    const slider = figure(page, 'descent-2d').locator('.fig-controls input[type="range"]').first();
    await slider.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 200));
    const before = await slider.inputValue();
    const b = (await slider.boundingBox())!;
    // Far from the thumb, so a native range would jump there.
    const min = Number(await slider.getAttribute('min'));
    const max = Number(await slider.getAttribute('max'));
    const far = (Number(before) - min) / (max - min) > 0.5 ? b.x + 12 : b.x + b.width - 12;
    const y0 = await scrolled(page);
    await page.evaluate((from) => {
      const w = window as unknown as { scrollEnded: boolean };
      w.scrollEnded = false;
      addEventListener('scrollend', () => (w.scrollEnded ||= scrollY > from + 50));
    }, y0);
    await swipe(cdp, [far, b.y + b.height / 2], [far, b.y + b.height / 2 - 150]);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(y0 + 50);
    // Once the scroll has ended, the gesture has sent everything it will.
    await page.waitForFunction(() => (window as unknown as { scrollEnded: boolean }).scrollEnded);
    expect(await slider.inputValue()).toBe(before);
    // A tap on the track sets it.
    const b2 = (await slider.boundingBox())!;
    await page.touchscreen.tap(far, b2.y + b2.height / 2);
    await expect.poll(() => slider.inputValue()).not.toBe(before);
    await context.close();
  });
});
