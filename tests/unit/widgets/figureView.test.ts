import { describe, expect, test } from 'vitest';
import {
  MODEL_FAMILIES,
  evenStarts,
  familyFormula,
  gradientDescent,
  parabola,
  run,
  twoWells,
} from '../../../src/optim/index.ts';
import { compactTick, growingTop, pinned } from '../../../src/widgets/core/inView.ts';
import { describeWalk } from '../../../src/widgets/figures/descentWords.ts';
import { describeStop } from '../../../src/widgets/core/words.ts';
import { TWO_WELLS_VIEW } from '../../../src/figures/lessons/what-is-learning/shared.ts';
import { firstDescent } from '../../../src/figures/lessons/what-is-learning/first-descent.ts';
import { basins } from '../../../src/figures/lessons/gradient-descent-1d/basins.ts';
import { modelFamily } from '../../../src/figures/lessons/what-is-learning/model-family.ts';
import { showMeState } from '../../../src/figures/url.ts';
import { defaults } from '../../../src/figures/state.ts';

describe('what the lesson 1–3 figures show', () => {
  test('every start the two-well sliders allow is inside the plotted loss range (L(−1.4) ≈ 4.77)', () => {
    for (const spec of [firstDescent, basins]) {
      const { min, max } = spec.table.x0;
      for (let i = 0; i <= 100; i++) {
        const v = twoWells.value([min + ((max - min) * i) / 100]);
        expect(v).toBeGreaterThanOrEqual(TWO_WELLS_VIEW[0]);
        expect(v).toBeLessThanOrEqual(TWO_WELLS_VIEW[1]);
      }
    }
  });

  test('a point off the chart is drawn at the edge it left by', () => {
    expect(pinned(6, [-1.2, 5])).toEqual({ at: 5, off: 'above' });
    expect(pinned(-2, [-1.2, 5])).toEqual({ at: -1.2, off: 'below' });
    expect(pinned(1, [-1.2, 5])).toEqual({ at: 1, off: null });
  });

  test('the learning-rate lab’s loss axis grows with a diverging run and keeps the current step in view', () => {
    const r = run(parabola, gradientDescent({ learningRate: 1.1 }), [2.5], { maxSteps: 100, toleranceF: 1e-6 });
    const base = r.values[0]! * 1.25;
    expect(growingTop(r.values, 0, base)).toBe(base);
    for (let k = 1; k <= r.steps; k++) {
      if (Number.isFinite(r.values[k]!)) expect(growingTop(r.values, k, base)).toBeGreaterThanOrEqual(r.values[k]!);
    }
    // A settling run keeps the starting axis.
    const good = run(parabola, gradientDescent({ learningRate: 0.3 }), [2.5], { maxSteps: 100, toleranceF: 1e-6 });
    expect(growingTop(good.values, good.steps, good.values[0]! * 1.25)).toBe(good.values[0]! * 1.25);
  });

  test('the tolerance rule is described as what it checks, not as convergence', () => {
    const r = run(parabola, gradientDescent({ learningRate: 0.3 }), [2.5], { maxSteps: 100, toleranceF: 1e-6 });
    expect(r.stop.reason).toBe('tolerance-f');
    const words = describeWalk(r, 'θ', r.steps, 0);
    expect(words).toContain('changed the loss by less than the tolerance');
    expect(words).not.toMatch(/Converged|f stopped/);
    expect(describeStop(r, parabola.params, r.steps)).toContain('changed the loss by less than the tolerance');
    expect(describeStop(r, parabola.params, r.steps)).toContain('θ = ');
  });

  test('the lesson 1–3 objectives name θ and L(θ), and their trajectories export under those names', () => {
    expect(twoWells.params).toEqual(['θ']);
    expect(parabola.params).toEqual(['θ']);
    expect(twoWells.tex.startsWith('L(\\theta)')).toBe(true);
  });

  test('the multi-start strip samples both end points of the start range', () => {
    const s = evenStarts(-1.4, 1.9, 120);
    expect(s).toHaveLength(120);
    expect(s[0]).toBe(-1.4);
    expect(s[119]).toBe(1.9);
    expect(evenStarts(0, 1, 1)).toEqual([0.5]);
  });
});

describe('model families use the lesson’s letters', () => {
  test('m, b for the line; a, m, b for the parabola; a, ω, b for the wave', () => {
    expect(MODEL_FAMILIES.line.params).toEqual(['m', 'b']);
    expect(MODEL_FAMILIES.parabola.params).toEqual(['a', 'm', 'b']);
    expect(MODEL_FAMILIES.wave.params).toEqual(['a', 'w', 'b']);
    expect(modelFamily.table.w.label).toBe('ω');
    const p = { a: 2, m: 3, b: 0.5, w: 1 };
    expect(MODEL_FAMILIES.line.predict(p, 2)).toBe(6.5);
    expect(MODEL_FAMILIES.parabola.predict(p, 2)).toBe(14.5);
    expect(familyFormula('parabola', p, String)).toBe('y = 2·x² + 3·x + 0.5');
    // b is the intercept in every family: at x = 0 each curve passes through b.
    for (const fam of Object.values(MODEL_FAMILIES)) expect(fam.predict(p, 0)).toBe(0.5);
  });
});

describe('show me', () => {
  test('a show-me sets every key its sentence does not name back to the default', () => {
    const state = showMeState(basins, { multi: true, eta: 0.15 });
    expect(state).toEqual({ ...defaults(basins.table), multi: true, eta: 0.15 });
  });
});

describe('compactTick', () => {
  test('large loss ticks fit a narrow margin', () => {
    expect(compactTick(0)).toBe('0');
    expect(compactTick(7.5)).toBe('7.5');
    expect(compactTick(200000)).toBe('200k');
    expect(compactTick(3e12)).toBe('3e12');
    for (const v of [0, 2.5, 950, 12000, 800000, 1.25e9, 3e15]) expect(compactTick(v).length).toBeLessThanOrEqual(6);
  });
});

describe('describeWalk on a run that swings', () => {
  test('from θ₀ = −1.2 with η = 0.25 the basins walk swings across the deeper valley: not "too small"', () => {
    const r = run(twoWells, gradientDescent({ learningRate: 0.25 }), [-1.2], { maxSteps: 200, toleranceF: 1e-10 });
    expect(r.stop.reason).toBe('max-steps');
    const words = describeWalk(r, 'θ', r.steps, undefined);
    expect(words).toContain('too large to settle');
    expect(words).not.toContain('too small');
  });

  test('a creeping run is still "too small"', () => {
    const r = run(parabola, gradientDescent({ learningRate: 0.01 }), [2.5], { maxSteps: 100, toleranceF: 1e-6 });
    expect(describeWalk(r, 'θ', r.steps, 0)).toContain('too small');
  });
});
