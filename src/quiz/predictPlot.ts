/**
 * The plot of a predict item on the page (drawn by src/components/PredictPlot.astro): the marker
 * follows the item's range input, and can be dragged by its handle or put down with a click on the
 * plot; once the prediction is checked, the run plays point by point (at once with reduced motion)
 * and the place it ended is marked beside the reader's. A swipe that does not start on the handle
 * scrolls the page.
 */

export { markerText, predictMessage } from './predictWords.ts';

const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Geometry {
  readonly svg: SVGSVGElement;
  readonly v0: number;
  readonly v1: number;
  readonly px0: number;
  readonly px1: number;
}

function geometry(el: Element): Geometry | undefined {
  const svg = el.querySelector<SVGSVGElement>('svg[data-predict-svg]');
  if (!svg) return undefined;
  const n = (k: string) => Number(svg.dataset[k]);
  return { svg, v0: n('v0'), v1: n('v1'), px0: n('px0'), px1: n('px1') };
}

const toPx = (g: Geometry, v: number) => g.px0 + ((v - g.v0) / (g.v1 - g.v0)) * (g.px1 - g.px0);

/** Moves the marker (or the answer's line) to value v, its label on the side with room. */
function place(g: Geometry, hook: string, v: number): void {
  const mark = g.svg.querySelector(`[${hook}]`);
  const x = toPx(g, v);
  mark?.setAttribute('transform', `translate(${x.toFixed(1)} 0)`);
  const label = mark?.querySelector('text');
  const left = x > (g.px0 + g.px1) / 2;
  label?.setAttribute('text-anchor', left ? 'end' : 'start');
  label?.setAttribute('x', left ? '-6' : '6');
}

/** Puts the marker where the item's input says, and the input's spoken value with it. */
export function syncMarker(el: Element, words: (v: number) => string): void {
  const input = el.querySelector<HTMLInputElement>('[data-predict-input]');
  const g = geometry(el);
  if (!input || !g) return;
  const v = Number(input.value);
  place(g, 'data-marker', v);
  const text = words(v);
  input.setAttribute('aria-valuetext', text);
  const shown = el.querySelector('[data-predict-value]');
  if (shown) shown.textContent = text;
}

/** Wires the marker to its input: typing keys, a drag on the handle, a click on the plot. */
export function initMarker(el: Element, words: (v: number) => string): void {
  const input = el.querySelector<HTMLInputElement>('[data-predict-input]');
  const g = geometry(el);
  if (!input || !g) return;
  const set = (clientX: number) => {
    if (input.disabled) return;
    const box = g.svg.getBoundingClientRect();
    const width = g.svg.viewBox.baseVal.width || box.width;
    const px = ((clientX - box.left) / box.width) * width;
    const v = g.v0 + ((px - g.px0) / (g.px1 - g.px0)) * (g.v1 - g.v0);
    const step = Number(input.step) || 1;
    const clamped = Math.min(Number(input.max), Math.max(Number(input.min), v));
    input.value = String(Number((Math.round(clamped / step) * step).toFixed(6)));
    syncMarker(el, words);
  };
  input.addEventListener('input', () => syncMarker(el, words));
  const handle = g.svg.querySelector<SVGElement>('[data-handle]');
  let dragging = false;
  handle?.addEventListener('pointerdown', (e) => {
    if (input.disabled) return;
    dragging = true;
    handle.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  handle?.addEventListener('pointermove', (e) => {
    if (dragging) set(e.clientX);
  });
  const stop = () => {
    if (!dragging) return;
    dragging = false;
    input.focus({ preventScroll: true });
  };
  handle?.addEventListener('pointerup', stop);
  handle?.addEventListener('pointercancel', stop);
  g.svg.addEventListener('click', (e) => {
    if (e.target === handle) return;
    set(e.clientX);
    input.focus({ preventScroll: true });
  });
  syncMarker(el, words);
}

const timers = new WeakMap<Element, number>();

/**
 * Shows the run: `'play'` reveals it point by point, `'show'` all at once (a restored answer),
 * `'hide'` puts it away again (a retry). The answer's line comes with the last point.
 */
export function showRun(el: Element, how: 'play' | 'show' | 'hide', answer: number): Promise<void> {
  const g = geometry(el);
  if (!g) return Promise.resolve();
  const group = g.svg.querySelector<SVGGElement>('[data-run]');
  const truth = g.svg.querySelector<SVGGElement>('[data-truth]');
  const line = g.svg.querySelector<SVGPolylineElement>('[data-run-line]');
  const points = [...g.svg.querySelectorAll<SVGCircleElement>('[data-run-point]')];
  const all = (line?.dataset.points ?? '').split(' ').filter(Boolean);
  const head = g.svg.querySelector<SVGCircleElement>('[data-run-head]');
  window.clearTimeout(timers.get(el));
  const draw = (k: number) => {
    if (line) line.setAttribute('points', all.slice(0, k + 1).join(' '));
    points.forEach((p, i) => p.toggleAttribute('data-hidden', i > k));
    const last = line ? all[k]?.split(',') : [points[k]?.getAttribute('cx'), points[k]?.getAttribute('cy')];
    if (head && last?.[0] && last[1]) {
      head.setAttribute('cx', last[0]);
      head.setAttribute('cy', last[1]);
    }
  };
  const count = line ? all.length : points.length;
  if (how === 'hide') {
    group?.setAttribute('data-hidden', '');
    truth?.setAttribute('data-hidden', '');
    el.removeAttribute('data-played');
    return Promise.resolve();
  }
  group?.removeAttribute('data-hidden');
  place(g, 'data-truth', answer);
  const finish = () => {
    draw(count - 1);
    truth?.removeAttribute('data-hidden');
    el.setAttribute('data-played', '');
  };
  if (how === 'show' || reduced() || count < 2) {
    finish();
    return Promise.resolve();
  }
  truth?.setAttribute('data-hidden', '');
  const pause = Math.max(16, Math.min(120, 1600 / count));
  return new Promise((resolve) => {
    let k = 0;
    const tick = () => {
      draw(k);
      k++;
      if (k < count) timers.set(el, window.setTimeout(tick, pause));
      else {
        finish();
        resolve();
      }
    };
    tick();
  });
}
