/**
 * Numbers in words for readers: a true minus sign, and powers of ten with superscripts (2.5·10⁻⁹).
 * Shared by challenge messages and the figures that plot on scales of powers of ten.
 */

/** A number with a true minus sign for each "-" (the rule of src/figures/format.ts's minus). */
export function minus(v: number | string): string {
  return String(v).replace(/-/g, '−');
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10 to a whole power, written 10⁻⁶ (10⁰ is 1). */
export function powerOfTen(e: number): string {
  const p = String(Math.round(e));
  return p === '0' ? '1' : `10${[...p].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** A number in scientific notation with `digits` decimals and a superscript power: 2.5·10⁻⁹ (no power for 10⁰). */
export function sci(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  const [m, p] = v.toExponential(digits).split('e');
  return Number(p) === 0 ? minus(m!) : `${minus(m!)}·${powerOfTen(Number(p))}`;
}
