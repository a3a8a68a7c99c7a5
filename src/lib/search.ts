/**
 * Full-text search over the Pagefind index that `npm run build` writes to <out>/pagefind. The index
 * and its ~50 KB of JavaScript load only when the reader first searches, from the built files
 * (so it works offline and under any base path). Results are our own accessible markup: a live
 * status line with the count, and for each page its title, an excerpt and links to the sections
 * that matched.
 */
import { url } from './paths.ts';
import { pagefindLoader, search, searcher, type View } from './searchResults.ts';

/** Loads pagefind.js from the site's own build (once); null if the index is missing. */
export const loadPagefind = pagefindLoader(() => new URL(url('pagefind/pagefind.js'), location.href).href, {
  baseUrl: url(),
  excerptLength: 22,
});

/** An element from its plain description (searchResults.ts): text stays text. */
function build(v: View | string): Node {
  if (typeof v === 'string') return document.createTextNode(v);
  const e = document.createElement(v.tag);
  if (v.cls) e.className = v.cls;
  if (v.href !== undefined) (e as HTMLAnchorElement).href = v.href;
  if (v.result !== undefined) e.dataset.searchResult = v.result;
  e.append(...v.kids.map(build));
  return e;
}

interface Ui {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
}

/** Wires an input to a results list: type to search, ↓/↑ through the links, Enter opens the first. */
export function bindSearch(ui: Ui, onQuery?: (q: string) => void): (q: string) => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = searcher(
    (q) => search(q, loadPagefind),
    ({ status, results }) => {
      if (results) ui.results.replaceChildren(...results.map(build));
      ui.status.textContent = status;
    },
  );
  const run = (raw: string) => {
    onQuery?.(raw.trim());
    return show(raw);
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
