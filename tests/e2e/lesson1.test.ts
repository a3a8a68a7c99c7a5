import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { gradientDescent, leastSquares, run, twoWells, TWO_WELLS_MINIMA } from '../../src/optim/index.ts';
import { lineFitData } from '../../src/figures/lessons/data.ts';
import { at, figure, hydrateAll, launch, open, readout } from './browser.ts';

const LESSON = 'lessons/what-is-learning/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('lesson 1 figures', () => {
  test('model-family: the family select and a slider redraw the curve, and the link keeps the state', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const fig = figure(page, 'model-family');
    const before = await fig.locator('[data-curve]').getAttribute('d');
    await fig.getByRole('combobox', { name: 'Family' }).selectOption('parabola');
    await fig.getByRole('slider', { name: 'a' }).fill('2');
    const after = await fig.locator('[data-curve]').getAttribute('d');
    expect(after).not.toBe(before);
    // The curve spans the whole plot, right edge included (x = 3 sits at 468 of the 480-unit viewBox).
    const right = await fig.locator('[data-curve]').evaluate((el) => {
      const b = (el as SVGGraphicsElement).getBBox();
      return b.x + b.width;
    });
    expect(right).toBeGreaterThan(460);
    expect(await fig.getByRole('slider', { name: 'm', exact: true }).count()).toBe(1);
    await expect.poll(() => readout(fig)).toContain('Parabola');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('model-family.family=parabola');
    expect(href).toContain('model-family.a=2');
    expect(href).toMatch(/#model-family$/);
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrateAll(again);
    await expect.poll(() => readout(figure(again, 'model-family'))).toContain('y = 2·x²');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('fit-by-hand: sliders change the MSE; the least-squares line beats the target', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const fig = figure(page, 'fit-by-hand');
    const mse0 = await fig.locator('[data-mse]').textContent();
    const best = leastSquares(lineFitData(7))!;
    await fig.getByRole('slider', { name: 'slope m' }).fill(best.m.toFixed(2));
    await fig.getByRole('slider', { name: 'intercept b' }).fill(best.b.toFixed(2));
    await expect.poll(() => fig.locator('[data-mse]').textContent()).not.toBe(mse0);
    await expect.poll(() => readout(fig)).toContain('Target beaten');
    // Keyboard: a line handle moves with the arrow keys.
    const line0 = await fig.locator('[data-fit-line]').getAttribute('y1');
    await fig.locator('[data-handle]').first().focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => fig.locator('[data-fit-line]').getAttribute('y1')).not.toBe(line0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('first-descent: stepping, scrubbing and the start handle; a link reopens at the same step', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    await fig.locator('[data-step]').click();
    await fig.locator('[data-step]').click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('2');
    await fig.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('1');
    await fig.locator('[data-scrubber]').fill('9');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('9');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('first-descent.step=9');
    const x9 = await fig.locator('[data-x]').textContent();
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrateAll(again);
    const fig2 = figure(again, 'first-descent');
    await expect.poll(() => fig2.locator('[data-x]').textContent()).toBe(x9);
    // The start handle answers the keyboard and restarts the run.
    await fig.locator('[data-handle]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('0');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('first-descent: from x0 = 1.8 the run converges to the deeper minimum and says so', async () => {
    const { page, context } = await open(
      browser,
      `${LESSON}?first-descent.x0=1.8&first-descent.step=200#first-descent`,
    );
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    await expect.poll(() => readout(fig)).toContain('Stopped by the tolerance rule');
    const x = Number((await fig.locator('[data-x]').textContent())!.replace('−', '-'));
    expect(x).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    await context.close();
  });

  test('show me: a prose button puts the figure in its state', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    await page.locator('a[data-show-me="first-descent"]').first().click();
    const fig = figure(page, 'first-descent');
    await expect
      .poll(() => fig.getByRole('slider', { name: /^Start \(drag/ }).getAttribute('aria-valuenow'))
      .toBe('1.8');
    const steps = run(twoWells, gradientDescent({ learningRate: 0.05 }), [1.8], {
      maxSteps: 200,
      toleranceF: 1e-10,
    }).steps;
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe(String(Math.min(40, steps)));
    await expect.poll(() => page.url()).toContain('first-descent.x0=1.8');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('several figures changed at once all keep their state in the page URL', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    await Promise.all([
      figure(page, 'model-family').getByRole('slider', { name: 'm', exact: true }).fill('2'),
      figure(page, 'fit-by-hand').getByRole('slider', { name: 'slope m' }).fill('1.5'),
    ]);
    await page.locator('a[data-show-me="first-descent"]').first().click();
    await expect.poll(() => page.url()).toContain('model-family.m=2');
    await expect.poll(() => page.url()).toContain('fit-by-hand.m=1.5');
    await expect.poll(() => page.url()).toContain('first-descent.x0=1.8');
    // Reopening that URL restores all three.
    const again = await context.newPage();
    await again.goto(page.url());
    await hydrateAll(again);
    await expect.poll(() => readout(figure(again, 'fit-by-hand'))).toContain('1.5·x');
    await expect.poll(() => readout(figure(again, 'model-family'))).toContain('y = 2·x');
    expect(errors).toEqual([]);
    await context.close();
  });
});
