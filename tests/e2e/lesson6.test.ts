import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  accuracy,
  adamTrace,
  createOptimizer,
  createTrainer,
  gradientDescent,
  illConditionedBowl,
  momentum,
  run,
  tinyNetInit,
} from '../../src/optim/index.ts';
import { BOWL_START, CONVERGE_GRAD } from '../../src/figures/lessons/beyond-descent.ts';
import { netObjective } from '../../src/figures/lessons/network.ts';
import { at, figure, hydrateAll, launch, longTasksWhile, open, readout } from './browser.ts';

const LESSON = 'lessons/beyond-descent/';
const num = (s: string | null) => Number((s ?? '').replace('−', '-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('lesson 6 figures', () => {
  test('momentum-bowl: β changes the momentum run only; the link reopens at the same step', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const fig = figure(page, 'momentum-bowl');
    const rule = { maxSteps: 300, toleranceGrad: CONVERGE_GRAD };
    const plain = run(illConditionedBowl(25), gradientDescent({ learningRate: 0.07 }), [...BOWL_START], rule);
    await expect.poll(() => readout(fig)).toContain(`plain descent took ${plain.steps} steps`);
    const gdTrail = await fig.locator('[data-panel="gd"] [data-trail]').getAttribute('d');
    await fig.getByRole('slider', { name: 'momentum β' }).fill('0.9');
    const heavy = run(illConditionedBowl(25), momentum({ learningRate: 0.07, beta: 0.9 }), [...BOWL_START], rule);
    await expect.poll(() => readout(fig)).toContain(`momentum ${heavy.steps}`);
    expect(await fig.locator('[data-panel="gd"] [data-trail]').getAttribute('d')).toBe(gdTrail);
    await fig.locator('[data-scrubber]').fill('25');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('25');
    await fig.locator('[data-step]').click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('26');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('momentum-bowl.beta=0.9');
    expect(href).toContain('momentum-bowl.step=26');
    const status = await fig.locator('[data-momentum-status]').textContent();
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrateAll(again);
    const fig2 = figure(again, 'momentum-bowl');
    await expect.poll(() => fig2.locator('[data-step-readout]').textContent()).toBe('26');
    expect(await fig2.locator('[data-momentum-status]').textContent()).toBe(status);
    // The start handle answers the keyboard and restarts both runs.
    await fig.locator('[data-handle]').first().focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('0');
    await expect.poll(() => page.url()).toContain('momentum-bowl.y0=1.05');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('momentum-bowl: at η = 0.1 plain descent diverges and the figure says so', async () => {
    const { page, context, errors } = await open(
      browser,
      `${LESSON}?momentum-bowl.eta=0.1&momentum-bowl.step=300#momentum-bowl`,
    );
    await hydrateAll(page);
    const fig = figure(page, 'momentum-bowl');
    await expect.poll(() => fig.locator('[data-gd-status]').textContent()).toMatch(/^diverged after \d+ steps$/);
    await expect.poll(() => readout(fig)).toContain('flies off');
    const attrs = await fig
      .locator('svg.fig-plot')
      .evaluateAll((svgs) =>
        svgs.flatMap((s) => [...s.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value))),
      );
    expect(attrs.filter((v) => v.includes('NaN'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('adam-steps: the readout matches optim; switching to Rosenbrock moves the start; links round-trip', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const fig = figure(page, 'adam-steps');
    await fig.locator('[data-step]').click();
    const t = adamTrace(illConditionedBowl(25), { learningRate: 0.1 }, [...BOWL_START], {
      maxSteps: 2000,
      toleranceGrad: CONVERGE_GRAD,
    });
    await expect.poll(() => fig.locator('[data-eff-x]').textContent()).toBe('0.04');
    await expect.poll(() => fig.locator('[data-eff-y]').textContent()).toBe('0.004');
    expect(t.effectiveSteps[2]).toBeCloseTo(0.04, 6);
    await fig.getByRole('combobox', { name: 'Surface' }).selectOption('rosenbrock');
    await fig.getByRole('slider', { name: 'learning rate η' }).focus();
    await page.keyboard.press('ArrowRight');
    await fig.locator('[data-scrubber]').fill('120');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('120');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain('adam-steps.surface=rosenbrock');
    expect(href).toContain('adam-steps.x0=-1.5');
    expect(href).toContain('adam-steps.eta=');
    const x = await fig.locator('[data-x]').textContent();
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrateAll(again);
    await expect.poll(() => figure(again, 'adam-steps').locator('[data-x]').textContent()).toBe(x);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('tiny-network: accuracy rises on XOR while training, without a long task; the step is in the link', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}#tiny-network`);
    const fig = figure(page, 'tiny-network');
    const net = netObjective('xor', 4);
    const start = accuracy(net, tinyNetInit(4, 1));
    // Training happens in the page, so each attempt starts from a fresh page (the trainer keeps its
    // steps, and the URL the step it reached).
    const fresh = async () => {
      await page.goto('about:blank');
      await page.goto(at(`${LESSON}#tiny-network`));
      await hydrateAll(page);
      await expect
        .poll(() => fig.locator('[data-accuracy]').textContent())
        .toBe(String(Number((start * 100).toPrecision(3))));
      await fig.getByRole('combobox', { name: 'Speed (steps a frame)' }).selectOption('16');
    };
    const tasks = await longTasksWhile(
      page,
      async () => {
        await fig.locator('[data-play]').click();
        await expect
          .poll(async () => num(await fig.locator('[data-step-readout]').textContent()), { timeout: 10_000 })
          .toBeGreaterThan(50);
        // While it trains, the controls still answer.
        await fig.getByRole('combobox', { name: 'Speed (steps a frame)' }).selectOption('64');
        expect(await fig.getByRole('combobox', { name: 'Speed (steps a frame)' }).inputValue()).toBe('64');
        expect(await fig.locator('[data-train-status]').textContent()).toBe('Training…');
        await expect
          .poll(async () => num(await fig.locator('[data-accuracy]').textContent()), { timeout: 20_000 })
          .toBeGreaterThanOrEqual(99);
        await fig.locator('[data-play]').click();
      },
      fresh,
    );
    expect(tasks).toEqual([]);
    const step = num(await fig.locator('[data-step-readout]').textContent());
    const acc = await fig.locator('[data-accuracy]').textContent();
    const loss = await fig.locator('[data-loss]').textContent();
    expect(num(acc)).toBeGreaterThan(start * 100);
    // The same step replays to the same network: optim agrees, and so does a reopened link.
    const trainer = createTrainer(net, createOptimizer('gd', { learningRate: 0.5 }), tinyNetInit(4, 1), {
      maxSteps: 3000,
    });
    trainer.advance(step);
    expect(Number((accuracy(net, trainer.x) * 100).toPrecision(3))).toBe(num(acc));
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toContain(`tiny-network.step=${step}`);
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrateAll(again);
    const fig2 = figure(again, 'tiny-network');
    await expect.poll(() => fig2.locator('[data-loss]').textContent(), { timeout: 15_000 }).toBe(loss);
    expect(await fig2.locator('[data-accuracy]').textContent()).toBe(acc);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('tiny-network: data set, hidden units and η are controls; a new seed restarts at step 0', async () => {
    const { page, context, errors } = await open(browser, `${LESSON}?tiny-network.step=60#tiny-network`);
    await hydrateAll(page);
    const fig = figure(page, 'tiny-network');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('60');
    await fig.getByRole('combobox', { name: 'Data set' }).selectOption('moons');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('0');
    await fig.getByRole('slider', { name: 'hidden units' }).fill('6');
    await expect.poll(() => readout(fig)).toContain('25 parameters');
    await fig.getByRole('combobox', { name: 'Optimizer' }).selectOption('adam');
    await expect
      .poll(() => fig.getByRole('slider', { name: 'learning rate η' }).getAttribute('aria-valuetext'))
      .toBe('η = 0.05');
    await fig.locator('[data-scrubber]').fill('200');
    const net = netObjective('moons', 6);
    const t = createTrainer(net, createOptimizer('adam', { learningRate: 0.05 }), tinyNetInit(6, 1), {
      maxSteps: 3000,
    });
    t.advance(200);
    await expect
      .poll(() => fig.locator('[data-accuracy]').textContent())
      .toBe(String(Number((accuracy(net, t.x) * 100).toPrecision(3))));
    await fig.locator('[data-control="new-weights"]').click();
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('0');
    await expect.poll(() => page.url()).toContain('tiny-network.seed=2');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('show me: prose buttons put the figures in their states', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    await page.locator('a[data-show-me="tiny-network"]').first().click();
    const fig = figure(page, 'tiny-network');
    await expect.poll(() => fig.locator('[data-accuracy]').textContent(), { timeout: 15_000 }).toBe('100');
    await page.locator('a[data-show-me="adam-steps"]', { hasText: 'Rosenbrock' }).click();
    await expect
      .poll(() => figure(page, 'adam-steps').getByRole('combobox', { name: 'Surface' }).inputValue())
      .toBe('rosenbrock');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the challenge is graded by optim', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = page.locator('[data-quiz-item="challenge"]');
    await item.locator('[data-challenge-input="eta"]').fill('0.085');
    await item.locator('[data-challenge-input="beta"]').fill('0.53');
    await item.getByRole('button', { name: /check/i }).click();
    await expect
      .poll(() => item.textContent())
      .toContain('Yes: with η = 0.085 and β = 0.53 momentum brings the slope below 0.001 in 24 steps');
    expect(errors).toEqual([]);
    await context.close();
  });
});
