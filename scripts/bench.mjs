// `npm run bench`: builds the site and measures it. Reports, never asserts (timings are noisy):
// page weight of every page, Lighthouse (mobile preset, median of 3) on every lesson, input-to-
// paint latency and animation frame times for every figure in Chromium, and the optimizer
// module against hand-written loops. Writes bench/results/latest.json and the README's table.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { pageWeight } from './weight.mjs';
import { pages } from './pages.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean)); // e.g. lighthouse,latency
const KB = (b) => (b / 1024).toFixed(1);
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (a, p) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};

function step(label) {
  console.log(`\n▶ ${label}`);
}

step('build');
if (spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const { server, url } = await serve({ root: 'dist' });
const pagesList = pages('dist');
const results = { date: new Date().toISOString(), machine: {}, weight: [], lighthouse: [], latency: [], optim: [] };
results.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(),
};

step('page weight');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
for (const p of pagesList.filter((x) => !x.endsWith('.html'))) {
  const w = pageWeight('dist', '/', '/' + p);
  // Fonts are whatever the page's text and math make the browser fetch.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  let fonts = 0;
  page.on('response', async (r) => {
    if (/\.(woff2?|ttf)$/.test(r.url())) fonts += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(url + p, { waitUntil: 'networkidle' });
  await ctx.close();
  results.weight.push({
    page: '/' + p,
    html: w.html,
    css: w.css,
    jsFirst: w.jsFirst,
    jsHydrated: w.jsHydrated,
    jsLazy: w.jsLazy,
    fontsRaw: fonts,
  });
  console.log(
    `/${p}: JS ${KB(w.jsFirst.gzip)} KB first, ${KB(w.jsHydrated.gzip)} KB hydrated (gzip); CSS ${KB(w.css.gzip)} KB; HTML ${KB(w.html.gzip)} KB; fonts ${KB(fonts)} KB`,
  );
}

if (!skip.has('latency')) {
  step('interaction latency (200 slider inputs, 50 step clicks, 2 s of animation per figure)');
  const figures = pagesList.filter((p) => /^figures\/[^/]+\/$/.test(p));
  for (const p of figures) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await ctx.newPage();
    await page.goto(url + p, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
    );
    const r = await page.evaluate(`(async () => {
      window.__interact = performance.now();
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
      // Main-thread work an input causes: handlers, Svelte's flush (microtasks), then style and layout.
      const settle = async (t0) => {
        await new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); });
        document.body.getBoundingClientRect();
        return performance.now() - t0;
      };
      const slider = document.querySelector('[data-figure] .fig-controls input[type=range], [data-figure] input[type=range]');
      const input = [];
      const work = [];
      if (slider) {
        const min = Number(slider.min), max = Number(slider.max);
        for (let i = 0; i < 200; i++) {
          await frame();
          const t0 = performance.now();
          slider.value = String(min + ((max - min) * ((i * 37) % 200)) / 200);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          work.push(await settle(t0));
          input.push((await frame()) - t0);
        }
      }
      const stepButton = document.querySelector('[data-figure] [data-step]');
      const steps = [];
      if (stepButton) {
        for (let i = 0; i < 50; i++) {
          await frame();
          const reset = stepButton.disabled;
          if (reset) document.querySelector('[data-figure] [aria-label="Reset to the start"]')?.click();
          const t0 = performance.now();
          stepButton.click();
          steps.push((await frame()) - t0);
        }
      }
      const play = document.querySelector('[data-figure] [data-play]');
      const frames = [];
      if (play) {
        document.querySelector('[data-figure] [aria-label="Reset to the start"]')?.click();
        play.click();
        let last = await frame();
        const end = last + 2000;
        while (last < end) { const t = await frame(); frames.push(t - last); last = t; }
        if (play.getAttribute('aria-label') === 'Pause') play.click();
      }
      return { input, work, steps, frames };
    })()`);
    // Long tasks while loading and hydrating the page, and while the reader interacts.
    const { long, start } = await page.evaluate(() => ({ long: window.__long, start: window.__interact }));
    const during = long.filter(([t]) => t >= start).map(([, d]) => d);
    const loading = long.filter(([t]) => t < start).map(([, d]) => d);
    const row = {
      figure: p.split('/')[1],
      workP50: median(r.work),
      workP95: pct(r.work, 0.95),
      inputP50: median(r.input),
      inputP95: pct(r.input, 0.95),
      stepP50: median(r.steps),
      stepP95: pct(r.steps, 0.95),
      frameP50: median(r.frames),
      frameP95: pct(r.frames, 0.95),
      longTasks: during.length,
      longestTask: Math.max(0, ...during),
      loadLongTasks: loading.length,
      loadLongestTask: Math.max(0, ...loading),
    };
    results.latency.push(row);
    console.log(JSON.stringify(row));
    await ctx.close();
  }
}
await browser.close();

if (!skip.has('lighthouse')) {
  step('Lighthouse, mobile preset, median of 3 per lesson');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const lessons = pagesList.filter((p) => p.startsWith('lessons/'));
  for (const p of lessons) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
      try {
        const r = await lighthouse(url + p, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const a = r.lhr.audits;
        runs.push({
          score: Math.round(r.lhr.categories.performance.score * 100),
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
        });
      } finally {
        await chrome.kill();
      }
    }
    const row = {
      page: '/' + p,
      score: median(runs.map((r) => r.score)),
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      cls: median(runs.map((r) => r.cls)),
    };
    results.lighthouse.push(row);
    console.log(JSON.stringify(row));
  }
}
server.close();

step('optimizer module vs hand-written loops');
spawnSync('npx', ['node', '--expose-gc', 'bench/optim.ts'], { stdio: 'inherit' });
if (existsSync('bench/results/optim.json'))
  results.optim = JSON.parse(readFileSync('bench/results/optim.json', 'utf8')).rows ?? [];

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');

// The README's table.
const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const lines = [];
const m = results.machine;
lines.push(
  `Last run ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.node}, ${m.chromium}.`,
  '',
);
lines.push(
  '| page | JS first load | JS after all figures hydrate | CSS | HTML | fonts (raw) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const w of results.weight)
  lines.push(
    `| ${w.page} | ${KB(w.jsFirst.gzip)} KB | ${KB(w.jsHydrated.gzip)} KB | ${KB(w.css.gzip)} KB | ${KB(w.html.gzip)} KB | ${KB(w.fontsRaw)} KB |`,
  );
lines.push(
  '',
  'Sizes are gzip unless marked raw. Budgets asserted by `npm test`: ≤ 60 KB of JS on any page, ≤ 35 KB on a standalone figure page.',
  '',
);
if (results.lighthouse.length) {
  lines.push(
    '| lesson (Lighthouse mobile, median of 3) | performance | FCP | LCP | TBT | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const l of results.lighthouse)
    lines.push(
      `| ${l.page} | ${l.score} | ${(l.fcp / 1000).toFixed(2)} s | ${(l.lcp / 1000).toFixed(2)} s | ${Math.round(l.tbt)} ms | ${l.cls.toFixed(3)} |`,
    );
  lines.push('');
}
if (results.latency.length) {
  lines.push(
    '| figure | slider input: work p50 / p95 | input→next frame p50 / p95 | step→next frame p50 / p95 | frame p50 / p95 while playing | long tasks (longest): interacting | loading |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results.latency)
    lines.push(
      `| ${r.figure} | ${ms(r.workP50)} / ${ms(r.workP95)} ms | ${ms(r.inputP50)} / ${ms(r.inputP95)} ms | ${ms(r.stepP50)} / ${ms(r.stepP95)} ms | ${ms(r.frameP50)} / ${ms(r.frameP95)} ms | ${r.longTasks} (${ms(r.longestTask)} ms) | ${r.loadLongTasks} (${ms(r.loadLongestTask)} ms) |`,
    );
  lines.push(
    '',
    'Work is the main-thread time an input costs (handlers, the Svelte update, style and layout). Input→next frame is the time from dispatching the input to the next animation frame: in headless Chromium at 60 Hz its floor is one frame, 16.7 ms, so values near it mean the update fit in the frame it arrived in. Long tasks (over 50 ms on the main thread) are counted apart while the page loads and hydrates, and while it is driven.',
    '',
  );
}
if (results.optim.length) {
  lines.push(
    '| optimizer module benchmark | module /s | hand-written /s | ratio | heap Δ |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const f = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(1)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0));
  for (const o of results.optim)
    lines.push(
      `| ${o.name} | ${f(o.moduleOpsPerSec)} | ${f(o.handOpsPerSec)} | ${o.ratio.toFixed(2)} | ${KB(o.moduleHeapDelta)} KB |`,
    );
}
const table = lines.join('\n');
const readme = readFileSync('README.md', 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const next = readme.includes(START)
  ? readme.replace(new RegExp(`${START}[\\s\\S]*${END}`), `${START}\n${table}\n${END}`)
  : `${readme.trimEnd()}\n\n## Benchmarks\n\n${START}\n${table}\n${END}\n`;
writeFileSync('README.md', next);
console.log('\n' + table);
