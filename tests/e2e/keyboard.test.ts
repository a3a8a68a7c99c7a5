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
          // A drag handle shows focus with a ring of its own, at least 3:1 against the plot behind it.
          const ring = el.querySelector('.focus-ring');
          const lum = (c: string) => {
            const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
              const s = v / 255;
              return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const contrast = (a: string, b: string) => {
            const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
            return (x! + 0.05) / (y! + 0.05);
          };
          const visible =
            (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
            (ring !== null &&
              /^rgb/.test(getComputedStyle(ring).stroke) &&
              parseFloat(getComputedStyle(ring).strokeWidth) >= 2 &&
              contrast(getComputedStyle(ring).stroke, getComputedStyle(el.closest('figure')!).backgroundColor) >= 3);
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
      // One status message a change: the figure's own, not one per slider (their printed values are hidden).
      expect(await fig.locator('output:not([aria-hidden="true"]), .fig-controls [role="status"]').count()).toBe(0);
      // Focus stays on a step button that has reached the end of the run, never falling to the page.
      for (const [button, end] of [
        ['[aria-label="Step back"]', 'Home'],
        ['[data-step]', 'End'],
      ] as const) {
        const b = fig.locator(`.timeline ${button}`);
        if ((await b.count()) === 0) continue;
        const scrubber = fig.locator('[data-scrubber]');
        const last = end === 'Home' ? '1' : String(Number(await scrubber.getAttribute('max')) - 1);
        await scrubber.focus();
        await page.keyboard.press(end);
        await page.keyboard.press(end === 'Home' ? 'ArrowRight' : 'ArrowLeft');
        await expect.poll(() => scrubber.inputValue()).toBe(last);
        // A figure that trains in the page first trains up to the step asked for.
        await expect
          .poll(() => fig.locator('[data-readout]').textContent(), { timeout: 30_000 })
          .not.toMatch(/Training to step/);
        await b.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => b.getAttribute('aria-disabled')).toBe('true');
        expect(await b.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter'); // at the end: nothing moves
        expect(await b.getAttribute('aria-disabled')).toBe('true');
      }
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
