// Prose that points into figures, in Chromium: a <Pointer> phrase highlights the parts it names (on
// hover and on keyboard focus, and only those), a <FigureRef> shows a preview of its figure (hidden
// again by Escape or blur) and goes to the figure on click; axe stays clean with both showing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES, hydrated, launch, open } from './browser.ts';

const LESSON = 'lessons/gradients/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Whether an element is highlighted: the page's rule has given it the --pointed filter. */
const lit = (l: Locator) => l.evaluate((e) => getComputedStyle(e).filter !== 'none');
const litAll = (l: Locator) => l.evaluateAll((els) => els.map((e) => getComputedStyle(e).filter !== 'none'));
const phrase = (page: Page, figure: string, to: string) =>
  page.locator(`a.pointer[data-pointer="${figure}"][data-to="${to}"]`);

describe('pointers into figures', () => {
  test('hovering a phrase highlights the parts it names in its figure, and nothing else', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?descent-2d.step=20`);
    const fig = page.locator('#descent-2d');
    // The link's step is the figure's once it has hydrated (it does when scrolled to).
    await fig.scrollIntoViewIfNeeded();
    await hydrated(page, 'astro-island:has(#descent-2d)');
    const trail = fig.locator('[data-trail]');
    const dots = fig.locator('[data-step-dot]');
    const minimum = fig.locator('[data-minimum]');
    const current = fig.locator('[data-current]');
    await expect.poll(() => dots.count()).toBe(21); // steps 0 … 20
    // Nothing is highlighted until a phrase is pointed at.
    expect([await lit(trail), await lit(minimum), await lit(current)]).toEqual([false, false, false]);
    await phrase(page, 'descent-2d', 'path dots').hover();
    await expect.poll(() => lit(trail)).toBe(true);
    expect(new Set(await litAll(dots))).toEqual(new Set([true]));
    expect(await lit(minimum)).toBe(false);
    expect(await lit(current)).toBe(false);
    // The same part name in another figure of the page stays as it is.
    expect(await lit(page.locator('#gradient-arrows [data-minimum]'))).toBe(false);
    expect(await litAll(page.locator('#simultaneous-updates [data-minimum]'))).toEqual([false, false]);
    // Another phrase, another part.
    await phrase(page, 'descent-2d', 'minimum').hover();
    await expect.poll(() => lit(minimum)).toBe(true);
    expect(await lit(trail)).toBe(false);
    // Away from the phrases, nothing.
    await page.mouse.move(5, 5);
    await expect.poll(() => lit(minimum)).toBe(false);
    // Still, never animated: the highlight is there at once and nothing runs.
    expect(await minimum.evaluate((e) => e.getAnimations().length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a phrase is reached with Tab, shows a focus ring, and highlights while focused', async () => {
    const { page, context, errors } = await open(browser, LESSON, { reducedMotion: 'reduce' });
    const target = phrase(page, 'gradient-arrows', 'minimum');
    const minimum = page.locator('#gradient-arrows [data-minimum]');
    // Tab from the link just before it in the document.
    await target.evaluate((a) => {
      const links = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
      links[links.indexOf(a as HTMLElement) - 1]?.focus();
    });
    await page.keyboard.press('Tab');
    await expect.poll(() => target.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await target.evaluate((a) => a.matches(':focus-visible') && getComputedStyle(a).outlineStyle)).toBe('solid');
    await expect.poll(() => lit(minimum)).toBe(true);
    // Its words say what it points at; the highlight only shows where.
    expect(await target.textContent()).toBe('at the bottom');
    expect(await target.getAttribute('href')).toBe('#gradient-arrows');
    expect(await minimum.evaluate((e) => e.getAnimations().length)).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => lit(minimum)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('axe finds nothing with a highlight and a preview showing, in both themes', async () => {
    const { page, context, errors } = await open(browser, LESSON, { colorScheme: 'light' });
    await phrase(page, 'descent-2d', 'path dots').focus();
    await page.locator('.fig-ref a').first().hover();
    await expect.poll(() => page.locator('.fig-ref-tip').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, undefined, COLOUR_RULES)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('figure references', () => {
  const shown = (tip: Locator) => tip.evaluate((e) => getComputedStyle(e).display !== 'none');
  /** The preview's picture for the theme in use: shown, and loaded. */
  const picture = (tip: Locator) =>
    tip
      .locator('img')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[])
          .filter((i) => getComputedStyle(i).display !== 'none')
          .map((i) => ({ src: new URL(i.src).pathname, loaded: i.complete && i.naturalWidth > 0 })),
      );

  test('"Figure 4.4" shows a preview on hover; Escape hides it; click goes to the figure', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context, errors } = await open(browser, LESSON, { colorScheme: scheme });
      const ref = page.locator('.fig-ref[data-figure-ref="descent-2d"]');
      const link = ref.locator('a');
      const tip = ref.locator('.fig-ref-tip');
      // The number follows the catalog; the link goes to the figure.
      expect(await link.textContent()).toBe('Figure 4.4');
      expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).hash).toBe('#descent-2d');
      expect(await shown(tip)).toBe(false);
      await link.hover();
      await expect.poll(() => shown(tip)).toBe(true);
      expect(await tip.textContent()).toContain('Figure 4.4. Gradient descent on a tilted bowl');
      await expect
        .poll(() => picture(tip))
        .toEqual([
          { src: expect.stringMatching(new RegExp(`/figures/descent-2d/thumb-${scheme}\\.svg$`)), loaded: true },
        ]);
      // Described by its preview, for screen readers.
      const described = await link.getAttribute('aria-describedby');
      expect(await page.locator(`#${described}`).getAttribute('role')).toBe('tooltip');
      await page.keyboard.press('Escape');
      await expect.poll(() => shown(tip)).toBe(false);
      await page.mouse.move(5, 5);
      await link.click();
      await expect.poll(() => new URL(page.url()).hash).toBe('#descent-2d');
      await expect
        .poll(() => page.locator('#descent-2d').evaluate((f) => f.getBoundingClientRect().top))
        .toBeLessThan(200);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  test('focus shows the preview and blur hides it; a reference to another lesson opens that lesson', async () => {
    const { page, context, errors } = await open(browser, 'lessons/backpropagation/');
    const ref = page.locator('.fig-ref[data-figure-ref="tiny-network"]');
    const tip = ref.locator('.fig-ref-tip');
    await ref.locator('a').focus();
    await expect.poll(() => shown(tip)).toBe(true);
    expect(await tip.textContent()).toMatch(/^Figure 6\.3\. /);
    await ref.locator('a').blur();
    await expect.poll(() => shown(tip)).toBe(false);
    await ref.locator('a').focus();
    await Promise.all([page.waitForURL(/\/lessons\/beyond-descent\/#tiny-network$/), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
