// After `astro build`: KaTeX's fonts cut down to the characters the site's math uses.
//
// KaTeX's fonts are `font-display: block` (a swap would shift the laid-out math), so a lesson's
// first paragraph with math paints only when its fonts have arrived: the two that every lesson
// preloads weigh 43 KB whole and 18 KB cut down. KaTeX applies its fonts only inside `.katex`,
// so the characters there, over every page, are all any of its fonts is ever asked for. Each cut
// font gets a new content-hashed name (and so does the stylesheet that names it), so a browser
// holding an older, smaller cut from the cache can never be missing a glyph.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { pages } from './pages.mjs';

/** Every page's .html file under `dir`. */
const htmlFiles = (dir) => pages(dir).map((p) => join(dir, p.endsWith('.html') ? p : `${p}index.html`));

/** The markup of every `<span class="katex">…</span>` in a page (KaTeX nests spans; count them). */
export function katexMarkup(html) {
  const parts = [];
  let start = 0;
  while ((start = html.indexOf('<span class="katex"', start)) >= 0) {
    const tags = /<span\b|<\/span>/g;
    tags.lastIndex = start;
    let depth = 0;
    let end = html.length;
    for (let m; (m = tags.exec(html));) {
      depth += m[0] === '</span>' ? -1 : 1;
      if (depth === 0) {
        end = tags.lastIndex;
        break;
      }
    }
    parts.push(html.slice(start, end));
    start = end;
  }
  return parts.join(' ');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The characters the math of the site's pages shows (its TeX source annotations aside). */
export function mathCharacters(out) {
  const chars = new Set();
  for (const file of htmlFiles(out)) {
    const text = katexMarkup(readFileSync(file, 'utf8'))
      .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&(\w+);/g, (e, name) => ENTITIES[name] ?? e);
    for (const c of text) chars.add(c);
  }
  return [...chars].sort().join('');
}

const hashOf = (buf) => createHash('sha256').update(buf).digest('base64url').slice(0, 8);
/** "KaTeX_Main-Regular.B22Nviop.woff2" with a new hash in place of the old. */
const rehash = (name, buf) => name.replace(/\.[\w-]+(\.\w+)$/, `.${hashOf(buf)}$1`);

/** Cuts every KaTeX .woff2 in `<out>/_astro` down to the site's math characters; returns old → new names. */
export async function subsetKatexFonts(out) {
  const assets = join(out, '_astro');
  const text = mathCharacters(out);
  const renamed = new Map();
  if (!text) return renamed;
  for (const name of readdirSync(assets).filter((f) => /^KaTeX_.+\.woff2$/.test(f))) {
    const cut = await subsetFont(readFileSync(join(assets, name)), text, { targetFormat: 'woff2' });
    const next = rehash(name, cut);
    writeFileSync(join(assets, next), cut);
    if (next !== name) unlinkSync(join(assets, name));
    renamed.set(name, next);
  }
  const swap = (s) => {
    for (const [from, to] of renamed) s = s.replaceAll(from, to);
    return s;
  };
  // The stylesheets that name the fonts, renamed by their new content; then every page's links.
  const sheets = new Map();
  for (const name of readdirSync(assets).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(assets, name), 'utf8');
    const next = swap(css);
    if (next === css) continue;
    const to = rehash(name, next);
    writeFileSync(join(assets, name), next);
    renameSync(join(assets, name), join(assets, to));
    sheets.set(name, to);
  }
  for (const [from, to] of sheets) renamed.set(from, to);
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    const next = swap(html);
    if (next !== html) writeFileSync(file, next);
  }
  return renamed;
}
