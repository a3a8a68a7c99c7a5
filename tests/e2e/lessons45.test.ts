import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { principalDirections, QUADRATIC_HESSIAN, QUADRATIC_LR_LIMIT } from '../../src/optim/index.ts';
import { at, figure, hydrateAll, launch, longTasksWhile, open, playUntil, readout } from './browser.ts';

const L4 = 'lessons/gradients/';
const L5 = 'lessons/sgd/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What a reader sees: the text with its whitespace collapsed, minus signs as hyphens. */
const text = (l: Locator) => l.textContent().then((t) => (t ?? '').replace(/\s+/g, ' ').replaceAll('−', '-'));

/** Opens the figure's own link in a new page of the same context and returns the figure there. */
async function reopen(
  context: BrowserContext,
  fig: Locator,
  id: string,
): Promise<{ page: Page; fig: Locator; href: string }> {
  const href = (await fig.locator('a[data-figure-link]').getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`#${id}$`));
  const page = await context.newPage();
  await page.goto(new URL(href, at()).toString());
  await hydrateAll(page);
  return { page, fig: figure(page, id), href };
}

describe('lesson 4 figures', () => {
  test('partial-slices: sliders and the handle move the point; the partials follow; the link reopens it', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'partial-slices');
    await fig.locator('input[type=range]').nth(0).fill('1');
    await fig.locator('input[type=range]').nth(1).fill('2');
    await expect.poll(() => text(fig.locator('[data-dfdx]'))).toBe('0');
    await expect.poll(() => text(fig.locator('[data-dfdy]'))).toBe('11');
    await fig.locator('[data-handle]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(fig.locator('[data-x]'))).toBe('1.05');
    const again = await reopen(context, fig, 'partial-slices');
    expect(again.href).toContain('partial-slices.x=1.05');
    await expect.poll(() => text(again.fig.locator('[data-dfdy]'))).toBe('10.95');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('gradient-arrows: flipping the field and moving the probe; the link keeps both', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'gradient-arrows');
    await expect.poll(() => text(fig.locator('[data-grad]'))).toBe('-5.5, 11');
    const before = await fig.locator('[data-field] path').first().getAttribute('d');
    await fig.getByRole('checkbox', { name: /downhill/ }).check();
    await expect.poll(() => readout(fig)).toContain('steepest way down');
    expect(await fig.locator('[data-field] path').first().getAttribute('d')).not.toBe(before);
    await fig.getByRole('slider', { name: /Probe point/ }).focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => text(fig.locator('[data-y]'))).toBe('1');
    const again = await reopen(context, fig, 'gradient-arrows');
    expect(again.href).toContain('gradient-arrows.flip=1');
    await expect.poll(() => again.fig.getByRole('checkbox').isChecked()).toBe(true);
    await expect.poll(() => text(again.fig.locator('[data-grad]'))).toBe('-5, 8');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('steepest-direction: the dial, its slider and the steepest button; the link reopens the angle', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'steepest-direction');
    await expect.poll(() => text(fig.locator('[data-rate]'))).toBe('4');
    await fig.getByRole('slider', { name: /direction φ/ }).fill('180');
    await expect.poll(() => text(fig.locator('[data-rate]'))).toBe('-3');
    await fig.getByRole('button', { name: 'Turn to steepest descent' }).click();
    await expect.poll(() => text(fig.locator('[data-angle]'))).toBe('233');
    await expect.poll(() => text(fig.locator('[data-rate]'))).toBe('-5');
    await fig.getByRole('slider', { name: /Direction dial/ }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => text(fig.locator('[data-angle]'))).toBe('234');
    const again = await reopen(context, fig, 'steepest-direction');
    expect(again.href).toContain('steepest-direction.angle=234');
    await expect.poll(() => text(again.fig.locator('[data-angle]'))).toBe('234');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('descent-2d: step, step back, scrub, the start handle; a link reopens the same step', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    await fig.locator('[data-step]').click();
    await fig.locator('[data-step]').click();
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('2');
    await fig.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('1');
    await fig.locator('[data-scrubber]').fill('12');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('12');
    const x12 = await text(fig.locator('[data-x]'));
    const again = await reopen(context, fig, 'descent-2d');
    expect(again.href).toContain('descent-2d.step=12');
    await expect.poll(() => text(again.fig.locator('[data-x]'))).toBe(x12);
    await fig.getByRole('slider', { name: /^Start/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('0');
    await fig.getByRole('slider', { name: /learning rate/ }).fill('1000');
    await expect.poll(() => fig.locator('[data-unstable]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('descent-2d: just above the limit the run diverges, the figure says so and stays drawable', async () => {
    expect(0.33).toBeGreaterThan(QUADRATIC_LR_LIMIT);
    const { page, context, errors } = await open(browser, `${L4}?descent-2d.eta=0.33&descent-2d.step=200#descent-2d`);
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    await expect.poll(() => readout(fig)).toContain('Diverged after step 34');
    // The bowl's principal directions are drawn, and the readout's factors 1 − ηλ say why it diverges.
    expect(await fig.locator('[data-principal]').count()).toBe(2);
    const [gentle, sharp] = principalDirections(...QUADRATIC_HESSIAN);
    const factor = async (name: string) =>
      Number((await text(fig.locator(`[data-factor="${name}"]`))).replace('−', '-'));
    expect(await factor('sharpest')).toBeCloseTo(1 - 0.33 * sharp.lambda, 2);
    expect(await factor('gentlest')).toBeCloseTo(1 - 0.33 * gentle.lambda, 2);
    const d = await fig.locator('[data-trail]').getAttribute('d');
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('simultaneous-updates: the shared timeline moves both walks; the link reopens the round', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'simultaneous-updates');
    const f0 = await text(fig.locator('[data-f-together]'));
    await fig.locator('[data-scrubber]').fill('5');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('5');
    expect(await text(fig.locator('[data-f-together]'))).not.toBe(f0);
    expect(await text(fig.locator('[data-f-together]'))).not.toBe(await text(fig.locator('[data-f-alone]')));
    await fig.getByRole('slider', { name: /learning rate/ }).fill('900');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('0');
    await fig.locator('[data-scrubber]').fill('7');
    const fa = await text(fig.locator('[data-f-alone]'));
    const again = await reopen(context, fig, 'simultaneous-updates');
    expect(again.href).toContain('simultaneous-updates.step=7');
    await expect.poll(() => text(again.fig.locator('[data-f-alone]'))).toBe(fa);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('regression-descent: play moves the line; the start handle restarts; the link reopens the step', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    const fig = figure(page, 'regression-descent');
    const line0 = await fig.locator('[data-fit-line]').getAttribute('y1');
    await fig.locator('[data-play]').click();
    await expect.poll(() => text(fig.locator('[data-step-readout]')).then(Number)).toBeGreaterThan(5);
    await fig.locator('[data-play]').click();
    expect(await fig.locator('[data-fit-line]').getAttribute('y1')).not.toBe(line0);
    // The lesson's "gets there in 258 steps": the default run (η = 0.3) ends there, under SETTLED_F.
    await fig.locator('[data-scrubber]').fill('300');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('258');
    await fig.locator('[data-scrubber]').fill('40');
    const m40 = await text(fig.locator('[data-m]'));
    const again = await reopen(context, fig, 'regression-descent');
    expect(again.href).toContain('regression-descent.step=40');
    await expect.poll(() => text(again.fig.locator('[data-m]'))).toBe(m40);
    await fig.getByRole('slider', { name: /^Start/ }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('0');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('show me: a prose button sets the steepest-direction dial', async () => {
    const { page, context, errors } = await open(browser, L4);
    await hydrateAll(page);
    await page.locator('a[data-show-me="steepest-direction"]').first().click();
    await expect.poll(() => text(figure(page, 'steepest-direction').locator('[data-angle]'))).toBe('233');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('lesson 5 figures', () => {
  test('sgd-paths: batch size, seed and scrubbing; smooth while playing; the link reopens it', async () => {
    const { page, context, errors } = await open(browser, L5);
    await hydrateAll(page);
    const fig = figure(page, 'sgd-paths');
    await fig.getByRole('slider', { name: /batch size/ }).fill('8');
    await expect.poll(() => readout(fig)).toContain('mini-batch (B = 8)');
    const before = await fig.locator('[data-walk="mini"]').getAttribute('d');
    await fig.locator('[data-scrubber]').fill('30');
    await expect.poll(() => text(fig.locator('[data-seen]'))).toBe('240');
    await fig.getByRole('button', { name: /New shuffle/ }).click();
    await expect.poll(() => fig.locator('[data-walk="mini"]').getAttribute('d')).not.toBe(before);
    const again = await reopen(context, fig, 'sgd-paths');
    expect(again.href).toContain('sgd-paths.batch=8');
    expect(again.href).toContain('sgd-paths.seed=2');
    await expect
      .poll(() => again.fig.locator('[data-walk="mini"]').getAttribute('d'))
      .toBe(await fig.locator('[data-walk="mini"]').getAttribute('d'));
    await fig.getByRole('slider', { name: /batch size/ }).fill('1');
    await fig.locator('[data-scrubber]').fill('0');
    await fig.getByRole('combobox', { name: /Speed/ }).selectOption('100');
    const long = await longTasksWhile(
      page,
      async () => {
        expect(await playUntil(fig, 150)).toBeGreaterThan(20);
      },
      async () => {
        if ((await fig.locator('[data-play]').getAttribute('aria-label')) === 'Pause')
          await fig.locator('[data-play]').click();
        await fig.locator('[data-scrubber]').fill('0');
      },
    );
    expect(long).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('batch-tradeoff: η and seed recompute the curves without long tasks; the link keeps them', async () => {
    const { page, context, errors } = await open(browser, L5);
    await hydrateAll(page);
    const fig = figure(page, 'batch-tradeoff');
    const row = await fig.locator('[data-row="1"]').textContent();
    const slider = fig.getByRole('slider', { name: /learning rate/ });
    const long = await longTasksWhile(page, async () => {
      await slider.focus();
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    });
    await fig.getByRole('button', { name: /New shuffle/ }).click();
    await expect.poll(() => fig.locator('[data-row="1"]').textContent()).not.toBe(row);
    expect(long).toEqual([]);
    const again = await reopen(context, fig, 'batch-tradeoff');
    expect(again.href).toContain('batch-tradeoff.seed=2');
    await expect
      .poll(() => again.fig.locator('[data-row="4"]').textContent())
      .toBe(await fig.locator('[data-row="4"]').textContent());
    expect(errors).toEqual([]);
    await context.close();
  });

  test('epoch-anatomy: n, m and the iteration; the readout counts; the link reopens it', async () => {
    const { page, context, errors } = await open(browser, L5);
    await hydrateAll(page);
    const fig = figure(page, 'epoch-anatomy');
    await expect.poll(() => text(fig.locator('[data-per]'))).toBe('3');
    await fig.getByRole('slider', { name: /batch size/ }).fill('5');
    await expect.poll(() => readout(fig)).toContain('the last batch holds 2');
    await fig.locator('[data-step]').click();
    await fig.locator('[data-step]').click();
    await fig.locator('[data-step]').click();
    await expect.poll(() => readout(fig)).toContain('epoch 1, batch 3 of 3');
    expect(await fig.locator('[data-cell="current"]').count()).toBe(2);
    await fig.getByRole('slider', { name: /examples n/ }).fill('20');
    await expect.poll(() => text(fig.locator('[data-per]'))).toBe('4');
    await fig.locator('[data-step]').click();
    const again = await reopen(context, fig, 'epoch-anatomy');
    expect(again.href).toContain('epoch-anatomy.n=20');
    await expect.poll(() => readout(again.fig)).toBe(await readout(fig));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('noise-escape: plain stays, noisy escapes; seed and noise controls; smooth while playing; the link keeps it', async () => {
    const { page, context, errors } = await open(browser, L5);
    await hydrateAll(page);
    const fig = figure(page, 'noise-escape');
    await expect.poll(() => fig.locator('[data-noisy-end]').textContent()).toBe('the deeper valley');
    expect(Number(await text(fig.locator('[data-x-plain]')))).toBeCloseTo(-0.6163, 3);
    await expect.poll(() => text(fig.locator('[data-escapes]'))).toBe('35');
    await fig.getByRole('button', { name: /New noise/ }).click();
    await expect.poll(() => text(fig.locator('[data-step-readout]'))).toBe('0');
    await fig.getByRole('slider', { name: /starting noise/ }).fill('2');
    await expect.poll(() => text(fig.locator('[data-escapes]'))).toBe('0');
    await fig.getByRole('combobox', { name: /Speed/ }).selectOption('100');
    const long = await longTasksWhile(
      page,
      async () => {
        expect(await playUntil(fig, 150)).toBeGreaterThan(20);
      },
      async () => {
        if ((await fig.locator('[data-play]').getAttribute('aria-label')) === 'Pause')
          await fig.locator('[data-play]').click();
        await fig.locator('[data-scrubber]').fill('0');
      },
    );
    expect(long).toEqual([]);
    await fig.locator('[data-scrubber]').fill('120');
    const xn = await text(fig.locator('[data-x-noisy]'));
    const again = await reopen(context, fig, 'noise-escape');
    expect(again.href).toContain('noise-escape.seed=3');
    expect(again.href).toContain('noise-escape.noise=2');
    await expect.poll(() => text(again.fig.locator('[data-x-noisy]'))).toBe(xn);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('show me: "with seed 1" replays the noise that stays in the shallow valley', async () => {
    const { page, context, errors } = await open(browser, L5);
    await hydrateAll(page);
    await page.locator('a[data-show-me="noise-escape"]').first().click();
    await expect
      .poll(() => figure(page, 'noise-escape').locator('[data-noisy-end]').textContent())
      .toBe('the shallower valley');
    expect(errors).toEqual([]);
    await context.close();
  });
});
