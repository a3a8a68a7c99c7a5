import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../src/figures/export.ts';

describe('tableToCsv', () => {
  it('writes a header and one line per row, non-finite numbers as empty cells', () => {
    expect(
      tableToCsv({
        columns: ['h', 'error'],
        rows: [
          [0.1, 0.032],
          [1e-16, Infinity],
        ],
      }),
    ).toBe('h,error\n0.1,0.032\n1e-16,\n');
  });

  it('quotes text cells holding a comma, a quote or a line break', () => {
    expect(
      tableToCsv({
        columns: ['name', 'v'],
        rows: [
          ['w₁₁, first', 1],
          ['say "hi"', 2],
          ['plain', Number.NaN],
        ],
      }),
    ).toBe('name,v\n"w₁₁, first",1\n"say ""hi""",2\nplain,\n');
  });
});
