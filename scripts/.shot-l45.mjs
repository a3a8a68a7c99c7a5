import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve({ root: '/work/main/dist-l45' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const [path, out, w = '1280', scheme = 'light', full = '1'] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme });
const page = await ctx.newPage();
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url + path);
await page.waitForTimeout(300);
for (const el of await page.locator('astro-island > *').all()) { await el.scrollIntoViewIfNeeded().catch(()=>{}); await page.waitForTimeout(100); }
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(500);
if (process.env.SEL) { await page.locator(process.env.SEL).first().screenshot({ path: out }); }
else await page.screenshot({ path: out, fullPage: full === '1' });
console.log('scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close(); server.close();
