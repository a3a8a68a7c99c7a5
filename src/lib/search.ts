/**
 * Full-text search over the Pagefind index that `npm run build` writes to <out>/pagefind. The index
 * and its ~50 KB of JavaScript load only when the reader first searches, from the built files
 * (so it works offline and under any base path). Results are our own accessible markup: a live
 * status line with the count, and for each page its title, an excerpt and links to the sections
 * that matched.
 */
import { url } from './paths.ts';
import { matchesQuery } from './searchMatch.ts';

/** The parts of Pagefind's JS API we use (pagefind.js, version 1.x). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  title: string;
  url: string;
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

const MAX_RESULTS = 8;
const MAX_SECTIONS = 3;

let loading: Promise<Pagefind | null> | null = null;

/** Loads pagefind.js from the site's own build (once); null if the index is missing. */
export function loadPagefind(): Promise<Pagefind | null> {
  loading ??= (async () => {
    const src = new URL(url('pagefind/pagefind.js'), location.href).href;
    try {
      const pagefind = (await import(/* @vite-ignore */ src)) as Pagefind;
      await pagefind.options({ baseUrl: url(), excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    } catch {
      return null;
    }
  })();
  return loading;
}

/** Searches and returns plain result records (best first). */
export async function search(query: string): Promise<Hit[] | null> {
  const pagefind = await loadPagefind();
  if (!pagefind) return null;
  const found = await pagefind.search(query);
  if (!found) return [];
  const datas = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  return datas
    .filter((d) => matchesQuery(query, d.excerpt, d.meta.title))
    .map((d) => ({
      title: d.meta.title ?? d.url,
      url: d.url,
      excerpt: d.excerpt,
      sections: bestSections(d),
    }));
}

/** The sections (headings with ids) that match best, at most MAX_SECTIONS, in page order. */
function bestSections(d: PagefindData): Hit['sections'] {
  const score = (s: PagefindSubResult) =>
    s.weighted_locations?.reduce((a, w) => a + w.weight, 0) ?? s.locations?.length ?? 0;
  const all = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#'));
  const keep = new Set([...all].sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS));
  return all.filter((s) => keep.has(s)).map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt }));
}

/** An excerpt's HTML reduced to text and <mark>: nothing else from the index reaches the page. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(c.textContent ?? ''));
      else if (c instanceof Element && c.tagName === 'MARK') {
        const m = document.createElement('mark');
        m.textContent = c.textContent;
        out.push(m);
      } else walk(c);
    }
  };
  walk(doc.body);
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...kids);
  return e;
}

function renderHits(list: HTMLElement, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((h) => {
      const title = el('a', 'search-result-title', h.title);
      title.href = h.url;
      const item = el('li', 'search-result', title, el('p', 'search-excerpt', ...excerptNodes(h.excerpt)));
      item.dataset.searchResult = h.url;
      if (h.sections.length) {
        item.append(
          el(
            'ul',
            'search-sections',
            ...h.sections.map((s) => {
              const a = el('a', '', s.title);
              a.href = s.url;
              return el('li', '', a, el('p', 'search-excerpt', ...excerptNodes(s.excerpt)));
            }),
          ),
        );
      }
      return item;
    }),
  );
}

interface Ui {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
}

/** Wires an input to a results list: type to search, ↓/↑ through the links, Enter opens the first. */
export function bindSearch(ui: Ui, onQuery?: (q: string) => void): (q: string) => Promise<void> {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (raw: string) => {
    const q = raw.trim();
    const mine = ++seq;
    onQuery?.(q);
    if (!q) {
      ui.results.replaceChildren();
      ui.status.textContent = '';
      return;
    }
    ui.status.textContent = 'Searching…';
    const hits = await search(q);
    if (mine !== seq) return;
    if (hits === null) {
      ui.status.textContent =
        'The search index is not available. It is built by “npm run build”; the development server has none.';
      ui.results.replaceChildren();
      return;
    }
    renderHits(ui.results, hits);
    ui.status.textContent =
      hits.length === 0
        ? `Nothing found for “${q}”.`
        : `${hits.length} ${hits.length === 1 ? 'page matches' : 'pages match'} “${q}”.`;
  };
  ui.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(ui.input.value), 120);
  });
  ui.input.addEventListener('focus', () => void loadPagefind(), { once: true });
  const links = () => [...ui.results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  ui.input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      const first = links()[0];
      if (first && ui.results.childElementCount > 0 && ui.input.value.trim()) first.click();
      else void run(ui.input.value);
    }
  });
  ui.results.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && i === 0) ui.input.focus();
    else all[Math.min(all.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
  return run;
}

function typing(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

/** The header's search dialog and its keyboard shortcuts. */
export function initSearch(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
  if (!trigger || !dialog || !input || !status || !results || typeof dialog.showModal !== 'function') return;
  bindSearch({ input, status, results });
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  const open = () => {
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind();
  };
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // a new tab gets the search page
    e.preventDefault();
    open();
  });
  trigger.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // In a search field Esc would first clear the text; here it closes the dialog at once.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop (outside the box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => trigger.focus());
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    const shortcut =
      (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) ||
      ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k');
    if (!shortcut) return;
    e.preventDefault();
    open();
  });
}

/** The /search/ page: the same search in the page, reading and writing ?q=. */
export function initSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const results = document.querySelector<HTMLElement>('[data-search-page-results]');
  if (!input || !status || !results) return;
  const run = bindSearch({ input, status, results }, (q) => {
    const u = new URL(location.href);
    if (q) u.searchParams.set('q', q);
    else u.searchParams.delete('q');
    history.replaceState(history.state, '', u);
  });
  const q = new URL(location.href).searchParams.get('q') ?? '';
  if (q) {
    input.value = q;
    void run(q);
  }
}
