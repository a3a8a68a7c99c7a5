// Every number lesson 4 ("gradients") states, checked against the optimizer module.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  coordinateDescent,
  directionalRates,
  gradientDescent,
  leastSquares,
  lineCurvature,
  lineMSE,
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_LR_LIMIT,
  quadraticXY,
  rateAlong,
  run,
} from '../../../src/optim/index.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import { descent2d, regressionDescent, simultaneousUpdates } from '../../../src/figures/lessons/gradients.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';

const mdx = readFileSync(new URL('../../../content/lessons/gradients.mdx', import.meta.url), 'utf8');
const quiz = parse(readFileSync(new URL('../../../content/quizzes/gradients.yaml', import.meta.url), 'utf8')) as {
  items: { id: string; answer?: number }[];
};
const says = (text: string) => expect(mdx, `the lesson should say: ${text}`).toContain(text);
const q = quadraticXY;
const grad = (x: number, y: number) => Array.from(q.gradient([x, y], new Float64Array(2)));
const bowlRun = (eta: number, maxSteps = 200) =>
  run(q, gradientDescent({ learningRate: eta }), [-2.5, 2], { maxSteps, toleranceF: 1e-12, bound: 1e3 });

describe('lesson 4 claims', () => {
  test('the term-by-term partial derivatives: 2x − y and 6y − x, and 2x − 1 on the slice y = 1', () => {
    says('\\frac{\\partial f}{\\partial x} = 2x - y, \\qquad \\frac{\\partial f}{\\partial y} = 6y - x');
    says('At $y = 1$ the first one is $2x - 1$, the slope of the parabola $x^2 + 3 - x$');
    for (const [x, y] of [
      [-2, 0.5],
      [0.3, 1],
      [1.5, -2.5],
    ] as const)
      expect(grad(x, y)).toEqual([2 * x - y, 6 * y - x]);
    // The slice y = 1 is x² + 3 − x, whose slope (a central difference) matches 2x − 1.
    for (const x of [-1, 0.25, 2]) {
      const h = 1e-5;
      const slope = (q.value([x + h, 1]) - q.value([x - h, 1])) / (2 * h);
      expect(q.value([x, 1])).toBeCloseTo(x * x + 3 - x, 12);
      expect(slope).toBeCloseTo(2 * x - 1, 6);
    }
  });

  test('partial derivatives at (1.5, 1) and the flat slice on y = 2x', () => {
    says('$f = 3.75$');
    says('$\\partial f/\\partial x = 2$');
    says('$\\partial f/\\partial y = 4.5$');
    expect(q.value([1.5, 1])).toBeCloseTo(3.75, 12);
    expect(grad(1.5, 1)).toEqual([2, 4.5]);
    says('On the line $y = 2x$ the first\nslope is zero');
    for (const x of [-1, 0.3, 1]) expect(grad(x, 2 * x)[0]).toBeCloseTo(0, 12);
  });

  test('steepest direction at (2, 1)', () => {
    says('$\\nabla f = (3, 4)$');
    says('$\\lVert \\nabla f \\rVert = 5$');
    says('the rate is $4$');
    says('$-3$: down');
    says('$\\varphi = 233.1°$');
    says('with rate exactly $-5$');
    const r = directionalRates(q, [2, 1]);
    expect(r.gradient).toEqual([3, 4]);
    expect(r.gradNorm).toBe(5);
    expect(rateAlong(r, Math.PI / 2)).toBeCloseTo(4, 12);
    expect(rateAlong(r, Math.PI)).toBeCloseTo(-3, 12);
    expect(((r.steepestAngle * 180) / Math.PI + 360).toFixed(1)).toBe('233.1');
    expect(rateAlong(r, r.steepestAngle)).toBeCloseTo(-5, 12);
  });

  test('one step by hand from (2, 1) with η = 0.1', () => {
    says('land on $(1.7, 0.6)$');
    says('drops from $5$ to $2.95$');
    says('$\\eta \\lVert \\nabla f \\rVert^2 = 0.1 \\cdot 25 = 2.5$');
    says('the $2.05$ that\nhappened');
    const r = run(q, gradientDescent({ learningRate: 0.1 }), [2, 1], { maxSteps: 1 });
    expect(r.positions[2]).toBeCloseTo(1.7, 12);
    expect(r.positions[3]).toBeCloseTo(0.6, 12);
    expect(r.values[0]).toBe(5);
    expect(r.values[1]).toBeCloseTo(2.95, 12);
    expect(r.values[0]! - r.values[1]!).toBeCloseTo(2.05, 12);
  });

  test('descent-2d runs and the learning-rate limit', () => {
    expect(descent2d.table.x0.default).toBe(-2.5);
    expect(descent2d.table.y0.default).toBe(2);
    says('The walk settles after 73 steps.');
    expect(bowlRun(0.1)).toMatchObject({ steps: 73, stop: { reason: 'tolerance-f' } });
    says('$4 + \\sqrt{5} \\approx 6.236$');
    says('$4 - \\sqrt{5} \\approx 1.764$');
    expect(QUADRATIC_HESSIAN_EIGENVALUES[1].toFixed(3)).toBe('6.236');
    expect(QUADRATIC_HESSIAN_EIGENVALUES[0].toFixed(3)).toBe('1.764');
    says('\\approx 0.3207.');
    expect(QUADRATIC_LR_LIMIT.toFixed(4)).toBe('0.3207');
    says('still settles, in 107 steps');
    expect(bowlRun(0.3)).toMatchObject({ steps: 107, stop: { reason: 'tolerance-f' } });
    says('after 34 steps the run is stopped as diverged');
    expect(bowlRun(0.33)).toMatchObject({ steps: 34, stop: { reason: 'diverged' } });
    says('with η = 0.25 it takes 28 steps');
    expect(bowlRun(0.25)).toMatchObject({ steps: 28, stop: { reason: 'tolerance-f' } });
  });

  test('simultaneous against one coordinate at a time', () => {
    const rule = { toleranceF: 1e-12, bound: 1e3 };
    const max = simultaneousUpdates.table.step.max;
    const pair = (eta: number) =>
      [
        run(q, gradientDescent({ learningRate: eta }), [-2.5, 2], { ...rule, maxSteps: max }),
        run(q, coordinateDescent({ learningRate: eta }), [-2.5, 2], { ...rule, maxSteps: 2 * max }),
      ] as const;
    says('settles after 47 steps');
    says('needs 78 single-coordinate moves');
    const [a, b] = pair(0.15);
    expect(a).toMatchObject({ steps: 47, stop: { reason: 'tolerance-f' } });
    expect(b).toMatchObject({ steps: 78, stop: { reason: 'tolerance-f' } });
    says('zig-zags for 100 rounds and is still going');
    says('settles in 49 rounds');
    const [c, d] = pair(0.3);
    expect(c).toMatchObject({ steps: 100, stop: { reason: 'max-steps' } });
    expect(d.stop.reason).toBe('tolerance-f');
    expect(Math.ceil(d.steps / 2)).toBe(49);
  });

  test('linear regression on lesson 1 data', () => {
    const data = lineFitData(7);
    const mse = lineMSE(data);
    const fit = leastSquares(data)!;
    says('$m \\approx 1.046$');
    says('$b \\approx 0.826$');
    says('$f \\approx 0.0299$');
    expect(fit.m.toFixed(3)).toBe('1.046');
    expect(fit.b.toFixed(3)).toBe('0.826');
    expect(mse.value([fit.m, fit.b]).toFixed(4)).toBe('0.0299');
    const start = [regressionDescent.table.m0.default, regressionDescent.table.b0.default];
    const max = regressionDescent.table.step.max;
    const go = (eta: number) =>
      run(mse, gradientDescent({ learningRate: eta }), start, { maxSteps: max, toleranceF: 1e-10, bound: 1e3 });
    says('$\\eta = 0.3$ gets there in 210 steps');
    expect(go(0.3)).toMatchObject({ steps: 210, stop: { reason: 'tolerance-f' } });
    says('still creeping along that valley after 300 steps');
    expect(go(0.1)).toMatchObject({ steps: 300, stop: { reason: 'max-steps' } });
    says('above $\\eta \\approx 0.453$ it diverges');
    expect(lineCurvature(data).learningRateLimit.toFixed(3)).toBe('0.453');
    expect(go(0.46)).toMatchObject({ steps: 125, stop: { reason: 'diverged' } });
    says('state={{ eta: 0.46, step: 125 }}');
  });

  test('quiz answers are computed, and the challenge is graded by optim', () => {
    const answer = (id: string) => quiz.items.find((i) => i.id === id)!.answer;
    expect(answer('partial-by-hand')).toBe(grad(1, 2)[1]);
    expect(answer('one-step-2d')).toBeCloseTo(
      run(q, gradientDescent({ learningRate: 0.1 }), [2, 1], { maxSteps: 1 }).positions[3]!,
      12,
    );
    expect(answer('steepest-rate')).toBe(-directionalRates(q, [2, 1]).gradNorm);
    expect(checkChallenge('tilted-bowl-fast', { eta: 0.25 }).passed).toBe(true);
    expect(checkChallenge('tilted-bowl-fast', { eta: 0.1 }).passed).toBe(false);
    expect(checkChallenge('tilted-bowl-fast', { eta: 0.35 }).passed).toBe(false);
    expect(checkChallenge('tilted-bowl-fast', { eta: 0.35 }).message).toContain('diverged');
    expect(checkChallenge('tilted-bowl-fast', { eta: NaN }).passed).toBe(false);
  });
});
