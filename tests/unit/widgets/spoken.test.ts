import { describe, expect, test } from 'vitest';
import { spoken } from '../../../src/widgets/core/spoken.ts';

describe('spoken readouts', () => {
  test('powers of ten in words', () => {
    expect(spoken('f = −1.36e-6')).toBe('f = −1.36 times 10 to the minus 6');
    expect(spoken('f = 2.5e+12')).toBe('f = 2.5 times 10 to the 12');
    expect(spoken('η = 1e-3')).toBe('η = 1 times 10 to the minus 3');
  });
  test('the gradient named, separators as commas, a point without its brackets', () => {
    expect(spoken('step 4 · (x, y) = (0.5, −1) · ∇f = (−7, 14.5)')).toBe(
      'step 4, x, y = 0.5, −1, gradient of f = (−7, 14.5)',
    );
    expect(spoken('|∇| = 3')).toBe('|gradient| = 3');
  });
  test('plain text and whitespace are left readable', () => {
    expect(spoken('  Converged:\n  f stopped changing at step 41.  ')).toBe(
      'Converged: f stopped changing at step 41.',
    );
    expect(spoken('see e-mail 3e')).toBe('see e-mail 3e');
  });
});
