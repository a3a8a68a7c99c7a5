/**
 * A linear scale with the call shape of d3-scale's scaleLinear (s(v), invert, ticks, tickFormat,
 * domain, range), in a few hundred bytes: d3-scale pulls in d3-interpolate, d3-color and
 * d3-format, about 12 KB gzip, for what a figure's axes need. Ticks come from d3-array.
 */
import { tickStep, ticks } from 'd3-array';

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
  s.tickFormat = (count = 10) => {
    const step = Math.abs(tickStep(Math.min(d0, d1), Math.max(d0, d1), count));
    const digits =
      step > 0 && Number.isFinite(step) ? Math.max(0, Math.min(12, -Math.floor(Math.log10(step) + 1e-9))) : 0;
    return (v) => {
      const a = Math.abs(v);
      if (a !== 0 && (a >= 1e6 || a < 1e-6)) return v.toExponential(1);
      return v.toFixed(digits);
    };
  };
  s.domain = () => [d0, d1];
  s.range = () => [r0, r1];
  return s;
}
