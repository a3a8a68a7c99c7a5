/** Every number lesson 3 ("Gradient descent in one dimension") and its quiz state, checked against src/optim. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  TWO_WELLS_MINIMA,
  gradientDescent,
  multiStart,
  parabola,
  parabolaStepFactor,
  revenue,
  run,
  signStep,
  twoWells,
} from '../../../src/optim/index.ts';
import {
  basins,
  learningRateLab,
  signVsGradient,
  stoppingRules,
} from '../../../src/figures/lessons/gradient-descent-1d.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { withoutPointers } from './prose.ts';

const text = (path: string) =>
  withoutPointers(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')).replace(/\s+/g, ' ');
const mdx = text('lessons/gradient-descent-1d.mdx');
const quiz = text('quizzes/gradient-descent-1d.yaml');
const gd = (eta: number) => gradientDescent({ learningRate: eta });
const pos = (r: { positions: Float64Array }) => Array.from(r.positions, (v) => Number(v.toFixed(4)));

describe('lesson 3 claims: R(p)', () => {
  test('the peak is p = 25 with R = 1250, and the completed square agrees', () => {
    expect(revenue.known[0]).toMatchObject({ x: [25], f: 1250 });
    for (const p of [0, 7, 25, 41.5]) expect(revenue.value([p])).toBeCloseTo(1250 - 2 * (p - 25) ** 2, 9);
    expect(revenue.gradient([25], new Float64Array(1))[0]).toBe(0);
    expect(mdx).toContain('&= -2\\left[(p - 25)^2 - 625\\right] \\\\ &= 1250 - 2\\,(p - 25)^2');
    expect(mdx).toContain('the best price is $p = 25$ with revenue $R = 1250$');
  });

  const RULE = { maxSteps: signVsGradient.table.step.max, toleranceF: 1e-9 };
  test('fixed steps h = 3 from 5: 5, 8, 11, …, 23, 26, then bounce 23 ↔ 26', () => {
    expect(signVsGradient.table.p0.default).toBe(5);
    expect(signVsGradient.table.h.default).toBe(3);
    const r = run(revenue, signStep({ stepSize: 3 }), [5], RULE);
    expect(pos(r).slice(0, 10)).toEqual([5, 8, 11, 14, 17, 20, 23, 26, 23, 26]);
    expect(r.stop.reason).toBe('max-steps');
    expect(mdx).toContain('They climb steadily, 5, 8, 11, …, 23, then step to 26, past the peak');
  });

  test('fixed steps h = 5 land exactly on 25 after 4 steps and stay; the run is called done one step later', () => {
    const r = run(revenue, signStep({ stepSize: 5 }), [5], RULE);
    expect(pos(r)).toEqual([5, 10, 15, 20, 25, 25]);
    expect(r.stop).toEqual({ reason: 'tolerance-f', step: 5 });
    expect(mdx).toContain('the squares land exactly on 25 after 4 steps');
    expect(mdx).toContain('the figure calls the run done one step later, at the first step that changes nothing');
  });

  test('a small fixed step is slow: h = 0.5 first reaches 25 from 5 at step 40', () => {
    const r = run(revenue, signStep({ stepSize: 0.5 }), [5], { maxSteps: 100, toleranceF: 1e-9 });
    expect(pos(r).indexOf(25)).toBe(40);
    expect(mdx).toContain('with $h = 0.5$ it takes 40 steps to reach 25 from 5');
  });

  test('sized steps η = 0.1 from 5: slope 80, then 13, 17.8, 20.68; each step closes 40 % of the gap', () => {
    expect(signVsGradient.table.eta.default).toBe(0.1);
    expect(revenue.gradient([5], new Float64Array(1))[0]).toBe(80);
    const r = run(revenue, gd(0.1), [5], RULE);
    expect(pos(r).slice(0, 4)).toEqual([5, 13, 17.8, 20.68]);
    for (let k = 1; k < 5; k++) expect(25 - r.positions[k]!).toBeCloseTo(0.6 * (25 - r.positions[k - 1]!), 9);
    expect(r.stop.reason).toBe('tolerance-f');
    expect(mdx).toContain(
      'From $p = 5$ the slope is 80, so the first step goes to 13; then to 17.8, then to 20.68. Each step closes 40 % of the remaining gap to 25',
    );
  });
});

describe('lesson 3 claims: the learning-rate lab on x²', () => {
  const LAB = { maxSteps: learningRateLab.table.step.max, toleranceF: 1e-6 };
  const x0 = learningRateLab.table.x0.default;
  const lab = (eta: number) => run(parabola, gd(eta), [x0], LAB);

  test('too small, η = 0.01: factor 0.98, still ≈ 0.33 after the whole budget of 100 steps', () => {
    expect(parabolaStepFactor(0.01)).toBeCloseTo(0.98, 12);
    const r = lab(0.01);
    expect(r.stop.reason).toBe('max-steps');
    expect(r.steps).toBe(100);
    expect(r.positions[100]!.toFixed(2)).toBe('0.33');
    expect(mdx).toContain(
      'each step keeps 98 % of $\\theta$. After the whole budget of 100 steps the walk is still at $\\theta \\approx 0.33$',
    );
  });

  test('good, η = 0.3: factor 0.4, done in 10 steps; η = 0.5 lands in one', () => {
    expect(parabolaStepFactor(0.3)).toBeCloseTo(0.4, 12);
    const r = lab(0.3);
    expect(r.stop.reason).toBe('tolerance-f');
    expect(r.steps).toBe(10);
    expect(mdx).toContain('the factor is 0.4 and the walk is done in 10 steps');
    expect(run(parabola, gd(0.5), [x0], { maxSteps: 1 }).positions[1]).toBe(0);
  });

  test('too large, η = 0.9: factor −0.8, zig-zags and arrives in 34 steps, as many as η = 0.1', () => {
    expect(parabolaStepFactor(0.9)).toBeCloseTo(-0.8, 12);
    const big = lab(0.9);
    const small = lab(0.1);
    expect(big.stop.reason).toBe('tolerance-f');
    expect(big.steps).toBe(34);
    expect(small.steps).toBe(34);
    for (let k = 1; k <= big.steps; k++) expect(big.positions[k]! * big.positions[k - 1]!).toBeLessThan(0);
    expect(mdx).toContain('the factor is −0.8: each step overshoots');
    expect(mdx).toContain('It still arrives, in 34 steps, exactly as many as the timid $\\eta = 0.1$');
  });

  test('diverging, η = 1.1: factor −1.2, diverges after 32 steps; η = 1 bounces', () => {
    expect(parabolaStepFactor(1.1)).toBeCloseTo(-1.2, 12);
    const r = lab(1.1);
    expect(r.stop.reason).toBe('diverged');
    expect(r.steps).toBe(32);
    expect(mdx).toContain('the factor is −1.2');
    expect(mdx).toContain(
      'By step 2 the walk has left the chart, at $\\theta = 3.6$; by step 32 it is at $\\theta \\approx 855$, and the next step would take the loss past a million',
    );
    // Off the chart (|θ| > 3) first at step 2; at step 32 |θ| ≈ 855 and the loss is below the million bound, which step 33 passes.
    const chart = learningRateLab.table.x0.max;
    expect(Math.abs(r.positions[1]!)).toBeLessThanOrEqual(chart);
    expect(r.positions[2]).toBeCloseTo(3.6, 12);
    expect(Math.abs(r.positions[32]!).toFixed(0)).toBe('855');
    expect(r.values[32]).toBeLessThan(1e6);
    expect((1.2 * r.positions[32]!) ** 2).toBeGreaterThan(1e6);
    const edge = run(parabola, gd(1), [x0], { maxSteps: 6 });
    expect(pos(edge)).toEqual([2.5, -2.5, 2.5, -2.5, 2.5, -2.5, 2.5]);
  });

  test('the challenges grade the two regimes', () => {
    expect(checkChallenge('bowl-diverge', { eta: 1.05 }).passed).toBe(true);
    expect(checkChallenge('bowl-diverge', { eta: 1 }).passed).toBe(false);
    expect(checkChallenge('bowl-diverge', { eta: 0.9 }).passed).toBe(false);
    expect(checkChallenge('bowl-overshoot', { eta: 0.9 }).passed).toBe(true);
    expect(checkChallenge('bowl-overshoot', { eta: 0.6 }).passed).toBe(true);
    expect(checkChallenge('bowl-overshoot', { eta: 0.3 }).passed).toBe(false);
    expect(checkChallenge('bowl-overshoot', { eta: 0.5 }).passed).toBe(false);
    expect(checkChallenge('bowl-overshoot', { eta: 1 }).passed).toBe(false);
    expect(checkChallenge('bowl-overshoot', { eta: 1.1 }).passed).toBe(false);
  });
});

describe('lesson 3 claims: stopping rules', () => {
  const x0 = 2;
  const tol = stoppingRules.table.tol.default;
  test('η = 0.1, tol 0.001: stops at step 18 with x ≈ 0.036; a budget of 20 ends further on', () => {
    expect(tol).toBe(0.001);
    expect(stoppingRules.table.budget.default).toBe(20);
    const t = run(parabola, gd(0.1), [x0], { maxSteps: 300, toleranceF: tol });
    expect(t.stop.reason).toBe('tolerance-f');
    expect(t.steps).toBe(18);
    expect(t.positions[18]!.toFixed(3)).toBe('0.036');
    const b = run(parabola, gd(0.1), [x0], { maxSteps: 20 });
    expect(Math.abs(b.positions[20]!)).toBeLessThan(Math.abs(t.positions[18]!));
    expect(mdx).toContain(
      'the tolerance rule stops at step 18 with $\\theta \\approx 0.036$, and a budget of 20 steps ends a little further on',
    );
  });

  test('η = 0.00005: the first step changes L by 0.0008 and the rule stops at θ = 1.9998; 20 steps end near 2', () => {
    const t = run(parabola, gd(0.00005), [x0], { maxSteps: 300, toleranceF: tol });
    expect(t.steps).toBe(1);
    expect(t.stop.reason).toBe('tolerance-f');
    expect((t.values[0]! - t.values[1]!).toFixed(4)).toBe('0.0008');
    expect(t.positions[1]).toBeCloseTo(1.9998, 12);
    expect(run(parabola, gd(0.00005), [x0], { maxSteps: 20 }).positions[20]).toBeGreaterThan(1.99);
    expect(mdx).toContain('the very first step changes $L$ by only 0.0008, less than the tolerance');
    expect(mdx).toContain('after one step, at $\\theta = 1.9998$, nowhere near the bottom');
  });

  test('η = 1: 2 → −2 with |Δf| = 0, so the tolerance rule stops at once', () => {
    const t = run(parabola, gd(1), [x0], { maxSteps: 300, toleranceF: tol });
    expect(t.steps).toBe(1);
    expect(t.positions[1]).toBe(-2);
    expect(t.values[1]).toBe(t.values[0]);
    expect(mdx).toContain('the walk jumps from 2 to −2, where $L$ is exactly the same');
  });
});

describe('lesson 3 claims: two valleys and multi-start', () => {
  const RULE = { maxSteps: basins.table.step.max, toleranceF: 1e-10 };
  test('the stationary points: hump at 0, minima −0.6163 (0.6825) and 1.2399 (−0.8651)', () => {
    const [a, c] = TWO_WELLS_MINIMA;
    expect(mdx).toContain(`$\\theta \\approx ${a.toFixed(4)}$ (where $L \\approx ${twoWells.value([a]).toFixed(4)}$)`);
    expect(mdx).toContain(`$\\theta \\approx ${c.toFixed(4)}$ (where $L \\approx ${twoWells.value([c]).toFixed(4)}$)`);
    expect(twoWells.gradient([0], new Float64Array(1))[0]).toBe(0);
    expect(twoWells.value([0])).toBe(1);
    // The slope formula in the prose is the objective's gradient.
    for (const x of [-1.2, 0.4, 1.7])
      expect(4 * x ** 3 - 3 * x ** 2 - 2 * x - 2 * x * Math.exp(-x * x)).toBeCloseTo(
        twoWells.gradient([x], new Float64Array(1))[0]!,
        12,
      );
  });

  test('from −1 the walk settles left after 30 steps; from 1.8 it finds the deeper valley in 16', () => {
    expect(basins.table.x0.default).toBe(-1);
    expect(basins.table.eta.default).toBe(0.05);
    const left = run(twoWells, gd(0.05), [-1], RULE);
    const right = run(twoWells, gd(0.05), [1.8], RULE);
    expect(left.steps).toBe(30);
    expect(left.positions[30]).toBeCloseTo(TWO_WELLS_MINIMA[0], 4);
    expect(right.steps).toBe(16);
    expect(right.positions[16]).toBeCloseTo(TWO_WELLS_MINIMA[1], 4);
    expect(mdx).toContain(
      'From $\\theta_0 = -1$ with $\\eta = 0.05$, the walk settles in the left valley after 30 steps',
    );
    expect(mdx).toContain('valley in 16');
  });

  const starts = (count: number) =>
    Array.from({ length: count }, (_, i) => [
      basins.table.x0.min + ((basins.table.x0.max - basins.table.x0.min) * i) / (count - 1),
    ]);
  test('multi-start, 12 starts at η = 0.05: 7 deeper, 5 shallower, basins split at 0', () => {
    expect(basins.table.count.default).toBe(12);
    const out = multiStart(twoWells, () => gd(0.05), starts(12), RULE);
    expect(out.filter((o) => o.reached === 2).length).toBe(7);
    expect(out.filter((o) => o.reached === 0).length).toBe(5);
    expect(mdx).toContain(
      'of the 12 starts, spread across the plot every 0.3 from −1.4 to 1.9, 7 reach the deeper minimum and 5 the shallower one',
    );
    const fine = multiStart(
      twoWells,
      () => gd(0.05),
      Array.from({ length: 120 }, (_, i) => [-1.4 + (3.3 * (i + 0.5)) / 120]),
      RULE,
    );
    for (const o of fine) expect(o.reached).toBe(o.start[0]! < 0 ? 0 : 2);
  });

  test('η = 0.15: the start at −1.4 ends deeper, the start at 1.9 ends shallower', () => {
    const out = multiStart(twoWells, () => gd(0.15), starts(12), RULE);
    // The 12 starts are every 0.3 from −1.4 to 1.9; at η = 0.15 the count is still 7 and 5.
    expect(starts(12).map(([t]) => Number(t!.toFixed(6)))).toEqual([
      -1.4, -1.1, -0.8, -0.5, -0.2, 0.1, 0.4, 0.7, 1, 1.3, 1.6, 1.9,
    ]);
    expect(out.filter((o) => o.reached === 2).length).toBe(7);
    expect(out.filter((o) => o.reached === 0).length).toBe(5);
    const before = multiStart(twoWells, () => gd(0.05), starts(12), RULE);
    const swapped = out.filter((o, i) => o.reached !== before[i]!.reached).map((o) => o.start[0]);
    expect(swapped.map((t) => Number(t!.toFixed(6)))).toEqual([-1.4, 1.9]);
    expect(mdx).toContain(
      'The readout still counts 7 starts in the deeper valley and 5 in the shallower, because −1.4 and 1.9 have traded places',
    );
    expect(out[0]!.start[0]).toBe(-1.4);
    expect(out[0]!.reached).toBe(2);
    expect(out[11]!.start[0]).toBeCloseTo(1.9, 12);
    expect(out[11]!.reached).toBe(0);
    expect(mdx).toContain(
      'the start at −1.4 takes a first step so long that it clears the hump and ends in the deeper valley',
    );
    // 1.9 lands a hair (0.005) left of the hump; 1.89 lands 0.03 right of it and ends deeper; the border is within 0.01 of 1.9.
    const first = (x0: number) => run(twoWells, gd(0.15), [x0], RULE);
    expect(first(1.9).positions[1]!.toFixed(3)).toBe('-0.005');
    expect(first(1.89).positions[1]!.toFixed(2)).toBe('0.03');
    expect(first(1.89).positions[first(1.89).steps]).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(first(1.895).positions[first(1.895).steps]).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(first(1.9).positions[first(1.9).steps]).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(mdx).toContain('its first step lands a hair, 0.005, left of the hump');
    expect(mdx).toContain(
      'Start at 1.89 instead and the first step stops 0.03 short of the hump, on its right, and the walk ends in the deeper valley',
    );
    expect(mdx).toContain('the border between the basins runs within a hundredth of that start');
  });
});

describe('lesson 3 claims: slopes, the loss curve, borders, and starts that diverge', () => {
  const RULE = { maxSteps: basins.table.step.max, toleranceF: 1e-10 };
  const slope = (o: typeof twoWells, t: number) => o.gradient([t], new Float64Array(1))[0]!;
  test('completing the square and the two-point slope of R: 100 − 4p, 80 at p = 5', () => {
    for (const p of [3, 25, 40]) {
      expect(100 * p - 2 * p * p).toBeCloseTo(-2 * (p * p - 50 * p), 9);
      expect(-2 * ((p - 25) ** 2 - 625)).toBeCloseTo(1250 - 2 * (p - 25) ** 2, 9);
      for (const h of [1, 0.01]) {
        const two = (revenue.value([p + h]) - revenue.value([p - h])) / (2 * h);
        expect(two).toBeCloseTo(100 - 4 * p, 8);
        expect(two).toBeCloseTo(slope(revenue, p), 8);
        expect(revenue.value([p + h]) - revenue.value([p - h])).toBeCloseTo(200 * h - 8 * p * h, 8);
      }
    }
    expect(revenue.value([5.01]).toFixed(4)).toBe('450.7998');
    expect(revenue.value([4.99]).toFixed(4)).toBe('449.1998');
    expect(mdx).toContain('$R(5.01) = 450.7998$ and $R(4.99) = 449.1998$, so the two-point slope is $1.6 / 0.02 = 80$');
  });

  test('the power, factor and sum rules give the first three terms of the two-well slope', () => {
    const two = (f: (t: number) => number, t: number, h = 1e-4) => (f(t + h) - f(t - h)) / (2 * h);
    for (const t of [-1.3, 0.4, 1.8]) {
      expect(two((u) => u ** 2, t)).toBeCloseTo(2 * t, 6);
      expect(two((u) => u ** 3, t)).toBeCloseTo(3 * t * t, 6);
      expect(two((u) => u ** 4, t)).toBeCloseTo(4 * t ** 3, 6);
      // Expanding (θ + h)⁴ − (θ − h)⁴ = 8θ³h + 8θh³: the estimate is 4θ³ + 4θh², closing in on 4θ³.
      for (const h of [0.5, 0.1]) expect(two((u) => u ** 4, t, h)).toBeCloseTo(4 * t ** 3 + 4 * t * h * h, 9);
      // The two-point slope of a sum is the sum of the two-point slopes, and a factor carries through.
      const parts = [(u: number) => u ** 4, (u: number) => -(u ** 3), (u: number) => -(u ** 2)];
      const sum = (u: number) => parts.reduce((acc, f) => acc + f(u), 0);
      expect(two(sum, t)).toBeCloseTo(
        parts.reduce((acc, f) => acc + two(f, t), 0),
        9,
      );
      expect(two(sum, t)).toBeCloseTo(4 * t ** 3 - 3 * t * t - 2 * t, 6);
    }
    expect(mdx).toContain(
      'The slopes of $\\theta^2$, $\\theta^3$ and $\\theta^4$ are $2\\theta$, $3\\theta^2$ and $4\\theta^3$',
    );
    expect(mdx).toContain('the slope of a sum is the sum of the slopes');
    expect(mdx).toContain('and expanding $(\\theta + h)^4$ gives the third');
  });

  test('the two-well slope formula agrees with the two-point slope at 1.8 (9.867)', () => {
    const h = 0.001;
    const two = (twoWells.value([1.8 + h]) - twoWells.value([1.8 - h])) / (2 * h);
    expect(two.toFixed(3)).toBe('9.867');
    expect(slope(twoWells, 1.8).toFixed(3)).toBe('9.867');
    expect(mdx).toContain('at $\\theta = 1.8$ with $h = 0.001$ both give 9.867');
  });

  test('on θ² the loss per step is the same for η and 1 − η (0.1 and 0.9)', () => {
    const LAB = { maxSteps: learningRateLab.table.step.max, toleranceF: 1e-6 };
    const a = run(parabola, gd(0.1), [2.5], LAB);
    const b = run(parabola, gd(0.9), [2.5], LAB);
    expect(a.steps).toBe(b.steps);
    for (let k = 0; k <= a.steps; k++) expect(b.values[k]).toBeCloseTo(a.values[k]!, 9);
    expect(mdx).toContain('on $\\theta^2$ the two curves are the same');
  });

  test('from −1.2 with η = 0.25 the walk crosses the hump and bounces in the deeper valley for 200 steps, the loss jumping between −0.71 and −0.31', () => {
    const r = run(twoWells, gd(0.25), [-1.2], RULE);
    expect(r.stop.reason).toBe('max-steps');
    expect(r.steps).toBe(200);
    const after = Array.from(r.positions.slice(1));
    expect(Math.min(...after)).toBeGreaterThan(0);
    const v = Array.from(r.values.slice(1));
    expect(Math.min(...v).toFixed(2)).toBe('-0.71');
    expect(Math.max(...v).toFixed(2)).toBe('-0.31');
    let ups = 0;
    for (let k = 2; k <= r.steps; k++) if (r.values[k]! > r.values[k - 1]!) ups++;
    expect(ups).toBeGreaterThan(r.steps / 3); // up and down, not falling
    expect(mdx).toContain('The loss jumps up and down between about −0.71 and −0.31 instead of falling');
    // The link opens the basins figure, whose readout (not a loss panel) shows it.
    expect(mdx).toContain(
      "state={{ x0: -1.2, eta: 0.25, step: 200 }}>On lesson 1's two-valley curve, from θ₀ = −1.2 with η = 0.25</ShowMe>",
    );
  });

  test('curvature borders: the deeper valley’s slope changes by 9.9 per unit, border ≈ 0.20 (settles below, bounces above)', () => {
    const c = (t: number, h = 1e-5) => (slope(twoWells, t + h) - slope(twoWells, t - h)) / (2 * h);
    const deep = TWO_WELLS_MINIMA[1];
    expect(c(deep).toFixed(1)).toBe('9.9');
    expect((2 / c(deep)).toFixed(2)).toBe('0.20');
    // Below the border a start near the bottom settles; just above it, it bounces for the whole budget.
    expect(run(twoWells, gd(0.19), [1.3], RULE).stop.reason).toBe('tolerance-f');
    expect(run(twoWells, gd(0.21), [1.3], RULE).stop.reason).toBe('max-steps');
    for (const cc of [2, 6]) expect(1 - (2 / cc) * cc).toBe(-1); // factor 1 − ηc is −1 at η = 2/c
    // ½λθ² has slope λθ (θ² is λ = 2), so one step multiplies θ by 1 − ηλ.
    for (const lambda of [2, 6, 9.9]) {
      const bowl = {
        ...parabola,
        id: 'bowl',
        value: (x: ArrayLike<number>) => 0.5 * lambda * x[0]! ** 2,
        gradient: (x: ArrayLike<number>, out: Float64Array) => ((out[0] = lambda * x[0]!), out),
      };
      const h = 1e-4;
      expect((bowl.value([1.3 + h]) - bowl.value([1.3 - h])) / (2 * h)).toBeCloseTo(lambda * 1.3, 6);
      expect(run(bowl, gd(0.07), [1.3], { maxSteps: 1 }).positions[1]).toBeCloseTo((1 - 0.07 * lambda) * 1.3, 12);
    }
    expect(parabola.value([1.7])).toBeCloseTo(0.5 * 2 * 1.7 ** 2, 12);
    expect(mdx).toContain(
      '$\\lambda$ is $L(\\theta) = \\tfrac12\\lambda\\,\\theta^2$ ($\\theta^2$ is the one with $\\lambda = 2$)',
    );
    expect(mdx).toContain(
      'the slope changes by about 9.9 per unit, so steps settle there only below $\\eta \\approx 0.20$',
    );
  });

  test('η = 0.25: from −1.2 bounded, from −1.4 (slope −13.7 against −8.3) 2.015, −2.099, 9.397 and diverged after 3 steps', () => {
    const hi = run(twoWells, gd(0.25), [-1.4], RULE);
    expect(hi.stop.reason).toBe('diverged');
    expect(hi.steps).toBe(3);
    expect(Array.from(hi.positions.slice(1), (v) => v.toFixed(3))).toEqual(['2.015', '-2.099', '9.397']);
    expect(slope(twoWells, -1.4).toFixed(1)).toBe('-13.7');
    expect(slope(twoWells, -1.2).toFixed(1)).toBe('-8.3');
    const lo = run(twoWells, gd(0.25), [-1.2], RULE);
    expect(Math.max(...Array.from(lo.positions, Math.abs))).toBeLessThan(basins.table.x0.max);
    expect(mdx).toContain(
      'the same rate throws the walk to 2.015, then to −2.099, then to 9.397: it diverges after 3 steps',
    );
    // Off the basins chart (θ in the curve's window, L below 3 at the top of the plot): the start and every step.
    const [wlo, whi] = twoWells.window[0]!;
    for (let k = 0; k <= hi.steps; k++) {
      const t = hi.positions[k]!;
      expect(t < wlo || t > whi || hi.values[k]! > 3).toBe(true);
    }
    expect(hi.values[0]!.toFixed(2)).toBe('4.77');
    expect(mdx).toContain('the start is above its top, at $L(-1.4) \\approx 4.77$');
  });
});

describe('lesson 3 exercises', () => {
  test('sized steps on R: gap factor 1 − 4η; η = 0.25 lands on 25, η = 0.5 bounces 5 ↔ 45', () => {
    for (const eta of [0.1, 0.3, 0.45]) {
      const r = run(revenue, gd(eta), [5], { maxSteps: 3 });
      for (let k = 1; k <= 3; k++)
        expect(r.positions[k]! - 25).toBeCloseTo((1 - 4 * eta) * (r.positions[k - 1]! - 25), 9);
    }
    expect(run(revenue, gd(0.25), [5], { maxSteps: 1 }).positions[1]).toBe(25);
    expect(Array.from(run(revenue, gd(0.5), [5], { maxSteps: 4 }).positions)).toEqual([5, 45, 5, 45, 5]);
    expect(signVsGradient.table.eta.max).toBeGreaterThanOrEqual(0.5);
    expect(mdx).toContain('the climb jumps to $45$ (a gap of $+20$) and back to $5$');
    // In the figure (its tolerance rule) the run at η = 0.5 stops after the first jump: R(45) = R(5).
    const fig = run(revenue, gd(0.5), [5], { maxSteps: signVsGradient.table.step.max, toleranceF: 1e-9 });
    expect(fig.stop).toEqual({ reason: 'tolerance-f', step: 1 });
    expect(revenue.value([45])).toBe(450);
    expect(revenue.value([5])).toBe(450);
    expect(mdx).toContain('make one jump, to 45, and stop there: $R(45) = R(5) = 450$');
  });

  test('the two-point slope of θ³ is 3θ² + h²; R at 29 and 31 gives −20', () => {
    for (const t of [-1, 0.5, 2])
      for (const h of [0.5, 0.1]) expect(((t + h) ** 3 - (t - h) ** 3) / (2 * h)).toBeCloseTo(3 * t * t + h * h, 9);
    expect(revenue.value([31])).toBe(1178);
    expect(revenue.value([29])).toBe(1218);
    expect((revenue.value([31]) - revenue.value([29])) / 2).toBe(-20);
    expect(mdx).toContain('$R(31) = 31 \\times 38 = 1178$ and $R(29) = 29 \\times 42 = 1218$');
  });

  test('a steeper bowl 3θ²: factor 1 − 6η; from 1 with η = 0.3: −0.8, 0.64, −0.512', () => {
    const steep = {
      ...parabola,
      id: 'steep',
      value: (x: ArrayLike<number>) => 3 * x[0]! ** 2,
      gradient: (x: ArrayLike<number>, out: Float64Array) => ((out[0] = 6 * x[0]!), out),
    };
    const r = run(steep, gd(0.3), [1], { maxSteps: 3 });
    expect(Array.from(r.positions.slice(1), (v) => Number(v.toFixed(3)))).toEqual([-0.8, 0.64, -0.512]);
    expect(run(steep, gd(1 / 6), [1], { maxSteps: 1 }).positions[1]).toBeCloseTo(0, 12);
    expect(Math.abs(run(steep, gd(0.34), [1], { maxSteps: 100 }).positions[100]!)).toBeGreaterThan(1);
    expect(run(steep, gd(0.33), [1], { maxSteps: 2000, toleranceF: 1e-12 }).stop.reason).toBe('tolerance-f');
    expect(mdx).toContain('$\\theta_1 = -0.8$, $\\theta_2 = 0.64$, $\\theta_3 = -0.512$');
  });
});

describe('lesson 3 quiz', () => {
  const RULE = { maxSteps: basins.table.step.max, toleranceF: 1e-10 };
  test('one step on (θ − 1)² from 3 with η = 0.25 lands on 2', () => {
    const shifted = {
      ...parabola,
      id: 'shifted',
      value: (x: ArrayLike<number>) => (x[0]! - 1) ** 2,
      gradient: (x: ArrayLike<number>, out: Float64Array) => ((out[0] = 2 * (x[0]! - 1)), out),
    };
    expect(run(shifted, gd(0.25), [3], { maxSteps: 1 }).positions[1]).toBe(2);
    expect(quiz).toContain('answer: 2 ');
  });

  test('fixed steps h = 4 from 2 bounce between 22 and 26 (unequal revenues, so no tolerance is fooled)', () => {
    const r = run(revenue, signStep({ stepSize: 4 }), [2], { maxSteps: 12, toleranceF: 1e-9 });
    expect(pos(r)).toEqual([2, 6, 10, 14, 18, 22, 26, 22, 26, 22, 26, 22, 26]);
    expect(revenue.value([22])).not.toBe(revenue.value([26]));
    expect(quiz).toContain('It bounces between 22 and 26 for ever.');
  });

  test('2θ²: factor 1 − 4η; 0.6 grows, 0.45 zig-zags in, 0.25 lands, 0.05 crawls', () => {
    const bowl2 = {
      ...parabola,
      id: 'bowl2',
      value: (x: ArrayLike<number>) => 2 * x[0]! ** 2,
      gradient: (x: ArrayLike<number>, out: Float64Array) => ((out[0] = 4 * x[0]!), out),
    };
    const at = (eta: number, k: number) => run(bowl2, gd(eta), [1], { maxSteps: k });
    expect(at(0.6, 3).positions[3]).toBeCloseTo((-1.4) ** 3, 12);
    expect(at(0.6, 3).values[3]!).toBeGreaterThan(at(0.6, 3).values[2]!);
    expect(at(0.45, 3).positions[3]).toBeCloseTo((-0.8) ** 3, 12);
    expect(at(0.25, 1).positions[1]).toBe(0);
    expect(at(0.05, 3).positions[3]).toBeCloseTo(0.8 ** 3, 12);
    for (const eta of [0.45, 0.25, 0.05]) expect(at(eta, 50).values[50]!).toBeLessThan(at(eta, 50).values[0]!);
  });

  test('stopping at tolerance 0.001 from 3: η = 0.00002 stops after one step (ΔL ≈ 0.0007, θ = 2.99988); η = 1 at −3; η = 0.5 after 2 steps', () => {
    const t = (eta: number) => run(parabola, gd(eta), [3], { maxSteps: 300, toleranceF: 0.001 });
    expect(t(0.00002).steps).toBe(1);
    expect((t(0.00002).values[0]! - t(0.00002).values[1]!).toFixed(4)).toBe('0.0007');
    expect(t(0.00002).positions[1]).toBeCloseTo(2.99988, 12);
    expect(t(0.00002).gradNorms[1]).toBeGreaterThan(0.001); // the slope is not small where it stops
    expect(t(1).steps).toBe(1);
    expect(t(1).positions[1]).toBe(-3);
    expect(t(0.5).steps).toBe(2);
    expect(quiz).toContain('from $\\theta = 3$, stopped');
    expect(quiz).toContain('although $\\theta$ is still at 2.99988');
    expect(quiz).toContain('on the valley wall at $\\theta = -3$');
  });

  test('two valleys from 0.1 at η = 0.05 ends deeper, though the shallower minimum is nearer', () => {
    const r = run(twoWells, gd(0.05), [0.1], RULE);
    expect(r.positions[r.steps]).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(Math.abs(0.1 - TWO_WELLS_MINIMA[0])).toBeLessThan(Math.abs(0.1 - TWO_WELLS_MINIMA[1]));
    expect(quiz).toContain('minima near $-0.616$ and $1.240$');
    expect(TWO_WELLS_MINIMA.map((m) => m.toFixed(3))).toEqual(['-0.616', '1.240']);
    // The distractor "its steps are tiny": the slope at 0.1 is about −0.42, and the first steps grow.
    expect(twoWells.gradient([0.1], new Float64Array(1))[0]!.toFixed(2)).toBe('-0.42');
    const p = r.positions;
    for (let k = 1; k < 4; k++) expect(p[k + 1]! - p[k]!).toBeGreaterThan(p[k]! - p[k - 1]!);
    expect(quiz).toContain('At 0.1 it is already about $-0.42$, and the steps grow as the ground steepens');
  });

  test('basins at η = 0.15: −1.3 (first step 0.317) and 0.1 end deeper; −1.1 (first step −0.185) and −0.3 end shallower', () => {
    const r = (x0: number) => run(twoWells, gd(0.15), [x0], RULE);
    const endOf = (x0: number) => r(x0).positions[r(x0).steps]!;
    expect(r(-1.3).positions[1]!.toFixed(3)).toBe('0.317');
    expect(r(-1.1).positions[1]!.toFixed(3)).toBe('-0.185');
    expect(endOf(-1.3)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(endOf(0.1)).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
    expect(endOf(-1.1)).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(endOf(-0.3)).toBeCloseTo(TWO_WELLS_MINIMA[0], 3);
    expect(quiz).toContain('its first step lands at about $0.317$');
    expect(quiz).toContain('the first step reaches only $-0.185$');
  });

  test('the challenge explanations: η = 1.01 reaches about 18 after 100 steps; the lab’s "diverged" needs about 1.031; η = 0.99 is 0.33 away after 100', () => {
    const lab = (eta: number) => run(parabola, gd(eta), [2.5], { maxSteps: 100, toleranceF: 1e-6 });
    expect(Math.abs(lab(1.01).positions[100]!).toFixed(0)).toBe('18');
    expect(lab(1.01).stop.reason).toBe('max-steps');
    expect(lab(1.031).stop.reason).toBe('diverged');
    expect(lab(1.03).stop.reason).toBe('max-steps');
    expect(Math.abs(lab(0.99).positions[100]!).toFixed(2)).toBe('0.33');
    expect(quiz).toContain('has only reached about 18');
    expect(quiz).toContain('of about 1.031 or more');
    expect(quiz).toContain('the walk is still about 0.33 from the bottom');
  });
});
