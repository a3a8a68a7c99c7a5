// Quizzes that teach (issue 15), in Chromium: retry only the missed items, "show me the answers",
// answers set aside when their item changed, the verdict said to screen readers, a message for a
// typed mistake, fresh numbers graded by the module, and predict items graded right and wrong.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { gradientDescent, quadraticXY, run } from '../../src/optim/index.ts';
import { MISCONCEPTIONS } from '../../src/quiz/compute.ts';
import { formatNumber } from '../../src/quiz/number.ts';
import { launch, open } from './browser.ts';

const LESSON = 'lessons/what-is-learning/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Carried {
  id: string;
  hash: string;
  kind: string;
  answer?: number;
  options?: { id: string; correct: boolean }[];
  inputs?: { key: string; default: number }[];
  marker?: { min: number; max: number; start: number };
  variants?: { answer: number; mistakes: { value: number; message: string }[] }[];
  mistakes?: { value: number; message: string }[];
}
async function carried(page: Page): Promise<Carried[]> {
  await page.waitForSelector('section[data-quiz][data-ready]');
  return JSON.parse((await page.locator('section[data-quiz]').getAttribute('data-items'))!) as Carried[];
}
const itemOf = (page: Page, id: string) => page.locator(`[id="quiz-${id}"]`);
const verdict = (item: Locator) => item.locator('[data-feedback]').getAttribute('data-feedback');

/** Answers an item right or wrong (a challenge with its defaults, which the book never lets pass). */
async function answer(page: Page, it: Carried, right: boolean) {
  const item = itemOf(page, it.id);
  if (it.kind === 'choice' || it.kind === 'multi') {
    for (const o of it.options!) {
      const box = item.locator(`[data-option="${o.id}"] input`);
      const want = it.kind === 'choice' ? o.correct === right : right ? o.correct : !o.correct;
      if (want) await box.check();
    }
    if (it.kind === 'choice' && !right) {
      const wrong = it.options!.find((o) => !o.correct)!;
      await item.locator(`[data-option="${wrong.id}"] input`).check();
    }
  } else if (it.kind === 'numeric') {
    await item.locator('[data-numeric-input]').fill(String(right ? it.answer : it.answer! + 1000));
  } else if (it.kind === 'predict') {
    // The marker's start is never right (the build makes sure of it).
    await item.locator('[data-predict-input]').fill(String(right ? it.answer : it.marker!.start));
  }
  await item.locator('[data-check]').click();
  await expect.poll(() => verdict(item)).not.toBeNull();
}

describe('retry what you missed', () => {
  test('after a first pass, "Retry the missed items" walks only those; "Show me the answers" is always there', async () => {
    // Reduced motion: a predict item's run shows at once instead of playing.
    const { page, context, errors } = await open(browser, LESSON, { reducedMotion: 'reduce' });
    const items = await carried(page);
    const retryMissed = page.locator('[data-retry-missed]');
    const plain = items.filter((i) => i.kind !== 'challenge');
    const missed = [plain[1]!.id, plain[3]!.id];
    for (const it of items) await answer(page, it, it.kind !== 'challenge' && !missed.includes(it.id));
    const missedAll = [...missed, ...items.filter((i) => i.kind === 'challenge').map((i) => i.id)];
    await expect.poll(() => retryMissed.isVisible()).toBe(true);
    await retryMissed.click();
    // Only the missed items are shown, each ready for a fresh answer, the first one focused.
    for (const it of items) expect(await itemOf(page, it.id).isVisible(), it.id).toBe(missedAll.includes(it.id));
    for (const id of missedAll) expect(await itemOf(page, id).locator('[data-feedback]').count(), id).toBe(0);
    const first = items.find((i) => missedAll.includes(i.id))!;
    expect(await page.evaluate(() => document.activeElement?.closest('[data-quiz-item]')?.id)).toBe(`quiz-${first.id}`);
    for (const id of missed)
      await answer(
        page,
        items.find((i) => i.id === id)!,
        true,
      );
    expect(await page.locator('[data-quiz-score]').textContent()).toContain(
      `Score: ${items.length - (missedAll.length - missed.length)} / ${items.length}`,
    );
    await page.locator('[data-show-all]').click();
    for (const it of items) expect(await itemOf(page, it.id).isVisible(), it.id).toBe(true);
    // Every answer, at once.
    const answers = page.locator('details.quiz-answers');
    await page.locator('[data-show-answers]').click();
    expect(await answers.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await page.locator('[data-show-answers]').click();
    expect(await answers.evaluateAll((ds) => ds.some((d) => (d as HTMLDetailsElement).open))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an item whose text changed', () => {
  test('its stored answer is set aside with a notice and never restored; the others come back', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    const items = await carried(page);
    const [changed, kept] = items.filter((i) => i.kind === 'choice') as [Carried, Carried];
    const right = (it: Carried) => ({ kind: 'choice', choice: it.options!.find((o) => o.correct)!.id });
    const stored = {
      version: 1,
      lessons: {
        'what-is-learning': {
          quiz: {
            best: 2,
            total: items.length,
            answers: {
              // Given to an earlier wording of the item: another hash.
              [changed.id]: { r: right(changed), h: 'earlier', ok: true },
              [kept.id]: { r: right(kept), h: kept.hash, ok: true },
            },
          },
        },
      },
    };
    await page.evaluate((s) => localStorage.setItem('downhill:progress', JSON.stringify(s)), stored);
    await page.reload();
    await page.waitForSelector('section[data-quiz][data-ready]');
    await expect
      .poll(() => page.locator('[data-storage-notice]').textContent())
      .toContain('One answer you gave to an earlier version of this quiz was set aside');
    expect(await itemOf(page, changed.id).locator('input:checked').count()).toBe(0);
    expect(await verdict(itemOf(page, kept.id))).toBe('correct');
    expect(await page.locator('[data-quiz-score]').textContent()).toContain(`Score: 1 / ${items.length}`);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('downhill:progress')!));
    expect(Object.keys(saved.lessons['what-is-learning'].quiz.aside)).toEqual([changed.id]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('feedback that reaches every reader', () => {
  test('checking an item says in the live region which item, whether it was right, and why', async () => {
    const { page, context } = await open(browser, LESSON);
    const items = await carried(page);
    const live = page.locator('section[data-quiz] [data-announce]');
    expect(await live.getAttribute('role')).toBe('status');
    // Nothing else in the quiz speaks on its own: one announcement per check.
    const speaking = 'section[data-quiz] :is([aria-live], [role="status"], [role="alert"]):not([data-storage-notice])';
    expect(
      await page
        .locator(speaking)
        .evaluateAll((els) => els.map((e) => e.hasAttribute('data-announce') || e.hasAttribute('data-unanswered'))),
    ).not.toContain(false);
    const choice = items.find((i) => i.kind === 'choice')!;
    const k = items.indexOf(choice) + 1;
    await answer(page, choice, false);
    const text = (await live.textContent())!;
    expect(text).toMatch(new RegExp(`^Question ${k} of ${items.length}: Not quite\\.`));
    // The picked option's own "why", and the explanation, as words (math read once, no TeX source).
    const why = await itemOf(page, choice.id).locator('.is-picked + [data-option-feedback]').innerText();
    expect(text).toContain(why.replace(/\s+/g, ' ').slice(0, 24).trim().replace(/^✗ /, ''));
    expect(text).not.toMatch(/\\[a-z]+/);
    expect(text).toContain(`Score: 0 / ${items.length}`);
    const numeric = items.find((i) => i.kind === 'numeric')!;
    await answer(page, numeric, true);
    expect(await live.textContent()).toMatch(
      new RegExp(`^Question ${items.indexOf(numeric) + 1} of ${items.length}: Correct\\.`),
    );
    await context.close();
  });
});

describe('report a problem', () => {
  test('without a tracker set at build time, no "Report a problem" link is shown', async () => {
    const { page, context } = await open(browser, LESSON);
    expect(await page.locator('[data-quiz-item]').count()).toBeGreaterThan(3);
    expect(await page.locator('.report-link, a[data-report-figure]').count()).toBe(0);
    await context.close();
  });
});

describe('an answer to the wrong number', () => {
  test('a typed value that a misconception gives gets that misconception named, with the answer', async () => {
    const { page, context, errors } = await open(browser, 'lessons/beyond-descent/');
    const it = (await carried(page)).find((i) => i.id === 'momentum-velocity')!;
    // Generated from the catalogue with the item's numbers (β and 1 − β swapped), not authored.
    const swapped = it.variants![0]!.mistakes.find((m) => m.message.includes(MISCONCEPTIONS['beta-swapped']))!;
    const item = itemOf(page, it.id);
    await expect.poll(() => item.locator('.quiz-hint').textContent()).toMatch(/two decimals are enough/);
    await item.locator('[data-numeric-input]').fill(String(swapped.value).replace('.', ','));
    await item.locator('[data-numeric-input]').press('Enter');
    await expect.poll(() => verdict(item)).toBe('incorrect');
    const said = await item.locator('[data-result] p').first().innerText();
    expect(said).toContain(MISCONCEPTIONS['beta-swapped']);
    expect(said).toContain(`The answer is ${formatNumber(it.variants![0]!.answer)}.`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('same item, new numbers', () => {
  test('"Try new numbers" shows another set whose answer is the optimizer module’s, and grades by it', async () => {
    const { page, context, errors } = await open(browser, 'lessons/gradients/');
    const it = (await carried(page)).find((i) => i.id === 'one-step-2d')!;
    const item = itemOf(page, it.id);
    const tex = async () =>
      (await item.locator('[data-prompt] annotation').allTextContents()).map((t) => t.trim()).join(' | ');
    const before = await tex();
    await item.locator('[data-new-numbers]').click();
    await expect.poll(tex).not.toBe(before);
    // Read the numbers the reader now sees, and run one step of descent on them.
    const m = /\((-?[\d.]+), (-?[\d.]+)\)/.exec(await tex())!;
    const eta = Number(/\\eta = (-?[\d.]+)/.exec(await tex())![1]);
    const start = [Number(m[1]), Number(m[2])];
    const want = run(quadraticXY, gradientDescent({ learningRate: eta }), start, { maxSteps: 1 }).positions[3]!;
    expect(it.variants!.some((v) => Math.abs(v.answer - want) < 1e-9)).toBe(true);
    expect(await page.locator('section[data-quiz] [data-announce]').textContent()).toMatch(/^New numbers: /);
    if (Math.abs(want - it.variants![0]!.answer) > 0.01) {
      await item.locator('[data-numeric-input]').fill(String(it.variants![0]!.answer));
      await item.locator('[data-check]').click();
      await expect.poll(() => verdict(item)).toBe('incorrect');
      await item.locator('[data-retry]').click();
    }
    await item.locator('[data-numeric-input]').fill(want.toFixed(3));
    await item.locator('[data-check]').click();
    await expect.poll(() => verdict(item)).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('predict, then run', () => {
  test('a prediction graded wrong, then right: the run plays and both marks are shown', async () => {
    const { page, context, errors } = await open(browser, 'lessons/gradient-descent-1d/', { reducedMotion: 'reduce' });
    const it = (await carried(page)).find((i) => i.kind === 'predict')!;
    const item = itemOf(page, it.id);
    const slider = item.locator('[data-predict-input]');
    const xOf = (sel: string) =>
      item.locator(sel).evaluate((g) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')![1]));
    // The keyboard moves the marker, and the slider says where in words.
    await slider.focus();
    const x0 = await xOf('[data-marker]');
    await page.keyboard.press('End');
    // The plot's code loads when the reader reaches into the item (focus did that just now) and then
    // catches up with whatever the keys did meanwhile: poll, on a slow machine it may still be loading.
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe(`θ = ${it.marker!.max}`);
    await expect.poll(() => xOf('[data-marker]')).toBeGreaterThan(x0);
    expect(await item.locator('[data-run]').getAttribute('data-hidden')).not.toBeNull();
    // Enter commits the prediction, as it checks a typed answer.
    await page.keyboard.press('Enter');
    await expect.poll(() => verdict(item)).toBe('incorrect');
    const said = await item.locator('[data-result] p').first().innerText();
    expect(said).toMatch(
      new RegExp(`^Not quite\\. You predicted θ = ${it.marker!.max}: [\\d.]+ off, more than the ±0\\.15 allowed\\.`),
    );
    expect(said).toContain('at the shallower minimum');
    await expect
      .poll(() => page.locator('section[data-quiz] [data-announce]').textContent())
      .toContain('You predicted θ = 2');
    // The run and where it ended are drawn, beside the reader's marker.
    expect(await item.locator('[data-run]').getAttribute('data-hidden')).toBeNull();
    expect(await item.locator('[data-truth]').getAttribute('data-hidden')).toBeNull();
    expect(await item.locator('[data-run-point]:not([data-hidden])').count()).toBeGreaterThan(3);
    expect(await xOf('[data-truth]')).toBeLessThan(await xOf('[data-marker]'));
    await item.locator('[data-retry]').click();
    expect(await item.locator('[data-run]').getAttribute('data-hidden')).not.toBeNull();
    await slider.fill(String(Math.round(it.answer! * 20) / 20));
    await item.locator('[data-check]').click();
    await expect.poll(() => verdict(item)).toBe('correct');
    expect(Math.abs((await xOf('[data-truth]')) - (await xOf('[data-marker]')))).toBeLessThan(5);
    // A reload brings the prediction back, graded, with its run.
    await page.reload();
    await expect.poll(() => verdict(itemOf(page, it.id))).toBe('correct');
    expect(await itemOf(page, it.id).locator('[data-truth]').getAttribute('data-hidden')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
