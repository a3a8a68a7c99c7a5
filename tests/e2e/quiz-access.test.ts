// What a keyboard, a phone, high contrast and a returning reader meet in the quiz (issue 20): the
// Enter key, messages that say what went wrong, the picked option in words, keys and sizes that
// fit a phone, math that keeps its glyphs in forced colours, and a score that agrees everywhere.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { at, launch, open } from './browser.ts';
import { pages } from './pages.ts';

const LESSON = 'lessons/what-is-learning/';
const LESSONS = pages().filter((p) => /^lessons\/[^/]+\/$/.test(p));
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
  answer?: number;
  options?: { correct: boolean }[];
}
/** The grading data the page carries for its quiz (what its script reads). */
async function carried(page: Page): Promise<Carried[]> {
  await page.waitForSelector('section[data-quiz][data-ready]');
  return JSON.parse((await page.locator('section[data-quiz]').getAttribute('data-items'))!) as Carried[];
}
const itemOf = (page: Page, id: string) => page.locator(`[id="quiz-${id}"]`);
const verdict = (item: Locator) => item.locator('[data-feedback]').getAttribute('data-feedback');
/** Two animation frames: long enough for anything the same key press set off. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('keyboard and messages', () => {
  test('Enter in a numeric answer grades it and leaves the graded answer standing', async () => {
    const { page, context, errors } = await open(browser, LESSON);
    const numeric = (await carried(page)).find((i) => i.kind === 'numeric')!;
    const item = itemOf(page, numeric.id);
    const input = item.locator('[data-numeric-input]');
    await input.fill(String(numeric.answer));
    await input.press('Enter');
    await expect.poll(() => verdict(item)).toBe('correct');
    await settle(page);
    expect(await verdict(item)).toBe('correct');
    expect(await input.inputValue()).toBe(String(numeric.answer));
    expect(await item.locator('[data-retry]').isVisible()).toBe(true);
    expect(await page.locator('[data-quiz-score]').textContent()).toContain('Score: 1 /');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a non-number is refused with what went wrong, not graded and not called unanswered', async () => {
    const { page, context } = await open(browser, LESSON);
    const numeric = (await carried(page)).find((i) => i.kind === 'numeric')!;
    const item = itemOf(page, numeric.id);
    await item.locator('[data-numeric-input]').fill('abc');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-unanswered]').textContent()).toContain('‘abc’ is not a number');
    expect(await item.locator('[data-feedback]').count()).toBe(0);
    await item.locator('[data-numeric-input]').fill('');
    await item.locator('[data-check]').click();
    await expect.poll(() => item.locator('[data-unanswered]').textContent()).toContain('Answer first');
    await context.close();
  });

  test('after grading, the picked option says so in words and is outlined in forced colours', async () => {
    const { page, context } = await open(browser, LESSON, { forcedColors: 'active' });
    const choice = (await carried(page)).find((i) => i.kind === 'choice')!;
    const item = itemOf(page, choice.id);
    const wrong = choice.options!.findIndex((o) => !o.correct);
    const labels = item.locator('[data-option]');
    await labels.nth(wrong).locator('input').check();
    await item.locator('[data-check]').click();
    await expect.poll(() => verdict(item)).toBe('incorrect');
    expect(await labels.nth(wrong).textContent()).toContain('Your answer');
    expect(await item.getByText('Your answer').count()).toBe(1);
    const outline = await labels
      .nth(wrong)
      .evaluate((l) => [getComputedStyle(l).outlineStyle, getComputedStyle(l).borderLeftStyle]);
    expect(outline.some((s) => s !== 'none')).toBe(true);
    await context.close();
  });

  test('a challenge grades on Enter, as a numeric item does', async () => {
    const { page, context } = await open(browser, LESSON);
    const challenge = (await carried(page)).find((i) => i.kind === 'challenge')!;
    const item = itemOf(page, challenge.id);
    await item.locator('[data-challenge-input]').first().press('Enter');
    await expect.poll(() => verdict(item)).not.toBeNull();
    await settle(page);
    expect(await verdict(item)).not.toBeNull();
    await context.close();
  });
});

describe('on a phone', () => {
  test('a multi item says "Choose all that apply" once, in its badge', async () => {
    const { page, context } = await open(browser, LESSON);
    let seen = 0;
    for (const path of LESSONS) {
      await page.goto(at(path));
      // The group's name is its legend: the badge, then the prompt.
      const names = await page
        .locator('.quiz [data-quiz-item="multi"] fieldset')
        .evaluateAll((sets) => sets.map((f) => (f.querySelector('legend') as HTMLElement).innerText));
      for (const name of names) expect(name.match(/choose all that apply/gi), `${path}: ${name}`).toHaveLength(1);
      seen += names.length;
    }
    expect(seen).toBeGreaterThan(5);
    await context.close();
  });

  test('every answer field offers the keys its answer needs, at 16 px or more', async () => {
    const { page, context } = await open(browser, LESSON);
    for (const path of LESSONS) {
      await page.goto(at(path));
      const fields = await page
        .locator('.quiz input[data-numeric-input], .quiz input[data-challenge-input]')
        .evaluateAll((els) =>
          (els as HTMLInputElement[]).map((e) => ({
            name: e.closest('[data-quiz-item]')!.id,
            numeric: e.hasAttribute('data-numeric-input'),
            negative: e.hasAttribute('data-numeric-input') || Number(e.min) < 0,
            mode: e.inputMode,
            type: e.type,
            font: parseFloat(getComputedStyle(e).fontSize),
          })),
        );
      expect(fields.length, path).toBeGreaterThan(0);
      for (const f of fields) {
        // A numeric answer may be negative (or the reader may think so): the keypad needs a minus,
        // which iOS's decimal and numeric keypads lack.
        if (f.negative) expect(['decimal', 'numeric', 'tel'], `${path} ${f.name}`).not.toContain(f.mode);
        // Fractions and units are answers too ("1/2", "3 steps"): a numeric answer is free text.
        if (f.numeric) expect(f.type, `${path} ${f.name}`).toBe('text');
        expect(f.font, `${path} ${f.name}: iOS zooms into fields under 16 px`).toBeGreaterThanOrEqual(16);
      }
    }
    await context.close();
  });

  test('quiz touch targets are at least 24 × 24 px, the primary buttons 44', async () => {
    const { page, context } = await open(browser, LESSON, {
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    for (const path of LESSONS) {
      await page.goto(at(path));
      await page.waitForSelector('section[data-quiz][data-ready]');
      const small = await page
        .locator(
          '.quiz button:visible, .quiz summary, .quiz .quiz-option, .quiz input[type="text"], .quiz input[type="number"], .quiz p > a:only-child',
        )
        .evaluateAll((els) =>
          els.flatMap((e) => {
            const r = e.getBoundingClientRect();
            const min = e.matches('button.primary') ? 44 : 24;
            return r.width < min || r.height < min
              ? [
                  `${e.tagName.toLowerCase()}.${e.className} "${e.textContent!.trim().slice(0, 20)}" ${r.width}×${r.height}`,
                ]
              : [];
          }),
        );
      expect(small, path).toEqual([]);
    }
    await context.close();
  });
});

describe('forced colours', () => {
  /** Which pixels of a screenshot are ink: far enough from the colour at its top-left corner. */
  async function ink(page: Page, el: Locator): Promise<boolean[]> {
    const png = await el.screenshot({ animations: 'disabled' });
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      const lum = (i: number) => 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
      const bg = lum(0);
      return Array.from({ length: img.width * img.height }, (_, k) => Math.abs(lum(4 * k) - bg) > 60);
    }, png.toString('base64'));
  }

  test('math keeps every glyph (the y of ŷ too), in the lesson and in its quiz', async () => {
    const plain = await open(browser, LESSON);
    const forced = await open(browser, LESSON, { forcedColors: 'active' });
    // Accents stack a glyph under another: where a backplate could hide one.
    const sel = '.prose .katex:has(.accent)';
    const n = await plain.page.locator(sel).count();
    expect(n).toBeGreaterThan(0);
    expect(await plain.page.locator(`.quiz ${sel.replace('.prose ', '')}`).count()).toBeGreaterThan(0);
    for (const where of ['.prose > p', '.quiz']) {
      const within = `${where} .katex:has(.accent):visible`;
      const count = Math.min(await plain.page.locator(within).count(), 6);
      for (let k = 0; k < count; k++) {
        const a = plain.page.locator(within).nth(k);
        const b = forced.page.locator(within).nth(k);
        // The same boxes: forced colours change paint, not layout.
        expect(await b.boundingBox()).toEqual(await a.boundingBox());
        const [inkA, inkB] = [await ink(plain.page, a), await ink(forced.page, b)];
        const drawn = inkA.filter(Boolean).length;
        const kept = inkA.filter((v, i) => v && inkB[i]).length;
        expect(kept / drawn, `${where} #${k}: ${await a.textContent()}`).toBeGreaterThan(0.9);
      }
    }
    await plain.context.close();
    await forced.context.close();
  });
});

describe('a returning reader', () => {
  test('the restored score agrees with the items shown and with the home page', async () => {
    const { page, context, errors } = await open(browser, LESSON, {
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    const items = await carried(page);
    // Visit 1: a right choice, a numeric answer sent with Enter, a wrong choice, then a retry.
    const choices = items.filter((i) => i.kind === 'choice');
    const pick = async (it: Carried, right: boolean) => {
      const item = itemOf(page, it.id);
      await item
        .locator('[data-option] input')
        .nth(it.options!.findIndex((o) => o.correct === right))
        .check();
      await item.locator('[data-check]').click();
      await expect.poll(() => verdict(item)).toBe(right ? 'correct' : 'incorrect');
    };
    await pick(choices[0]!, true);
    const numeric = items.find((i) => i.kind === 'numeric')!;
    await itemOf(page, numeric.id).locator('[data-numeric-input]').fill(String(numeric.answer));
    await itemOf(page, numeric.id).locator('[data-numeric-input]').press('Enter');
    await settle(page);
    await pick(choices[1]!, false);
    await itemOf(page, choices[1]!.id).locator('[data-retry]').click();
    await settle(page);
    const seen = await page.locator('[data-quiz-score]').textContent();
    // Visit 2: the same page, then the home page.
    await page.reload();
    await page.waitForSelector('section[data-quiz][data-ready]');
    await settle(page);
    const restored = (await page.locator('[data-quiz-score]').textContent())!;
    expect(restored).toBe(seen);
    const shownRight = await page.locator('[data-feedback="correct"]').count();
    const [, now, total, best] = /Score: (\d+) \/ (\d+)(?: · best (\d+))?/.exec(restored)!;
    expect(Number(now)).toBe(shownRight);
    expect(Number(best ?? now)).toBeGreaterThanOrEqual(Number(now));
    await page.goto(at(''));
    const badge = page.locator('[data-lesson-card="what-is-learning"] [data-progress]');
    await expect
      .poll(() => badge.textContent())
      .toContain(best && best !== now ? `Quiz ${now}/${total} · best ${best}/${total}` : `Quiz ${now}/${total}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
