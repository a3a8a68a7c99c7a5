/**
 * A figure page inside someone else's page (an iframe). Loaded only when the page is framed.
 *
 * - Links that leave the figure open in a new tab, never inside the frame.
 * - It tells its parent the height it needs (the protocol is described in public/embed.js, the
 *   one-line script an embed snippet includes, which resizes the iframe).
 * - Until a parent answers that it sizes the frame, the figure fits the box it was given: a compact
 *   layout (tighter spacing, panels side by side, a shorter caption) and plots scaled down, so the
 *   plots, the timeline and the controls show together in a small box.
 */

export const PROTOCOL = 1;
export const SIZE = 'downhill:size';
export const HELLO = 'downhill:hello';

/** The smallest a plot is squeezed to (CSS px), and the share of its natural height it keeps at least. */
const MIN_PLOT = 160;
const MIN_SHARE = 0.5;

/** Whether a click on this link should open a new tab rather than load into the frame. */
export function leavesFrame(a: HTMLAnchorElement, here: Location): boolean {
  if (a.hasAttribute('download') || a.target) return false;
  let url: URL;
  try {
    url = new URL(a.href, here.href);
  } catch {
    return false;
  }
  if (url.protocol === 'blob:' || url.protocol === 'data:' || url.protocol === 'javascript:') return false;
  // A jump within this page stays.
  return !(url.origin === here.origin && url.pathname === here.pathname && url.search === here.search && url.hash);
}

/** The CSS pixels the page needs at its current width: the body's height (margins included). */
function contentHeight(): number {
  const body = document.body;
  const cs = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom));
}

function plots(): SVGSVGElement[] {
  return [...document.querySelectorAll<SVGSVGElement>('svg.fig-plot')].filter(
    (p) => p.viewBox.baseVal.width > 0 && p.getBoundingClientRect().height > 0,
  );
}

function clearFit(): void {
  delete document.documentElement.dataset.compact;
  for (const p of document.querySelectorAll<SVGSVGElement>('svg.fig-plot[data-fit]')) {
    p.style.removeProperty('max-width');
    p.style.removeProperty('margin-inline');
    delete p.dataset.fit;
  }
}

/** Fits the page into the frame's height: compact layout, then plots scaled (their aspect kept). */
function applyFit(): void {
  const root = document.documentElement;
  root.dataset.compact = '';
  const natural = new Map(plots().map((p) => [p, p.getBoundingClientRect().height]));
  for (let round = 0; round < 4; round++) {
    const over = contentHeight() - innerHeight;
    if (Math.abs(over) <= 2) return;
    const shown = plots();
    const rows = new Set(shown.map((p) => Math.round(p.getBoundingClientRect().top))).size || 1;
    let moved = false;
    for (const p of shown) {
      const full = natural.get(p) ?? p.getBoundingClientRect().height;
      const now = p.getBoundingClientRect().height;
      const target = Math.min(full, Math.max(MIN_PLOT, full * MIN_SHARE, now - over / rows));
      if (Math.abs(target - now) < 1) continue;
      const box = p.viewBox.baseVal;
      // Limiting the width (not the height) keeps the element's aspect equal to its viewBox, so a
      // pointer on the plot still maps to the right point.
      p.style.maxWidth = `${((target * box.width) / box.height).toFixed(1)}px`;
      p.style.marginInline = 'auto';
      p.dataset.fit = '';
      moved = true;
    }
    if (!moved) return;
  }
}

/** Starts the frame's behaviour: links, size messages, the fit. Idempotent. */
export function initEmbed(): void {
  const root = document.documentElement;
  if (root.dataset.embedReady !== undefined) return;
  root.dataset.embedReady = '';
  root.dataset.framed = '';

  document.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (a instanceof HTMLAnchorElement && leavesFrame(a, location)) {
        a.target = '_blank';
        a.rel = 'noopener';
      }
    },
    true,
  );

  let answered = false;
  let lastPosted = -1;
  let frame = 0;
  const figure = () => document.querySelector<HTMLElement>('[data-figure]');
  const update = () => {
    frame = 0;
    clearFit();
    const height = contentHeight();
    if (height !== lastPosted) {
      lastPosted = height;
      const fig = figure();
      const link = document.querySelector<HTMLAnchorElement>('a[data-lesson-link]');
      parent.postMessage(
        {
          type: SIZE,
          version: PROTOCOL,
          id: fig?.dataset.figure ?? '',
          width: innerWidth,
          height,
          href: link ? link.href : location.href,
        },
        '*',
      );
    }
    if (!answered && height > innerHeight + 1) applyFit();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  addEventListener('message', (e) => {
    const d = e.data as { type?: unknown } | null;
    if (e.source !== parent || !d || typeof d !== 'object' || d.type !== HELLO) return;
    answered = true;
    lastPosted = -1; // a parent that just said hello wants the size now
    schedule();
  });
  addEventListener('resize', schedule);
  if (typeof ResizeObserver === 'function') new ResizeObserver(schedule).observe(document.body);
  schedule();
}
