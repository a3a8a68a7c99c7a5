/**
 * "Show me" links: with JavaScript they put the figure on this page in the named state and
 * scroll to it; without, they are plain links to the same state.
 */
import { SHOW_EVENT, type ShowDetail } from '../figures/events.ts';
import { mergeShowMe } from '../figures/query.ts';

let ready = false;

export function initShowMe(): void {
  if (ready) return;
  ready = true;
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[data-show-me]');
    if (!(a instanceof HTMLAnchorElement)) return;
    const id = a.dataset.showMe ?? '';
    const target = document.getElementById(id);
    if (!target || new URL(a.href).pathname !== location.pathname) return;
    e.preventDefault();
    let state: Record<string, unknown> = {};
    try {
      state = JSON.parse(a.dataset.state ?? '{}') as Record<string, unknown>;
    } catch {
      state = {};
    }
    // The figure may not have hydrated yet: the URL carries the state for when it does.
    const url = new URL(a.href);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${mergeShowMe(location.search, url.search, id)}#${id}`,
    );
    window.dispatchEvent(new CustomEvent<ShowDetail>(SHOW_EVENT, { detail: { figure: id, state } }));
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
    target.classList.remove('is-target');
    void target.offsetWidth;
    target.classList.add('is-target');
  });
}
