// Every lesson's exercises: a section before the quiz, 3–5 exercises, each with a solution folded
// away (readable and openable without JavaScript), and in print every solution open after the last exercise.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './browser.ts';
import { DIST } from './pages.ts';

const lessons = readdirSync(`${DIST}/lessons`).filter((slug) =>
  readFileSync(`${DIST}/lessons/${slug}/index.html`, 'utf8').includes('id="exercises"'),
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('exercises', () => {
  test('at least lesson 1 has exercises', () => {
    expect(lessons).toContain('what-is-learning');
  });

  test.each(lessons)(
    '%s: before the quiz, 3–5 exercises, each solution closed and opened by a click, without JavaScript',
    async (slug) => {
      const { page, context, errors } = await open(browser, `lessons/${slug}/`, { javaScriptEnabled: false });
      const section = page.locator('section#exercises');
      await expect(section.getByRole('heading', { level: 2, name: 'Exercises' }).count()).resolves.toBe(1);
      // The section comes right before the quiz, and the contents list links to it.
      const next = await page.evaluate(() => {
        let e = document.querySelector('#exercises')!.nextElementSibling;
        while (e && (e.tagName === 'SCRIPT' || e.tagName === 'STYLE')) e = e.nextElementSibling;
        return e?.id;
      });
      expect(next).toBe('quiz');
      expect(await page.locator('.lesson-aside a[href="#exercises"]').count()).toBe(1);
      const exercises = section.locator('[data-exercise]');
      const n = await exercises.count();
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      for (let i = 0; i < n; i++) {
        const ex = exercises.nth(i);
        expect(await ex.getAttribute('id')).toBe(`exercise-${i + 1}`);
        await expect(ex.getByRole('heading', { level: 3 }).textContent()).resolves.toContain(`Exercise ${i + 1}`);
        const solution = ex.locator('details[data-exercise-solution]');
        expect(await solution.count()).toBe(1);
        expect(await solution.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
        const body = solution.locator('.exercise-solution-body');
        expect(await body.isVisible()).toBe(false);
        expect((await body.textContent())!.trim().length).toBeGreaterThan(40);
        await solution.locator('summary').click();
        await expect.poll(() => body.isVisible()).toBe(true);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test.each(lessons)(
    '%s: in print every solution is open, after the last exercise, under "Solutions"',
    async (slug) => {
      const { page, context } = await open(browser, `lessons/${slug}/`);
      await page.emulateMedia({ media: 'print' });
      const section = page.locator('section#exercises');
      const heading = section.locator('.exercise-solutions-heading');
      expect(await heading.isVisible()).toBe(true);
      const top = async (sel: string) =>
        section.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      const tasks = await top('.exercise-title');
      const solutions = await top('.exercise-solution-body');
      expect(solutions.length).toBe(tasks.length);
      const [headingTop] = await top('.exercise-solutions-heading');
      expect(headingTop!).toBeGreaterThan(Math.max(...tasks));
      for (const [i, t] of solutions.entries()) {
        expect(t).toBeGreaterThan(headingTop!);
        if (i > 0) expect(t).toBeGreaterThan(solutions[i - 1]!);
      }
      for (const body of await section.locator('.exercise-solution-body').all())
        expect(await body.isVisible()).toBe(true);
      // On screen again, the solutions are folded as before.
      await page.emulateMedia({ media: 'screen' });
      expect(await heading.isVisible()).toBe(false);
      expect(await section.locator('.exercise-solution-body').first().isVisible()).toBe(false);
      await context.close();
    },
  );
});
