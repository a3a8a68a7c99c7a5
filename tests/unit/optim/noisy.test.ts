import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../../../src/optim/descent.ts';
import { noiseScaleAt, noisyGradientDescent, seedSweep } from '../../../src/optim/noisy.ts';
import { quadraticXY, twoWells, TWO_WELLS_MINIMA } from '../../../src/optim/objectives.ts';
import { run } from '../../../src/optim/runner.ts';
import { createOptimizer, optimizerIds } from '../../../src/optim/index.ts';

describe('noisyGradientDescent', () => {
  it('has an id of its own: not the registry’s sgd, which is mini-batch descent over a data objective', () => {
    const noisy = noisyGradientDescent({ learningRate: 0.1, noise: 1, halfLife: 10, seed: 3 });
    expect(optimizerIds).not.toContain(noisy.id);
    expect(noisy.id).toBe('noisy-gd');
    // The two are different methods: the registry's sgd refuses a plain surface, noisy descent runs on it.
    expect(() => run(quadraticXY, createOptimizer('sgd'), [2, -1], { maxSteps: 1 })).toThrow(/DataObjective/);
    expect(run(quadraticXY, noisy, [2, -1], { maxSteps: 5 }).steps).toBe(5);
  });

  it('noisyGradientDescent with noise 0 equals gradient descent step for step', () => {
    const a = run(quadraticXY, noisyGradientDescent({ learningRate: 0.1, noise: 0, halfLife: 10, seed: 3 }), [2, -1], {
      maxSteps: 50,
    });
    const b = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [2, -1], { maxSteps: 50 });
    expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
  });

  it('same seed, same walk; another seed, another walk; reset replays', () => {
    const opts = { learningRate: 0.05, noise: 6, halfLife: 40 };
    const a = run(twoWells, noisyGradientDescent({ ...opts, seed: 2 }), [-0.9], { maxSteps: 100 });
    const b = run(twoWells, noisyGradientDescent({ ...opts, seed: 2 }), [-0.9], { maxSteps: 100 });
    const c = run(twoWells, noisyGradientDescent({ ...opts, seed: 1 }), [-0.9], { maxSteps: 100 });
    expect(a.positions).toEqual(b.positions);
    expect(a.positions).not.toEqual(c.positions);
    const opt = noisyGradientDescent({ ...opts, seed: 2 });
    const r1 = run(twoWells, opt, [-0.9], { maxSteps: 60 });
    const r2 = run(twoWells, opt, [-0.9], { maxSteps: 60 });
    expect(r1.positions).toEqual(r2.positions);
  });

  it('noiseScaleAt halves every halfLife steps', () => {
    expect(noiseScaleAt({ noise: 6, halfLife: 40 }, 0)).toBe(6);
    expect(noiseScaleAt({ noise: 6, halfLife: 40 }, 40)).toBeCloseTo(3, 12);
    expect(noiseScaleAt({ noise: 6, halfLife: 40 }, 400)).toBeCloseTo(6 / 1024, 12);
  });

  it('the noise is added to the gradient and scaled by η: one step matches the formula', () => {
    // With a flat objective only the noise moves x, so the step is −η·σ₀·ξ with ξ ~ N(0, 1).
    const flat = { ...twoWells, value: () => 0, gradient: (_x: ArrayLike<number>, out: Float64Array) => out.fill(0) };
    const steps = run(flat, noisyGradientDescent({ learningRate: 0.1, noise: 2, halfLife: 1e9, seed: 5 }), [0], {
      maxSteps: 4000,
    });
    const d = Array.from({ length: steps.steps }, (_, k) => steps.positions[k + 1]! - steps.positions[k]!);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sd).toBeGreaterThan(0.19);
    expect(sd).toBeLessThan(0.21);
  });

  it('rejects bad options with the key named', () => {
    expect(() => noisyGradientDescent({ learningRate: -1, noise: 1, halfLife: 1, seed: 1 })).toThrow(
      'invalid learningRate: -1',
    );
    expect(() => noisyGradientDescent({ learningRate: 0.1, noise: -1, halfLife: 1, seed: 1 })).toThrow(
      'invalid noise: -1',
    );
    expect(() => noisyGradientDescent({ learningRate: 0.1, noise: 1, halfLife: 0, seed: 1 })).toThrow(
      'invalid halfLife: 0',
    );
    expect(() => noisyGradientDescent({ learningRate: 0.1, noise: 1, halfLife: 1, seed: 1.5 })).toThrow(
      'invalid seed: 1.5',
    );
  });

  it('seedSweep: each entry is the end of the run with that seed; noise 0 never leaves the shallow valley', () => {
    const opts = { learningRate: 0.05, noise: 6, halfLife: 40 };
    const ends = seedSweep(twoWells, opts, [-0.9], 5, { maxSteps: 400 });
    for (let seed = 1; seed <= 5; seed++) {
      const r = run(twoWells, noisyGradientDescent({ ...opts, seed }), [-0.9], { maxSteps: 400 });
      expect(ends[seed - 1]).toBe(r.positions[r.steps]);
    }
    const calm = seedSweep(twoWells, { ...opts, noise: 0 }, [-0.9], 3, { maxSteps: 400 });
    for (const e of calm) expect(e).toBeCloseTo(TWO_WELLS_MINIMA[0], 4);
  });
});
