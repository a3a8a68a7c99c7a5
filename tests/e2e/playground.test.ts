import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaults } from '../../src/figures/state.ts';
import { playground as spec, playgroundObjective } from '../../src/figures/playground.ts';
import { race, startOf } from '../../src/widgets/playground/race.ts';
import { at, figure, hydrated, launch, longTasksWhile, open, playUntil, readout } from './browser.ts';

const PAGE = 'playground/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What optim says the table should say for a state. */
function expected(patch: Record<string, string | number>) {
  const s = { ...defaults(spec.table), ...patch } as Record<string, string | number | boolean>;
  const objective = playgroundObjective(String(s.obj), Number(s.kappa));
  return race(s, objective, startOf(objective, Number(s.x), Number(s.y)), Number(s.steps), Number(s.tol));
}

describe('playground', () => {
  test('the default race matches optim, and the table says who converged', async () => {
    const { page, context, errors } = await open(browser, PAGE);
    await hydrated(page);
    const fig = figure(page, 'playground');
    const lanes = expected({});
    expect(lanes.map((l) => l.id)).toEqual(['gd', 'momentum', 'adam']);
    for (const l of lanes) {
      const row = fig.locator(`[data-result="${l.slot}"] [data-status]`);
      const r = l.result!;
      const text =
        r.stop.reason === 'tolerance-grad'
          ? `converged in ${r.steps} steps`
          : `still going at the budget (${r.steps} steps)`;
      await expect.poll(() => row.textContent()).toBe(text);
    }
    await expect.poll(() => fig.locator('[data-summary]').textContent()).toContain('Fastest to converge: C (Adam)');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('objective, optimizer and hyperparameter controls; the link reopens the same race at the same step', async () => {
    const { page, context, errors } = await open(browser, PAGE);
    await hydrated(page);
    const fig = figure(page, 'playground');
    await fig.getByRole('combobox', { name: 'Objective' }).selectOption('bowl');
    const laneB = fig.getByRole('group', { name: 'Optimizer B' });
    await laneB.getByRole('combobox', { name: 'Optimizer B' }).selectOption('sign');
    await laneB.getByRole('slider', { name: 'step size' }).focus();
    await page.keyboard.press('End');
    const laneC = fig.getByRole('group', { name: 'Optimizer C' });
    await laneC.getByRole('combobox', { name: 'Optimizer C' }).selectOption('none');
    await expect.poll(() => fig.locator('[data-result]').count()).toBe(2);
    const laneA = fig.getByRole('group', { name: 'Optimizer A' });
    await laneA.getByRole('slider', { name: 'learning rate η' }).focus();
    await page.keyboard.press('ArrowLeft');
    await fig.locator('[data-scrubber]').fill('12');
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('12');
    const href = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(href).toMatch(/\/playground\/\?/);
    // Plain keys (the playground has its page to itself), and only keys that change something:
    // B runs sign steps, which take a step size and no learning rate; C runs nothing.
    const params = new URL(href!, at()).searchParams;
    expect(params.get('obj')).toBe('bowl');
    expect(params.get('b')).toBe('sign');
    expect(params.get('b.ss')).not.toBeNull();
    expect(params.get('b.lr')).toBeNull();
    expect(params.get('c')).toBe('none');
    expect([...params.keys()].filter((k) => k.startsWith('c.'))).toEqual([]);
    expect(params.get('step')).toBe('12');
    expect(href).toMatch(/#playground$/);
    const query = Object.fromEntries(params);
    const patch: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(query)) patch[k] = k === 'obj' || /^[abc]$/.test(k) ? v : Number(v);
    const lanes = expected(patch);
    const said = await readout(fig);
    const table = await fig.locator('[data-results]').textContent();
    expect(table).toContain(`converged in ${lanes[0]!.result!.steps} steps`);
    const again = await context.newPage();
    await again.goto(new URL(href!, at()).toString());
    await hydrated(again);
    const fig2 = figure(again, 'playground');
    await expect.poll(() => readout(fig2)).toBe(said);
    expect(await fig2.locator('[data-results]').textContent()).toBe(table);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the start handle answers the keyboard; SGD is offered only on the line fit', async () => {
    const { page, context, errors } = await open(browser, PAGE);
    await hydrated(page);
    const fig = figure(page, 'playground');
    await fig.locator('[data-handle]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('-1.46');
    const laneA = fig.getByRole('group', { name: 'Optimizer A' });
    expect(await laneA.locator('option[value="sgd"]').isDisabled()).toBe(true);
    await fig.getByRole('combobox', { name: 'Objective' }).selectOption('line-fit');
    expect(await laneA.locator('option[value="sgd"]').isDisabled()).toBe(false);
    await laneA.getByRole('combobox', { name: 'Optimizer A' }).selectOption('sgd');
    await expect.poll(() => laneA.getByRole('slider', { name: 'batch size' }).count()).toBe(1);
    await expect.poll(() => laneA.getByRole('slider').count()).toBe(3);
    await expect
      .poll(() => fig.locator('[data-result="a"] [data-status]').textContent())
      .toMatch(/converged|still going/);
    // 1-D objectives draw a curve and keep working.
    await fig.getByRole('combobox', { name: 'Objective' }).selectOption('two-wells');
    await expect.poll(() => readout(fig)).toContain('Two wells');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('links made before plain keys (under playground.) still open the same race, in the current form', async () => {
    const { page, context, errors } = await open(
      browser,
      `${PAGE}?playground.obj=saddle&playground.x=-2.5&playground.y=0&playground.a.lr=0.05&playground.b=none&playground.c=none&playground.steps=400#playground`,
    );
    await hydrated(page);
    const fig = figure(page, 'playground');
    await expect.poll(() => readout(fig)).toContain('Saddle');
    expect(await fig.locator('[data-result]').count()).toBe(1);
    expect(await fig.locator('[data-link-report]').count()).toBe(0);
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?obj=saddle&x=-2.5&y=0&a.lr=0.05&b=none&c=none&steps=400');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('playback runs without a long task', async () => {
    const { page, context, errors } = await open(browser, `${PAGE}?step=0`);
    await hydrated(page);
    const fig = figure(page, 'playground');
    await fig.getByRole('combobox', { name: 'Speed (steps a second)' }).selectOption('300');
    const tasks = await longTasksWhile(
      page,
      async () => void (await playUntil(fig, 600)),
      async () => {
        if ((await fig.locator('[data-play]').getAttribute('aria-label')) === 'Pause')
          await fig.locator('[data-play]').click();
        await fig.locator('[data-scrubber]').fill('0');
      },
    );
    expect(tasks).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the embed page reads plain keys and hides what hide= names', async () => {
    const { page, context, errors } = await open(browser, 'playground/embed/?obj=saddle&c=none&hide=controls');
    await hydrated(page);
    const fig = figure(page, 'playground');
    await expect.poll(() => readout(fig)).toContain('Saddle');
    expect(await fig.locator('.pg-controls').count()).toBe(0);
    expect(await fig.locator('[data-result]').count()).toBe(2);
    const back = await fig.locator('a[data-lesson-link]').getAttribute('href');
    expect(back).toContain('/playground/?');
    expect(new URL(back!, at()).searchParams.get('obj')).toBe('saddle');
    expect(errors).toEqual([]);
    await context.close();
  });
});
