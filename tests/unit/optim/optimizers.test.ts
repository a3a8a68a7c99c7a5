import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../src/optim/optimizers.ts';
import { OPTIMIZERS, defaultOptions, optimizerIds } from '../../../src/optim/optimizerTable.ts';
import { revenue } from '../../../src/optim/objectives.ts';
import { run } from '../../../src/optim/runner.ts';

describe('OPTIMIZERS', () => {
  it('lists every optimizer id with sane hyperparameter ranges', () => {
    expect(optimizerIds).toEqual(['sign', 'gd', 'coordinate', 'momentum', 'adam', 'sgd']);
    for (const id of optimizerIds) {
      for (const h of OPTIMIZERS[id].hyperparameters) {
        expect(h.min).toBeLessThanOrEqual(h.default);
        expect(h.default).toBeLessThanOrEqual(h.max);
        expect(h.step).toBeGreaterThan(0);
      }
    }
  });

  it('createOptimizer(id) uses the registry defaults and returns that id', () => {
    for (const id of optimizerIds) {
      expect(createOptimizer(id).id).toBe(id);
      expect(createOptimizer(id, defaultOptions(id)).id).toBe(id);
    }
  });

  it.each(['sign', 'gd', 'coordinate', 'momentum', 'adam'] as const)(
    'createOptimizer(%s) climbs revenue (goal maximize)',
    (id) => {
      const r = run(revenue, createOptimizer(id, { learningRate: 0.01, stepSize: 0.5 }), [5], { maxSteps: 100 });
      expect(r.values[r.steps]!).toBeGreaterThan(r.values[0]!);
    },
  );

  it('createOptimizer rejects bad options naming the field', () => {
    expect(() => createOptimizer('gd', { learningRate: -1 })).toThrow('invalid learningRate: -1');
    expect(() => createOptimizer('sign', { stepSize: 0 })).toThrow('invalid stepSize: 0');
    expect(() => createOptimizer('momentum', { beta: 1 })).toThrow('invalid beta: 1');
    expect(() => createOptimizer('adam', { beta2: -0.5 })).toThrow('invalid beta2: -0.5');
    expect(() => createOptimizer('sgd', { batchSize: 0 })).toThrow('invalid batchSize: 0');
    expect(() => createOptimizer('sgd', { batchSize: 1.5 })).toThrow('invalid batchSize: 1.5');
    expect(() => createOptimizer('nope' as 'gd')).toThrow('invalid optimizer id: nope');
  });
});
