// The search's pure half (src/lib/searchResults.ts) with a stand-in Pagefind handed in through the
// loader: results as records and as the markup the DOM half builds, hostile excerpt text kept as
// text, the empty query, no results, a failed load, and the latest query winning.
import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  pagefindLoader,
  resultsView,
  search,
  searcher,
  statusFor,
  UNAVAILABLE,
  type Hit,
  type Pagefind,
  type PagefindData,
  type Shown,
  type View,
} from '../../../src/lib/searchResults.ts';

/** A Pagefind that answers every query with `pages` (in this order). */
function stand(pages: PagefindData[], calls: string[] = []): Pagefind {
  return {
    options: async () => {},
    init: async () => {},
    search: async (q) => {
      calls.push(q);
      return { results: pages.map((p) => ({ data: async () => p })) };
    },
  };
}
const page = (title: string, excerpt: string, extra: Partial<PagefindData> = {}): PagefindData => ({
  url: `/lessons/${title.toLowerCase().replace(/\W+/g, '-')}/`,
  excerpt,
  meta: { title },
  ...extra,
});
/** The text a view shows, tags dropped. */
const text = (v: View | string): string => (typeof v === 'string' ? v : v.kids.map(text).join(''));
/** Every element of a tree, depth first. */
const all = (v: View | string): View[] => (typeof v === 'string' ? [] : [v, ...v.kids.flatMap(all)]);

describe('search(query, load)', () => {
  it('keeps the results that really match, titled, with their best sections in page order', async () => {
    const calls: string[] = [];
    const sections = [1, 5, 3, 4].map((w, i) => ({
      title: `Section ${i}`,
      url: `/lessons/loss/#s${i}`,
      excerpt: `about <mark>loss</mark> ${i}`,
      weighted_locations: [{ weight: w }],
    }));
    const pages = [
      page('Loss', 'the <mark>loss</mark> is a mean', {
        url: '/lessons/loss/',
        sub_results: [{ title: 'Loss', url: '/lessons/loss/', excerpt: 'top' }, ...sections],
      }),
      page('Elsewhere', 'take <mark>l</mark> steps'), // Pagefind's short-prefix fallback: dropped
    ];
    const hits = await search('loss', async () => stand(pages, calls));
    expect(calls).toEqual(['loss']);
    expect(hits?.map((h) => h.title)).toEqual(['Loss']);
    // the three heaviest sections (weights 5, 3, 4), in the page's order; the page's own URL is not a section
    expect(hits?.[0]?.sections.map((s) => s.url)).toEqual([
      '/lessons/loss/#s1',
      '/lessons/loss/#s2',
      '/lessons/loss/#s3',
    ]);
  });

  it('falls back to the URL for a page without a title, and keeps at most eight pages', async () => {
    const many = Array.from({ length: 12 }, (_, i) => page(`P${i}`, '<mark>epoch</mark>'));
    many[0] = { url: '/glossary/', excerpt: 'an <mark>epoch</mark>', meta: {} };
    const hits = await search('epoch', async () => stand(many));
    expect(hits).toHaveLength(8);
    expect(hits?.[0]?.title).toBe('/glossary/');
  });

  it('gives [] when Pagefind finds nothing and null when it did not load', async () => {
    const nothing: Pagefind = { ...stand([]), search: async () => null };
    expect(await search('zz', async () => nothing)).toEqual([]);
    expect(await search('zz', async () => stand([]))).toEqual([]);
    expect(await search('zz', async () => null)).toBeNull();
  });
});

describe('pagefindLoader', () => {
  it('imports once, sets the options, initialises, and hands back the same Pagefind', async () => {
    const steps: string[] = [];
    const pf: Pagefind = {
      options: async (o) => void steps.push(`options ${JSON.stringify(o)}`),
      init: async () => void steps.push('init'),
      search: async () => null,
    };
    const load = pagefindLoader(
      () => '/base/pagefind/pagefind.js',
      { baseUrl: '/base/' },
      async (src) => {
        steps.push(`import ${src}`);
        return pf;
      },
    );
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(pf);
    expect(b).toBe(pf);
    expect(steps).toEqual(['import /base/pagefind/pagefind.js', 'options {"baseUrl":"/base/"}', 'init']);
  });

  it('gives null, and the status line says why, when the import or the start-up fails', async () => {
    const missing = pagefindLoader(
      () => '/pagefind/pagefind.js',
      {},
      () => Promise.reject(new TypeError('404')),
    );
    expect(await missing()).toBeNull();
    const broken = pagefindLoader(
      () => 'x',
      {},
      async () => ({ ...stand([]), init: () => Promise.reject(new Error('wasm')) }),
    );
    expect(await broken()).toBeNull();
    const shown: Shown[] = [];
    await searcher(
      (q) => search(q, missing),
      (s) => shown.push(s),
    )('loss');
    expect(shown.at(-1)).toEqual({ status: UNAVAILABLE, results: [] });
    expect(UNAVAILABLE).toMatch(/not available.*npm run build/);
  });
});

describe('excerptParts', () => {
  it('keeps text and <mark>, decoding entities into text', () => {
    expect(excerptParts('the <mark>loss</mark> &lt;x&gt; &amp; &#955; &#x3b7;')).toEqual([
      'the ',
      { tag: 'mark', kids: ['loss'] },
      ' <x> & λ η',
    ]);
  });

  it('turns hostile markup into plain text or drops it: no element but <mark> comes out', () => {
    const hostile =
      '<img src=x onerror="alert(1)">a <script>alert(2)</script> <a href="javascript:alert(3)">link</a>' +
      ' &lt;img src=x onerror=alert(4)&gt; <MARK onclick="alert(5)">hit</MARK> <mark><b>bold</b></mark>';
    const parts = excerptParts(hostile);
    const elements = parts.flatMap(all);
    expect(elements.map((e) => e.tag)).toEqual(['mark', 'mark']);
    expect(
      elements.every((e) => Object.keys(e).join() === 'tag,kids' && e.kids.every((k) => typeof k === 'string')),
    ).toBe(true);
    expect(parts.map(text).join('')).toBe('a alert(2) link <img src=x onerror=alert(4)> hit bold');
  });

  it('leaves a lone "<" (x < 3) and an unknown entity as they are', () => {
    expect(excerptParts('x < 3 &bogus; &#0;')).toEqual(['x < 3 &bogus; &#0;']);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultsView', () => {
  const hit: Hit = {
    title: 'Loss <b>functions</b>',
    url: '/lessons/loss/',
    excerpt: 'the <mark>loss</mark>',
    sections: [{ title: 'Squared error', url: '/lessons/loss/#squared', excerpt: 'a <mark>loss</mark> &amp; more' }],
  };

  it('is one item per page: a title link, the excerpt, then a list of section links', () => {
    const [item, ...rest] = resultsView([hit, { ...hit, url: '/b/', sections: [] }]);
    expect(rest).toHaveLength(1);
    expect(item).toMatchObject({ tag: 'li', cls: 'search-result', result: '/lessons/loss/' });
    const [title, excerpt, sections] = item!.kids as View[];
    expect(title).toEqual({
      tag: 'a',
      cls: 'search-result-title',
      href: '/lessons/loss/',
      kids: ['Loss <b>functions</b>'],
    });
    expect(excerpt).toEqual({ tag: 'p', cls: 'search-excerpt', kids: ['the ', { tag: 'mark', kids: ['loss'] }] });
    expect(sections?.tag).toBe('ul');
    const links = all(sections!).filter((e) => e.tag === 'a');
    expect(links.map((a) => [a.href, text(a)])).toEqual([['/lessons/loss/#squared', 'Squared error']]);
    expect(text(sections!)).toBe('Squared errora loss & more');
    // a page without sections has no empty list
    expect((rest[0]!.kids as View[]).map((k) => k.tag)).toEqual(['a', 'p']);
  });

  it('keeps a hostile title as text (the DOM half makes a text node of it)', () => {
    const [item] = resultsView([{ ...hit, title: '<img src=x onerror=alert(1)>' }]);
    expect((item!.kids[0] as View).kids).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('statusFor and searcher', () => {
  const hits = (n: number): Hit[] =>
    Array.from({ length: n }, (_, i) => ({ title: `T${i}`, url: `/t${i}/`, excerpt: '', sections: [] }));

  it('counts pages in words, says when nothing was found, and when the index is missing', () => {
    expect(statusFor('loss', hits(1))).toBe('1 page matches “loss”.');
    expect(statusFor('loss', hits(3))).toBe('3 pages match “loss”.');
    expect(statusFor('zzqq', [])).toBe('Nothing found for “zzqq”.');
    expect(statusFor('zzqq', null)).toBe(UNAVAILABLE);
  });

  it('clears everything for an empty query without searching', async () => {
    const asked: string[] = [];
    const shown: Shown[] = [];
    await searcher(
      async (q) => (asked.push(q), hits(1)),
      (s) => shown.push(s),
    )('   ');
    expect(asked).toEqual([]);
    expect(shown).toEqual([{ status: '', results: [] }]);
  });

  it('says "Searching…" (results left alone), then shows the trimmed query’s results', async () => {
    const asked: string[] = [];
    const shown: Shown[] = [];
    await searcher(
      async (q) => (asked.push(q), hits(2)),
      (s) => shown.push(s),
    )('  loss ');
    expect(asked).toEqual(['loss']);
    expect(shown[0]).toEqual({ status: 'Searching…' });
    expect(shown[1]?.status).toBe('2 pages match “loss”.');
    expect(shown[1]?.results?.map((r) => r.result)).toEqual(['/t0/', '/t1/']);
  });

  it('shows "Nothing found" with an empty list when there are no results', async () => {
    const shown: Shown[] = [];
    await searcher(
      async () => [],
      (s) => shown.push(s),
    )('zzqq');
    expect(shown.at(-1)).toEqual({ status: 'Nothing found for “zzqq”.', results: [] });
  });

  it('drops the answer to a query the reader has since replaced', async () => {
    const pending = new Map<string, (h: Hit[]) => void>();
    const shown: Shown[] = [];
    const run = searcher(
      (q) => new Promise((done) => pending.set(q, done)),
      (s) => shown.push(s),
    );
    const slow = run('lo');
    const fast = run('loss');
    pending.get('loss')!(hits(1));
    await fast;
    pending.get('lo')!(hits(5));
    await slow;
    expect(shown.map((s) => s.status)).toEqual(['Searching…', 'Searching…', '1 page matches “loss”.']);
  });
});
