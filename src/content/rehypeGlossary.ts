/**
 * The glossary, read from content/glossary.yaml, and a rehype plugin that marks the FIRST use of
 * each glossary term in every lesson: the word becomes a link to its glossary entry (so it works
 * without JavaScript) that is described by a tooltip holding the definition (shown on hover and
 * keyboard focus by CSS; `glossaryTips.ts` adds Escape-to-dismiss and keeps it on screen).
 * Lesson authors do nothing: the build finds the terms. Headings, links, code, math, buttons and
 * figures are left alone. The ids a lesson marked are added to its frontmatter as `glossaryTerms`
 * (Astro passes it on as `remarkPluginFrontmatter`), which the glossary page lists.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { z } from 'astro/zod';
import { GlossaryEntrySchema } from './schemas.ts';

/** A glossary entry (the schema's input: aliases and see may be left out). */
export type GlossaryTerm = z.input<typeof GlossaryEntrySchema>;

/**
 * Reads the glossary file (a YAML list) and checks each entry against the content schema;
 * throws naming the file, the entry (its number and id) and the field that is wrong.
 */
export function loadGlossary(file: string): z.output<typeof GlossaryEntrySchema>[] {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: the glossary must be a YAML list of terms`);
  return data.map((d: unknown, i) => {
    const r = GlossaryEntrySchema.safeParse(d);
    if (r.success) return r.data;
    const id = (d as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `entry ${i} (id "${id}")` : `entry ${i}`;
    const problems = r.error.issues.map((x) => `${x.path.join('.') || 'the entry'}: ${x.message}`);
    throw new Error(`${file}: ${name}: ${problems.join('; ')}`);
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Matcher {
  /** A fresh global regex that finds any spelling of any term (longest first). */
  regex(): RegExp;
  /** The term a matched piece of text belongs to. */
  termOf(text: string): GlossaryTerm | undefined;
}

/** Finds terms in text: whole words, case-insensitive, each spelling also with a plural "s"/"es". */
export function termMatcher(terms: GlossaryTerm[]): Matcher {
  const bySpelling = new Map<string, GlossaryTerm>();
  for (const t of terms) {
    for (const s of [t.term, ...(t.aliases ?? [])]) {
      const key = s.toLowerCase();
      if (!bySpelling.has(key)) bySpelling.set(key, t);
    }
  }
  // Longest first, so "gradient descent" wins over "gradient"; a space matches any run of whitespace (line breaks).
  const spellings = [...bySpelling.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRe(s).replace(/ +/g, '\\s+'));
  const source = spellings.length
    ? `(?<![\\p{L}\\p{N}_-])(?:${spellings.join('|')})(?:e?s)?(?![\\p{L}\\p{N}_])`
    : '(?!)';
  return {
    regex: () => new RegExp(source, 'giu'),
    termOf(text) {
      const k = text.toLowerCase().replace(/\s+/g, ' ');
      return bySpelling.get(k) ?? bySpelling.get(k.replace(/s$/, '')) ?? bySpelling.get(k.replace(/es$/, ''));
    },
  };
}

/** Elements whose text is never marked. */
const SKIP_TAGS = new Set([
  'a',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'svg',
  'math',
  'figure',
  'figcaption',
  'summary',
  'label',
  'select',
  'textarea',
  'title',
]);
const SKIP_CLASSES = ['katex', 'katex-display', 'math', 'math-inline', 'math-display', 'term', 'no-glossary'];

function skipped(node: Element): boolean {
  if (SKIP_TAGS.has(node.tagName)) return true;
  const cls = node.properties?.className;
  const list: string[] = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? String(cls).split(/\s+/) : [];
  return list.some((c) => SKIP_CLASSES.includes(c));
}

export interface MarkOptions {
  /** The glossary page's path, e.g. "/downhill/glossary/". */
  glossaryHref: string;
}

/** The marked-up first use of a term. */
export function termElement(term: GlossaryTerm, text: string, { glossaryHref }: MarkOptions): Element {
  const tipId = `term-tip-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'], id: `term-${term.id}`, dataTerm: term.id },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['term-link'], href: `${glossaryHref}#${term.id}`, ariaDescribedBy: [tipId] },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['term-tip'], role: 'tooltip', id: tipId, dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.term }] },
          { type: 'text', value: ` — ${term.definition}` },
        ],
      },
    ],
  };
}

/**
 * Marks the first use of each term in a tree, in document order; returns the ids it marked.
 * Pure: used by the plugin and by the unit tests.
 */
export function markFirstUses(
  tree: Root | Element,
  matcher: Matcher,
  options: MarkOptions,
  seen = new Set<string>(),
): string[] {
  const marked: string[] = [];
  const visit = (parent: Root | Element) => {
    const kids = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.type === 'element') {
        if (!skipped(node)) visit(node);
        continue;
      }
      if (node.type !== 'text') continue; // MDX JSX (figures, "show me" buttons), expressions, comments
      const replaced = markText(node, matcher, options, seen, marked);
      if (replaced) {
        kids.splice(i, 1, ...replaced);
        i += replaced.length - 1;
      }
    }
  };
  visit(tree);
  return marked;
}

function markText(
  node: Text,
  matcher: Matcher,
  options: MarkOptions,
  seen: Set<string>,
  marked: string[],
): ElementContent[] | null {
  const re = matcher.regex();
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(re)) {
    const term = matcher.termOf(m[0]);
    if (!term || seen.has(term.id)) continue;
    seen.add(term.id);
    marked.push(term.id);
    if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    out.push(termElement(term, m[0], options));
    last = m.index + m[0].length;
  }
  if (out.length === 0) return null;
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

export interface PluginOptions {
  /** Path of the glossary YAML file. */
  file: string;
  /** The site's base path, e.g. "/" or "/downhill/". */
  base: string;
  /** Which source files to mark (default: those under a "lessons" folder). */
  include?: (path: string) => boolean;
}

interface VFileLike {
  path?: string;
  history?: string[];
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The rehype plugin: `[rehypeGlossary, { file, base }]`. */
export default function rehypeGlossary(options: PluginOptions) {
  const terms = loadGlossary(options.file);
  const matcher = termMatcher(terms);
  const glossaryHref = `${options.base.replace(/\/?$/, '/')}glossary/`;
  const include = options.include ?? ((p: string) => /[\\/]lessons[\\/][^\\/]+\.mdx?$/.test(p));
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!include(path)) return;
    const marked = markFirstUses(tree, matcher, { glossaryHref });
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).glossaryTerms = marked;
  };
}
