import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/optim/adam.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { polynomialLoss, polynomialMSE } from '../../../src/optim/polynomial.ts';
import { iterate, run } from '../../../src/optim/runner.ts';
import { WAVE, sampleSplits } from '../../../src/optim/sample.ts';
import { createEarlyStop, earlyStopPoint } from '../../../src/optim/stepper.ts';
import { createTrainer } from '../../../src/optim/trainer.ts';
import { quadraticXY } from '../../../src/optim/objectives.ts';

const splits = sampleSplits(WAVE, { train: 12, validation: 12, test: 50 }, 0.3, 1);
const loss = polynomialLoss(splits.train, 9);
const watch = (patience: number) => ({
  value: (t: ArrayLike<number>) => polynomialMSE(splits.validation, t),
  patience,
});
const start = new Float64Array(10);

describe('early stopping', () => {
  it('createEarlyStop keeps the lowest value and fires patience steps after it', () => {
    const e = createEarlyStop(2);
    expect([5, 4, 4.5, 3, 3.5, 3.2].map((v, k) => e.observe(k, v))).toEqual([false, false, false, false, false, true]);
    expect(e.best).toEqual({ step: 3, value: 3 });
  });

  it('createEarlyStop: a tie or a non-finite value is no improvement', () => {
    const e = createEarlyStop(2);
    expect(e.observe(0, NaN)).toBe(false);
    expect(e.observe(1, 7)).toBe(false);
    expect(e.best).toEqual({ step: 1, value: 7 });
    expect(e.observe(2, 7)).toBe(false);
    expect(e.observe(3, Infinity)).toBe(true);
    expect(() => createEarlyStop(0)).toThrow('invalid patience: 0');
    expect(() => createEarlyStop(1.5)).toThrow('invalid patience: 1.5');
  });

  it('run with a validation rule stops patience steps after the lowest validation loss', () => {
    const r = run(loss, gradientDescent({ learningRate: 0.5 }), start, { maxSteps: 1000, validation: watch(50) });
    expect(r.stop.reason).toBe('early-stop');
    const v = r.validation!;
    expect(r.steps).toBe(v.best.step + 50);
    expect(v.values).toHaveLength(r.steps + 1);
    for (const k of [0, 7, v.best.step, r.steps])
      expect(v.values[k]).toBe(polynomialMSE(splits.validation, r.positions.subarray(10 * k, 10 * k + 10)));
    for (let k = 0; k <= r.steps; k++) expect(v.values[k]).toBeGreaterThanOrEqual(v.best.value);
    expect(v.values[v.best.step]).toBe(v.best.value);
  });

  it('run without a validation rule records none', () => {
    expect(run(loss, gradientDescent({ learningRate: 0.5 }), start, { maxSteps: 10 }).validation).toBeUndefined();
  });

  it('earlyStopPoint on a full run agrees with the rule applied while running, for any patience', () => {
    const full = run(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 600, validation: watch(1e9) });
    expect(full.stop.reason).toBe('max-steps');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 700 }), (patience) => {
        const point = earlyStopPoint(full.validation!.values, patience);
        const r = run(loss, adam({ learningRate: 0.02 }), start, { maxSteps: 600, validation: watch(patience) });
        expect(r.steps).toBe(point.stop);
        expect(r.stop.reason).toBe(point.fired ? 'early-stop' : 'max-steps');
        expect(r.validation!.best.step).toBe(point.best);
      }),
      { numRuns: 25 },
    );
  });

  it('earlyStopPoint of an empty or always-falling series never fires', () => {
    expect(earlyStopPoint([], 3)).toEqual({ stop: 0, best: 0, fired: false });
    expect(earlyStopPoint([5, 4, 3, 2, 1], 1)).toEqual({ stop: 4, best: 4, fired: false });
  });

  it('the tolerance rules come before early stopping at the same step', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1, 1], {
      maxSteps: 500,
      toleranceGrad: 1e-3,
      validation: { value: () => 1, patience: 1 },
    });
    expect(r.stop.reason).toBe('early-stop');
    expect(r.steps).toBe(1);
    // From (0.001, 0) the slope's length is 0.0022 at the start and 0.0015 after one step.
    const g = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1e-3, 0], {
      maxSteps: 500,
      toleranceGrad: 2e-3,
      validation: { value: () => 1, patience: 1 },
    });
    expect(g.stop).toEqual({ reason: 'tolerance-grad', step: 1 });
  });

  it('iterate and createTrainer carry the same validation losses and stop as run', () => {
    const rule = { maxSteps: 1000, validation: watch(40) };
    const r = run(loss, gradientDescent({ learningRate: 0.5 }), start, rule);
    const recs = [...iterate(loss, gradientDescent({ learningRate: 0.5 }), start, rule)];
    expect(recs.map((s) => s.validation)).toEqual(Array.from(r.validation!.values));
    expect(recs.at(-1)!.stop).toBe('early-stop');
    const t = createTrainer(loss, gradientDescent({ learningRate: 0.5 }), start, rule);
    while (t.stop === undefined) t.advance(17);
    expect(t.step).toBe(r.steps);
    expect(t.stop).toBe('early-stop');
    expect(Array.from(t.validationValues())).toEqual(Array.from(r.validation!.values));
    expect(t.best).toEqual(r.validation!.best);
    const plain = createTrainer(loss, gradientDescent({ learningRate: 0.5 }), start, { maxSteps: 5 });
    plain.advance(5);
    expect(plain.validationValues()).toHaveLength(0);
    expect(plain.best).toBeUndefined();
  });

  it('a bad patience in a stop rule is rejected', () => {
    const gd = gradientDescent({ learningRate: 0.1 });
    expect(() => run(quadraticXY, gd, [1, 1], { validation: { value: () => 0, patience: 0 } })).toThrow(
      'invalid patience: 0',
    );
  });
});
