// Numbers as text (src/figures/format.ts): readouts, tick labels and link values, each by its
// own rule, with the rules they share; and the quiz's copies (src/quiz) held to the same rule.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decimal, fmt, minus, tickFormat } from '../../../src/figures/format.ts';
import { linearScale } from '../../../src/widgets/core/scale.ts';
import { parseState } from '../../../src/figures/state.ts';
import { formatNumber } from '../../../src/quiz/number.ts';
import { minus as quizMinus } from '../../../src/quiz/numbers.ts';

/** The text's value, read back (real minus signs as "-"). */
const value = (s: string) => Number(s.replace(/−/g, '-'));
const finite = fc.double({ min: -1e300, max: 1e300, noNaN: true });

describe('shared rules', () => {
  test('every "-" a reader sees is a real minus, the exponent’s included; none in a link', () => {
    expect(fmt(-0.0000123)).toBe('−1.23e−5');
    expect(tickFormat(1e-5)(-2e-5)).toBe('−2.0e−5');
    expect(fmt(-2.5)).toBe('−2.5');
    fc.assert(
      fc.property(finite, (v) => {
        expect(fmt(v)).not.toContain('-');
        expect(tickFormat(0.1)(v)).not.toContain('-');
        expect(decimal(v)).not.toContain('−');
      }),
    );
  });

  test('never "-0": a negative zero reads 0', () => {
    expect(fmt(-0)).toBe('0');
    expect(decimal(-0)).toBe('0');
    expect(tickFormat(1)(-0)).toBe('0');
    expect(minus('-1 - 2')).toBe('−1 − 2');
  });

  test('readouts and ticks switch to exponent form at the same magnitudes (1e5 and 1e-4)', () => {
    for (const [v, readout, tick] of [
      [99999, '100000', '99999'],
      [100000, '1.00e+5', '1.0e+5'],
      [0.0001, '0.0001', '0.0001'],
      [0.0000999, '9.99e−5', '1.0e−4'],
    ] as const) {
      expect([fmt(v), tickFormat(v >= 1 ? 1 : 0.0001)(v)]).toEqual([readout, tick]);
    }
  });
});

describe('fmt (readouts)', () => {
  test('4 significant digits by default, fewer dropped zeros, or the digits asked for', () => {
    expect(fmt(Math.PI)).toBe('3.142');
    expect(fmt(1.5)).toBe('1.5');
    expect(fmt(2 / 3, 2)).toBe('0.67');
    expect(fmt(123.456, 6)).toBe('123.456');
  });

  test('a diverged run’s values have a symbol each', () => {
    expect([fmt(Infinity), fmt(-Infinity), fmt(NaN)]).toEqual(['∞', '−∞', '—']);
  });

  test('reads back within its precision', () => {
    fc.assert(
      fc.property(finite, (v) => {
        const back = value(fmt(v));
        const digits = Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-4) ? 3 : 4;
        expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.abs(v) * 0.5 * 10 ** (1 - digits) + 1e-300);
      }),
    );
  });
});

describe('tickFormat (axis labels)', () => {
  test('every tick of an axis has the decimals its step needs, so the labels line up', () => {
    expect([0, 0.5, 1, 1.5].map(tickFormat(0.5))).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect([-0.02, 0, 0.02].map(tickFormat(0.02))).toEqual(['−0.02', '0.00', '0.02']);
    expect([0, 20, 40].map(tickFormat(20))).toEqual(['0', '20', '40']);
    expect(tickFormat(0)(3)).toBe('3');
  });

  test('a scale’s tickFormat is this rule at its tick step', () => {
    const s = linearScale([-1, 1], [0, 100]);
    expect(s.ticks(5).map(s.tickFormat(5))).toEqual(s.ticks(5).map(tickFormat(0.5)));
    expect(s.ticks(5).map(s.tickFormat(5))).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0']);
  });

  test('labels at any decimal step read back as the tick values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -6, max: 4 }),
        fc.constantFrom(1, 2, 5),
        fc.integer({ min: -50, max: 50 }),
        (p, f, i) => {
          const step = f * 10 ** p;
          const v = i * step;
          const label = tickFormat(step)(v);
          expect(Math.abs(value(label) - v)).toBeLessThanOrEqual(Math.abs(v) * 0.05 + step * 1e-6);
        },
      ),
    );
  });
});

describe('decimal (link values)', () => {
  test('integers in full, fractions to 6 significant digits, never in exponent form below 1e21', () => {
    expect(decimal(1234567)).toBe('1234567');
    expect(decimal(0.1 + 0.2)).toBe('0.3');
    expect(decimal(-1.23456789)).toBe('-1.23457');
    expect(decimal(0.00012)).toBe('0.00012');
  });

  test('a value of up to 6 significant digits written into a link reads back as the same value', () => {
    const table = { v: { kind: 'number', default: 0, min: -1e6, max: 1e6, step: 0.00001, label: 'v' } } as const;
    fc.assert(
      fc.property(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: 0, max: 5 }), (n, p) => {
        const v = n / 10 ** p;
        expect(parseState(table, new URLSearchParams(`v=${decimal(v)}`)).v).toBe(v);
      }),
    );
  });
});

describe('the quiz’s copies follow the same rule', () => {
  test('formatNumber has decimal’s digits, separators from 10,000 up and a real minus outside math; the quiz’s minus is minus', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          finite,
          fc.integer().map((n) => n * 1000),
          fc.double({ min: -10, max: 10, noNaN: true }),
        ),
        (v) => {
          const math = formatNumber(v, true);
          const digits = math.replace(/\{,\}/g, '');
          // the same digits wherever both are exact (an integer of 7 digits or more the quiz rounds)
          if (!Number.isInteger(v) || Math.abs(v) < 1e6) expect(digits).toBe(decimal(v));
          if (Math.abs(v) < 10000) expect(math).toBe(digits);
          expect(formatNumber(v)).toBe(minus(math.replace(/\{,\}/g, ',')));
          expect(quizMinus(v)).toBe(minus(v));
        },
      ),
    );
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(-0.5, true)).toBe('-0.5');
    expect(formatNumber(-12345.5)).toBe('−12,345.5');
  });
});
