import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrateAll, launch, open } from './browser.ts';

const LESSON = 'lessons/what-is-learning/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function answerFirstChoice(page: Page, correct: boolean) {
  const item = page.locator('#quiz-what-is-a-parameter');
  await item
    .getByLabel(correct ? 'm and b' : 'Only x', { exact: false })
    .first()
    .check();
  await item.locator('[data-check]').click();
  return item;
}

describe('quiz', () => {
  test('feedback for every option, retry, score, and it survives a reload', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = await answerFirstChoice(page, false);
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    // Every option says why it is right or wrong, and the picked wrong one is marked.
    const options = await item.locator('[data-option]').count();
    expect(await item.locator('[data-option-feedback]:visible').count()).toBe(options);
    expect(await item.locator('.quiz-option.is-wrong').count()).toBe(1);
    await expect.poll(() => item.locator('[data-feedback]').textContent()).toContain('Not quite.');
    await item.locator('[data-retry]').click();
    expect(await item.locator('[data-option-feedback]').count()).toBe(0);
    expect(await item.locator('[data-feedback]').count()).toBe(0);
    await answerFirstChoice(page, true);
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    const numeric = page.locator('#quiz-evaluate-line');
    await numeric.locator('[data-numeric-input]').fill('11');
    await numeric.locator('[data-check]').click();
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toContain('Score: 2 / 6');
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toContain('Score: 2 / 6');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the challenge is graded by the optimizer module', async () => {
    const { page, context } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = page.locator('#quiz-jump-the-hump');
    await item.locator('[data-challenge-input="x0"]').fill('-1.2');
    await item.locator('[data-challenge-input="eta"]').fill('0.05');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    await item.locator('[data-challenge-input="x0"]').fill('-1.4');
    await item.locator('[data-challenge-input="eta"]').fill('0.15');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    await context.close();
  });

  test('corrupted storage: a notice, the data kept aside, and the quiz still works', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await page.evaluate(() => localStorage.setItem('downhill:progress', '{not json'));
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-storage-notice]').textContent()).toContain('could not be read');
    expect(await page.evaluate(() => localStorage.getItem('downhill:progress:unreadable-1'))).toBe('{not json');
    const item = await answerFirstChoice(page, true);
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('storage that throws: the quiz still answers, with a notice', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new Error('SecurityError');
        },
      });
    });
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-storage-notice]').textContent()).toContain('does not let');
    const item = await answerFirstChoice(page, true);
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('correct');
    expect(errors).toEqual([]);
    await context.close();
  });
});
