/**
 * A predict item in words: the marker's value as a reader says it ("θ = 1.25", "step 4",
 * "h = 10⁻⁶") and a graded prediction's message, beside what the run did. Pure; the page loads it
 * with the item's plot (predictPlot.ts), the build uses it for the plot's first words.
 */
import type { Gradable } from './grade.ts';
import { formatNumber, superscript } from './number.ts';
import type { Marker } from './predict.ts';

const decimalsOf = (step: number) => (String(step).split('.')[1] ?? '').length;

/** A marker's value in words: "θ = 1.25", "step 4", "h = 10⁻⁶". */
export function markerText(marker: Pick<Marker, 'name' | 'format' | 'step'>, v: number): string {
  if (marker.format === 'count') return `${marker.name} ${Math.round(v)}`;
  // The marker moves by whole powers of ten; 10⁰ is said as 1.
  if (marker.format === 'power') return `${marker.name} = ${v === 0 ? '1' : `10${superscript(String(Math.round(v)))}`}`;
  return `${marker.name} = ${formatNumber(Number(v.toFixed(decimalsOf(marker.step))))}`;
}

/** A distance along a marker's axis in words: "0.35", "2 steps", "1.5 powers of ten". */
function amount(marker: Pick<Marker, 'name' | 'format' | 'step'>, d: number): string {
  const n = Number(d.toFixed(decimalsOf(marker.step) + 1));
  if (marker.format === 'count') return `${n} ${n === 1 ? marker.name : `${marker.name}s`}`;
  if (marker.format === 'power') return `${formatNumber(n)} ${n === 1 ? 'power' : 'powers'} of ten`;
  return formatNumber(n);
}

/** "You predicted θ = 0.5: 0.74 off, more than the ±0.15 allowed. After 200 steps …". */
export function predictMessage(item: Gradable & { readonly kind: 'predict' }, value: number, correct: boolean): string {
  const off = Math.abs(value - item.answer);
  const by =
    amount(item.marker, off) === amount(item.marker, 0)
      ? 'exactly right'
      : `${amount(item.marker, off)} off, ${correct ? 'within' : 'more than'} the ±${amount(item.marker, item.tolerance)} allowed`;
  return `You predicted ${markerText(item.marker, value)}: ${by}. ${item.outcome}`;
}
