// Lesson 8's figures in Chromium: controls drive them, links (with the step) round-trip, the
// readouts agree with the optimizer module, and the default state is there before any script runs.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  WAVE,
  adam,
  curveNetInit,
  curveNetStaircase,
  curveNetValue,
  fitReport,
  gradientDescent,
  lineRidgeFit,
  maxCurveError,
  polynomialLoss,
  polynomialMSE,
  run,
} from '../../src/optim/index.ts';
import { APPROX, EARLY } from '../../src/figures/lessons/generalization/shared.ts';
import { approxObjective } from '../../src/figures/lessons/generalization/curve-data.ts';
import { lessonSplits } from '../../src/figures/lessons/generalization/data.ts';
import { lineFitData } from '../../src/figures/lessons/data.ts';
import { fmt } from '../../src/widgets/core/frame.ts';
import { at, figure, hydrateAll, launch, open } from './browser.ts';
import { DIST } from './pages.ts';

const LESSON = 'lessons/generalization/';
/** The readouts print numbers with the figures' own fmt, to 3 significant digits. */
const three = (v: number) => fmt(v, 3);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function reopen(page: Page, fig: Locator): Promise<Page> {
  const href = await fig.locator('a[data-figure-link]').getAttribute('href');
  const again = await page.context().newPage();
  await again.goto(new URL(href!, at()).toString());
  await hydrateAll(again);
  return again;
}

describe('lesson 8 without JavaScript', () => {
  test('every figure’s default state is in the page’s HTML, readout included', () => {
    const html = readFileSync(`${DIST}/lessons/generalization/index.html`, 'utf8');
    const splits = lessonSplits();
    const line = fitReport(splits, 1);
    for (const id of ['degree-sweep', 'early-stopping', 'penalty-landscape', 'universal-approximation'])
      expect(html, id).toContain(`data-figure="${id}"`);
    expect(html).toContain(`data-train="">${three(line.train)}</span>`);
    expect(html).toContain('would stop at step 168 and keep step 68');
    expect(html).toContain('data-kappa="">28.2</span>');
    const built = maxCurveError((x) => curveNetValue(curveNetStaircase(WAVE, 8, 4), 8, x), WAVE);
    expect(html).toContain(`data-worst="">${three(built)}</span>`);
  });
});

describe('lesson 8 figures', () => {
  test('degree-sweep: the degree and α drive the fit; validation shows on request; the link round-trips', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}#degree-sweep`);
    await hydrateAll(page);
    const fig = figure(page, 'degree-sweep');
    const splits = lessonSplits();
    await fig.getByRole('slider', { name: 'degree D' }).fill('9');
    await expect.poll(() => fig.locator('[data-test]').textContent()).toBe(three(fitReport(splits, 9).test));
    await expect.poll(() => fig.locator('[data-readout]').textContent()).toContain('Overfitting');
    await fig.locator('[data-control="showValidation"]').check();
    await expect.poll(() => fig.locator('[data-best-validation]').textContent()).toBe('3');
    await expect.poll(() => fig.locator('[data-series="validation"]').count()).toBe(1);
    // The penalty slider answers the keyboard: from 0 (no penalty), End is the largest α.
    const alpha = fig.locator('[data-control="alpha"]');
    await alpha.focus();
    await page.keyboard.press('End');
    await expect.poll(() => alpha.getAttribute('aria-valuetext')).toBe('α = 1');
    await expect
      .poll(() => fig.locator('[data-train]').textContent())
      .toBe(three(fitReport(splits, 9, { alpha: 1 }).train));
    await page.keyboard.press('Home');
    await expect.poll(() => alpha.getAttribute('aria-valuetext')).toBe('α = 0 (no penalty)');
    await fig.getByRole('slider', { name: 'sample (seed)' }).fill('4');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('degree-sweep.degree=9');
    expect(href).toContain('degree-sweep.seed=4');
    expect(href).toContain('degree-sweep.showValidation=1');
    const test4 = three(fitReport(lessonSplits(4), 9).test);
    await expect.poll(() => fig.locator('[data-test]').textContent()).toBe(test4);
    const again = await reopen(page, fig);
    await expect.poll(() => figure(again, 'degree-sweep').locator('[data-test]').textContent()).toBe(test4);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('degree-sweep: a show-me link sets degree 9 with α = 0.01, and the CSV holds every degree', async () => {
    const { page, context, errors } = await open(browser, LESSON, { acceptDownloads: true });
    await hydrateAll(page);
    await page.locator('a[data-show-me="degree-sweep"]', { hasText: 'add α = 0.01' }).click();
    const fig = figure(page, 'degree-sweep');
    const r = fitReport(lessonSplits(), 9, { alpha: 0.01 });
    await expect.poll(() => fig.locator('[data-test]').textContent()).toBe(three(r.test));
    await fig.locator('.fig-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), fig.locator('[data-export="csv"]').click()]);
    const rows = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(download.suggestedFilename()).toBe('degree-sweep_degree-9_alpha-0.01.csv');
    expect(rows[0]).toBe('degree,alpha,train_loss,validation_loss,test_loss,largest_coefficient');
    expect(rows).toHaveLength(13);
    expect(Number(rows[10]!.split(',')[4])).toBeCloseTo(r.test, 12);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('early-stopping: the rule stops the run and keeps the best step; the step is in the link', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}#early-stopping`, { acceptDownloads: true });
    await hydrateAll(page);
    const fig = figure(page, 'early-stopping');
    await expect
      .poll(() => fig.locator('[data-stop]').textContent())
      .toContain('would stop at step 168 and keep step 68');
    await fig.locator('[data-control="stop"]').check();
    await expect.poll(() => fig.locator('[data-scrubber]').getAttribute('max')).toBe('168');
    await fig.locator('[data-scrubber]').fill('100');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('100');
    await fig.locator('[data-step]').click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('101');
    const splits = lessonSplits();
    const plain = run(
      polynomialLoss(splits.train, EARLY.degree),
      gradientDescent({ learningRate: EARLY.eta }),
      new Float64Array(EARLY.degree + 1),
      { maxSteps: 101 },
    );
    const at101 = plain.positions.subarray(101 * (EARLY.degree + 1));
    await expect
      .poll(() => fig.locator('[data-validation]').textContent())
      .toBe(three(polynomialMSE(splits.validation, at101)));
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('early-stopping.stop=1');
    expect(href).toContain('early-stopping.step=101');
    const again = await reopen(page, fig);
    await expect.poll(() => figure(again, 'early-stopping').locator('[data-step-readout]').textContent()).toBe('101');
    // The scrubber's End: the rule has fired, and the readout names the kept step.
    await fig.locator('[data-scrubber]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => fig.locator('[data-stop]').textContent()).toContain('Kept step 68');
    await expect.poll(() => fig.locator('[data-kept]').count()).toBe(1);
    // The patience slider moves the stop; the CSV carries the validation loss of every step.
    await fig.getByRole('slider', { name: 'patience (steps)' }).fill('20');
    await expect.poll(() => fig.locator('[data-scrubber]').getAttribute('max')).toBe('88');
    await fig.locator('.fig-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), fig.locator('[data-export="csv"]').click()]);
    const rows = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(rows[0]!.split(',').at(-1)).toBe('validation');
    expect(rows).toHaveLength(90);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('early-stopping: a learning rate too large diverges and the figure says so, with no NaN drawn', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?early-stopping.eta=1.5#early-stopping`);
    await hydrateAll(page);
    const fig = figure(page, 'early-stopping');
    await expect.poll(() => fig.locator('[data-readout]').textContent()).toContain('Diverged after step');
    const attrs = await fig
      .locator('svg.fig-plot')
      .evaluateAll((svgs) =>
        svgs.flatMap((s) => [...s.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value))),
      );
    expect(attrs.filter((v) => v.includes('NaN'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('penalty-landscape: α moves the bottom as lineRidgeFit says; keyboard and links work', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?penalty-landscape.alpha=0.1#penalty-landscape`);
    await hydrateAll(page);
    const fig = figure(page, 'penalty-landscape');
    const b = lineRidgeFit(lineFitData(7), 0.1)!;
    await expect.poll(() => fig.locator('[data-m]').textContent()).toBe(fmt(b.m, 4));
    expect(await fig.locator('[data-kappa]').textContent()).toBe('13');
    // The plot's title names the bottom with the readout's digits (it said m = 1.06 beside a readout of 1.064).
    expect(await fig.locator('svg.fig-plot').nth(1).locator(':scope > title').textContent()).toContain(
      `its bottom is at m = ${fmt(b.m, 4)}, b = ${fmt(b.b, 4)}`,
    );
    const bottom = await fig.locator('[data-bottom]').getAttribute('cx');
    const slider = fig.locator('[data-control="alpha"]');
    await slider.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => fig.locator('[data-bottom]').getAttribute('cx')).not.toBe(bottom);
    await page.keyboard.press('Home');
    await expect.poll(() => fig.locator('[data-alpha]').textContent()).toBe('0');
    await page.keyboard.press('ArrowRight');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toMatch(/penalty-landscape\.alpha=1e-6|penalty-landscape\.alpha=0\.000001/);
    const again = await reopen(page, fig);
    await expect.poll(() => figure(again, 'penalty-landscape').locator('[data-alpha]').textContent()).toBe('1.00e−6');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('universal-approximation: more stairs, a closer fit; a link to a trained step catches up to it', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}#universal-approximation`);
    await hydrateAll(page);
    const fig = figure(page, 'universal-approximation');
    const stair = (h: number) => maxCurveError((x) => curveNetValue(curveNetStaircase(WAVE, h, 4), h, x), WAVE);
    await expect.poll(() => fig.locator('[data-worst]').textContent()).toBe(three(stair(8)));
    await fig.getByRole('slider', { name: 'hidden units H' }).fill('16');
    await expect.poll(() => fig.locator('[data-worst]').textContent()).toBe(three(stair(16)));
    await expect.poll(() => fig.locator('[data-unit]').count()).toBe(16);
    await fig.locator('[data-control="mode"]').selectOption('trained');
    await expect.poll(() => fig.locator('[data-scrubber]').count()).toBe(1);
    await fig.getByRole('slider', { name: 'hidden units H' }).fill('3');
    await fig.locator('[data-scrubber]').fill('1000');
    const net = approxObjective('curve', 3);
    const r = run(net, adam({ learningRate: APPROX.eta }), curveNetInit(3, APPROX.initSeed), { maxSteps: 1000 });
    const worst = maxCurveError((x) => curveNetValue(r.positions.subarray(1000 * net.dim), 3, x), WAVE);
    await expect.poll(() => fig.locator('[data-worst]').textContent(), { timeout: 20_000 }).toBe(three(worst));
    expect(await fig.locator('[data-train]').textContent()).toBe(three(r.values[1000]!));
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('universal-approximation.mode=trained');
    expect(href).toContain('universal-approximation.step=1000');
    const again = await reopen(page, fig);
    await expect
      .poll(() => figure(again, 'universal-approximation').locator('[data-worst]').textContent(), { timeout: 20_000 })
      .toBe(three(worst));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('universal-approximation: the show-me link trains eight units on the noisy points to step 3000', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    await page.locator('a[data-show-me="universal-approximation"]', { hasText: 'Train eight units' }).click();
    const fig = figure(page, 'universal-approximation');
    const net = approxObjective('sample', 8);
    const r = run(net, adam({ learningRate: APPROX.eta }), curveNetInit(8, APPROX.initSeed), { maxSteps: 3000 });
    await expect
      .poll(() => fig.locator('[data-train]').textContent(), { timeout: 30_000 })
      .toBe(three(r.values[3000]!));
    expect(await fig.locator('[data-test]').textContent()).toBe('0.107');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the quiz challenge is graded by optim: no penalty fails on the wiggles, α = 0.005 passes', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = page.locator('#quiz-rescue-by-penalty');
    const verdict = () => item.locator('[data-feedback]').getAttribute('data-feedback');
    await item.locator('[data-challenge-input="alpha"]').fill('0');
    await item.locator('[data-check]').click();
    await expect.poll(verdict).toBe('incorrect');
    expect(await item.locator('[data-feedback]').textContent()).toContain('A stronger penalty calms it');
    await item.locator('[data-challenge-input="alpha"]').fill('0.005');
    await item.locator('[data-check]').click();
    await expect.poll(verdict).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });
});
