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
    .getByLabel(correct ? 'm and b' : 'm, b and η', { exact: false })
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
    await numeric.locator('[data-numeric-input]').fill('-2.5');
    await numeric.locator('[data-check]').click();
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toContain('Score: 2 / 9');
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toContain('Score: 2 / 9');
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
    await item.locator('[data-challenge-input="eta"]').fill('0.12');
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

describe('fair order and answers stored by option', () => {
  const optionIds = (page: Page, item: string) =>
    page.locator(`#quiz-${item} [data-option]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));

  test('options are shown in the same shuffled order with and without JavaScript', async () => {
    const withJs = await open(browser, LESSON);
    const noJs = await open(browser, LESSON, { javaScriptEnabled: false });
    for (const id of ['what-is-a-parameter', 'family-or-member', 'descent-direction']) {
      const shown = await optionIds(withJs.page, id);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(await optionIds(noJs.page, id)).toEqual(shown);
      // The disclosure lists the answers in the same order.
      expect(
        await noJs.page
          .locator(`#quiz-${id} [data-answer-of]`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-answer-of'))),
      ).toEqual(shown);
    }
    await withJs.context.close();
    await noJs.context.close();
  });

  test('a saved answer comes back on its option, wherever that option is shown', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    await hydrateAll(page);
    const item = page.locator('#quiz-what-is-a-parameter');
    const wrong = item.locator('[data-option]').filter({ hasText: 'multiplication' });
    const id = await wrong.getAttribute('data-option');
    const before = await optionIds(page, 'what-is-a-parameter');
    await wrong.locator('input').check();
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-feedback]').getAttribute('data-feedback')).toBe('incorrect');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('downhill:progress')!));
    expect(saved.lessons['what-is-learning'].quiz.answers['what-is-a-parameter'].r).toEqual({
      kind: 'choice',
      choice: id,
    });
    // Serve the page with this item's options in another order (as a rebuild with new items might).
    await page.route(/what-is-learning\/$/, async (route) => {
      const html = await (await route.fetch()).text();
      const start = html.indexOf('id="quiz-what-is-a-parameter"');
      const end = html.indexOf('</fieldset>', start);
      const labels = html.slice(start, end).match(/<label class="quiz-option"[\s\S]*?<\/label>/g)!;
      const first = html.indexOf(labels[0]!, start);
      const last = html.indexOf(labels.at(-1)!, start) + labels.at(-1)!.length;
      const body = html.slice(0, first) + [...labels].reverse().join('') + html.slice(last);
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    await page.reload();
    await hydrateAll(page);
    const order = await optionIds(page, 'what-is-a-parameter');
    expect(order).toEqual([...before].reverse());
    const checked = item.locator('[data-option]:has(input:checked)');
    await expect.poll(() => checked.getAttribute('data-option')).toBe(id);
    expect(await checked.textContent()).toContain('multiplication');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('answers saved by position (before the shuffle) are set aside with a notice, never restored', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    const old = {
      version: 1,
      lessons: {
        'what-is-learning': {
          quiz: {
            best: 2,
            total: 6,
            answers: {
              'what-is-a-parameter': { kind: 'choice', choice: 0 },
              'evaluate-line': { kind: 'numeric', value: 11 },
            },
          },
        },
      },
    };
    await page.evaluate((s) => localStorage.setItem('downhill:progress', JSON.stringify(s)), old);
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => page.locator('[data-storage-notice]').textContent()).toContain('2 answers');
    expect(await page.locator('[data-storage-notice]').textContent()).toContain('set aside');
    expect(await page.locator('#quiz-what-is-a-parameter input:checked').count()).toBe(0);
    expect(await page.locator('#quiz-evaluate-line [data-numeric-input]').inputValue()).toBe('');
    expect(await page.locator('[data-quiz-score]').textContent()).toContain('Score: 0 / 9 · best 2 / 9');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('downhill:progress')!));
    expect(saved.lessons['what-is-learning'].quiz.answers).toEqual({});
    expect(saved.lessons['what-is-learning'].quiz.aside).toEqual(old.lessons['what-is-learning'].quiz.answers);
    // A second visit has nothing left to set aside.
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('[data-storage-notice]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
