import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { gradientDescent, quadraticXY, run, twoWells } from '../../src/optim/index.ts';
import { descent2d } from '../../src/figures/lessons/gradients/descent-2d.ts';
import { SETTLED_F } from '../../src/figures/lessons/gradients/shared.ts';
import { at, figure, hydrateAll, launch, open, readout } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('figure machinery', () => {
  test('a link to step 37 reopens at step 37 of the same run', async () => {
    const { page, context, errors } = await open(
      browser,
      'lessons/what-is-learning/?first-descent.eta=0.01&first-descent.step=37#first-descent',
    );
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    const expected = run(twoWells, gradientDescent({ learningRate: 0.01 }), [-1.2], {
      maxSteps: 200,
      toleranceF: 1e-10,
    });
    await expect.poll(() => fig.locator('[data-step-readout]').textContent()).toBe('37');
    const x = Number((await fig.locator('[data-x]').textContent())!.replace('−', '-'));
    expect(x).toBeCloseTo(expected.positions[37]!, 3);
    expect(await fig.locator('[data-scrubber]').inputValue()).toBe('37');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an embed link hides the named controls and the caption on the standalone page', async () => {
    const { page, context, errors } = await open(browser, 'figures/first-descent/?eta=0.2&hide=caption,x0,toolbar');
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    await expect.poll(() => fig.locator('figcaption').count()).toBe(0);
    expect(await fig.getByRole('slider', { name: 'start θ₀', exact: true }).count()).toBe(0);
    expect(await fig.getByRole('slider', { name: 'learning rate η' }).count()).toBe(1);
    expect(await fig.locator('.fig-toolbar').count()).toBe(0);
    expect(await fig.getByRole('slider', { name: 'learning rate η' }).getAttribute('aria-valuetext')).toBe('η = 0.2');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the standalone page opens the same state and links back to the lesson', async () => {
    const { page, context } = await open(browser, 'figures/fit-by-hand/?m=1.5&b=0.25');
    await hydrateAll(page);
    const fig = figure(page, 'fit-by-hand');
    await expect.poll(() => readout(fig)).toContain('ŷ = 1.5·x + 0.25');
    const lessonLink = await fig.locator('a[data-figure-link]').getAttribute('href');
    expect(lessonLink).toContain('/lessons/what-is-learning/?fit-by-hand.m=1.5&fit-by-hand.b=0.25#fit-by-hand');
    await page.goto(new URL(lessonLink!, at()).toString());
    await hydrateAll(page);
    await expect.poll(() => readout(figure(page, 'fit-by-hand'))).toContain('ŷ = 1.5·x + 0.25');
    await context.close();
  });

  test('exports: SVG parses, PNG is a PNG, CSV has the run’s rows', async () => {
    const { page, context, errors } = await open(
      browser,
      'lessons/what-is-learning/?first-descent.eta=0.1&first-descent.step=5#first-descent',
      { acceptDownloads: true },
    );
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    const grab = async (kind: string) => {
      await fig.locator('.fig-menu summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        fig.locator(`[data-export="${kind}"]`).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };
    const svg = await grab('svg');
    expect(svg.name).toBe('first-descent_eta-0.1_step-5.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        paths: doc.querySelectorAll('path').length,
        root: doc.documentElement.nodeName,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toEqual({ error: false, paths: expect.any(Number), root: 'svg' });
    expect(parsed.paths).toBeGreaterThan(0);
    expect(svg.bytes.toString('utf8')).not.toContain('var(--');
    // The picture says what it is and where its state lives.
    const link = new URL((await fig.locator('a[data-figure-link]').getAttribute('href'))!, page.url()).toString();
    const head = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [
        doc.querySelector('svg > title')?.textContent,
        ...[...doc.querySelectorAll('svg > text')].map((t) => t.textContent),
      ];
    }, svg.bytes.toString('utf8'));
    expect(head[0]).toMatch(/^Figure 1\.\d+\. /);
    expect(head.slice(1)).toContain(head[0]);
    expect(head).toContain(link);
    const png = await grab('png');
    expect(png.name).toBe('first-descent_eta-0.1_step-5.png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const csv = await grab('csv');
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    // The source first, as comment lines, then the table.
    expect(lines[0]).toBe(`# ${head[0]}`);
    expect(lines[1]).toMatch(new RegExp(`· ${link.replace(/[.?]/g, '\\$&')}$`));
    const rows = lines.filter((l) => !l.startsWith('#'));
    const expected = run(twoWells, gradientDescent({ learningRate: 0.1 }), [-1.2], {
      maxSteps: 200,
      toleranceF: 1e-10,
    });
    expect(rows[0]).toBe('step,θ,loss,grad_norm');
    expect(rows.length).toBe(expected.steps + 2);
    expect(Number(rows[1]!.split(',')[1])).toBe(-1.2);
    expect(Number(rows.at(-1)!.split(',')[1])).toBeCloseTo(expected.positions[expected.steps]!, 10);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the home page opens with a live figure: drag the start, the walk follows, and its link opens the lesson in that state', async () => {
    const { page, context, errors } = await open(browser, '');
    await hydrateAll(page);
    const fig = figure(page, 'descent-2d');
    // Above the list of lessons.
    const below = await page.evaluate(
      () =>
        document
          .querySelector('[data-figure="descent-2d"]')!
          .compareDocumentPosition(document.querySelector('.cards')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(below).toBeTruthy();
    // What the cover's words promise at the figure's defaults: the walk reaches the bottom.
    const t = descent2d.table;
    const walk = run(quadraticXY, gradientDescent({ learningRate: t.eta.default }), [t.x0.default, t.y0.default], {
      maxSteps: t.step.max,
      toleranceF: SETTLED_F,
    });
    expect(walk.stop.reason).toBe('tolerance-f');
    expect(Math.hypot(walk.positions[2 * walk.steps]!, walk.positions[2 * walk.steps + 1]!)).toBeLessThan(1e-3);
    const handle = fig.locator('[data-handle]').first();
    const before = await handle.getAttribute('aria-valuetext');
    const box = (await handle.locator('circle').last().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width / 2 + i * 20, box.y + box.height / 2 + i * 15);
    await page.mouse.up();
    await expect.poll(() => handle.getAttribute('aria-valuetext')).not.toBe(before);
    // The figure's link follows at once; the page's URL once the drag has settled.
    const link = async () => new URL((await fig.locator('a[data-figure-link]').getAttribute('href'))!, at());
    const x0 = (await link()).searchParams.get('descent-2d.x0')!;
    expect(Number(x0)).toBeGreaterThan(t.x0.default);
    expect((await link()).pathname).toMatch(/\/lessons\/gradients\/$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('descent-2d.x0')).toBe(x0);
    // A link to the home page in that state reopens it there.
    const home = page.url();
    const { page: again, context: second } = await open(browser, home.slice(at().length));
    await hydrateAll(again);
    await expect
      .poll(() => figure(again, 'descent-2d').locator('[data-handle]').first().getAttribute('aria-valuetext'))
      .toBe(await handle.getAttribute('aria-valuetext'));
    expect(errors).toEqual([]);
    await second.close();
    await context.close();
  });

  test('touch: dragging the start on a phone moves it and does not scroll the page', async () => {
    const { page, context } = await open(browser, 'lessons/what-is-learning/', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await hydrateAll(page);
    const fig = figure(page, 'first-descent');
    const handle = fig.locator('[data-handle]');
    await handle.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    const start = await handle.getAttribute('aria-valuenow');
    const box = (await handle.locator('circle').last().boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const x0 = box.x + box.width / 2;
    const y0 = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: x0 + i * 10, y: y0 - i * 12 }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => handle.getAttribute('aria-valuenow')).not.toBe(start);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // Sliders are large enough for a thumb.
    const slider = (await fig.getByRole('slider', { name: 'learning rate η' }).boundingBox())!;
    expect(slider.height).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});
