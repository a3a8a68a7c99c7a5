/** Shared Playwright plumbing for the end-to-end tests: one Chromium, fresh contexts, axe, console errors. */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';

/** The site under test (served by tests/e2e/setup.ts, or E2E_BASE). */
export const BASE = inject('e2eBase');

/** A site path under the served base: at('lessons/loss/'). */
export function at(path = ''): string {
  return new URL(path.replace(/^\//, ''), BASE).toString();
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

/** Collects a page's console errors, uncaught exceptions and dialogs (dismissed) into the returned list. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

/** A fresh context (1280 × 900 unless told) whose pages report Content-Security-Policy violations as errors. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Content-Security-Policy violations count as errors, whether or not the browser logs them.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return context;
}

/** A fresh context and page that records console errors and uncaught exceptions. */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(at(path), { waitUntil: 'load' });
  return { context, page, errors };
}

/** Waits until every island on the page (or in the locator) has hydrated. */
export async function hydrated(page: Page, selector = 'astro-island'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const islands = [...document.querySelectorAll(sel)];
      return islands.every((i) => !i.hasAttribute('ssr'));
    },
    selector,
    { timeout: 15_000 },
  );
}

/** Scrolls every island into view so client:visible ones hydrate, then waits for them. */
export async function hydrateAll(page: Page): Promise<void> {
  const count = await page.locator('astro-island').count();
  for (let i = 0; i < count; i++) {
    await page
      .locator('astro-island')
      .nth(i)
      .locator('> *')
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
  }
  await hydrated(page);
}

/**
 * Axe's violations on the page and its frames, or only within `within` (a selector), without frames
 * (an inert preview frame stalls axe for a minute). `rules` runs only those rules (see COLOUR_RULES).
 */
export async function axeViolations(page: Page, within?: string, rules?: readonly string[]): Promise<string[]> {
  // Only violations are read: axe then builds no selectors for the thousands of nodes that pass.
  // KaTeX's glyph markup is skipped: it is aria-hidden (axe checks the MathML beside it) and takes
  // its colour from the text it sits in, which is checked (no formula sets a colour:
  // tests/unit/content/math-colour.test.ts).
  let axe = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], ...(within ? { iframes: false } : {}) })
    .exclude('.katex-html');
  axe = rules ? axe.withRules([...rules]) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (within) axe = axe.include(within);
  const result = await axe.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/**
 * The axe rules whose verdict depends on colours: all that can change when only the theme changes
 * (the themes differ in custom properties, never in markup). A page checked with every rule in one
 * theme is checked with these in the other, which halves the time axe takes on the long lessons.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * The tasks of the pages' main threads that took more than 50 ms of CPU while `action` ran, in ms
 * (from a Chromium trace). CPU time, not wall time: on a machine shared with other jobs the page's
 * thread is descheduled mid-task, so a 5 ms task can take 100 ms of wall time (the trace shows it);
 * its CPU time is the work our code did. A run that shows one is tried again after `reset`, up to
 * `attempts` times, so a one-off (a garbage collection, a compile) is not mistaken for our work.
 * Wall-clock long tasks are printed, not asserted.
 */
export async function longTasksWhile(
  page: Page,
  action: () => Promise<void>,
  reset: () => Promise<void> = async () => {},
  attempts = 3,
): Promise<number[]> {
  const browser = page.context().browser()!;
  let seen: number[] = [];
  for (let i = 0; i < attempts; i++) {
    await reset();
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
    try {
      await action();
    } finally {
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
        .traceEvents;
      const main = new Set(
        events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
      const wall = tasks.filter((t) => (t.dur ?? 0) > 50_000).length;
      seen = tasks.filter((t) => (t.tdur ?? t.dur ?? 0) > 50_000).map((t) => Math.round((t.tdur ?? t.dur!) / 1000));
      if (wall)
        console.log(`attempt ${i + 1}: ${wall} tasks over 50 ms of wall time, ${seen.length} over 50 ms of CPU`);
    }
    if (seen.length === 0) break;
  }
  return seen;
}

/**
 * Presses a figure's Play and waits (retrying, never timing a single look) until its step readout
 * reaches `steps`, or the run ends after moving forward; returns the step reached.
 */
export async function playUntil(fig: Locator, steps: number): Promise<number> {
  const step = async () => Number((await fig.locator('[data-step-readout]').textContent()) ?? 0);
  const play = fig.locator('[data-play]');
  const before = await step();
  if ((await play.getAttribute('aria-label')) === 'Play') await play.click();
  await expect
    .poll(
      async () => {
        const now = await step();
        return now >= steps || (now > before && (await play.getAttribute('aria-label')) === 'Play');
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return step();
}

/** A figure's readout as a reader hears it: whitespace from the markup's line breaks collapsed. */
export async function readout(fig: Locator): Promise<string> {
  return ((await fig.locator('[data-readout]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The figure root for an id. */
export function figure(page: Page, id: string) {
  return page.locator(`[data-figure="${id}"]`);
}
