/** A loss map's legend (mapStyle.ts has its colours). */
import { fmt } from './frame.ts';
import { mapStep } from './mapStyle.ts';

/**
 * The map's legend as HTML: the ramp's n + 1 colours in a row, the loss at the lowest, the middle
 * and the highest level under the edges between colours, and a sentence for screen readers (the
 * map itself is hidden from them).
 */
export function legendMarkup(levels: readonly number[], quantity = 'loss'): string {
  const n = levels.length;
  if (n === 0) return '';
  const at = (k: number) => fmt(levels[k]!, 2);
  const swatches = Array.from({ length: n + 1 }, (_, k) => `<i style="${mapStep(k - 1, n)}"></i>`).join('');
  const ticks = [...new Set([0, (n - 1) >> 1, n - 1])]
    .map((k) => `<span style="left:${((100 * (k + 1)) / (n + 1)).toFixed(1)}%">${at(k)}</span>`)
    .join('');
  return `<div class="map-legend" data-legend role="img" aria-label="Colours: ${quantity}, the darker the lower, from under ${at(0)} to over ${at(n - 1)}"><b>${quantity}</b><span><span>${swatches}</span><span>${ticks}</span></span></div>`;
}
