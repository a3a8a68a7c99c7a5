// The spaced review page (issue 15), in Chromium: a missed item is scheduled and shown, leaves
// after a right answer (also after a reload), and comes back once its interval has passed; the home
// page counts what is due; a schedule it cannot read is set aside with a notice.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DAY } from '../../src/quiz/schedule.ts';
import { at, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Carried {
  id: string;
  kind: string;
  key?: string;
  options?: { id: string; correct: boolean }[];
  variants?: { answer: number }[];
}
const items = async (page: Page, sel: string) => {
  await page.waitForSelector(`${sel}[data-ready]`);
  return JSON.parse((await page.locator(sel).getAttribute('data-items'))!) as Carried[];
};
const shown = (page: Page) =>
  page
    .locator('[data-review-card]:not([hidden])')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-review-card')));

describe('the review page', () => {
  test('a missed item comes back: shown, answered, gone after a reload, due again after its interval', async () => {
    const { page, context, errors } = await open(browser, 'lessons/what-is-learning/');
    const quiz = await items(page, 'section[data-quiz]');
    const choice = quiz.find((i) => i.kind === 'choice')!;
    const wrong = choice.options!.find((o) => !o.correct)!;
    const lessonItem = page.locator(`[id="quiz-${choice.id}"]`);
    await lessonItem.locator(`[data-option="${wrong.id}"] input`).check();
    await lessonItem.locator('[data-check]').click();
    await expect.poll(() => lessonItem.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    const key = `what-is-learning/${choice.id}`;

    // The home page counts it, in all and on its lesson's card.
    await page.goto(at(''));
    await expect.poll(() => page.locator('[data-review-due]').innerText()).toBe('1 question is due for review');
    expect(await page.locator('[data-lesson-card="what-is-learning"] [data-progress]').innerText()).toContain(
      '1 due for review',
    );

    await page.locator('[data-review-due] a').click();
    await page.waitForURL(/\/review\/$/);
    const all = await items(page, 'section[data-review]');
    expect(all.length).toBeGreaterThan(40);
    expect(await shown(page)).toEqual([key]);
    await expect
      .poll(() => page.locator('[data-review-summary]').innerText())
      .toMatch(/^1 question due, from 1 lesson\./);
    const card = page.locator(`[data-review-card="${key}"]`);
    expect(await card.locator('.review-from a').first().getAttribute('href')).toMatch(
      /lessons\/what-is-learning\/#quiz-/,
    );
    const right = choice.options!.find((o) => o.correct)!;
    await card.locator(`[data-option="${right.id}"] input`).check();
    await card.locator('[data-check]').click();
    await expect.poll(() => card.locator('[data-review-next]').innerText()).toBe('It comes back in a day.');
    expect(await page.locator('section[data-review] [data-announce]').textContent()).toMatch(
      /^Review question 1 of 1: Correct\..* It comes back in a day\. 1 of 1 answered right\.$/,
    );

    await page.reload();
    await items(page, 'section[data-review]');
    expect(await shown(page)).toEqual([]);
    expect(await page.locator('[data-review-summary]').innerText()).toBe(
      'Nothing is due now. The next question comes back in a day.',
    );

    await page.clock.setFixedTime(Date.now() + DAY + 60_000);
    await page.reload();
    await items(page, 'section[data-review]');
    expect(await shown(page)).toEqual([key]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('items with fresh numbers come back in another set, graded by its own answer; a lesson’s item is mixed with others', async () => {
    const { page, context, errors } = await open(browser, 'lessons/beyond-descent/');
    const quiz = await items(page, 'section[data-quiz]');
    const numeric = quiz.find((i) => i.id === 'momentum-velocity')!;
    const lessonItem = page.locator(`[id="quiz-${numeric.id}"]`);
    const lessonPrompt = await lessonItem.locator('[data-prompt]').innerText();
    await lessonItem.locator('[data-numeric-input]').fill('1000');
    await lessonItem.locator('[data-check]').click();
    await expect.poll(() => lessonItem.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    // A second lesson's miss, added straight to the schedule the page keeps.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('downhill:review')!);
      s.cards['loss/why-square'] = { box: 1, due: Date.now() - 60_000, misses: 1 };
      localStorage.setItem('downhill:review', JSON.stringify(s));
    });
    await page.goto(at('review/'));
    await items(page, 'section[data-review]');
    expect(await shown(page)).toEqual(['loss/why-square', `beyond-descent/${numeric.id}`]);
    const card = page.locator(`[data-review-card="beyond-descent/${numeric.id}"]`);
    expect(await card.locator('[data-prompt]').innerText()).not.toBe(lessonPrompt);
    expect(await card.locator('[data-quiz-item]').getAttribute('data-variant')).toBe('1');
    await card.locator('[data-numeric-input]').fill(String(numeric.variants![1]!.answer));
    await card.locator('[data-check]').click();
    await expect.poll(() => card.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a schedule it cannot read is set aside with a notice; the page still works', async () => {
    const { page, context, errors } = await open(browser, '');
    await page.evaluate(() => localStorage.setItem('downhill:review', '{"version": 99, "cards": {}}'));
    await page.goto(at('review/'));
    await items(page, 'section[data-review]');
    expect(await page.locator('[data-review-notice]').innerText()).toMatch(
      /could not be read \(saved by a newer version of Downhill \(format 99\)\)\. It was kept aside under “downhill:review:unreadable-1”/,
    );
    expect(await page.evaluate(() => localStorage.getItem('downhill:review:unreadable-1'))).toContain('99');
    expect(await page.locator('[data-review-summary]').innerText()).toMatch(/^Nothing to review yet\./);
    expect(errors).toEqual([]);
    await context.close();
  });
});
