// A keyboard-only reader can reach and operate every control of every figure and the quiz,
// always seeing where the focus is; reduced motion is honoured.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIGURES } from '../../src/figures/catalog.ts';
import { figure, hydrateAll, hydrated, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('keyboard', () => {
  test.each(FIGURES.map((f) => f.id))(
    '%s: Tab reaches every control, focus is visible, sliders answer the arrow keys',
    async (id) => {
      const { page, context, errors } = await open(browser, `figures/${id}/`);
      await hydrated(page);
      const fig = figure(page, id);
      const focusables = await fig.evaluate(
        (root) =>
          [
            ...root.querySelectorAll<HTMLElement | SVGElement>(
              'a[href], button:not([disabled]), input:not([disabled]), select, summary, [tabindex="0"]',
            ),
          ]
            .filter((el) => el.checkVisibility())
            .map((el, i) => {
              el.dataset.kbd = String(i);
              return i;
            }).length,
      );
      expect(focusables).toBeGreaterThan(0);
      const reached = new Set<string>();
      const invisible: string[] = [];
      await page.locator('body').focus();
      for (let i = 0; i < focusables + 40 && reached.size < focusables; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.dataset.kbd) return null;
          const cs = getComputedStyle(el);
          const ring = el.querySelector('.handle-ring');
          const visible =
            (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
            (ring !== null &&
              getComputedStyle(ring).stroke !== getComputedStyle(el.closest('figure')!).backgroundColor);
          return {
            key: el.dataset.kbd,
            visible,
            name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.nodeName,
          };
        });
        if (!info) continue;
        reached.add(info.key);
        if (!info.visible) invisible.push(info.name);
      }
      const missed = await fig.evaluate(
        (root, got) =>
          [...root.querySelectorAll<HTMLElement>('[data-kbd]')]
            .filter((el) => !got.includes(el.dataset.kbd!))
            .map((el) => el.outerHTML.slice(0, 80)),
        [...reached],
      );
      expect(missed).toEqual([]);
      expect(invisible).toEqual([]);
      // Every native slider moves with the arrow keys.
      const sliders = fig.locator('.fig-controls input[type="range"]');
      for (let i = 0; i < (await sliders.count()); i++) {
        const s = sliders.nth(i);
        const before = await s.inputValue();
        await s.focus();
        await page.keyboard.press(Number(before) >= Number(await s.getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
        await expect.poll(() => s.inputValue()).not.toBe(before);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
    60_000,
  );

  test('the quiz can be answered with the keyboard alone', async () => {
    const { page, context } = await open(browser, 'lessons/what-is-learning/#quiz');
    await hydrateAll(page);
    const item = page.locator('#quiz-what-is-a-parameter');
    // Options are shown in a build-time shuffled order: find the key by its id, not its position.
    await page.waitForSelector('section[data-quiz][data-ready]');
    const items = JSON.parse((await page.locator('section[data-quiz]').getAttribute('data-items'))!) as {
      id: string;
      options?: { id: string; correct: boolean }[];
    }[];
    const key = items.find((i) => i.id === 'what-is-a-parameter')!.options!.find((o) => o.correct)!.id;
    await item.locator(`[data-option="${key}"] input`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-check'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    await context.close();
  });

  test('reduced motion: play shows the end of the run at once', async () => {
    const { page, context } = await open(browser, 'figures/first-descent/', { reducedMotion: 'reduce' });
    await hydrated(page);
    const fig = figure(page, 'first-descent');
    await fig.locator('[data-play]').click();
    const max = await fig.locator('[data-scrubber]').getAttribute('max');
    // No animation: the end is on screen by the next frame (playing would take max / 10 s).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await fig.locator('[data-step-readout]').textContent()).toBe(max);
    await context.close();
  });
});
