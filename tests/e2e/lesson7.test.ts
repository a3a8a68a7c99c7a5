import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  backpropGradient,
  gradientDescent,
  hLadder,
  run,
  slopeError,
  tinyNetInit,
  traceExample,
  twoWells,
} from '../../src/optim/index.ts';
import { LESSON_EXAMPLE, LESSON_WEIGHTS } from '../../src/figures/lessons/backpropagation/shared.ts';
import { netObjective } from '../../src/figures/lessons/network.ts';
import { sci } from '../../src/quiz/numbers.ts';
import { at, figure, hydrateAll, launch, open } from './browser.ts';

const LESSON = 'lessons/backpropagation/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const readout = (fig: Locator) => fig.locator('[data-readout]').textContent();
const dec = (v: number) => v.toFixed(4).replace('-', '−');
const L = (t: number) => twoWells.value([t]);
const slope = (t: number) => twoWells.gradient([t], new Float64Array(1))[0]!;

/** Opens `href` (a figure link) in a new page of the same context and returns the figure there. */
async function reopen(page: Page, href: string, id: string): Promise<Locator> {
  const again = await page.context().newPage();
  await again.goto(new URL(href, at()).toString());
  await hydrateAll(again);
  return figure(again, id);
}

async function csvOf(page: Page, fig: Locator): Promise<string[]> {
  await fig.locator('.fig-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), fig.locator('[data-export="csv"]').click()]);
  // The file's source (comment lines) aside.
  return readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('#'));
}

describe('lesson 7 figures', () => {
  test('difference-slope: stepping shrinks h, the error matches optim, the link keeps the step, the CSV has every rung', async () => {
    const { page, context, errors } = await open(browser, LESSON, { acceptDownloads: true });
    await hydrateAll(page);
    const fig = figure(page, 'difference-slope');
    await expect.poll(() => readout(fig)).toContain('h = 1.0 (step 0 of 64)');
    // At h = 1 both points of the secant are on the plot (θ + h = 2 has L ≈ 4.02).
    const cys = await fig
      .locator('[data-secant-point]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    expect(cys).toHaveLength(2);
    for (const cy of cys) expect(cy).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < 4; i++) await fig.locator('[data-step]').click();
    const at4 = slopeError(L, slope(1), 1, hLadder(4));
    await expect.poll(() => fig.locator('[data-h]').textContent()).toBe('1.0·10⁻¹');
    expect(await fig.locator('[data-error]').textContent()).toBe(sci(at4.centralError));
    expect(await fig.locator('[data-where]').textContent()).toContain('Truncation error dominates');
    // Past the bottom of the V, rounding takes over (the prose's 7·10⁻⁵ at h = 10⁻¹²).
    await fig.locator('[data-scrubber]').fill('48');
    await expect.poll(() => fig.locator('[data-h]').textContent()).toBe('1.0·10⁻¹²');
    expect(await fig.locator('[data-error]').textContent()).toMatch(/^7\.\d·10⁻⁵$/);
    expect(await fig.locator('[data-where]').textContent()).toContain('Rounding error dominates');
    await fig.locator('[data-control="kind"]').selectOption('forward');
    await expect.poll(() => readout(fig)).toContain('one-sided estimate');
    // The point answers the keyboard.
    await fig.locator('[data-handle]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => fig.locator('a[data-figure-link]').getAttribute('href'))
      .toContain('difference-slope.theta=1.01');
    const href = (await fig.locator('a[data-figure-link]').getAttribute('href'))!;
    expect(href).toContain('difference-slope.step=48');
    expect(href).toContain('difference-slope.kind=forward');
    const text = await readout(fig);
    const fig2 = await reopen(page, href, 'difference-slope');
    await expect.poll(() => readout(fig2)).toBe(text);
    const rows = await csvOf(page, fig);
    expect(rows[0]).toBe('step,h,one_sided,central,one_sided_error,central_error');
    expect(rows).toHaveLength(66);
    expect(Number(rows[5]!.split(',')[1])).toBeCloseTo(0.1, 12);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('backprop-graph: opens with both passes done; reset and steps write the values optim computes; the link keeps the step', async () => {
    const { page, context, errors } = await open(browser, LESSON, { acceptDownloads: true });
    await hydrateAll(page);
    const fig = figure(page, 'backprop-graph');
    const t = traceExample(LESSON_WEIGHTS, 2, LESSON_EXAMPLE);
    const wide = fig.locator('[data-graph="wide"]');
    await expect.poll(() => readout(fig)).toContain('all 9 partial derivatives');
    expect(await wide.locator('[data-node="z0"]').textContent()).toContain(dec(t.deltaHidden[0]!));
    expect(await wide.locator('[data-node="out0"]').textContent()).toContain(dec(t.gradient[8]!));
    // One button resets the figure's settings; the timeline's goes back to step 0, named apart.
    expect(await fig.getByRole('button', { name: /reset/i }).count()).toBe(1);
    await fig.getByRole('button', { name: 'Back to step 0' }).click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('0');
    expect(await wide.locator('[data-node="z0"]').textContent()).toContain('z₁ = ?');
    for (let i = 0; i < 7; i++) await fig.locator('[data-step]').click();
    await expect
      .poll(() => fig.locator('[data-says]').textContent())
      .toBe(`ℓ = −ln q = −ln ${dec(t.q)} = ${dec(t.loss)} (the point is orange, y = 1)`);
    expect(await wide.locator('[data-node="z0"]').textContent()).toContain('δ₁ = ?');
    await fig.locator('[data-step]').click();
    await expect
      .poll(() => fig.locator('[data-says]').textContent())
      .toContain(`q − y = ${dec(t.q)} − 1 = ${dec(t.delta)}`);
    expect(await readout(fig)).toContain('backward 0 of 12');
    // A blue point: the same forward values, a smaller loss.
    await fig.locator('[data-control="label"]').selectOption('blue');
    const blue = traceExample(LESSON_WEIGHTS, 2, { ...LESSON_EXAMPLE, y: 0 });
    await expect.poll(() => fig.locator('[data-says]').textContent()).toContain(`= ${dec(blue.delta)}`);
    await fig.getByRole('slider', { name: 'input x₁' }).fill('-0.3');
    const href = (await fig.locator('a[data-figure-link]').getAttribute('href'))!;
    expect(href).toContain('backprop-graph.step=8');
    expect(href).toContain('backprop-graph.label=blue');
    expect(href).toContain('backprop-graph.x1=-0.3');
    const says = await fig.locator('[data-says]').textContent();
    const fig2 = await reopen(page, href, 'backprop-graph');
    await expect.poll(() => fig2.locator('[data-says]').textContent()).toBe(says);
    // Random weights: optim's seeded ones.
    await fig.locator('[data-control="weights"]').selectOption('random');
    await fig.locator('[data-step]').click();
    const rnd = traceExample(tinyNetInit(2, 1), 2, { x1: -0.3, x2: -1, y: 0 });
    await expect.poll(() => fig.locator('[data-says]').textContent()).toContain(dec(rnd.gradient[8]!));
    const rows = await csvOf(page, fig);
    expect(rows[0]).toBe('quantity,value,dloss_d');
    expect(
      rows
        .find((r) => r.startsWith('c,'))!
        .split(',')
        .map(Number)[2],
    ).toBeCloseTo(rnd.gradient[8]!, 12);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('backprop-graph: a phone gets the tall drawing, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await open(browser, 'figures/backprop-graph/', {
        viewport: { width: 360, height: 800 },
        javaScriptEnabled,
      });
      const fig = figure(page, 'backprop-graph');
      await expect.poll(() => fig.locator('[data-graph="tall"]').isVisible()).toBe(true);
      expect(await fig.locator('[data-graph="wide"]').isVisible()).toBe(false);
      expect(await fig.locator('[data-graph="tall"] [data-node="out0"]').textContent()).toContain('δ = −0.6991');
      await context.close();
    }
  });

  test('gradient-check: a planted slip spoils the hidden rows only; h, the step and the link', async () => {
    const { page, context, errors } = await open(browser, LESSON, { acceptDownloads: true });
    await hydrateAll(page);
    const fig = figure(page, 'gradient-check');
    await expect.poll(() => fig.locator('[data-verdict]').textContent()).toMatch(/^All 17 entries agree/);
    await fig.locator('[data-control="mistake"]').selectOption('tanh-slope');
    await expect.poll(() => fig.locator('[data-verdict]').textContent()).toMatch(/^12 of 17 entries disagree/);
    expect(await fig.locator('[data-agrees="false"]').count()).toBe(12);
    for (let i = 12; i < 17; i++)
      expect(await fig.locator(`[data-row="${i}"]`).getAttribute('data-agrees')).toBe('true');
    await fig.locator('[data-scrubber]').fill('400');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('400');
    await fig.getByRole('slider', { name: 'offset h' }).fill('-12');
    await expect.poll(() => fig.locator('[data-verdict]').textContent()).toMatch(/^17 of 17 entries disagree/);
    const href = (await fig.locator('a[data-figure-link]').getAttribute('href'))!;
    expect(href).toContain('gradient-check.mistake=tanh-slope');
    expect(href).toContain('gradient-check.step=400');
    expect(href).toContain('gradient-check.logh=-12');
    const verdict = await fig.locator('[data-verdict]').textContent();
    const fig2 = await reopen(page, href, 'gradient-check');
    await expect.poll(() => fig2.locator('[data-verdict]').textContent()).toBe(verdict);
    // The CSV holds backpropagation's entries as optim computes them (a slip, at step 400).
    const net = netObjective('xor', 4);
    const r = run(net, gradientDescent({ learningRate: 0.5 }), tinyNetInit(4, 1), { maxSteps: 400 });
    const p = r.positions.slice(400 * 17);
    const rows = await csvOf(page, fig);
    expect(rows[0]).toBe('parameter,backpropagation,central_difference,relative_difference');
    expect(rows).toHaveLength(18);
    const g = backpropGradient(net, p, 'tanh-slope');
    expect(Number(rows[13]!.split(',')[1])).toBeCloseTo(g[12]!, 9);

    expect(errors).toEqual([]);
    await context.close();
  });

  test('every figure of the lesson reads without JavaScript, and its standalone page opens in the linked state', async () => {
    for (const [id, query, text] of [
      ['difference-slope', '?step=24', 'bottom of the central V'],
      ['backprop-graph', '?step=3', 'a₁ = tanh z₁'],
      ['gradient-check', '?mistake=sign', '17 of 17 entries disagree'],
    ] as const) {
      const { page, context } = await open(browser, `figures/${id}/`, { javaScriptEnabled: false });
      expect(await figure(page, id).locator('svg').count()).toBeGreaterThan(0);
      expect((await readout(figure(page, id)))!.length).toBeGreaterThan(20);
      await context.close();
      const live = await open(browser, `figures/${id}/${query}`);
      await hydrateAll(live.page);
      await expect.poll(() => readout(figure(live.page, id))).toContain(text);
      expect(live.errors).toEqual([]);
      await live.context.close();
    }
  });
  test('the quiz challenge is graded by optim: an h at the V’s bottom passes, a large one fails on truncation', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = page.locator('#quiz-best-offset');
    await item.locator('[data-challenge-input="e"]').fill('-1');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    expect(await item.locator('[data-feedback]').textContent()).toContain('truncation error is still too big');
    await item.locator('[data-challenge-input="e"]').fill('-6');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });
});
