/** Every number lesson 8 ("Learning that generalizes"), its exercises and its quiz state, checked against src/optim. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  WAVE,
  adam,
  curveNetInit,
  curveNetStaircase,
  curveNetValue,
  degreeSweep,
  earlyStopPoint,
  fitReport,
  gradientDescent,
  lineMSE,
  lowest,
  maxCurveError,
  meanSquaredError,
  noisyCurve,
  polynomialFit,
  polynomialLoss,
  polynomialMSE,
  polynomialValue,
  ridge,
  run,
  runEarlyStopping,
  type Objective,
} from '../../../src/optim/index.ts';
import { APPROX, EARLY, MAX_DEGREE, PENALTY_ALPHA_MAX } from '../../../src/figures/lessons/generalization/shared.ts';
import { lineRidgeFit } from '../../../src/optim/lineCurvature.ts';
import { approxObjective } from '../../../src/figures/lessons/generalization/curve-data.ts';
import { lessonSplits } from '../../../src/figures/lessons/generalization/data.ts';
import { earlyStopping as earlySpec } from '../../../src/figures/lessons/generalization/early-stopping.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import { RIDGE_CHALLENGE, checkChallenge } from '../../../src/quiz/challenges.ts';
import { withoutPointers } from './prose.ts';

const text = (path: string) =>
  withoutPointers(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')).replace(/\s+/g, ' ');
const mdx = text('lessons/generalization.mdx');
const quiz = text('quizzes/generalization.yaml');
const parseQuiz = () =>
  parse(readFileSync(new URL('../../../content/quizzes/generalization.yaml', import.meta.url), 'utf8')) as {
    items: unknown[];
  };
const says = (t: string) => expect(mdx, `lesson text: "${t}"`).toContain(t);
const asks = (t: string) => expect(quiz, `quiz text: "${t}"`).toContain(t);
/** v rounded as the prose rounds it, to `digits` significant digits. */
const sig = (v: number, digits: number) => Number(v.toPrecision(digits));

const splits = lessonSplits();
const sweep = degreeSweep(splits, MAX_DEGREE);
const maxAbs = (t: ArrayLike<number>) => Math.max(...Array.from(t, Math.abs));

/** The eigenvalues and eigenvectors of a small symmetric matrix, by Jacobi rotations (test helper). */
function eigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweepN = 0; sweepN < 100; sweepN++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p]![q]!) < 1e-300) continue;
        const th = (m[q]![q]! - m[p]![p]!) / (2 * m[p]![q]!);
        const t = Math.sign(th || 1) / (Math.abs(th) + Math.sqrt(th * th + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: m.map((r, i) => r[i]!), vectors: Array.from({ length: n }, (_, j) => v.map((r) => r[j]!)) };
}

// A loss the data has no opinion about (zero everywhere) plus the penalty, walked by descent.
const zero: Objective = {
  id: 'zero',
  name: 'zero',
  dim: 1,
  tex: '0',
  goal: 'minimize',
  window: [[-1, 1]],
  known: [],
  params: ['θ'],
  value: () => 0,
  gradient: (_x, out) => out.fill(0),
};

/** The Hessian of a loss whose gradient is linear (a quadratic loss), column by column from its gradients. */
function hessian(objective: Objective): number[][] {
  const d = objective.dim;
  const g0 = objective.gradient(new Float64Array(d), new Float64Array(d));
  return Array.from({ length: d }, (_, j) => {
    const e = new Float64Array(d);
    e[j] = 1;
    const g = objective.gradient(e, new Float64Array(d));
    return Array.from(g, (v, i) => v - g0[i]!);
  });
}

describe('lesson 8: a training set is a sample', () => {
  test('the true wave’s test loss is 0.048 on the 200 test points, about ½ × 0.3² = 0.045 on average', () => {
    says('on our 200 test points its mean squared error is 0.048');
    says('$\\tfrac{1}{2} \\times 0.3^2 = 0.045$');
    says('We draw 12 points: that is the training set');
    says('standard deviation of $0.3$');
    expect([splits.train.n, splits.validation.n, splits.test.n]).toEqual([12, 12, 200]);
    expect(sig(meanSquaredError(splits.test, WAVE.value), 2)).toBe(0.048);
    expect(WAVE.formula).toBe('sin(3x) + x/2');
  });

  test('“about two draws in three land within 0.3 of zero”: the noise is normal with standard deviation 0.3', () => {
    says('about two draws in three land within 0.3 of zero');
    const all = [lessonSplits(1), lessonSplits(2), lessonSplits(3)].flatMap((s) => [s.train, s.validation, s.test]);
    let inside = 0;
    let count = 0;
    for (const d of all)
      for (let i = 0; i < d.n; i++, count++) if (Math.abs(d.y[i]! - WAVE.value(d.x[i]!)) < 0.3) inside++;
    expect(inside / count).toBeGreaterThan(0.62);
    expect(inside / count).toBeLessThan(0.74);
  });
});

describe('lesson 8: polynomials of rising degree', () => {
  test('training loss 0.49, 0.015 and 0.00032 at degrees 0, 3 and 9; it never rises; 0 at degree 11', () => {
    says('0.49 for a flat line at degree 0, 0.015 for the cubic at degree 3, 0.00032 at degree 9');
    expect(sig(sweep[0]!.train, 2)).toBe(0.49);
    expect(sig(sweep[3]!.train, 2)).toBe(0.015);
    expect(sig(sweep[9]!.train, 2)).toBe(0.00032);
    for (let d = 1; d <= MAX_DEGREE; d++) expect(sweep[d]!.train).toBeLessThanOrEqual(sweep[d - 1]!.train);
    expect(MAX_DEGREE).toBe(11);
    expect(sweep[11]!.train).toBeLessThan(1e-20);
    says('At degree 11 there are 12 coefficients for 12 points');
  });

  test('test loss 0.51, then 0.055 at degree 3 (its lowest), 0.32 at 7, 176 at 9, over 1000 at 11', () => {
    says('It falls from 0.51 at degree 0 to **0.055** at degree 3, close to the floor of 0.048');
    says('Past the cubic it wavers between 0.06 and 0.07 up to degree 6, and then it shoots up');
    says('0.32 at degree 7, 176 at degree 9, over 1000 at degrees 10 and 11');
    says(
      'The two biggest families, the ones that fit their training points most closely, are by far the worst on new ones.',
    );
    for (const d of [4, 5, 6]) {
      expect(sweep[d]!.test, `degree ${d}`).toBeGreaterThan(0.06);
      expect(sweep[d]!.test, `degree ${d}`).toBeLessThan(0.07);
    }
    // It does not climb at every degree: 5 is a hair below 4, and 6 below 5.
    expect(sweep[5]!.test).toBeLessThan(sweep[4]!.test);
    expect(sweep[6]!.test).toBeLessThan(sweep[5]!.test);
    for (let d = 7; d <= 10; d++) expect(sweep[d]!.test).toBeGreaterThan(sweep[d - 1]!.test);
    expect(sig(sweep[0]!.test, 2)).toBe(0.51);
    expect(sig(sweep[3]!.test, 2)).toBe(0.055);
    expect(lowest(sweep, 'test')).toBe(3);
    expect(sweep[7]!.test).toBeGreaterThan(0.315);
    expect(sweep[7]!.test).toBeLessThan(0.325);
    expect(Math.round(sweep[9]!.test)).toBe(176);
    expect(sweep[10]!.test).toBeGreaterThan(1000);
    expect(sweep[11]!.test).toBeGreaterThan(1000);
    // Degree 10 is the worst, 11 second (1290 and 1040): the two closest fits, far above every other degree.
    expect(sweep[10]!.test).toBeGreaterThan(sweep[11]!.test);
    const byTrain = [...sweep].sort((a, b) => a.train - b.train).map((r) => r.degree);
    expect(byTrain.slice(0, 2)).toEqual([11, 10]);
    const byTest = [...sweep].sort((a, b) => b.test - a.test).map((r) => r.degree);
    expect(byTest.slice(0, 2)).toEqual([10, 11]);
    for (let d = 0; d <= 9; d++) expect(sweep[d]!.test * 5).toBeLessThan(sweep[11]!.test);
  });
});

describe('lesson 8: underfitting and overfitting', () => {
  test('the line: 0.13 and 0.12, both high and close together', () => {
    says('so it is wrong on the training points and on the test points alike: 0.13 and 0.12');
    expect(sig(sweep[1]!.train, 2)).toBe(0.13);
    expect(sig(sweep[1]!.test, 2)).toBe(0.12);
  });

  test('the degree-9 curve swings beyond the last training point', () => {
    says('swings wildly between them and past the outermost ones');
    const th = sweep[9]!.theta;
    const lo = Math.min(...splits.train.x);
    let worst = 0;
    for (let x = -1; x < lo; x += 0.01) worst = Math.max(worst, Math.abs(polynomialValue(th, x) - WAVE.value(x)));
    expect(worst).toBeGreaterThan(10);
  });

  test('seed 7: where both samples have points, the cubics differ by at most 0.38, the degree-9 curves by up to 24', () => {
    says('Where both samples have points, the two cubics never differ by more than 0.38');
    says('but the two degree-9 curves differ by up to 24');
    const other = lessonSplits(7);
    const span = (d: { x: Float64Array }) => [Math.min(...d.x), Math.max(...d.x)];
    const [a0, a1] = span(splits.train);
    const [b0, b1] = span(other.train);
    const lo = Math.max(a0!, b0!);
    const hi = Math.min(a1!, b1!);
    const gap = (d: number) => {
      const p = polynomialFit(splits.train, d);
      const q = polynomialFit(other.train, d);
      let w = 0;
      for (let i = 0; i <= 1000; i++) {
        const x = lo + ((hi - lo) * i) / 1000;
        w = Math.max(w, Math.abs(polynomialValue(p, x) - polynomialValue(q, x)));
      }
      return w;
    };
    expect(gap(3)).toBeLessThan(0.385);
    expect(gap(3)).toBeGreaterThan(0.37);
    expect(Math.round(gap(9))).toBe(24);
  });
});

describe('lesson 8: choosing with a validation split', () => {
  test('the validation loss is lowest at degree 3 too, at 0.048; its test loss 0.055', () => {
    says('it is lowest at degree 3 too, at 0.048, and we choose the cubic');
    says('Only then do we look at the test loss, 0.055, and report it');
    expect(lowest(sweep, 'validation')).toBe(3);
    expect(sig(sweep[3]!.validation, 2)).toBe(0.048);
  });

  test('on the eighth sample validation picks degree 5, the test loss 3', () => {
    says('it picks degree 5 while the test loss would have picked 3');
    const s8 = degreeSweep(lessonSplits(8), MAX_DEGREE);
    expect(lowest(s8, 'validation')).toBe(5);
    expect(lowest(s8, 'test')).toBe(3);
  });
});

describe('lesson 8: stopping early', () => {
  const loss = polynomialLoss(splits.train, EARLY.degree);
  const watch = { value: (t: ArrayLike<number>) => polynomialMSE(splits.validation, t), patience: 1e9 };
  const long = runEarlyStopping(
    loss,
    gradientDescent({ learningRate: EARLY.eta }),
    new Float64Array(EARLY.degree + 1),
    { maxSteps: 20000 },
    watch,
  );
  const val = long.validation.values;
  const at = (k: number) => long.positions.subarray(k * (EARLY.degree + 1), (k + 1) * (EARLY.degree + 1));

  test('plain descent on degree 9 from zero with η = 0.5: training loss falls at every step', () => {
    says('starting from all coefficients zero with $\\eta = 0.5$, on the 12 training points');
    says('The training loss falls at every step, all the way');
    expect([EARLY.degree, EARLY.eta, EARLY.budget]).toEqual([9, 0.5, 1000]);
    for (let k = 1; k <= 20000; k++) expect(long.values[k]).toBeLessThan(long.values[k - 1]!);
  });

  test('the validation loss is lowest at step 68 (0.042), then climbs to 0.154 by step 1000', () => {
    says('it is lowest at step 68, at 0.042, and then it climbs, to 0.154 by step 1000');
    const first = earlyStopPoint(val.subarray(0, EARLY.budget + 1), 1e9);
    expect(first.best).toBe(68);
    expect(sig(val[68]!, 2)).toBe(0.042);
    expect(sig(val[1000]!, 3)).toBe(0.154);
    for (let k = 1; k <= 68; k++) expect(val[k]).toBeLessThan(val[k - 1]!);
  });

  test('the degree-9 landscape is a narrow valley: steep directions are broad shapes, flat ones fine wiggles', () => {
    says('The degree-9 loss is such a valley in ten dimensions');
    const { values, vectors } = eigen(hessian(loss));
    const order = values.map((_, i) => i).sort((i, j) => values[j]! - values[i]!);
    expect(values[order[0]!]! / values[order[9]!]!).toBeGreaterThan(1e5);
    /** How often the polynomial with these coefficients changes sign on [−1, 1]. */
    const signChanges = (c: number[]) => {
      let n = 0;
      let prev = polynomialValue(c, -1);
      for (let i = 1; i <= 2000; i++) {
        const v = polynomialValue(c, -1 + i / 1000);
        if (v * prev < 0) n++;
        prev = v;
      }
      return n;
    };
    expect(signChanges(vectors[order[0]!]!)).toBeLessThanOrEqual(1);
    expect(signChanges(vectors[order[1]!]!)).toBeLessThanOrEqual(2);
    expect(signChanges(vectors[order[9]!]!)).toBeGreaterThanOrEqual(7);
    expect(signChanges(vectors[order[8]!]!)).toBeGreaterThanOrEqual(6);
  });

  test('patience 100: stops at step 168, keeps step 68, whose test loss is 0.061', () => {
    says('the run stops at step 168');
    says("and keeps step 68. Its test loss is 0.061: nearly as good as the cubic's 0.055");
    expect(EARLY.patience).toBe(100);
    const r = runEarlyStopping(
      loss,
      gradientDescent({ learningRate: EARLY.eta }),
      new Float64Array(EARLY.degree + 1),
      { maxSteps: EARLY.budget },
      { ...watch, patience: EARLY.patience },
    );
    expect(r.stop).toEqual({ reason: 'early-stop', step: 168 });
    expect(r.validation.best.step).toBe(68);
    expect(sig(polynomialMSE(splits.test, at(68)), 2)).toBe(0.061);
  });

  test("figure 8.2's caption: it opens with the rule off, runs to its last step, and the rule would have fired", () => {
    expect(earlySpec.caption).toContain(
      'With it unticked, as it is when the figure opens, the run goes on to its last step',
    );
    expect(earlySpec.caption).toContain('a dashed line marks the step where the rule would have stopped it');
    const t = earlySpec.table;
    expect([t.stop.default, t.patience.default, t.degree.default, t.eta.default]).toEqual([
      false,
      EARLY.patience,
      EARLY.degree,
      EARLY.eta,
    ]);
    // The widget runs the budget with the rule off (patience beyond the budget): no early stop, all 1000 steps.
    const off = runEarlyStopping(
      loss,
      gradientDescent({ learningRate: EARLY.eta }),
      new Float64Array(EARLY.degree + 1),
      { maxSteps: EARLY.budget },
      { ...watch, patience: EARLY.budget + 1 },
    );
    expect(off.steps).toBe(EARLY.budget);
    // And the dashed line is drawn, where the rule with the default patience fires.
    expect(earlyStopPoint(off.validation.values, EARLY.patience)).toEqual({ stop: 168, best: 68, fired: true });
  });

  test('run long, it falls to a second low of 0.0626 at step 29,136, then climbs at every step (0.080 at 50,000, 0.66 at 200,000); the exact fit’s validation loss is 958', () => {
    says(
      "fall again, to a second low of 0.0626 at step 29,136, and then it climbs at every step, to 0.080 by step 50,000 and 0.66 by step 200,000, on its way towards the exact fit's validation loss of 958",
    );
    says("That second dip never gets below step 68's 0.042");
    const longer = runEarlyStopping(
      loss,
      gradientDescent({ learningRate: EARLY.eta }),
      new Float64Array(EARLY.degree + 1),
      { maxSteps: 200000 },
      watch,
    ).validation.values;
    // After the bump near step 1000, the lowest point of the whole run is step 29,136 …
    let low = 1000;
    for (let k = 1000; k <= 200000; k++) if (longer[k]! < longer[low]!) low = k;
    expect(low).toBe(29136);
    expect(sig(longer[low]!, 3)).toBe(0.0626);
    // … falling into it, climbing out of it at every step.
    const turns: number[] = [];
    for (let k = 1052; k <= 200000; k++) if (longer[k]! < longer[k - 1]! !== k <= low) turns.push(k);
    expect(turns).toEqual([]);
    expect(sig(longer[50000]!, 2)).toBe(0.08);
    expect(sig(longer[200000]!, 2)).toBe(0.66);
    // The second dip stays above the first low: over the whole long run nothing beats step 68.
    expect(longer.subarray(69).reduce((m, v) => Math.min(m, v), Infinity)).toBeGreaterThan(longer[68]!);
    expect(Math.max(...longer.subarray(900, 1100))).toBeGreaterThan(longer[low]! * 2);
    expect(Math.round(sweep[9]!.validation)).toBe(958);
  });

  test('the rise is no bump: nearly a thousand steps, to 0.1538 at step 1,051, ten times the patience; every patience keeps step 68, patience 1 stops at 69', () => {
    says('climbs for nearly a thousand steps, ten times the patience of 100, to 0.1538 at step 1,051');
    says('so here every patience keeps step 68, even a patience of 1, which stops at step 69, the first rise');
    const longer = runEarlyStopping(
      loss,
      gradientDescent({ learningRate: EARLY.eta }),
      new Float64Array(EARLY.degree + 1),
      { maxSteps: 30000 },
      watch,
    ).validation.values;
    // From step 68 it rises at every step to its peak at 1,051, then falls at every step to 29,136.
    let peak = 68;
    for (let k = 68; k <= 29136; k++) if (longer[k]! > longer[peak]!) peak = k;
    expect(peak).toBe(1051);
    expect(sig(longer[peak]!, 4)).toBe(0.1538);
    for (let k = 69; k <= 1051; k++) expect(longer[k]).toBeGreaterThan(longer[k - 1]!);
    for (let k = 1052; k <= 29136; k++) expect(longer[k]).toBeLessThan(longer[k - 1]!);
    expect(1051 - 68).toBeGreaterThan(900);
    expect(1051 - 68).toBeLessThan(1000);
    expect(Math.round((1051 - 68) / EARLY.patience)).toBe(10);
    // Every patience keeps step 68; patience 1 stops at the first rise, step 69.
    expect(earlyStopPoint(longer, 1)).toEqual({ stop: 69, best: 68, fired: true });
    for (const patience of [1, 2, 10, 100, 1000, 5000, 20000])
      expect(earlyStopPoint(longer, patience)).toMatchObject({ best: 68, fired: true });
  });

  test('exercise 4’s bump is the case for patience: one step up (0.45 → 0.47) before a new low (0.44); patience 2 rides over it, patience 1 keeps the worse step', () => {
    says('a rule that gave up at the first rise would stop there and keep the worse step');
    says(
      'Exercise 4 has such a bump, a single step up before a new low: work it through with a patience of 1 and of 2',
    );
    says('<Exercise kind="predict" title="Where early stopping stops">');
    // It is the fourth exercise.
    const titles = [...mdx.matchAll(/<Exercise kind="[a-z]+" title="([^"]+)">/g)].map((m) => m[1]);
    expect(titles[3]).toBe('Where early stopping stops');
    says('0.90,\\ 0.62,\\ 0.48,\\ 0.45,\\ 0.47,\\ 0.44,\\ 0.46,\\ 0.49,\\ 0.51,\\ 0.55');
    const ex = [0.9, 0.62, 0.48, 0.45, 0.47, 0.44, 0.46, 0.49, 0.51, 0.55];
    expect(earlyStopPoint(ex, 2)).toEqual({ stop: 7, best: 5, fired: true });
    expect(earlyStopPoint(ex, 1)).toEqual({ stop: 4, best: 3, fired: true });
    expect(ex[3]! > ex[5]!).toBe(true); // the step patience 1 keeps is the worse one
    // A single step up, then a new low.
    expect(ex[4]).toBeGreaterThan(ex[3]!);
    expect(ex[5]).toBeLessThan(Math.min(...ex.slice(0, 5)));
  });
});

describe('lesson 8: the penalty', () => {
  test('the exact degree-9 fit’s largest coefficient is about 992; the cubic’s 3.49', () => {
    says('they run into the hundreds, the largest is about 992');
    says("The cubic's largest is 3.49");
    expect(Math.round(maxAbs(sweep[9]!.theta))).toBe(992);
    expect(sig(maxAbs(sweep[3]!.theta), 3)).toBe(3.49);
  });

  test('weight decay: a step is (1 − 2ηα)θ − η∇L(θ)', () => {
    says('(1 - 2\\eta\\alpha)\\,\\theta - \\eta\\,\\nabla L(\\theta)');
    const loss = polynomialLoss(splits.train, 3);
    const th = [0.3, -0.2, 0.5, 0.1];
    const eta = 0.1;
    const alpha = 0.4;
    const stepped = run(ridge(loss, alpha), gradientDescent({ learningRate: eta }), th, { maxSteps: 1 }).positions;
    const g = loss.gradient(th, new Float64Array(4));
    for (let k = 0; k < 4; k++) expect(stepped[4 + k]).toBeCloseTo((1 - 2 * eta * alpha) * th[k]! - eta * g[k]!, 12);
  });

  describe('the landscape of lesson 2’s line fit', () => {
    const data = lineFitData(7);
    const bottom = (alpha: number) => {
      // The penalized line loss is quadratic: its bottom solves (H + 2αI)θ = c, found here by descent to a flat slope.
      const r = run(ridge(lineMSE(data), alpha), gradientDescent({ learningRate: 0.2 }), [0, 0], {
        maxSteps: 100000,
        toleranceGrad: 1e-12,
      });
      expect(r.stop.reason).toBe('tolerance-grad');
      return [r.positions[2 * r.steps]!, r.positions[2 * r.steps + 1]!] as const;
    };
    const curvatures = (alpha: number) => {
      const { values } = eigen(hessian(ridge(lineMSE(data), alpha)));
      return [Math.max(...values), Math.min(...values)] as const;
    };

    test('κ is 28 without the penalty and 13 at α = 0.1; every curvature grows by 2α', () => {
      says('curves 28 times more sharply across than along; at $\\alpha = 0.1$ the ratio $\\kappa$ is down to 13');
      const [a, b] = curvatures(0);
      const [c, d] = curvatures(0.1);
      expect(Math.round(a / b)).toBe(28);
      expect(Math.round(c / d)).toBe(13);
      expect(c - a).toBeCloseTo(0.2, 10);
      expect(d - b).toBeCloseTo(0.2, 10);
    });

    test('at α = 0.1 the bottom slides from (1.046, 0.826) to (1.064, 0.663), mostly along the floor; loss 0.0299 → 0.0388', () => {
      says('it slides from $(m, b) = (1.046, 0.826)$ to $(1.064, 0.663)$, mostly along the valley floor');
      says('the training loss rises only from 0.0299 to 0.0388');
      const p = bottom(0);
      const q = bottom(0.1);
      expect(p.map((v) => v.toFixed(3))).toEqual(['1.046', '0.826']);
      expect(q.map((v) => v.toFixed(3))).toEqual(['1.064', '0.663']);
      expect(lineMSE(data).value(p).toFixed(4)).toBe('0.0299');
      expect(lineMSE(data).value(q).toFixed(4)).toBe('0.0388');
      // Split the move into the steep and the flat direction of the unpenalized landscape.
      const { values, vectors } = eigen(hessian(lineMSE(data)));
      const steep = vectors[values[0]! > values[1]! ? 0 : 1]!;
      const flat = vectors[values[0]! > values[1]! ? 1 : 0]!;
      const move = [q[0] - p[0], q[1] - p[1]];
      const along = Math.abs(move[0]! * flat[0]! + move[1]! * flat[1]!);
      const across = Math.abs(move[0]! * steep[0]! + move[1]! * steep[1]!);
      expect(along).toBeGreaterThan(2 * across);
      // "about a third as far": 0.057 across, 0.154 along.
      says('Across the valley, where the data cares, the bottom moves only about a third as far as along it.');
      expect(across.toFixed(3)).toBe('0.057');
      expect(along.toFixed(3)).toBe('0.154');
      expect(Math.round((3 * across) / along)).toBe(1);
      // The bottom moves towards θ = 0.
      expect(Math.hypot(...q)).toBeLessThan(Math.hypot(...p));
    });

    test('at α = 0.1 the slope m grows (1.046 → 1.064) while b falls (0.826 → 0.663), and ‖θ‖ falls 1.333 → 1.254', () => {
      says(
        'Here the slope $m$ even grows a little, from 1.046 to 1.064, while the intercept $b$ falls from 0.826 to 0.663',
      );
      says(
        'Together the two parts bring the distance from $\\theta = 0$, $\\lVert\\theta\\rVert$, down from 1.333 to 1.254',
      );
      const p = bottom(0);
      const q = bottom(0.1);
      expect(q[0]).toBeGreaterThan(p[0]);
      expect(q[1]).toBeLessThan(p[1]);
      expect(Math.hypot(...p).toFixed(3)).toBe('1.333');
      expect(Math.hypot(...q).toFixed(3)).toBe('1.254');
      // The floor's direction pairs a steeper slope with a lower intercept: its two entries have opposite signs.
      const { values, vectors } = eigen(hessian(lineMSE(data)));
      const flat = vectors[values[0]! > values[1]! ? 1 : 0]!;
      expect(flat[0]! * flat[1]!).toBeLessThan(0);
    });

    test('the slide in two: along the floor (1, −2.01) m +0.069, b −0.138 (twice); across, almost straight at θ = 0, m −0.051, b −0.025; left m +0.018, b −0.163', () => {
      says(
        'the lines on it swing about a point near $x = 2$, among the data, so along the floor, for every bit that $m$ gains, $b$ loses about twice as much',
      );
      says('The long part of the slide, along the floor, raises $m$ by 0.069 and lowers $b$ by 0.138');
      says(
        'Since $b$ is not much smaller than $m$, $b^2$ loses more than $m^2$ gains, and that trade brings the point closer to zero',
      );
      says(
        "The short part, across the valley, points almost straight at $\\theta = 0$ and shrinks both, $m$ by 0.051 and $b$ by 0.025, taking back most of $m$'s gain: what is left is $m$ up by 0.018 and $b$ down by 0.163",
      );
      const { values, vectors } = eigen(hessian(lineMSE(data)));
      const flat = vectors[values[0]! > values[1]! ? 1 : 0]!;
      // m → m + t, b → b − rate·t: every such line passes through the same point x = rate.
      const rate = -flat[1]! / flat[0]!;
      expect(rate.toFixed(2)).toBe('2.01');
      expect(rate).toBeGreaterThan(Math.min(...data.x));
      expect(rate).toBeLessThan(Math.max(...data.x));
      const p = bottom(0);
      const q = bottom(0.1);
      const move = [q[0] - p[0], q[1] - p[1]] as const;
      const t = move[0] * flat[0]! + move[1] * flat[1]!;
      const along = [t * flat[0]!, t * flat[1]!] as const;
      const across = [move[0] - along[0], move[1] - along[1]] as const;
      expect(along.map((v) => v.toFixed(3))).toEqual(['0.069', '-0.138']);
      expect(Math.round(-along[1] / along[0])).toBe(2); // along the floor, b loses twice what m gains
      expect(across.map((v) => v.toFixed(3))).toEqual(['-0.051', '-0.025']);
      expect(move.map((v) => v.toFixed(3))).toEqual(['0.018', '-0.163']);
      expect(Math.hypot(...across)).toBeLessThan(Math.hypot(...along)); // the long part and the short part
      expect(-across[0]).toBeGreaterThan(along[0] / 2); // "most of m's gain"
      // Across points almost straight at θ = 0: within 15° of the direction from p to the origin.
      const cos = -(across[0] * p[0] + across[1] * p[1]) / (Math.hypot(...across) * Math.hypot(...p));
      expect(cos).toBeGreaterThan(Math.cos((15 * Math.PI) / 180));
      // The along part alone brings the point closer to zero: b² loses more than m² gains.
      expect(p[1]).toBeGreaterThan(p[0] / 2); // "not much smaller": b more than half of m
      const mid = [p[0] + along[0], p[1] + along[1]] as const;
      expect(p[1] ** 2 - mid[1] ** 2).toBeGreaterThan(mid[0] ** 2 - p[0] ** 2);
      expect(Math.hypot(...mid)).toBeLessThan(Math.hypot(...p));
      expect(Math.hypot(...q)).toBeLessThan(Math.hypot(...mid));
    });

    test('m rises only for small α: it peaks at about 1.068 near α = 0.06, is below 1.046 by α = 0.2 (1.037), and then both coordinates only shrink', () => {
      says('The rise in $m$ holds only for a small $\\alpha$.');
      says(
        '$m$ peaks at about 1.068 near $\\alpha = 0.06$, is back below 1.046 by $\\alpha = 0.2$, where it is 1.037, and from there on both coordinates only shrink',
      );
      const fit = (a: number) => lineRidgeFit(data, a)!;
      let peak = 0;
      for (let a = 0; a <= 1; a += 0.0005) if (fit(a).m > fit(peak).m) peak = a;
      expect(fit(peak).m.toFixed(3)).toBe('1.068');
      expect(Math.round(peak * 100) / 100).toBe(0.06);
      expect(fit(0.2).m.toFixed(3)).toBe('1.037');
      expect(fit(0.2).m).toBeLessThan(fit(0).m);
      // Against the descent-found bottom: the same numbers.
      expect(fit(0.1).m).toBeCloseTo(bottom(0.1)[0], 6);
      // From α = 0.2 to the slider's end, m and b both fall as α grows (log-spaced α).
      let prev = fit(0.2);
      for (let a = 0.2; a <= PENALTY_ALPHA_MAX; a *= 1.01) {
        const f = fit(a);
        expect(f.m).toBeLessThanOrEqual(prev.m);
        expect(f.b).toBeLessThanOrEqual(prev.b);
        expect(f.b).toBeGreaterThan(0);
        prev = f;
      }
    });
  });

  test('degree 9 with α = 0.01: largest coefficient 2.09, test loss 176 → 0.064; at α = 1 training loss 0.37', () => {
    says('the largest coefficient is 2.09 instead of 992, and the test loss falls from 176 to 0.064');
    says('the training loss is 0.37 and the model underfits again');
    const r = fitReport(splits, 9, { alpha: 0.01 });
    expect(sig(maxAbs(r.theta), 3)).toBe(2.09);
    expect(sig(r.test, 2)).toBe(0.064);
    const flat = fitReport(splits, 9, { alpha: 1 });
    expect(sig(flat.train, 2)).toBe(0.37);
    expect(flat.train).toBeGreaterThan(sweep[1]!.train);
  });

  test('degree 11 with α = 0.01: validation 0.041 (below the cubic’s 0.048), test 0.065 (above its 0.055)', () => {
    says("the validation loss is 0.041, lower than the cubic's 0.048, yet the test loss is 0.065");
    const r = fitReport(splits, 11, { alpha: 0.01 });
    expect(sig(r.validation, 2)).toBe(0.041);
    expect(sig(r.test, 2)).toBe(0.065);
  });
});

describe('lesson 8: universal approximation', () => {
  const stair = (h: number) => maxCurveError((x) => curveNetValue(curveNetStaircase(WAVE, h, 4), h, x), WAVE);

  test('the staircase’s worst miss: 0.261, 0.142, 0.074, 0.038 for 8, 16, 32, 64 units; each doubling about halves it', () => {
    says('With 8 units the staircase is never more than 0.261 from the wave');
    says('with 16, 0.142; with 32, 0.074; with 64, 0.038');
    const e = [8, 16, 32, 64].map(stair);
    expect(e.map((v) => v.toFixed(3))).toEqual(['0.261', '0.142', '0.074', '0.038']);
    for (let i = 1; i < e.length; i++) {
      expect(e[i]! / e[i - 1]!).toBeGreaterThan(0.45);
      expect(e[i]! / e[i - 1]!).toBeLessThan(0.56);
    }
  });

  test('three units trained by Adam on 40 exact points stay within about 0.01 of the wave by step 1000', () => {
    says(
      "on 40 exact points of the wave and, on this curve and from the figure's starting weights, Adam finds weights that stay within about 0.01",
    );
    says(
      'But nothing guaranteed it: from five other random starts, the same 1000 steps end between 0.06 and 0.48 away.',
    );
    says('everywhere by step 1000: far better than the 64-unit staircase');
    expect(APPROX.curvePoints).toBe(40);
    const net = approxObjective('curve', 3);
    const r = run(net, adam({ learningRate: APPROX.eta }), curveNetInit(3, APPROX.initSeed), { maxSteps: 1000 });
    const p = r.positions.subarray(1000 * net.dim);
    const err = maxCurveError((x) => curveNetValue(p, 3, x), WAVE);
    expect(err).toBeLessThan(0.0105);
    expect(err).toBeGreaterThan(0.0095);
    expect(err).toBeLessThan(stair(64) / 3);
    // The figure's starting weights are seed APPROX.initSeed; five other seeds end 0.06 to 0.48 away.
    expect(APPROX.initSeed).toBe(1);
    const others = [2, 3, 4, 5, 6].map((seed) => {
      const o = run(net, adam({ learningRate: APPROX.eta }), curveNetInit(3, seed), { maxSteps: 1000 });
      return maxCurveError((x) => curveNetValue(o.positions.subarray(1000 * net.dim), 3, x), WAVE);
    });
    expect(sig(Math.min(...others), 1)).toBe(0.06);
    expect(sig(Math.max(...others), 2)).toBe(0.48);
    asks(
      'three units came within about 0.01 of the wave from one set of starting weights, and ended 0.06 to 0.48 away from five others',
    );
  });

  test('eight units on the 12 noisy points: training loss 0.0025, test loss 0.107 by step 3000, about twice the floor', () => {
    says('by step 3000 the training loss is 0.0025 while the test loss is 0.107, twice the floor');
    const net = approxObjective('sample', 8);
    const r = run(net, adam({ learningRate: APPROX.eta }), curveNetInit(8, APPROX.initSeed), { maxSteps: 3000 });
    const p = r.positions.subarray(3000 * net.dim);
    expect(sig(r.values[3000]!, 2)).toBe(0.0025);
    const test = meanSquaredError(splits.test, (x) => curveNetValue(p, 8, x));
    expect(sig(test, 3)).toBe(0.107);
    const floor = meanSquaredError(splits.test, WAVE.value);
    expect(test / floor).toBeGreaterThan(2);
    expect(test / floor).toBeLessThan(2.4);
  });
});

describe('lesson 8 exercises', () => {
  test('the floor under the test loss: ½ × 0.5² = 0.125', () => {
    says('$\\tfrac{1}{2} \\times 0.25 = 0.125$');
    // The module's own noise: 20,000 draws of the wave with noise 0.5, scored by the wave itself.
    const many = noisyCurve(WAVE, { n: 20000, noise: 0.5, seed: 11 });
    expect(meanSquaredError(many, WAVE.value)).toBeCloseTo(0.5 * 0.5 ** 2, 2);
  });

  test('the penalty on one parameter: θ* = 3 / (1 + 2α): 3 at α = 0 and 2 at α = 0.25', () => {
    says('\\theta^* = \\frac{3}{1 + 2\\alpha}.');
    says('With $\\alpha = 0.25$, $\\theta^* = 3 / 1.5 = 2$');
    const data = { n: 3, features: 1, x: Float64Array.of(-0.5, 0.1, 0.7), y: Float64Array.of(1, 2, 6) };
    expect(polynomialFit(data, 0)[0]).toBeCloseTo(3, 12);
    expect(polynomialFit(data, 0, { alpha: 0.25 })[0]).toBeCloseTo(2, 12);
    for (const alpha of [0.1, 1, 7]) expect(polynomialFit(data, 0, { alpha })[0]).toBeCloseTo(3 / (1 + 2 * alpha), 12);
  });

  test('weight decay, step by step: factor 0.9; 0.9⁶ ≈ 0.531, 0.9⁷ ≈ 0.478, so 7 steps', () => {
    says('$1 - 2\\eta\\alpha = 1 - 2 \\times 0.1 \\times 0.5 = 0.9$');
    says('$0.9^6 \\approx 0.531$ and $0.9^7 \\approx 0.478$. So it is below one half after **7** steps');
    const r = run(ridge(zero, 0.5), gradientDescent({ learningRate: 0.1 }), [1], { maxSteps: 10 });
    expect(r.positions[6]!.toFixed(3)).toBe('0.531');
    expect(r.positions[7]!.toFixed(3)).toBe('0.478');
    expect(Array.from(r.positions).findIndex((v) => v < 0.5)).toBe(7);
  });

  test('where early stopping stops: patience 2 stops at step 7 and keeps 5; patience 1 stops at 4 and keeps 3', () => {
    says('0.90,\\ 0.62,\\ 0.48,\\ 0.45,\\ 0.47,\\ 0.44,\\ 0.46,\\ 0.49,\\ 0.51,\\ 0.55');
    says('With a patience of 2 the run stops at **step 7** and keeps **step 5**');
    says('it stops at step 4 and keeps step 3, with a validation loss of 0.45 instead of 0.44');
    const v = [0.9, 0.62, 0.48, 0.45, 0.47, 0.44, 0.46, 0.49, 0.51, 0.55];
    expect(earlyStopPoint(v, 2)).toEqual({ stop: 7, best: 5, fired: true });
    expect(earlyStopPoint(v, 1)).toEqual({ stop: 4, best: 3, fired: true });
  });

  test('a curve through every point: the degree-4 fit to 5 points has training loss 0; with α > 0 it does not', () => {
    says('its training loss is **0**');
    const five = lessonSplits(5).train;
    const d5 = { n: 5, features: 1, x: five.x.slice(0, 5), y: five.y.slice(0, 5) };
    expect(polynomialMSE(d5, polynomialFit(d5, 4))).toBeLessThan(1e-20);
    expect(polynomialMSE(d5, polynomialFit(d5, 4, { alpha: 0.01 }))).toBeGreaterThan(1e-4);
  });
});

describe('lesson 8 quiz', () => {
  test('penalty-valley tests transfer: no lesson phrase in its key, no worked-example numbers, distractors that are misconceptions', () => {
    const item = (
      parseQuiz().items as { id: string; options: { text: string; feedback: string; correct?: boolean }[] }[]
    ).find((i) => i.id === 'penalty-valley')!;
    const all = JSON.stringify(item);
    for (const n of ['1.046', '1.064', '0.826', '0.663', '1.333', '1.254']) expect(all).not.toContain(n);
    expect(item.options.find((o) => o.correct)!.text).not.toContain('barely objects');
    expect(all).not.toContain('flattens the valley');
    expect(all).toContain('sharply curved across');
  });
  test('through every point: 8 points need degree 7', () => {
    asks('You have 8 training points');
    const eight = lessonSplits(2).train;
    const d8 = { n: 8, features: 1, x: eight.x.slice(0, 8), y: eight.y.slice(0, 8) };
    expect(polynomialMSE(d8, polynomialFit(d8, 7))).toBeLessThan(1e-20);
    expect(polynomialMSE(d8, polynomialFit(d8, 6))).toBeGreaterThan(1e-6);
  });

  test('decay: with η = 0.05, α = 2 and no slope from the data, a parameter at 1 is 0.64 after two steps', () => {
    asks('Descent with $\\eta = 0.05$ minimizes $L(\\theta) + \\alpha\\lVert\\theta\\rVert^2$ with $\\alpha = 2$');
    asks('What is its value after two steps?');
    const r = run(ridge(zero, 2), gradientDescent({ learningRate: 0.05 }), [1], { maxSteps: 2 });
    expect(r.positions[2]).toBeCloseTo(0.64, 12);
  });

  test('early-stop trace: patience 3 stops at step 7 and keeps step 4', () => {
    asks('1.2, 0.8, 0.7, 0.72, 0.69, 0.71, 0.73, 0.74, 0.70');
    expect(earlyStopPoint([1.2, 0.8, 0.7, 0.72, 0.69, 0.71, 0.73, 0.74, 0.7], 3)).toEqual({
      stop: 7,
      best: 4,
      fired: true,
    });
  });

  test('the lesson’s α = 0.01 just misses on sample 4 (0.071); the lowest validation, 0.057, is near α = 0.005', () => {
    asks('The lesson’s α = 0.01 just misses here (0.071)');
    asks('the lowest validation loss, 0.057, comes near α = 0.005');
    asks('has a validation loss of about 8700');
    const s4 = lessonSplits(RIDGE_CHALLENGE.seed);
    expect(sig(fitReport(s4, 11, { alpha: 0.01 }).validation, 2)).toBe(0.071);
    expect(Math.round(fitReport(s4, 11).validation / 100) * 100).toBe(8700);
    let best = { alpha: 0, v: Infinity };
    for (let e = -4; e <= -1; e += 0.01) {
      const v = fitReport(s4, 11, { alpha: 10 ** e }).validation;
      if (v < best.v) best = { alpha: 10 ** e, v };
    }
    expect(sig(best.v, 2)).toBe(0.057);
    expect(best.alpha).toBeGreaterThan(0.004);
    expect(best.alpha).toBeLessThan(0.006);
  });

  test('the penalty challenge passes exactly where its explanation says: α between about 0.0025 and 0.0095', () => {
    asks('any α between about 0.0025 and 0.0095 works');
    fc.assert(
      fc.property(fc.double({ min: 0.0025, max: 0.0095, noNaN: true }), (alpha) => {
        const v = checkChallenge('ridge-validation', { alpha });
        expect(v.passed, v.message).toBe(true);
        expect(v.message).toMatch(/^Yes\./);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.002, noNaN: true }), (alpha) => {
        const v = checkChallenge('ridge-validation', { alpha });
        expect(v.passed).toBe(false);
        expect(v.message).toContain('A stronger penalty calms it');
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0.0105, max: 1, noNaN: true }), (alpha) => {
        const v = checkChallenge('ridge-validation', { alpha });
        expect(v.passed).toBe(false);
        expect(v.message).toContain('it underfits. A weaker penalty lets it bend');
      }),
      { numRuns: 40 },
    );
  });

  test('the penalty challenge says what happened for input out of range, and names the losses', () => {
    expect(checkChallenge('ridge-validation', { alpha: -1 }).message).toBe('Choose a penalty α from 0 to 1.');
    expect(checkChallenge('ridge-validation', { alpha: NaN }).passed).toBe(false);
    expect(checkChallenge('ridge-validation', { alpha: 0 }).message).toContain('a validation loss of 8,733');
    expect(checkChallenge('ridge-validation', { alpha: 0.005 }).message).toContain('a validation loss of 0.0574');
  });
});
