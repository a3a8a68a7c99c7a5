/** Shared Playwright plumbing for the end-to-end tests: one Chromium, fresh contexts, axe, console errors. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE = process.env.E2E_BASE ?? 'http://127.0.0.1:4321/';

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

/** A fresh context and page that records console errors and uncaught exceptions. */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Content-Security-Policy violations count as errors, whether or not the browser logs them.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
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

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/** The figure root for an id. */
export function figure(page: Page, id: string) {
  return page.locator(`[data-figure="${id}"]`);
}
