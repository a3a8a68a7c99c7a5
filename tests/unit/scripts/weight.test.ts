// scripts/weight.mjs weighs a page from the build output (the byte budgets in tests/e2e/budgets.test.ts
// stand on it). Here it weighs a small hand-made build in a temp folder: which files each count takes
// follows from the fixture's import graph, and every byte count is the sum of those files' sizes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { pageWeight } from '../../../scripts/weight.mjs';

/** The chunks of the fixture build, in the import syntax the minifier writes. */
const CHUNKS: Record<string, string> = {
  // The page's module script: a named import, a side-effect import, and a dynamic import.
  'entry.js': 'import{a as b}from"./shared.js";import"./side.js";b(),document.body&&import(`./lazy.js`);',
  'shared.js': 'export const a=()=>1;',
  'side.js': 'console.log("side");',
  'preload.js': 'export const p=2;',
  // The island's component: a namespace import, a default-and-named import, a lazy chunk.
  'Widget.js':
    'import*as n from"./ns.js";import c,{t as e}from"./core.js";export default()=>n.x+c+e,()=>import(`./lazy.js`);',
  'ns.js': 'export const x=3;',
  'core.js': 'import{a}from"./shared.js";export const t=a;export default 4;',
  // The renderer only re-exports: the chunk it names is loaded though nothing imports it.
  'client.js': 'export{r as default}from"./renderer-core.js";',
  'renderer-core.js': 'export const r=()=>"render";',
  // The lazy chunk brings one file of its own and one the page already has.
  'lazy.js': 'import{d}from"./lazy-dep.js";import{t}from"./core.js";export const l=d+t;',
  'lazy-dep.js': 'export const d=5;',
  // In the build but not loaded by the page.
  'unused.js': 'export const u=6;',
  'a.css': 'body{margin:0}',
  'b.css': 'h1{font-size:2rem}',
};

const page = (base: string) =>
  `<!doctype html><html><head>
<link rel="stylesheet" href="${base}_astro/a.css"><link rel="stylesheet" href="../../_astro/b.css">
<link rel="stylesheet" href="${base}_astro/a.css">
<link rel="modulepreload" href="${base}_astro/preload.js">
<script type="module" src="${base}_astro/entry.js"></script>
<script>self.inline=1</script>
</head><body>
<astro-island uid="a" component-url="${base}_astro/Widget.js" component-export="default" renderer-url="${base}_astro/client.js" ssr client="visible"></astro-island>
<astro-island uid="b" component-url="${base}_astro/Widget.js" component-export="default" renderer-url="${base}_astro/client.js" ssr client="visible"></astro-island>
<a href="https://elsewhere.example/x">out</a><img src="//cdn.example.net/i.png">
</body></html>`;

const tmp = mkdtempSync(join(tmpdir(), 'weight-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes the fixture build for `base` and returns its folder and the page's HTML. */
function build(base: string): { dist: string; html: string } {
  const dist = join(tmp, base.replace(/\W/g, '_'));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), text);
  };
  for (const [name, text] of Object.entries(CHUNKS)) write(`_astro/${name}`, text);
  const html = page(base);
  write('lessons/loss/index.html', html);
  return { dist, html };
}

/** The raw and gzip bytes of these chunks, each gzipped on its own (as weight.mjs counts them). */
const bytes = (...names: string[]) => ({
  raw: names.reduce((n, f) => n + Buffer.byteLength(CHUNKS[f]!), 0),
  gzip: names.reduce((n, f) => n + gzipSync(CHUNKS[f]!, { level: 9 }).length, 0),
});

describe('pageWeight (scripts/weight.mjs) on a fixture build', () => {
  test.each(['/', '/downhill/'])('under the base %s: each count takes exactly the files the page loads', (base) => {
    const { dist, html } = build(base);
    const w = pageWeight(dist, base, `${base}lessons/loss/`);
    expect(w.page).toBe(`${base}lessons/loss/`);
    // The inline script is part of the HTML's bytes.
    expect(w.html).toEqual({ raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length });
    // A stylesheet linked twice counts once; a relative href resolves against the page.
    expect(w.css).toEqual(bytes('a.css', 'b.css'));
    // First load: the module script, what it imports statically, and the preload.
    expect(w.jsFirst).toEqual(bytes('entry.js', 'shared.js', 'side.js', 'preload.js'));
    // Hydrated: plus both islands' (one) component and renderer and their static imports, re-exports included.
    expect(w.jsHydrated).toEqual(
      bytes(
        'entry.js',
        'shared.js',
        'side.js',
        'preload.js',
        'Widget.js',
        'ns.js',
        'core.js',
        'client.js',
        'renderer-core.js',
      ),
    );
    // Lazy: the dynamic chunk and its own imports, not what the page already loaded.
    expect(w.jsLazy).toEqual(bytes('lazy.js', 'lazy-dep.js'));
    expect(w.islands).toBe(2);
    expect(w.externalRefs).toEqual(['elsewhere.example', 'cdn.example.net']);
  });

  test('a page or a chunk that is not in the build is named, not weighed as zero', () => {
    const { dist } = build('/');
    expect(() => pageWeight(dist, '/', '/no/such/page/')).toThrow('no page at /no/such/page/');
    writeFileSync(join(dist, '_astro', 'ns.js'), 'import"./gone.js";export const x=3;');
    expect(() => pageWeight(dist, '/', '/lessons/loss/')).toThrow(
      '/_astro/gone.js (imported by /_astro/ns.js) is not in the build',
    );
  });
});
