import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve({ root: '/work/main/dist-l23' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync','--disable-quic'] });
const page = await (await browser.newContext()).newPage();
page.on('request', r => console.log('req', r.url().slice(-60)));
page.on('requestfinished', r => console.log('done', r.url().slice(-60)));
page.on('requestfailed', r => console.log('FAIL', r.url().slice(-60)));
const t = Date.now();
try { await page.goto(url + 'lessons/loss/', { waitUntil: 'load', timeout: 20000 }); } catch (e) { console.log('ERR', e.message.split('\n')[0]); }
console.log('ms', Date.now() - t);
await browser.close(); server.close();
