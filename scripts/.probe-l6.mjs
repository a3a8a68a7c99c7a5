import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve({ root: '/work/main/dist-l6' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url + 'lessons/beyond-descent/#tiny-network');
await page.waitForTimeout(1500);
const fig = page.locator('[data-figure="tiny-network"]');
console.log('ssr?', await page.locator('astro-island[ssr]').count());
await fig.locator('[data-train]').click();
for (let i = 0; i < 5; i++) { await page.waitForTimeout(500); console.log(await fig.locator('[data-readout]').textContent(), await fig.locator('[data-train]').textContent()); }
await browser.close(); server.close();
