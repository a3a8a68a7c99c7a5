import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { accepts, decimalsNeeded, formatNumber, readNumber } from '../../../src/quiz/number.ts';

const value = (raw: string, unit?: string) => {
  const r = readNumber(raw, unit);
  if (!r.ok) throw new Error(`refused ${raw}: ${r.why}`);
  return r.value;
};
const why = (raw: string, unit?: string) => {
  const r = readNumber(raw, unit);
  if (r.ok) throw new Error(`read ${raw} as ${r.value}`);
  return r.why;
};
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .filter((v) => !Object.is(v, -0));

describe('readNumber: what the reader means', () => {
  test('the forms a reader types', () => {
    expect(value('0,5')).toBe(0.5);
    expect(value('5e-1')).toBe(0.5);
    expect(value('5E-1')).toBe(0.5);
    expect(value('−0.5')).toBe(-0.5);
    expect(value('– 0.5')).toBe(-0.5);
    expect(value('1/2')).toBe(0.5);
    expect(value(' -3 / 4 ')).toBe(-0.75);
    expect(value('  11  ')).toBe(11);
    expect(value('.5')).toBe(0.5);
    expect(value('+2')).toBe(2);
    expect(value('1 000')).toBe(1000);
    expect(value('1,000.5')).toBe(1000.5);
    // The book's own thousands (formatNumber from 10,000 up) read back; one digit before a comma is a decimal comma.
    expect(value('100,000')).toBe(100000);
    expect(value('−12,345')).toBe(-12345);
    expect(value('1,500')).toBe(1.5);
    expect(value('5×10⁻¹')).toBe(0.5);
    expect(value('5 * 10^-1')).toBe(0.5);
    expect(value('x = 0.4')).toBe(0.4);
    expect(value('η=0.1')).toBe(0.1);
    expect(value('12 steps', 'steps')).toBe(12);
    expect(value('1 step', 'steps')).toBe(1);
    expect(value('12', 'steps')).toBe(12);
  });
  test('any number written plainly, with a comma, a Unicode minus, in e-notation or padded reads as itself', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom('', ' ', '\u00A0', '  '), (v, pad) => {
        const plain = String(v);
        expect(value(pad + plain + pad)).toBe(v);
        expect(value(v.toExponential())).toBe(v);
        if (!plain.includes('e')) {
          expect(value(plain.replace('.', ','))).toBe(v);
          expect(value(plain.replace('-', '\u2212'))).toBe(v);
        }
      }),
    );
  });
  test('a fraction p/q reads as p divided by q', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 999 }), (p, q) => {
        expect(value(`${p}/${q}`)).toBe(p / q);
        expect(value(`${p} / ${q}`)).toBe(p / q);
      }),
    );
  });
});

describe('readNumber: what it refuses, and why', () => {
  test('each refusal names what was typed and what is wrong', () => {
    expect(why('abc')).toBe('‘abc’ is not a number.');
    expect(why('')).toBe('Answer first, then check.');
    expect(why('1.2.3')).toContain('more than one decimal point');
    expect(why('2+3')).toContain('is a calculation');
    expect(why('1/0')).toContain('divides by zero');
    expect(why('1/2/3')).toContain('more than one slash');
    expect(why('1 1/2')).toContain('space inside');
    expect(why('12 m', 'steps')).toBe('‘12 m’ ends in ‘m’, but this answer is in steps.');
    expect(why('50%')).toContain('without ‘%’');
    expect(why('1e999')).toContain('too large');
    expect(why('Infinity')).toContain('is not a number');
    expect(why('NaN')).toContain('is not a number');
  });
  test('text without a digit is never read as a number, and a refusal always quotes it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/\d/.test(s) && s.trim() !== ''),
        (s) => {
          const r = readNumber(s);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.why).toContain(`‘${s.trim()}’`);
        },
      ),
    );
  });
  test('whatever is typed, the result is a finite number or a sentence, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(fc.constantFrom('steps', 'm', '%')), (s, unit) => {
        const r = readNumber(s, unit ?? undefined);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.why).toMatch(/\.$/);
      }),
    );
  });
});

describe('what an item accepts, said before answering', () => {
  test('decimals needed follow the tolerance', () => {
    expect(decimalsNeeded(0.001, 0.5)).toBe(3);
    expect(decimalsNeeded(0.01, 2)).toBe(2);
    expect(decimalsNeeded(0.05, 2)).toBe(1);
    expect(decimalsNeeded(0.5, 2)).toBe(0);
    expect(decimalsNeeded(0, 11)).toBe(0);
    expect(decimalsNeeded(0, 0.25)).toBe(2);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 10, noNaN: true }), finite, (tol, answer) => {
        // Rounded to that many decimals, the answer is within tolerance.
        const d = decimalsNeeded(tol, answer);
        expect(Math.abs(Number(answer.toFixed(d)) - answer)).toBeLessThanOrEqual(tol + 1e-9);
      }),
    );
  });
  test('the sentence', () => {
    expect(accepts(0.001, 0.5)).toBe(
      'A number; three decimals are enough. A minus sign, a decimal comma and a fraction (p/q) all work.',
    );
    expect(accepts(0, 11)).toContain('give it exactly');
    expect(accepts(0.5, 3, 'steps')).toMatch(/^A number of steps; a whole number is close enough/);
  });
});

describe('formatNumber: numbers as the book prints them', () => {
  test('thousands separators from 10,000 up, braced in math; a real minus outside it', () => {
    expect(formatNumber(8700)).toBe('8700');
    expect(formatNumber(160000)).toBe('160,000');
    expect(formatNumber(160000, true)).toBe('160{,}000');
    expect(formatNumber(-12345.5)).toBe('−12,345.5');
    expect(formatNumber(1234567)).toBe('1,234,570');
    expect(formatNumber(0.00125)).toBe('0.00125');
    expect(formatNumber(-3)).toBe('−3');
  });
  test('what it prints reads back as the same number', () => {
    fc.assert(
      fc.property(finite, (v) => {
        const r = readNumber(formatNumber(v));
        expect(r.ok && r.value).toBe(Number(v.toPrecision(6)));
      }),
    );
  });
});
