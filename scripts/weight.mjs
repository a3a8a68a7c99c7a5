// Page weight from the build output, without a browser: the HTML, its stylesheets, and its
// JavaScript at first load (module scripts and their static imports) and after every island
// has hydrated (plus each island's component and renderer, and their static imports).
// Lazy chunks behind a dynamic import() (exports, search) are counted separately.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

/** Reads a site URL path (under base) from dist. */
function fileFor(dist, base, urlPath) {
  const p = urlPath.split('?')[0].split('#')[0];
  if (!p.startsWith(base)) return null;
  const rel = p.slice(base.length);
  const file = join(dist, rel.endsWith('/') || rel === '' ? join(rel, 'index.html') : rel);
  return existsSync(file) ? file : null;
}

function jsGraph(dist, base, entries) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    const file = fileFor(dist, base, url);
    if (!file) return;
    seen.add(url);
    const src = readFileSync(file, 'utf8');
    const dir = posix.dirname(url) + '/';
    for (const m of src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      visit(posix.normalize(dir + m[1]));
    for (const m of src.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
      lazy.add(posix.normalize(dir + m[1]));
  };
  for (const e of entries) visit(e);
  return { files: seen, lazy: [...lazy].filter((u) => !seen.has(u)) };
}

const total = (dist, base, urls) =>
  [...urls].reduce((acc, u) => add(acc, size(readFileSync(fileFor(dist, base, u)))), ZERO);

/** Weight of one page, e.g. pageWeight('dist', '/', '/lessons/loss/'). */
export function pageWeight(dist, base, pagePath) {
  const htmlFile = fileFor(dist, base, pagePath);
  if (!htmlFile) throw new Error(`no page at ${pagePath}`);
  const html = readFileSync(htmlFile, 'utf8');
  const abs = (u) => (u.startsWith('/') ? u : posix.normalize(posix.dirname(pagePath + 'x') + '/' + u));
  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => abs(m[1]));
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => abs(m[1]));
  const islands = [...html.matchAll(/<astro-island[^>]*>/g)].flatMap((m) =>
    [...m[0].matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((x) => abs(x[1])),
  );
  // Astro inlines its small island loader; count inline scripts as part of the HTML.
  const first = jsGraph(dist, base, [...scripts, ...preloads]);
  const all = jsGraph(dist, base, [...scripts, ...preloads, ...islands]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => abs(m[1]));
  return {
    page: pagePath,
    html: size(Buffer.from(html)),
    css: total(dist, base, new Set(css)),
    jsFirst: total(dist, base, first.files),
    jsHydrated: total(dist, base, all.files),
    jsLazy: total(dist, base, new Set(all.lazy.filter((u) => fileFor(dist, base, u)))),
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    externalRefs: [...html.matchAll(/(?:src|href)="(https?:)?\/\/([^"/]+)/g)].map((m) => m[2]),
  };
}
