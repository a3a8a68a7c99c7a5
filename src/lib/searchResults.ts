/**
 * The pure half of the search (src/lib/search.ts is the DOM half): Pagefind's results turned into
 * plain records, an excerpt's HTML reduced to text and <mark>, the results as a tree of plain
 * objects for the DOM half to build, the status line, and the rule that the latest query wins.
 * Pagefind itself comes in through a loader, so the unit tests (tests/unit/lib/search.test.ts)
 * hand in a stand-in.
 */
import { matchesQuery } from './searchMatch.ts';

/** The parts of Pagefind's JS API we use (pagefind.js, version 1.x). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number }[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}
/** Pagefind, loaded and ready; null if it could not be loaded. */
export type Loader = () => Promise<Pagefind | null>;

export interface Hit {
  title: string;
  url: string;
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

const MAX_RESULTS = 8;
const MAX_SECTIONS = 3;

/**
 * A loader that imports pagefind.js from `src` once, sets its options and initialises it; any
 * failure on the way (a missing index, a broken file) gives null.
 */
export function pagefindLoader(
  src: () => string,
  options: Record<string, unknown>,
  importer: (src: string) => Promise<unknown> = (s) => import(/* @vite-ignore */ s),
): Loader {
  let loading: Promise<Pagefind | null> | null = null;
  return () =>
    (loading ??= (async () => {
      try {
        const pagefind = (await importer(src())) as Pagefind;
        await pagefind.options(options);
        await pagefind.init();
        return pagefind;
      } catch {
        return null;
      }
    })());
}

/** Searches and returns plain result records (best first); null if Pagefind did not load. */
export async function search(query: string, load: Loader): Promise<Hit[] | null> {
  const pagefind = await load();
  if (!pagefind) return null;
  const found = await pagefind.search(query);
  if (!found) return [];
  const datas = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  return datas
    .filter((d) => matchesQuery(query, d.excerpt, d.meta.title))
    .map((d) => ({ title: d.meta.title ?? d.url, url: d.url, excerpt: d.excerpt, sections: bestSections(d) }));
}

/** The sections (headings with ids) that match best, at most MAX_SECTIONS, in page order. */
function bestSections(d: PagefindData): Hit['sections'] {
  const score = (s: PagefindSubResult) =>
    s.weighted_locations?.reduce((a, w) => a + w.weight, 0) ?? s.locations?.length ?? 0;
  const all = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#'));
  const keep = new Set([...all].sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS));
  return all.filter((s) => keep.has(s)).map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt }));
}

/** An element to build: its tag, class, link, result URL (data-search-result) and children. */
export interface View {
  tag: 'li' | 'ul' | 'a' | 'p' | 'mark';
  cls?: string;
  href?: string;
  result?: string;
  kids: (View | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/**
 * An excerpt's HTML reduced to text and <mark>: every other tag is dropped (its text kept), and
 * entities are decoded into text, so nothing else from the index reaches the page.
 */
export function excerptParts(html: string): (View | string)[] {
  const out: (View | string)[] = [];
  let marked = false;
  let last = 0;
  const text = (s: string) => {
    const t = decode(s);
    if (!t) return;
    const prev = marked ? (out.at(-1) as View) : undefined;
    if (prev) prev.kids[0] = (prev.kids[0] as string) + t;
    else if (typeof out.at(-1) === 'string') out[out.length - 1] += t;
    else out.push(t);
  };
  for (const m of html.matchAll(/<(\/?)([a-z][^\s/>]*)[^>]*>/gi)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2]!.toLowerCase() !== 'mark') continue;
    if (!m[1] && !marked) out.push({ tag: 'mark', kids: [''] });
    marked = !m[1];
  }
  text(html.slice(last));
  return out.filter((p) => typeof p === 'string' || p.kids[0] !== '');
}

const excerpt = (html: string): View => ({ tag: 'p', cls: 'search-excerpt', kids: excerptParts(html) });

/** The results list's items: each page's title link and excerpt, then its best sections. */
export function resultsView(hits: Hit[]): View[] {
  return hits.map((h) => {
    const kids: View[] = [{ tag: 'a', cls: 'search-result-title', href: h.url, kids: [h.title] }, excerpt(h.excerpt)];
    if (h.sections.length) {
      kids.push({
        tag: 'ul',
        cls: 'search-sections',
        kids: h.sections.map((s) => ({
          tag: 'li',
          kids: [{ tag: 'a', href: s.url, kids: [s.title] }, excerpt(s.excerpt)],
        })),
      });
    }
    return { tag: 'li', cls: 'search-result', result: h.url, kids };
  });
}

export const UNAVAILABLE =
  'The search index is not available. It is built by “npm run build”; the development server has none.';

/** The status line after a search for `q` (null: Pagefind did not load). */
export function statusFor(q: string, hits: Hit[] | null): string {
  if (hits === null) return UNAVAILABLE;
  if (hits.length === 0) return `Nothing found for “${q}”.`;
  return `${hits.length} ${hits.length === 1 ? 'page matches' : 'pages match'} “${q}”.`;
}

/** What the page shows: the status line, and the results (undefined: leave them as they are). */
export interface Shown {
  status: string;
  results?: View[];
}

/**
 * Runs queries as the reader types: an empty query clears everything, and the answer to a query
 * the reader has since replaced is dropped (the latest query wins).
 */
export function searcher(find: (q: string) => Promise<Hit[] | null>, show: (s: Shown) => void) {
  let seq = 0;
  return async (raw: string): Promise<void> => {
    const q = raw.trim();
    const mine = ++seq;
    if (!q) return show({ status: '', results: [] });
    show({ status: 'Searching…' });
    const hits = await find(q);
    if (mine === seq) show({ status: statusFor(q, hits), results: resultsView(hits ?? []) });
  };
}
