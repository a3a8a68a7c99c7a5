// The playground's race (src/widgets/playground/race.ts): which slots run, with which options, from
// where; a lane that cannot run says why instead of throwing.
import { describe, expect, test } from 'vitest';
import { OBJECTIVES, OPTIMIZERS, gradientDescent, run } from '../../../src/optim/index.ts';
import { laneAt, race, slotOptions, startOf } from '../../../src/widgets/playground/race.ts';

const quadratic = OBJECTIVES.quadratic;
const twoWells = OBJECTIVES['two-wells'];

describe('slotOptions', () => {
  test('reads a slot’s hyperparameters by their short keys, and takes the default for a missing or non-number one', () => {
    const o = slotOptions({ a: 'momentum', 'a.lr': 0.02, 'a.mom': 'x', 'b.lr': 0.5 }, 'a', 'momentum');
    const beta = OPTIMIZERS.momentum.hyperparameters.find((h) => h.key === 'beta')!.default;
    expect(o).toEqual({ learningRate: 0.02, beta });
  });
});

describe('startOf', () => {
  test('clamps the start into the objective’s window, one coordinate per dimension', () => {
    const [[lo, hi], [, yhi]] = quadratic.window as [[number, number], [number, number]];
    expect(startOf(quadratic, lo - 10, yhi + 10)).toEqual([lo, yhi]);
    expect(startOf(quadratic, (lo + hi) / 2, 0)).toEqual([(lo + hi) / 2, 0]);
    expect(startOf(twoWells, 1e9, 5)).toEqual([twoWells.window[0]![1]]);
  });
});

describe('race', () => {
  test('runs each slot naming a known optimizer, in slot order, as optim runs it', () => {
    const lanes = race({ a: 'gd', 'a.lr': 0.1, b: 'none', c: 'adam' }, quadratic, [2, 1], 50, 1e-6);
    expect(lanes.map((l) => [l.slot, l.id])).toEqual([
      ['a', 'gd'],
      ['c', 'adam'],
    ]);
    const direct = run(quadratic, gradientDescent({ learningRate: 0.1 }), [2, 1], {
      maxSteps: 50,
      toleranceGrad: 1e-6,
    });
    expect(lanes[0]!.result!.steps).toBe(direct.steps);
    expect(Array.from(lanes[0]!.result!.positions)).toEqual(Array.from(direct.positions));
    expect(lanes.every((l) => l.problem === '')).toBe(true);
  });

  test('SGD on an objective that is not a mean over examples says so, with no run', () => {
    const [lane] = race({ a: 'sgd' }, quadratic, [2, 1], 50, 1e-6);
    expect(lane!.result).toBeNull();
    expect(lane!.problem).toMatch(/average over examples/);
  });

  test('options the optimizer refuses give a lane with the reason, not an exception', () => {
    const [lane] = race({ a: 'gd', 'a.lr': -1 }, quadratic, [2, 1], 50, 1e-6);
    expect(lane!.result).toBeNull();
    expect(lane!.problem).toMatch(/learningRate/);
  });
});

describe('laneAt', () => {
  test('reads the position and value at step k, clamped to the run’s last step', () => {
    const r = run(quadratic, gradientDescent({ learningRate: 0.1 }), [2, 1], { maxSteps: 5 });
    expect(laneAt(r, 0)).toEqual({ x: [2, 1], f: quadratic.value([2, 1]), step: 0 });
    const end = laneAt(r, 1e6);
    expect(end.step).toBe(r.steps);
    expect(end.f).toBe(r.values[r.steps]);
  });
});
