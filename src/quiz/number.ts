/**
 * Reading a typed number the way the reader means it: "0,5", "5e-1", "−0.5" with a Unicode minus,
 * "1/2", spaces, "x = 0.5" and a trailing unit that matches the item's. Anything else is refused
 * with a sentence saying why: a refusal is never graded as a wrong answer. Pure.
 */

export type Reading = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly why: string };

const MINUS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;
const SPACE = /[\s\u00A0\u2007\u2009\u202F]+/g;
const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};
/** Digits and signs raised: "-6" → "⁻⁶" (the table above, the other way round). */
export function superscript(s: string): string {
  return [...s].map((c) => Object.keys(SUPERSCRIPT).find((k) => SUPERSCRIPT[k] === c) ?? c).join('');
}
/** A decimal: digits with at most one point, optional sign and exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const quote = (s: string) => `‘${s}’`;
const refuse = (why: string): Reading => ({ ok: false, why });

function unitForms(unit: string): string[] {
  const u = unit.trim().toLowerCase();
  const singular = u.endsWith('s') ? u.slice(0, -1) : u;
  return [...new Set([u, singular, `${singular}s`])].filter(Boolean);
}

/** The number in `s` (already without spaces or unit), or why it is not one. */
function decimal(s: string, raw: string): Reading {
  let t = s;
  // Grouped thousands ("1,000.5", "1,000,000", and "12,345" as the book prints 10,000 to 999,999: formatNumber),
  // then a lone decimal comma ("0,5", "1,500").
  if (
    /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) &&
    (t.includes('.') || (t.match(/,/g) ?? []).length > 1 || /^[+-]?[1-9]\d{1,2},/.test(t))
  )
    t = t.replace(/,/g, '');
  else if ((t.match(/,/g) ?? []).length === 1 && !t.includes('.')) t = t.replace(',', '.');
  // "5×10^-1", "5·10⁻¹", "5*10^(-1)": scientific notation written out.
  const sci = /^([+-]?[\d.]+)[×x*·]10\^?\(?([+-]?\d+)\)?$/i.exec(t);
  if (sci) t = `${sci[1]}e${sci[2]}`;
  if (DECIMAL.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? { ok: true, value: v } : refuse(`${quote(raw)} is too large to be an answer here.`);
  }
  if ((t.match(/\./g) ?? []).length > 1)
    return refuse(`${quote(raw)} is not a number: it has more than one decimal point.`);
  if (/^[+-]?[\d.]*\d[\d.]*[+*×·^-]/.test(t)) return refuse(`${quote(raw)} is a calculation: type its result.`);
  return refuse(`${quote(raw)} is not a number.`);
}

/**
 * Reads a typed answer. `unit` is the item's unit, if it has one: "12 steps" then reads as 12,
 * while a different trailing word is refused.
 */
export function readNumber(raw: string, unit?: string): Reading {
  const shown = raw.trim();
  if (shown === '') return refuse('Answer first, then check.');
  if (shown.length > 60) return refuse('That is too long to be a number.');
  let s = shown.replace(MINUS, '-').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/g, (c) => SUPERSCRIPT[c]!);
  if (!/\d/.test(s)) return refuse(`${quote(shown)} is not a number.`);
  // "x = 0.5", "η = 0.1": the number after the equals sign.
  s = s.replace(/^[^\d=+\-.,]{1,6}=\s*/u, '');
  // A trailing unit, which must be the item's.
  const word = /\s*([^\d\s.,/+\-^()]+)$/u.exec(s);
  if (word && !/^e$/i.test(word[1]!)) {
    const w = word[1]!.toLowerCase();
    if (!unit)
      return refuse(`${quote(shown)} is not a number: this answer is a plain number, without ${quote(word[1]!)}.`);
    if (!unitForms(unit).includes(w))
      return refuse(`${quote(shown)} ends in ${quote(word[1]!)}, but this answer is in ${unit}.`);
    s = s.slice(0, word.index);
  }
  s = s.trim();
  // Spaces: around a sign or a slash, and between groups of three digits ("1 000"); not elsewhere.
  s = s.replace(/^([+-])\s+/, '$1').replace(/\s*\/\s*/g, '/');
  if (/\d\s+\d/.test(s) && !/^[+-]?\d{1,3}(\s\d{3})+([.,]\d+)?$/.test(s))
    return refuse(`${quote(shown)} has a space inside it: type one number (for one and a half, 1.5 or 3/2).`);
  s = s.replace(SPACE, '');
  if (s === '') return refuse(`${quote(shown)} has no number in it.`);
  // A fraction: "1/2", "-3/4", "1.5/3".
  const parts = s.split('/');
  if (parts.length === 2) {
    const [p, q] = parts.map((x) => decimal(x, shown));
    if (!p!.ok || !q!.ok)
      return refuse(`${quote(shown)} is not a number: a fraction is two numbers and a slash, like 3/4.`);
    if (q!.value === 0) return refuse(`${quote(shown)} divides by zero.`);
    return { ok: true, value: p!.value / q!.value };
  }
  if (parts.length > 2) return refuse(`${quote(shown)} is not a number: it has more than one slash.`);
  return decimal(s, shown);
}

/** Decimals a typed answer needs to be within `tolerance` once rounded (0 means a whole number will do). */
export function decimalsNeeded(tolerance: number, answer: number): number {
  if (tolerance > 0) return Math.max(0, Math.ceil(Math.log10(0.5 / tolerance) - 1e-9));
  const text = String(answer);
  return text.includes('e') ? 6 : (text.split('.')[1] ?? '').length;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** What a numeric item accepts, said before the reader answers. */
export function accepts(tolerance: number, answer: number, unit?: string): string {
  const d = decimalsNeeded(tolerance, answer);
  const precision =
    tolerance === 0
      ? 'give it exactly'
      : d === 0
        ? 'a whole number is close enough'
        : `${WORDS[d] ?? d} decimal${d === 1 ? ' is' : 's are'} enough`;
  return `${unit ? `A number of ${unit}` : 'A number'}; ${precision}. A minus sign, a decimal comma and a fraction (p/q) all work.`;
}

/**
 * A number as the quiz shows it: at most six significant digits, a real minus sign outside math, and
 * from 10,000 up the book's thousands separator (in math the comma braced, so KaTeX adds no space).
 * The digits are those of src/figures/format.ts's `decimal` (see there why it is not imported;
 * tests/unit/figures/format.test.ts holds the two together).
 */
export function formatNumber(v: number, inMath = false): string {
  let text = String(Number(v.toPrecision(6)));
  if (Math.abs(v) >= 10000 && !/e/.test(text)) {
    const [whole, frac] = text.split('.');
    text = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, inMath ? '{,}' : ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return inMath ? text : text.replace(/-/g, '−');
}
