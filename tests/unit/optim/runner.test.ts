import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noisyLine } from '../../../src/optim/datasets.ts';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { lineMSE } from '../../../src/optim/losses.ts';
import { quadraticXY, twoWells } from '../../../src/optim/objectives.ts';
import { OBJECTIVES, objectiveIds } from '../../../src/optim/registry.ts';
import { createOptimizer } from '../../../src/optim/optimizers.ts';
import { optimizerIds } from '../../../src/optim/optimizerTable.ts';
import { iterate, positionAt, run } from '../../../src/optim/runner.ts';
import type { RunResult, StepRecord } from '../../../src/optim/types.ts';

const lineFit = lineMSE(noisyLine({ n: 30, slope: 1.5, intercept: -0.5, noise: 0.2, seed: 1 }));

function checkInvariants(r: RunResult, dim: number): void {
  expect(r.dim).toBe(dim);
  expect(r.positions).toHaveLength((r.steps + 1) * dim);
  expect(r.values).toHaveLength(r.steps + 1);
  expect(r.gradNorms).toHaveLength(r.steps + 1);
  expect(r.stop.step).toBe(r.steps);
  expect(['max-steps', 'tolerance-f', 'tolerance-grad', 'diverged']).toContain(r.stop.reason);
  for (const v of r.positions) expect(Number.isFinite(v)).toBe(true);
}

describe('run', () => {
  it('run with η = 1e9 ends diverged within 3 steps, with no NaN position', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 1e9 }), [1, 1]);
    expect(r.stop.reason).toBe('diverged');
    expect(r.steps).toBeLessThanOrEqual(3);
    checkInvariants(r, 2);
  });

  it('run from a start beyond the bound (1e300) is diverged at step 0, start kept', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1e300, 0]);
    expect(r.stop).toEqual({ reason: 'diverged', step: 0 });
    expect(Array.from(r.positions)).toEqual([1e300, 0]);
  });

  it('run validates the start', () => {
    const gd = gradientDescent({ learningRate: 0.1 });
    expect(() => run(quadraticXY, gd, [1, 2, 3])).toThrow('invalid start: expected 2 coordinates, got 3');
    expect(() => run(twoWells, gd, [])).toThrow('invalid start: expected 1 coordinate, got 0');
    expect(() => run(quadraticXY, gd, [NaN, 0])).toThrow('invalid start: coordinate 0 is NaN');
    expect(() => run(quadraticXY, gd, [0, Infinity])).toThrow('invalid start: coordinate 1 is Infinity');
  });

  it('run validates the stop rule', () => {
    const gd = gradientDescent({ learningRate: 0.1 });
    expect(() => run(quadraticXY, gd, [1, 1], { maxSteps: -1 })).toThrow('invalid maxSteps: -1');
    expect(() => run(quadraticXY, gd, [1, 1], { maxSteps: 1.5 })).toThrow('invalid maxSteps: 1.5');
    expect(() => run(quadraticXY, gd, [1, 1], { toleranceF: -1 })).toThrow('invalid toleranceF: -1');
    expect(() => run(quadraticXY, gd, [1, 1], { toleranceGrad: NaN })).toThrow('invalid toleranceGrad: NaN');
    expect(() => run(quadraticXY, gd, [1, 1], { bound: 0 })).toThrow('invalid bound: 0');
  });

  it('run stops on maxSteps (default 1000), toleranceF, toleranceGrad', () => {
    const gd = gradientDescent({ learningRate: 0.1 });
    expect(run(quadraticXY, gd, [1, 1]).stop).toEqual({ reason: 'max-steps', step: 1000 });
    expect(run(quadraticXY, gd, [1, 1], { maxSteps: 0 }).stop).toEqual({ reason: 'max-steps', step: 0 });
    const f = run(quadraticXY, gd, [1, 1], { toleranceF: 1e-6 });
    expect(f.stop.reason).toBe('tolerance-f');
    expect(Math.abs(f.values[f.steps]! - f.values[f.steps - 1]!)).toBeLessThan(1e-6);
    const g = run(quadraticXY, gd, [1, 1], { toleranceGrad: 1e-6 });
    expect(g.stop.reason).toBe('tolerance-grad');
    expect(g.gradNorms[g.steps]!).toBeLessThan(1e-6);
    expect(g.gradNorms[g.steps - 1]!).toBeGreaterThanOrEqual(1e-6);
    expect(run(quadraticXY, gd, [0, 0], { toleranceGrad: 1e-6 }).stop).toEqual({ reason: 'tolerance-grad', step: 0 });
  });

  it('run records f and ‖∇f‖ at each position', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1, 2], { maxSteps: 5 });
    for (let k = 0; k <= r.steps; k++) {
      const x = positionAt(r, k);
      expect(r.values[k]).toBe(quadraticXY.value(x));
      expect(r.gradNorms[k]).toBeCloseTo(Math.hypot(2 * x[0]! - x[1]!, 6 * x[1]! - x[0]!), 14);
    }
  });

  it('positionAt(result, step) clamps to [0, steps]', () => {
    const r = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [1, 2], { maxSteps: 5 });
    expect(Array.from(positionAt(r, -3))).toEqual([1, 2]);
    expect(positionAt(r, 99)).toEqual(positionAt(r, 5));
    expect(() => positionAt(r, NaN)).toThrow('invalid step: NaN');
  });
});

describe('iterate', () => {
  const collect = (g: Iterable<StepRecord>): StepRecord[] => Array.from(g);

  it.each([
    ['converging', 0.1, { toleranceGrad: 1e-6 }],
    ['max-steps', 0.1, { maxSteps: 7 }],
    ['diverging', 0.5, {}],
  ] as const)('iterate yields the same trajectory as run (%s)', (_, learningRate, rule) => {
    const r = run(quadraticXY, gradientDescent({ learningRate }), [2, 1], rule);
    const recs = collect(iterate(quadraticXY, gradientDescent({ learningRate }), [2, 1], rule));
    expect(recs).toHaveLength(r.steps + 1);
    recs.forEach((rec, k) => {
      expect(rec.step).toBe(k);
      expect(rec.x).toEqual(positionAt(r, k));
      expect(rec.f).toBe(r.values[k]);
      expect(rec.gradNorm).toBe(r.gradNorms[k]);
      expect(rec.stop).toBe(k === r.steps ? r.stop.reason : undefined);
    });
  });

  it('iterate from a diverged start yields one record with stop', () => {
    const recs = collect(iterate(quadraticXY, gradientDescent({ learningRate: 0.1 }), [0, 1e300]));
    expect(recs).toHaveLength(1);
    expect(recs[0]!.stop).toBe('diverged');
  });
});

describe('runner invariants (property)', () => {
  it('no NaN position, a stop reason, consistent lengths — any objective, start, optimizer, η', () => {
    const ids = optimizerIds.filter((id) => id !== 'sgd');
    fc.assert(
      fc.property(
        fc.constantFrom(...objectiveIds, 'line-mse'),
        fc.constantFrom(...optimizerIds),
        fc.double({ min: -6, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 150 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 40 }),
        (objectiveId, optimizerId, logEta, beta, maxSteps, u, batchSize) => {
          const objective = objectiveId === 'line-mse' ? lineFit : OBJECTIVES[objectiveId];
          const id = optimizerId === 'sgd' && objective !== lineFit ? ids[maxSteps % ids.length]! : optimizerId;
          const eta = 10 ** logEta;
          const optimizer = createOptimizer(id, {
            learningRate: eta,
            stepSize: eta,
            beta,
            beta1: beta,
            batchSize,
            seed: maxSteps,
          });
          const start = objective.window.map(([lo, hi], i) => lo + (hi - lo) * u[i % 2]!);
          const r = run(objective, optimizer, start, { maxSteps });
          checkInvariants(r, objective.dim);
          expect(r.steps).toBeLessThanOrEqual(maxSteps);
          if (r.stop.reason === 'max-steps') expect(r.steps).toBe(maxSteps);
          for (const v of r.values) expect(Math.abs(v)).toBeLessThanOrEqual(1e6);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
