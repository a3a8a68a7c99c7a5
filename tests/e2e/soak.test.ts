// Soak: 5,000 slider inputs and two minutes of animation on one figure. The heap after a forced
// GC stays bounded (reported) and no long task passes 50 ms.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { figure, hydrated, launch, open } from './browser.ts';

const ANIMATION_MS = Number(process.env.SOAK_MS ?? 120_000);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('soak', () => {
  test(
    'first-descent: 5,000 inputs and two minutes of play',
    async () => {
      const { page, context, errors } = await open(browser, 'figures/first-descent/');
      await context.addInitScript(() => undefined);
      await hydrated(page);
      await page.evaluate(() => {
        (window as unknown as { __long: number[] }).__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const cdp = await context.newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const start = await heap();
      await page.evaluate(async () => {
        const slider = document.querySelector<HTMLInputElement>('[data-figure] .fig-controls input[type="range"]')!;
        for (let i = 0; i < 5000; i++) {
          slider.value = String((i * 7919) % 1000);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(r));
        }
      });
      const afterInputs = await heap();
      const fig = figure(page, 'first-descent');
      await fig.getByRole('combobox', { name: 'Speed (steps a second)' }).selectOption('30');
      const until = Date.now() + ANIMATION_MS;
      while (Date.now() < until) {
        if ((await fig.locator('[data-play]').getAttribute('aria-label')) === 'Play')
          await fig.locator('[data-play]').click();
        await page.waitForTimeout(1000);
      }
      const end = await heap();
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      console.log(
        `soak heap: start ${(start / 1e6).toFixed(2)} MB, after 5,000 inputs ${(afterInputs / 1e6).toFixed(2)} MB, after ${ANIMATION_MS / 1000} s of play ${(end / 1e6).toFixed(2)} MB; long tasks: ${long.length} (longest ${Math.max(0, ...long).toFixed(0)} ms)`,
      );
      expect(end - start).toBeLessThan(5e6);
      expect(Math.max(0, ...long)).toBeLessThanOrEqual(50);
      expect(errors).toEqual([]);
      await context.close();
    },
    ANIMATION_MS + 120_000,
  );
});
