// After `astro build`: a small picture of each figure's default state, for the gallery.
//
// A figure's page is rendered by the server in its default state, so its first plot is already the
// picture: the SVG is cut out of the page, its text and hydration markers dropped (at a gallery
// card's width the labels would be a few pixels tall), and the page's CSS rules that can style it
// are copied in. Colours are `light-dark()` tokens, so one file per theme fixes `color-scheme`, and
// the gallery shows the one that matches the reader's theme (global.css, `.thumb`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { THEMES, thumbName } from '../src/lib/thumbs.mjs';

/** The first `<svg class="fig-plot…">…</svg>` of a page (SVGs may nest: count them), or undefined. */
export function firstPlot(html) {
  const start = html.search(/<svg\b[^>]*\bclass="fig-plot\b/);
  if (start < 0) return undefined;
  const tags = /<svg\b|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html));) {
    depth += m[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  return undefined;
}

/** The plot as a picture: no text, title, description or comments; the SVG namespace on its root. */
export function pictureOf(svg) {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(text|title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/\s(role|tabindex|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

/** Every class name the markup uses. */
export function classesIn(markup) {
  const out = new Set();
  for (const m of markup.matchAll(/\bclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  return out;
}

/**
 * Whether a selector can match in a still picture: the element it styles carries only classes the
 * picture has (`classes`), the elements around it only those the picture or the plot's ancestors
 * on its page have (`around`, written onto the picture's root), and it depends on no state (hover,
 * focus, a checked box), attribute or sibling.
 */
export function selectorApplies(selector, classes, around = classes) {
  // Svelte scopes a rule as `.a.svelte-x .b:where(.svelte-x)`: the `:where` names a class as well.
  const plain = selector
    .replace(/::?(before|after)\b/g, '')
    .replace(/:where\((\.[\w-]+)\)/g, '$1')
    .trim();
  if (/:(?!root\b)|\[|[>~+]/.test(plain)) return false;
  if (plain === ':root') return true;
  const compounds = plain.split(/\s+/);
  const named = (compound) => [...compound.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
  const subject = named(compounds.at(-1));
  return (
    compounds.some((c) => named(c).length > 0) &&
    subject.every((c) => classes.has(c)) &&
    compounds.slice(0, -1).every((c) => named(c).every((n) => around.has(n)))
  );
}

/** The classes of the elements that enclose `html`'s character `at` (a tag stack; void tags skipped). */
export function enclosingClasses(html, at) {
  const open = [];
  const tags = /<(\/?)([a-zA-Z][\w-]*)\b([^>]*?)(\/?)>/g;
  const empty = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  for (let m; (m = tags.exec(html)) && m.index < at;) {
    if (m[1]) {
      const i = open.findLastIndex((t) => t.name === m[2]);
      if (i >= 0) open.length = i;
    } else if (!m[4] && !empty.test(m[2]))
      open.push({ name: m[2], classes: /\bclass="([^"]*)"/.exec(m[3])?.[1] ?? '' });
  }
  return open.flatMap((t) => t.classes.split(/\s+/)).filter(Boolean);
}

/** The CSS from `sheets` that can style `markup` inside elements with the classes `enclosing`. */
export function cssFor(markup, sheets, enclosing = []) {
  const classes = classesIn(markup);
  const around = new Set([...classes, ...enclosing]);
  const kept = [];
  for (const sheet of sheets) {
    postcss.parse(sheet).each((node) => {
      // Media queries are about the page's viewport, not a card's picture; the theme is fixed below.
      if (node.type !== 'rule') return;
      const selectors = node.selectors.filter((s) => selectorApplies(s, classes, around));
      if (selectors.length === 0) return;
      kept.push(`${selectors.join(',')}{${node.nodes.map((d) => d.toString()).join(';')}}`);
    });
  }
  // Of the tokens, only those the kept rules or the markup use.
  const used = new Set([...(kept.join('') + markup).matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
  return kept
    .map((rule) => rule.replace(/(^|[{;])(--[\w-]+):[^;}]*;?/g, (all, lead, name) => (used.has(name) ? all : lead)))
    .map((rule) => rule.replace(/;\}$/, '}'))
    .filter((rule) => !/\{\}$/.test(rule))
    .join('');
}

/**
 * The standalone thumbnail SVG of a plot in a theme. `enclosing`: the classes of the elements around
 * the plot on its page, which the picture's root takes on so that rules such as `.graph .box` still
 * reach inside it.
 */
export function thumbnail(svg, sheets, theme, enclosing = []) {
  const picture = pictureOf(svg);
  const css = `${cssFor(picture, sheets, enclosing)}:root{color-scheme:${theme}}`;
  return picture.replace(/^<svg\b([^>]*?)\bclass="([^"]*)"([^>]*)>/, (_, before, own, after) => {
    const names = [...new Set([...own.split(/\s+/), ...enclosing])].filter(Boolean).join(' ');
    return `<svg${before}class="${names}"${after}><style>${css}</style>`;
  });
}

/** The stylesheets a page links, read from the build (hrefs carry the site's base path). */
function sheetsOf(out, html) {
  const sheets = [];
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const at = href.indexOf('/_astro/');
    if (at >= 0 && existsSync(join(out, href.slice(at)))) sheets.push(readFileSync(join(out, href.slice(at)), 'utf8'));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) sheets.push(m[1]);
  return sheets;
}

/** Writes each figure's thumbnails beside its page; returns the ids written. Throws for a page with no plot. */
export function writeThumbnails(out, ids) {
  for (const id of ids) {
    const page = join(out, 'figures', id, 'index.html');
    const html = readFileSync(page, 'utf8');
    const svg = firstPlot(html);
    if (svg === undefined)
      throw new Error(`thumbnails: ${page} has no <svg class="fig-plot"> to draw the gallery's picture from`);
    const sheets = sheetsOf(out, html);
    const enclosing = enclosingClasses(html, html.indexOf(svg));
    for (const theme of THEMES)
      writeFileSync(join(out, 'figures', id, thumbName(theme)), thumbnail(svg, sheets, theme, enclosing));
  }
  return ids;
}
