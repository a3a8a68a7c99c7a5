/**
 * A linear scale with the call shape of d3-scale's scaleLinear (s(v), invert, ticks, tickFormat,
 * domain, range), in a few hundred bytes: d3-scale pulls in d3-interpolate, d3-color and
 * d3-format, about 12 KB gzip, for what a figure's axes need. The ticks are d3-array's (the same
 * values, checked against it in tests/unit/widgets/scale.test.ts), written here so that every
 * figure page does not load d3-array for them (about 0.9 KB gzip).
 */
import { tickFormat } from '../../figures/format.ts';

/**
 * The tick spacing over [lo, hi] for about `count` ticks: 1, 2 or 5 times a power of ten, whichever
 * is nearest to (hi − lo) / count on a log scale. Given as a whole number of units when ≥ 1, else
 * as the number of ticks a unit (so that 0.1 is 1/10, exactly): [step, inverse].
 */
function increment(lo: number, hi: number, count: number): [number, number] {
  const raw = (hi - lo) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  return power < 0 ? [0, 10 ** -power / factor] : [factor * 10 ** power, 0];
}

/** The spacing of ticks(lo, hi, count), as a number. */
export function tickStep(lo: number, hi: number, count: number): number {
  const [step, inverse] = increment(Math.min(lo, hi), Math.max(lo, hi), count);
  const out = inverse ? 1 / inverse : step;
  return hi < lo ? -out : out;
}

/** About `count` round values from lo to hi (both included when round), ascending; [] when none fit. */
export function ticks(lo: number, hi: number, count: number): number[] {
  if (!(count > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const [a, b] = lo < hi ? [lo, hi] : [hi, lo];
  const [step, inverse] = increment(a, b, count);
  if (!(step > 0 && Number.isFinite(step)) && !(inverse > 0 && Number.isFinite(inverse))) return [];
  if ((b - a) / (inverse ? 1 / inverse : step) > 1e4) return [];
  let i0 = inverse ? Math.round(a * inverse) : Math.round(a / step);
  let i1 = inverse ? Math.round(b * inverse) : Math.round(b / step);
  const at = (i: number) => (inverse ? i / inverse : i * step) + 0; // + 0: never −0
  if (at(i0) < a) i0++;
  if (at(i1) > b) i1--;
  const out: number[] = [];
  for (let i = i0; i <= i1; i++) out.push(at(i));
  return lo < hi ? out : out.reverse();
}

export interface Scale {
  (v: number): number;
  invert(px: number): number;
  ticks(count?: number): number[];
  tickFormat(count?: number): (v: number) => string;
  domain(): [number, number];
  range(): [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const s = ((v: number) => r0 + (v - d0) * k) as Scale;
  s.invert = (px) => (k === 0 ? d0 : d0 + (px - r0) / k);
  s.ticks = (count = 10) => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  s.tickFormat = (count = 10) => tickFormat(Math.abs(tickStep(Math.min(d0, d1), Math.max(d0, d1), count)));
  s.domain = () => [d0, d1];
  s.range = () => [r0, r1];
  return s;
}
