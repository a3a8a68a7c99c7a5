// What lesson 1 says about its runs, checked against the optimizer module.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradientDescent, leastSquares, lineMSE, run, twoWells, TWO_WELLS_MINIMA } from '../../../src/optim/index.ts';
import { checkChallenge, JUMP } from '../../../src/quiz/challenges.ts';
import { firstDescent, fitByHand } from '../../../src/figures/lessons/what-is-learning.ts';
import { lineFitData } from '../../../src/figures/lessons/data.ts';
import { withoutPointers } from './prose.ts';

const mdx = withoutPointers(
  readFileSync(new URL('../../../content/lessons/what-is-learning.mdx', import.meta.url), 'utf8'),
).replace(/\s+/g, ' ');
const RULE = { maxSteps: firstDescent.table.step.max, toleranceF: 1e-10 };
const walk = (x0: number, eta: number) => run(twoWells, gradientDescent({ learningRate: eta }), [x0], RULE);
const end = (r: ReturnType<typeof walk>) => r.positions[r.steps]!;

describe('lesson 1 claims', () => {
  test('f(x) = m x + b: with m = 2, b = 3 the input 4 gives 11; with m = 5, b = 0 it gives 20', () => {
    expect(mdx).toContain('$2 \\cdot 4 + 3 = 11$');
    expect(mdx).toContain('goes to $20$');
    expect(2 * 4 + 3).toBe(11);
    expect(5 * 4 + 0).toBe(20);
  });

  test('from the default start the walk settles in the shallower valley, on the left', () => {
    expect(mdx).toContain('settles in the shallower valley on the left');
    const r = walk(firstDescent.table.x0.default, firstDescent.table.eta.default);
    expect(end(r)).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(r.stop.reason).toBe('tolerance-f');
  });

  test('the figure stops a run once a step changes L by less than 1e-10, or after 200 steps: 30 steps from the default', () => {
    const widget = readFileSync(new URL('../../../src/widgets/figures/FirstDescent.svelte', import.meta.url), 'utf8');
    expect(widget).toContain('toleranceF: 1e-10');
    expect(firstDescent.table.step.max).toBe(200);
    const r = walk(firstDescent.table.x0.default, firstDescent.table.eta.default);
    expect(r.stop).toEqual({ reason: 'tolerance-f', step: 30 });
    expect(mdx).toContain(
      'The figure stops a run once a step changes $L$ by less than $10^{-10}$, or after 200 steps. Here that happens after 30 steps',
    );
  });

  test('the curve is θ⁴ − θ³ − θ² + e^(−θ²), and e^(−θ²) is a bump: 1 at 0, fading towards 0 on both sides', () => {
    for (const t of [-1.3, 0, 0.7, 1.9])
      expect(twoWells.value([t])).toBeCloseTo(t ** 4 - t ** 3 - t ** 2 + Math.exp(-t * t), 12);
    expect(Math.exp(-0)).toBe(1);
    for (const t of [0.5, 1, 2, 3]) {
      expect(Math.exp(-t * t)).toBe(Math.exp(-(-t) * -t));
      expect(Math.exp(-t * t)).toBeLessThan(Math.exp(-((t - 0.5) ** 2)));
    }
    expect(Math.exp(-9)).toBeLessThan(1e-3);
    expect(Math.E.toFixed(3)).toBe('2.718');
    expect(mdx).toContain('$L(\\theta) = \\theta^4 - \\theta^3 - \\theta^2 + e^{-\\theta^2}$, stands in for a loss');
    expect(mdx).toContain('The number $e$ is about 2.718');
    expect(mdx).toContain('$e^{-\\theta^2}$ is a smooth bump, 1 at $\\theta = 0$ and fading towards 0 on both sides');
  });

  test('from x₀ = 1.8 the same rule finds the deeper valley', () => {
    expect(mdx).toContain('state={{ x0: 1.8, step: 40 }}');
    expect(end(walk(1.8, firstDescent.table.eta.default))).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
  });

  test('from x₀ = −1.4 with η = 0.15 the first step leaps over the hump into the other valley', () => {
    expect(mdx).toContain('state={{ x0: -1.4, eta: 0.15, step: 3 }}');
    const r = walk(-1.4, 0.15);
    expect(r.positions[1]!).toBeGreaterThan(0);
    expect(end(r)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    // The start is above the top of the figure's chart (L = 3).
    expect(twoWells.value([-1.4]).toFixed(2)).toBe('4.77');
    expect(twoWells.value([-1.4])).toBeGreaterThan(3);
    expect(mdx).toContain('at $L(-1.4) \\approx 4.77$, above the top of the chart');
  });

  test('the worked first step from the default start: L′(−1.2) ≈ −8.263, θ₁ ≈ −0.787', () => {
    const x0 = firstDescent.table.x0.default;
    const eta = firstDescent.table.eta.default;
    expect([x0, eta]).toEqual([-1.2, 0.05]);
    const slope = twoWells.gradient([x0], new Float64Array(1))[0]!;
    expect(slope.toFixed(3)).toBe('-8.263');
    expect(walk(x0, eta).positions[1]!.toFixed(3)).toBe('-0.787');
    expect(mdx).toContain("the slope is $L'(-1.2) \\approx -8.263$");
    expect(mdx).toContain('$\\theta_1 = -1.2 - 0.05 \\times (-8.263) \\approx -0.787$');
  });

  test('the two-point slope is exact for θ², and close for the two-well curve with h = 0.001', () => {
    const sq = (t: number) => t * t;
    for (const t of [-2, 0.3, 1.7])
      for (const h of [1, 0.1, 0.001]) expect((sq(t + h) - sq(t - h)) / (2 * h)).toBeCloseTo(2 * t, 9);
    for (const t of [-1.2, 0.5, 1.8]) {
      const h = 0.001;
      const two = (twoWells.value([t + h]) - twoWells.value([t - h])) / (2 * h);
      expect(two).toBeCloseTo(twoWells.gradient([t], new Float64Array(1))[0]!, 4);
    }
    expect(mdx).toContain('$4\\theta h / 2h = 2\\theta$');
  });

  test('the best line of fit-by-hand scores about 0.03, not 0; a grid of 100 values a parameter', () => {
    const data = lineFitData(fitByHand.table.seed.default);
    const best = leastSquares(data)!;
    expect(lineMSE(data).value([best.m, best.b]).toFixed(2)).toBe('0.03');
    expect(mdx).toContain('the best line in the figure still scores about 0.03');
    expect(100 ** 2).toBe(10_000);
    expect(mdx).toContain('$100^2 = 10{,}000$ lines');
  });

  test('a much larger η stops the walk from settling at all', () => {
    expect(mdx).toContain('Make $\\eta$ larger still and the walk stops settling at all');
    expect(walk(-1.4, 1).stop.reason).not.toMatch(/^tolerance/);
  });
});

describe('lesson 1 exercises', () => {
  test('two lines, one score: 0.458 and 0.25 (0.917 and 0.5 without the ½)', () => {
    const three = { n: 3, features: 1, x: Float64Array.from([0, 1, 2]), y: Float64Array.from([1, 1, 4]) };
    const a = lineMSE(three).value([1, 0.5]);
    const b = lineMSE(three).value([1.5, 0.5]);
    expect(a.toFixed(3)).toBe('0.458');
    expect(b).toBeCloseTo(0.25, 12);
    expect((2 * a).toFixed(3)).toBe('0.917');
    expect(mdx).toContain('divided by $2n = 6$ that is about $0.458$');
    expect(mdx).toContain('a sum of $1.5$, and $1.5 / 6 = 0.25$');
    expect(mdx).toContain('would print $0.917$ and $0.5$');
  });

  test('a family that can bend: 2x² passes through (−1, 2), (0, 0), (1, 2)', () => {
    for (const [x, y] of [
      [-1, 2],
      [0, 0],
      [1, 2],
    ])
      expect(2 * x! ** 2).toBe(y);
    expect(mdx).toContain('the parabola $\\hat{y} = 2x^2$');
  });

  test('where the first step lands from 1.8: 1.307, 0.320, −0.173; ends deeper (16 and 18 steps) and shallower', () => {
    const slope = twoWells.gradient([1.8], new Float64Array(1))[0]!;
    expect(slope.toFixed(3)).toBe('9.867');
    expect(mdx).toContain("$L'(1.8) \\approx 9.867$");
    const step = (eta: number) => walk(1.8, eta).positions[1]!;
    expect(step(0.05).toFixed(3)).toBe('1.307');
    expect(step(0.15).toFixed(3)).toBe('0.320');
    expect(step(0.2).toFixed(3)).toBe('-0.173');
    expect((0.15 * slope).toFixed(3)).toBe('1.480');
    expect((0.2 * slope).toFixed(3)).toBe('1.973');
    expect(mdx).toContain('= 1.8 - 0.05 \\times 9.867 \\approx 1.307$');
    expect(mdx).toContain('$1.8 - 1.480 \\approx 0.320$');
    expect(mdx).toContain('$1.8 - 1.973 \\approx -0.173$');
    const [r05, r15, r2] = [0.05, 0.15, 0.2].map((eta) => walk(1.8, eta));
    expect(end(r05!)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(r05!.steps).toBe(16);
    expect(end(r15!)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(r15!.steps).toBe(18);
    // Its long steps overshoot the bottom and come back.
    const p15 = Array.from(r15!.positions);
    expect(p15.some((p, k) => k > 0 && p > TWO_WELLS_MINIMA[1] + 0.01 && p15[k - 1]! < TWO_WELLS_MINIMA[1])).toBe(true);
    expect(twoWells.gradient([step(0.2)], new Float64Array(1))[0]).toBeGreaterThan(0); // the slope points left: uphill to the right
    expect(end(r2!)).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(mdx).toContain('the first after 16 steps, the second after 18');
  });
});

describe('lesson 1 quiz', () => {
  const quiz = readFileSync(new URL('../../../content/quizzes/what-is-learning.yaml', import.meta.url), 'utf8');
  test('numeric answers and their named slips', () => {
    expect(-1.5 * 3 + 2).toBe(-2.5);
    expect(1.5 * 3 + 2).toBe(6.5);
    expect(-1.5 * (3 + 2)).toBe(-7.5);
    expect(quiz).toContain('answer: -2.5');
    const two = { n: 2, features: 1, x: Float64Array.from([0, 2]), y: Float64Array.from([1, 3]) };
    expect(lineMSE(two).value([1, 0])).toBe(0.5);
    const sq = (t: number) => t * t + t;
    expect((sq(2.1) - sq(1.9)) / 0.2).toBeCloseTo(5, 12);
    expect((sq(2.1) - sq(1.9)) / 0.1).toBeCloseTo(10, 12);
    expect(quiz).toContain('answer: 5');
    expect(2 - 0.25 * -4).toBe(3);
  });

  test('the argmin item: (3, 5) is the lowest point, the argmin only its place', () => {
    const L = (t: number) => (t - 3) ** 2 + 5;
    expect(L(3)).toBe(5);
    for (const t of [2.9, 3.1, -3]) expect(L(t)).toBeGreaterThan(L(3));
    expect(L(-3)).toBe(36 + 5);
    expect(quiz).toContain("text: '$(3, 5)$'");
  });

  test('the challenge states the start range its checker grades: from −1.4 up to the hump', () => {
    expect(JUMP.x0Min).toBe(-1.4);
    expect(firstDescent.table.x0.min).toBe(JUMP.x0Min);
    expect(quiz).toContain('from −1.4 up to the hump** ($-1.4 \\le \\theta_0 < 0$)');
    expect(checkChallenge('two-wells-jump', { x0: -1.5, eta: 0.1 }).message).toContain('from -1.4 up to');
    expect(checkChallenge('two-wells-jump', { x0: -1.4, eta: 0.12 }).passed).toBe(true);
    expect(checkChallenge('two-wells-jump', { x0: -1.31, eta: 0.12 }).passed).toBe(true);
    expect(checkChallenge('two-wells-jump', { x0: -1.3, eta: 0.12 }).passed).toBe(false);
  });
});
