import { describe, expect, it } from 'vitest';
import { runToCsv, tableToCsv } from '../../../src/figures/export.ts';
import { gradientDescent, quadraticXY, run, runEarlyStopping } from '../../../src/optim/index.ts';

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

describe('runToCsv', () => {
  it('writes one row per step; a watched run adds its validation loss as the last column', () => {
    const plain = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1, 1], { maxSteps: 3 });
    const rows = runToCsv(plain, ['x', 'y']).trim().split('\n');
    expect(rows[0]).toBe('step,x,y,f,grad_norm');
    expect(rows).toHaveLength(5);
    const watched = runEarlyStopping(
      quadraticXY,
      gradientDescent({ learningRate: 0.1 }),
      [1, 1],
      { maxSteps: 3 },
      { value: (p) => p[0]! + 10, patience: 100 },
    );
    const wrows = runToCsv(watched, ['x', 'y']).trim().split('\n');
    expect(wrows[0]).toBe('step,x,y,f,grad_norm,validation');
    expect(Number(wrows[2]!.split(',').at(-1))).toBeCloseTo(watched.positions[2]! + 10, 12);
  });
});
