/**
 * Numbers as text: the one module for every number a figure shows or a link carries. Shared rules:
 * significant digits with trailing zeros dropped, never "-0", exponent form beyond 1e5 or under
 * 1e-4 (readouts and ticks), and a real minus sign (U+2212) in everything a reader sees outside
 * TeX, the exponent's included. Where the uses differ, they differ on purpose:
 * - a readout (fmt) is short: 4 significant digits, 3 in exponent form, ∞ / −∞ / — for the
 *   values a diverged run gives;
 * - tick labels (tickFormat) share their axis's decimals, set by the tick step, so that 0.5, 1.0,
 *   1.5 line up; ticks are round, so exponent form keeps one decimal;
 * - a value given whole (decimal, for links) reads back as the value: integers in full, else 6
 *   significant digits, never in exponent form, with the ASCII "-" the link parser reads
 *   (src/figures/state.ts).
 * The quiz shows its numbers with `decimal`'s digits (integers too rounded to 6 significant
 * digits), a thousands separator from 10,000 up and a real minus sign outside TeX (formatNumber
 * and minus in src/quiz). It keeps them in its own modules because this one is in
 * the figure-core chunk: importing it from the quiz's scripts loaded that chunk on the review
 * page (+26 KB gzip), and a chunk of its own cost the figure pages 65 B (sgd-paths had 69 B
 * left). tests/unit/figures/format.test.ts holds the two to the same rule.
 */

/** A real minus sign (U+2212) for every "-" in text a reader sees. */
export const minus = (s: number | string): string => String(s).replace(/-/g, '−');

const far = (a: number) => a !== 0 && (a >= 1e5 || a < 1e-4);

/** A readout: `digits` significant digits (4), exponent form for very large or small values. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  return minus(far(Math.abs(v)) ? v.toExponential(2) : Number(v.toPrecision(digits)));
}

/** The labels of ticks `step` apart: all with the decimals the step needs (d3's tickFormat rule). */
export function tickFormat(step: number): (v: number) => string {
  const digits =
    step > 0 && Number.isFinite(step) ? Math.max(0, Math.min(12, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  return (v) => minus(far(Math.abs(v)) ? v.toExponential(1) : v.toFixed(digits));
}

/** A value given whole, as a link writes it: integers in full, else 6 significant digits; ASCII "-". */
export function decimal(v: number): string {
  return String(Number.isInteger(v) ? v : Number(v.toPrecision(6)));
}
