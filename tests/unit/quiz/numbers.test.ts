import { describe, expect, it } from 'vitest';
import { minus, powerOfTen, sci } from '../../../src/quiz/numbers.ts';

describe('numbers in words', () => {
  it('minus signs, powers of ten and scientific notation', () => {
    expect(minus(-5.75)).toBe('−5.75');
    expect(powerOfTen(-16)).toBe('10⁻¹⁶');
    expect(powerOfTen(0)).toBe('1');
    expect(powerOfTen(12)).toBe('10¹²');
    expect(sci(2.5e-9)).toBe('2.5·10⁻⁹');
    expect(sci(-3.24e-2, 2)).toBe('−3.24·10⁻²');
    expect(sci(3.4)).toBe('3.4');
    expect(sci(Infinity)).toBe('∞');
    expect(sci(Number.NaN)).toBe('—');
  });
});
