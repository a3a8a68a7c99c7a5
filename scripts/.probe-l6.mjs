import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve({ root: '/work/main/dist-l6' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
const pending = new Set();
page.on('request', r => pending.add(r.url()));
page.on('requestfinished', r => pending.delete(r.url()));
page.on('requestfailed', r => { pending.delete(r.url()); console.log('failed', r.url()); });
page.on('console', m => console.log('console', m.type(), m.text()));
try { await page.goto(url + (process.argv[2] ?? 'lessons/beyond-descent/'), { timeout: 10000 }); console.log('loaded'); } catch (e) { console.log('timeout; pending:', [...pending]); }
await browser.close(); server.close();
