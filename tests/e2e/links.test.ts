// Links that last, in Chromium: what a link says and this build cannot read is reported on the
// figure and left in the address bar; what a person would type is read as meant; a hash with a
// sentence's full stop still opens at its figure.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, figure, hydrateAll, hydrated, launch, open, readout } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const LESSON = 'lessons/gradients/';

describe('links that last', () => {
  test('an unknown key is reported on the figure and stays in the address bar', async () => {
    const { page, context, errors } = await open(
      browser,
      `${LESSON}?descent-2d.lr=0.314&descent-2d.step=12#descent-2d`,
    );
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    const note = fig.locator('[data-link-report]');
    await expect.poll(() => note.textContent()).toContain('This link had settings this version does not know: lr.');
    await expect.poll(() => readout(fig)).toContain('step 12');
    // The figure rewrites its keys (a step forward is written as step 13); the one it could not
    // read is left for the sender to see.
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('descent-2d.step')).toBe('13');
    expect(new URL(page.url()).searchParams.get('descent-2d.lr')).toBe('0.314');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    expect(await note.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a decimal comma and &amp; from HTML are read as meant, and the address bar says it in the current form', async () => {
    const { page, context, errors } = await open(
      browser,
      `${LESSON}?descent-2d.eta=0,314&amp;descent-2d.step=12#descent-2d`,
    );
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    await expect.poll(() => readout(fig)).toContain('step 12');
    expect(await fig.getByRole('slider', { name: 'learning rate η' }).getAttribute('aria-valuetext')).toBe('η = 0.314');
    expect(await fig.locator('[data-link-report]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).search).toBe('?descent-2d.eta=0.314&descent-2d.step=12');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a value it cannot read is named, and left in the address bar until the reader sets it', async () => {
    const { page, context, errors } = await open(browser, `figures/descent-2d/?eta=fast&step=5`);
    await hydrated(page);
    const fig = figure(page, 'descent-2d');
    await expect
      .poll(() => fig.locator('[data-link-report]').textContent())
      .toContain('It could not read eta=fast (expected a number from 0.01 to 0.4).');
    // Another setting written into the address bar leaves eta=fast there.
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('6');
    expect(new URL(page.url()).searchParams.get('eta')).toBe('fast');
    const eta = fig.getByRole('slider', { name: 'learning rate η' });
    await eta.focus();
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('eta')).toBe('0.4');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('#descent-2d. (a link at the end of a sentence) opens at the figure, highlighted', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?descent-2d.step=3#descent-2d.`);
    await expect.poll(() => new URL(page.url()).hash).toBe('#descent-2d');
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('descent-2d');
    const top = await page.evaluate(() => document.getElementById('descent-2d')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
    await hydrateAll(page);
    await expect.poll(() => readout(figure(page, 'descent-2d'))).toContain('step 3');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('plain keys on a lesson page count for the figure the hash names', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?eta=0.314&step=12#descent-2d`);
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    await expect.poll(() => readout(fig)).toContain('step 12');
    await expect.poll(() => new URL(page.url()).search).toBe('?descent-2d.eta=0.314&descent-2d.step=12');
    expect(new URL(page.url(), at()).hash).toBe('#descent-2d');
    expect(errors).toEqual([]);
    await context.close();
  });
});
