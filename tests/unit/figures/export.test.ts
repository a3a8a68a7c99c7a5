import { describe, expect, test } from 'vitest';
import { runToCsv, tableToCsv } from '../../../src/figures/export.ts';
import { gradientDescent, quadraticXY, run, runEarlyStopping } from '../../../src/optim/index.ts';

describe('figure exports', () => {
  test('runToCsv: one row per step; a watched run adds its validation loss as the last column', () => {
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

  test('tableToCsv: the header, then the rows, with non-finite numbers left empty', () => {
    expect(
      tableToCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [NaN, Infinity],
        ],
      ),
    ).toBe('a,b\n1,x\n,\n');
  });
});
