// Page weight from the build output, without a browser: the HTML, its stylesheets, and its
// JavaScript at first load (module scripts and their static imports) and after every island
// has hydrated (plus each island's component and renderer, and their static imports).
// Lazy chunks behind a dynamic import() (exports, search), with what they import that the page
// does not already load, are counted separately. Tested on a fixture build: tests/unit/scripts/weight.test.ts.
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

/**
 * The module files reachable from `entries` through static imports and re-exports (`import …
 * from`, `import "…"`, `export … from`), and the lazy ones behind a dynamic `import()` that
 * are not already among them (with their own imports). A chunk named but missing from the
 * build throws, naming it and its importer: a count that skipped it would be too small.
 */
function jsGraph(dist, base, entries) {
  const walk = (starts, seen) => {
    const dynamic = [];
    const visit = (url, from) => {
      if (seen.has(url)) return;
      const file = fileFor(dist, base, url);
      if (!file) throw new Error(`${url} (${from}) is not in the build`);
      seen.add(url);
      const src = readFileSync(file, 'utf8');
      const dir = posix.dirname(url) + '/';
      for (const m of src.matchAll(/(?:^|[;\s}/])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
        visit(posix.normalize(dir + m[1]), `imported by ${url}`);
      for (const m of src.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
        dynamic.push([posix.normalize(dir + m[1]), `imported lazily by ${url}`]);
    };
    for (const [url, from] of starts) visit(url, from);
    return dynamic;
  };
  const files = new Set();
  let pending = walk(
    entries.map((u) => [u, 'named by the page']),
    files,
  );
  // Lazy chunks, and the chunks they load lazily in turn, minus what the page already has.
  const loaded = new Set(files);
  while (pending.length) pending = walk(pending, loaded);
  return { files, lazy: [...loaded].filter((u) => !files.has(u)) };
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
    jsLazy: total(dist, base, all.lazy),
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    externalRefs: [...html.matchAll(/(?:src|href)="(https?:)?\/\/([^"/]+)/g)].map((m) => m[2]),
  };
}
