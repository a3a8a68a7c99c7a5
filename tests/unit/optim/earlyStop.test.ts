import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/optim/adam.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { earlyStopPoint, runEarlyStopping } from '../../../src/optim/earlyStop.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';
import { polynomialLoss, polynomialMSE } from '../../../src/optim/polynomial.ts';
import { run } from '../../../src/optim/runner.ts';
import { WAVE, sampleSplits } from '../../../src/optim/sample.ts';

const splits = sampleSplits(WAVE, { train: 12, validation: 12, test: 50 }, 0.3, 1);
const loss = polynomialLoss(splits.train, 9);
const watch = (patience: number) => ({
  value: (t: ArrayLike<number>) => polynomialMSE(splits.validation, t),
  patience,
});
const start = new Float64Array(10);

describe('early stopping', () => {
  it('runEarlyStopping stops patience steps after the lowest validation loss', () => {
    const r = runEarlyStopping(loss, gradientDescent({ learningRate: 0.5 }), start, { maxSteps: 1000 }, watch(50));
    expect(r.stop.reason).toBe('early-stop');
    const v = r.validation;
    expect(r.steps).toBe(v.best.step + 50);
    expect(v.values).toHaveLength(r.steps + 1);
    for (const k of [0, 7, v.best.step, r.steps])
      expect(v.values[k]).toBe(polynomialMSE(splits.validation, r.positions.subarray(10 * k, 10 * k + 10)));
    for (let k = 0; k <= r.steps; k++) expect(v.values[k]).toBeGreaterThanOrEqual(v.best.value);
    expect(v.values[v.best.step]).toBe(v.best.value);
  });

  it('runEarlyStopping walks exactly the steps of run()', () => {
    const a = runEarlyStopping(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 300 }, watch(10000));
    const b = run(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 300 });
    expect(a.stop).toEqual(b.stop);
    expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.gradNorms)).toEqual(Array.from(b.gradNorms));
  });

  it('earlyStopPoint on a full run agrees with the rule applied while running, for any patience', () => {
    const full = runEarlyStopping(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 600 }, watch(1e9));
    expect(full.stop.reason).toBe('max-steps');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 700 }), (patience) => {
        const point = earlyStopPoint(full.validation.values, patience);
        const r = runEarlyStopping(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 600 }, watch(patience));
        expect(r.steps).toBe(point.stop);
        expect(r.stop.reason).toBe(point.fired ? 'early-stop' : 'max-steps');
        expect(r.validation.best.step).toBe(point.best);
      }),
      { numRuns: 25 },
    );
  });

  it('earlyStopPoint keeps the lowest value and fires patience steps after it', () => {
    expect(earlyStopPoint([5, 4, 4.5, 3, 3.5, 3.2], 2)).toEqual({ stop: 5, best: 3, fired: true });
    // Patience running out on the budget's last step counts as stopping early.
    expect(earlyStopPoint([5, 4, 4.5, 4.6], 2)).toEqual({ stop: 3, best: 1, fired: true });
  });

  it('earlyStopPoint: a tie or a non-finite value is no improvement; a bad patience is rejected', () => {
    expect(earlyStopPoint([NaN, 7, 7, Infinity], 2)).toEqual({ stop: 3, best: 1, fired: true });
    expect(earlyStopPoint([7, 7, 7], 2)).toEqual({ stop: 2, best: 0, fired: true });
    expect(() => earlyStopPoint([1, 2], 0)).toThrow('invalid patience: 0');
    expect(() => earlyStopPoint([1, 2], 1.5)).toThrow('invalid patience: 1.5');
  });

  it('earlyStopPoint of an empty or always-falling series never fires', () => {
    expect(earlyStopPoint([], 3)).toEqual({ stop: 0, best: 0, fired: false });
    expect(earlyStopPoint([5, 4, 3, 2, 1], 1)).toEqual({ stop: 4, best: 4, fired: false });
  });

  it('the tolerance rules come before early stopping at the same step', () => {
    const flat = { value: () => 1, patience: 1 };
    const r = runEarlyStopping(
      quadraticXY,
      gradientDescent({ learningRate: 0.1 }),
      [1, 1],
      { maxSteps: 500, toleranceGrad: 1e-3 },
      flat,
    );
    expect(r.stop).toEqual({ reason: 'early-stop', step: 1 });
    // From (0.001, 0) the slope's length is 0.0022 at the start and 0.0015 after one step.
    const g = runEarlyStopping(
      quadraticXY,
      gradientDescent({ learningRate: 0.1 }),
      [1e-3, 0],
      { maxSteps: 500, toleranceGrad: 2e-3 },
      flat,
    );
    expect(g.stop).toEqual({ reason: 'tolerance-grad', step: 1 });
  });

  it('a diverging run ends diverged, with the watched losses of the finite positions only', () => {
    const r = runEarlyStopping(quadraticXY, gradientDescent({ learningRate: 10 }), [1, 1], {}, watch(5));
    expect(r.stop.reason).toBe('diverged');
    expect(r.validation.values).toHaveLength(r.steps + 1);
    for (const v of r.positions) expect(Number.isFinite(v)).toBe(true);
  });
});
