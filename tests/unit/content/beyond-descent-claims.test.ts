/** Every number lesson 6 states, and every sentence saying how a run looks, checked against the optimizer module. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  accuracy,
  adam,
  adamTrace,
  createOptimizer,
  createTrainer,
  gradientDescent,
  illConditionedBowl,
  momentum,
  rosenbrock,
  run,
  tinyNetDim,
  tinyNetInit,
  TWO_WELLS_MINIMA,
  type Objective,
  type RunResult,
} from '../../../src/optim/index.ts';
import {
  adamSteps,
  BOWL_START,
  CONVERGE_GRAD,
  momentumBowl,
  NET_EXAMPLES,
  NET_LEARNING_RATE,
  tinyNetwork,
} from '../../../src/figures/lessons/beyond-descent.ts';
import { principalDirections } from '../../../src/optim/principal.ts';
import { netObjective } from '../../../src/figures/lessons/network.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { PRESETS, playground, playgroundObjective, presetLearningRate } from '../../../src/figures/playground.ts';
import { parseState } from '../../../src/figures/state.ts';
import { shownItem } from '../../../src/quiz/shown.ts';
import { QuizItemSchema } from '../../../src/quiz/schema.ts';
import { withoutPointers } from './prose.ts';
/** A numeric item's answer as readers are shown it: authored, or computed by the optimizer module. */
const shownAnswer = (slug: string, raw: unknown) => {
  const it = shownItem(slug, QuizItemSchema.parse(raw));
  return it.kind === 'numeric' ? it.answer : undefined;
};

const mdx = withoutPointers(
  readFileSync(new URL('../../../content/lessons/beyond-descent.mdx', import.meta.url), 'utf8'),
).replace(/\s+/g, ' ');
const quizItems = (
  parse(readFileSync(new URL('../../../content/quizzes/beyond-descent.yaml', import.meta.url), 'utf8')) as {
    items: { id: string; answer?: number; options?: { text: string; correct?: boolean }[] }[];
  }
).items;
// YAML double-quoted strings escape the backslash: compare with single backslashes.
const quiz = JSON.stringify(quizItems, (_k, v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v)).replaceAll(
  '\\\\',
  '\\',
);
/** Apostrophes are compared as typed ASCII, whichever the text or the test uses. */
const says = (text: string) =>
  expect(mdx.replaceAll('’', "'"), `lesson text: "${text}"`).toContain(text.replaceAll('’', "'"));
const quizSays = (text: string) => expect(quiz, `quiz text: "${text}"`).toContain(text);
/** Plain descent on Rosenbrock's valley from the lesson's start (−1.5, 2); with the slope test unless told not to. */
const rosenbrockPlain = (eta: number, maxSteps: number, slopeTest = true) =>
  run(rosenbrock, gradientDescent({ learningRate: eta }), [-1.5, 2], {
    maxSteps,
    ...(slopeTest ? { toleranceGrad: CONVERGE_GRAD } : {}),
  });
/** Rosenbrock's two curvatures at its minimum (1, 1), from the module's gradient by central differences. */
const rosenbrockCurvatures = () => {
  const h = 1e-6;
  const g = (x: number, y: number) => rosenbrock.gradient([x, y], new Float64Array(2));
  const [gx1, gx0] = [g(1 + h, 1), g(1 - h, 1)];
  const [gy1, gy0] = [g(1, 1 + h), g(1, 1 - h)];
  return principalDirections(
    (gx1[0]! - gx0[0]!) / (2 * h),
    (gx1[1]! - gx0[1]!) / (2 * h),
    (gy1[1]! - gy0[1]!) / (2 * h),
  );
};

const bowl = illConditionedBowl(25);
const rule = { maxSteps: 300, toleranceGrad: CONVERGE_GRAD };
const gdSteps = (eta: number) => run(bowl, gradientDescent({ learningRate: eta }), [...BOWL_START], rule);
const momSteps = (eta: number, beta: number, on: Objective = bowl) =>
  run(on, momentum({ learningRate: eta, beta }), [...BOWL_START], rule);
/** How many times coordinate i (0 or 1) of a 2-D run changes sign. */
const crossings = (r: RunResult, i: number) => {
  let c = 0;
  for (let k = 1; k <= r.steps; k++) if (r.positions[2 * k + i]! * r.positions[2 * k - 2 + i]! < 0) c++;
  return c;
};
/** The largest |root| of z² − (1 + β − ηλ)z + β: momentum's factor per step along a direction of curvature λ. */
const momentumFactor = (eta: number, beta: number, lambda: number) => {
  const b = 1 + beta - eta * lambda;
  const disc = b * b - 4 * beta;
  return disc < 0
    ? Math.sqrt(beta)
    : Math.max(Math.abs((b + Math.sqrt(disc)) / 2), Math.abs((b - Math.sqrt(disc)) / 2));
};
/** Accuracy (%) and loss of the page's network after `steps` of full-batch training. */
function net(data: string, hidden: number, opt: 'gd' | 'momentum' | 'adam', lr: number, steps: number, seed = 1) {
  const objective = netObjective(data, hidden);
  const t = createTrainer(objective, createOptimizer(opt, { learningRate: lr, beta: 0.9 }), tinyNetInit(hidden, seed), {
    maxSteps: 3000,
  });
  t.advance(steps);
  return { acc: 100 * accuracy(objective, t.x), loss: t.valueAt(steps), at: (k: number) => t.valueAt(k) };
}

describe('lesson 6: the narrow bowl', () => {
  it('curvatures 1 and κ along the axes; η must stay below 2/κ = 0.08; at η = 0.07, θ₂ × −0.75 (bounces) and θ₁ × 0.93 (creeps)', () => {
    says('its curvatures are $1$ and $\\kappa$');
    says('$\\eta$ must stay below $2/\\kappa = 0.08$');
    says('each step multiplies $\\theta_2$ by $-0.75$');
    says('multiplies $\\theta_1$ by $0.93$');
    says('the walk bounces from wall to wall');
    const p = run(bowl, gradientDescent({ learningRate: 0.07 }), [1, 1], { maxSteps: 1 }).positions;
    expect(p[2]).toBeCloseTo(0.93, 12);
    expect(p[3]).toBeCloseTo(-0.75, 12);
    const r = gdSteps(0.07);
    expect(crossings(r, 1)).toBe(r.steps);
    expect(crossings(r, 0)).toBe(0);
    expect(gdSteps(0.08).stop.reason).toBe('max-steps');
    expect(gdSteps(0.09).stop.reason).toBe('diverged');
  });

  it('at η = 2/26 both factors are 12/13 ≈ 0.923: (κ − 1)/(κ + 1)', () => {
    says('$\\eta = 2/(\\lambda_{\\min} + \\lambda_{\\max}) = 2/26$');
    says('both factors are $12/13 \\approx 0.923$ in size');
    says('under 8 % a step');
    says('$(\\kappa - 1)/(\\kappa + 1)$');
    const p = run(bowl, gradientDescent({ learningRate: 2 / 26 }), [1, 1], { maxSteps: 1 }).positions;
    expect(p[2]).toBeCloseTo(12 / 13, 12);
    expect(p[3]).toBeCloseTo(-12 / 13, 12);
    expect((12 / 13).toFixed(3)).toBe('0.923');
    expect(24 / 26).toBeCloseTo(12 / 13, 15);
  });
});

describe('lesson 6: momentum', () => {
  it('plain descent needs 108 steps and momentum (β = 0.6) 38; plain descent’s best at any η is about 100', () => {
    says('plain descent needs 108 steps to get the slope below 0.001, and momentum needs 38');
    says('its best, at any $\\eta$, is about 100 steps');
    expect([momentumBowl.table.eta.default, momentumBowl.table.beta.default, momentumBowl.table.kappa.default]).toEqual(
      [0.07, 0.6, 25],
    );
    expect(gdSteps(0.07).steps).toBe(108);
    expect(momSteps(0.07, 0.6)).toMatchObject({ steps: 38, stop: { reason: 'tolerance-grad' } });
    let best = Infinity;
    for (let k = 1; k <= 2000; k++) {
      const r = gdSteps(k * 1e-4);
      if (r.stop.reason === 'tolerance-grad') best = Math.min(best, r.steps);
    }
    expect(Math.abs(best - 100)).toBeLessThanOrEqual(1);
  });

  it('a constant slope grows v towards 1/(1 − β) times the gradient: 2.5 and 10', () => {
    says('two and a half times for $\\beta = 0.6$ and ten times for $\\beta = 0.9$');
    expect(1 / (1 - 0.6)).toBeCloseTo(2.5, 12);
    expect(1 / (1 - 0.9)).toBeCloseTo(10, 12);
  });

  it('momentum’s best long-run factor is (√κ − 1)/(√κ + 1) = 4/6, at η = 1/9, β = 4/9, in both directions', () => {
    says('$(\\sqrt\\kappa - 1)/(\\sqrt\\kappa + 1) = 4/6 \\approx 0.667$ a step');
    for (const lambda of [1, 25]) expect(momentumFactor(1 / 9, 4 / 9, lambda)).toBeCloseTo(2 / 3, 6);
    // No other setting does better in both directions at once (a grid search).
    let best = 1;
    for (let e = 0.005; e <= 0.2; e += 0.0025)
      for (let b = 0; b < 0.99; b += 0.01)
        best = Math.min(best, Math.max(momentumFactor(e, b, 1), momentumFactor(e, b, 25)));
    expect(best).toBeGreaterThan(0.666);
  });

  it('β = 0.9 overshoots, swings back and circles in: 148 steps; β = 0 matches plain descent', () => {
    says('it overshoots the bottom, swings back, and circles in, taking 148 steps');
    says('the two panels match step for step');
    const heavy = momSteps(0.07, 0.9);
    expect(heavy.steps).toBe(148);
    expect(crossings(heavy, 0)).toBeGreaterThanOrEqual(5); // past the bottom along the floor, again and again
    expect(crossings(heavy, 1)).toBeGreaterThanOrEqual(20);
    expect(Array.from(momSteps(0.07, 0).positions)).toEqual(Array.from(gdSteps(0.07).positions));
  });

  it('momentum settles for every η below 2(1 + β)/κ, 0.128 for β = 0.6; at η = 0.1 plain descent blows up, momentum settles in 39', () => {
    says('it settles for every $\\eta$ below $2(1 + \\beta)/\\kappa$, 0.128 for $\\beta = 0.6$');
    says('plain descent overshoots further every step and blows up');
    says('settles in 39 steps');
    expect((2 * 1.6) / 25).toBeCloseTo(0.128, 12);
    for (const eta of [0.08, 0.1, 0.12, 0.127]) expect(momSteps(eta, 0.6).stop.reason).toBe('tolerance-grad');
    for (const eta of [0.129, 0.14, 0.2]) expect(momSteps(eta, 0.6).stop.reason).toBe('diverged');
    const plain = gdSteps(0.1);
    expect(plain.stop.reason).toBe('diverged');
    for (let k = 1; k <= plain.steps; k++)
      expect(Math.abs(plain.positions[2 * k + 1]!)).toBeGreaterThan(Math.abs(plain.positions[2 * k - 1]!));
    expect(momSteps(0.1, 0.6)).toMatchObject({ steps: 39, stop: { reason: 'tolerance-grad' } });
  });
});

describe('lesson 6: Adam', () => {
  const trace = adamTrace(bowl, { learningRate: 0.1 }, [...BOWL_START], rule);
  const eff = (k: number, i: number) => trace.effectiveSteps[2 * k + i]!;

  it('the first step moves every coordinate by η; step sizes 0.04 and 0.004 from (−2.5, 1)', () => {
    expect([adamSteps.table.eta.default, adamSteps.table.beta1.default, adamSteps.table.beta2.default]).toEqual([
      0.1, 0.9, 0.999,
    ]);
    says('the step sizes are $0.04$ for $\\theta_1$ and $0.004$ for $\\theta_2$');
    says('$\\pm\\eta$ up to the tiny $\\varepsilon$');
    expect(eff(1, 0)).toBeCloseTo(0.04, 9);
    expect(eff(1, 1)).toBeCloseTo(0.004, 9);
    expect(Math.abs(trace.positions[3]! - trace.positions[1]!)).toBeCloseTo(0.1, 9);
    // A slope of exactly 0 does not move: from (0, 1) the first coordinate stays put.
    const flat = adamTrace(bowl, { learningRate: 0.1 }, [0, 1], { maxSteps: 1 });
    expect(flat.positions[2]).toBe(0);
  });

  it('on the bowl: 125 steps, more than plain descent’s 108 and momentum’s 38', () => {
    says("Adam needs 125, more than plain descent's 108");
    expect(trace).toMatchObject({ steps: 125, stop: { reason: 'tolerance-grad' } });
  });

  it('it starts off at −45° to (−2.4, 0.9), while the bottom lies at −21.8°', () => {
    says('to $(-2.4, 0.9)$: a heading of $-45°$, while the bottom lies at about $-21.8°$ from the start');
    expect(trace.positions[2]).toBeCloseTo(-2.4, 9);
    expect(trace.positions[3]).toBeCloseTo(0.9, 9);
    expect(((Math.atan2(-1, 2.5) * 180) / Math.PI).toFixed(1)).toBe('-21.8');
  });

  it('its momentum carries it past the floor: θ₂ changes sign 7 times, θ₁ 3 times, up to +0.22 near step 44; path 3.7 against 2.7', () => {
    says(
      '$\\theta_2$ changes sign seven times on the way and $\\theta_1$ three times, overshooting to about $+0.22$ near step 44',
    );
    says('The path is about 3.7 long, against 2.7 in a straight line');
    expect(crossings(trace, 1)).toBe(7);
    expect(crossings(trace, 0)).toBe(3);
    let top = -Infinity;
    let at = 0;
    for (let k = 0; k <= trace.steps; k++) if (trace.positions[2 * k]! > top) [top, at] = [trace.positions[2 * k]!, k];
    expect(top.toFixed(2)).toBe('0.22');
    expect(Math.abs(at - 44)).toBeLessThanOrEqual(2);
    let length = 0;
    for (let k = 1; k <= trace.steps; k++)
      length += Math.hypot(
        trace.positions[2 * k]! - trace.positions[2 * k - 2]!,
        trace.positions[2 * k + 1]! - trace.positions[2 * k - 1]!,
      );
    expect(length.toFixed(1)).toBe('3.7');
    expect(Math.hypot(2.5, 1).toFixed(1)).toBe('2.7');
  });

  it('its step sizes grow the whole run (0.04 → 0.15, 0.004 → 0.021); their ratio falls from 10 to about 7 and stays', () => {
    says(
      'Both keep growing for the whole run, $\\theta_1$’s from $0.04$ to $0.15$ and $\\theta_2$’s from $0.004$ to $0.021$',
    );
    says('Their ratio falls from 10 to about 7 and stays there');
    says('only about 7 times apart');
    for (let k = 2; k <= trace.steps; k++) {
      expect(eff(k, 0)).toBeGreaterThan(eff(k - 1, 0));
      expect(eff(k, 1)).toBeGreaterThan(eff(k - 1, 1));
    }
    expect(eff(trace.steps, 0).toFixed(2)).toBe('0.15');
    expect(eff(trace.steps, 1).toFixed(3)).toBe('0.021');
    expect(eff(1, 0) / eff(1, 1)).toBeCloseTo(10, 6);
    for (let k = 40; k <= trace.steps; k++) expect(Math.abs(eff(k, 0) / eff(k, 1) - 7)).toBeLessThan(0.3);
    says('with $\\beta_2 = 0.999$ it averages over about a thousand steps');
    expect(1 / (1 - 0.999)).toBeCloseTo(1000, 9);
  });

  it('without its momentum (β₁ = 0) Adam needs 92 steps', () => {
    says('state={{ beta1: 0, step: 92 }}');
    says('it needs 92 steps: better than plain descent, still far behind momentum');
    expect(adamTrace(bowl, { learningRate: 0.1, beta1: 0 }, [...BOWL_START], rule)).toMatchObject({
      steps: 92,
      stop: { reason: 'tolerance-grad' },
    });
  });

  it('on Rosenbrock: slope about 163 at the start; Adam in 984 steps; plain descent blows up at 0.0021 within 5 steps', () => {
    says('on a wall, the slope is about 163; on the floor it is a tiny fraction of that');
    says('Adam, with $\\eta = 0.1$, reaches the minimum, its slope below 0.001, in 984 steps');
    expect(CONVERGE_GRAD).toBe(0.001);
    says('At $\\eta = 0.0021$ it blows up on the steep walls within 5 steps');
    const g0 = rosenbrock.gradient([-1.5, 2], new Float64Array(2));
    expect(Math.round(Math.hypot(g0[0]!, g0[1]!))).toBe(163);
    // On the floor θ₂ = θ₁², from −1 to 1, the slope is at most 4: a small fraction of 163.
    for (let t = -1; t <= 1; t += 0.1) {
      const g = rosenbrock.gradient([t, t * t], new Float64Array(2));
      expect(Math.hypot(g[0]!, g[1]!)).toBeLessThanOrEqual(4 + 1e-9);
    }
    const a = adamTrace(rosenbrock, { learningRate: 0.1 }, [-1.5, 2], { maxSteps: 2000, toleranceGrad: CONVERGE_GRAD });
    expect(a).toMatchObject({ steps: 984, stop: { reason: 'tolerance-grad' } });
    expect(a.positions[2 * 984]).toBeCloseTo(1, 2);
    expect(rosenbrockPlain(0.0021, 10000)).toMatchObject({ steps: 5, stop: { reason: 'diverged' } });
  });

  it('Rosenbrock is written out: (1 − θ₁)² + 100(θ₂ − θ₁²)², floor θ₂ = θ₁², minimum 0 at (1, 1)', () => {
    says('L(\\theta) = (1 - \\theta_1)^2 + 100\\,(\\theta_2 - \\theta_1^2)^2 .');
    says('The second term is zero along the curve $\\theta_2 = \\theta_1^2$ and climbs steeply away from it');
    says('The first term tilts the floor gently down to the minimum at $(1, 1)$, where $L = 0$');
    says('At the start $(-1.5, 2)$, on a wall, the slope is about 163');
    for (const [x, y] of [
      [-1.5, 2],
      [0.3, -0.7],
      [1, 1],
      [2, 3.5],
    ] as const)
      expect(rosenbrock.value([x, y])).toBeCloseTo((1 - x) ** 2 + 100 * (y - x * x) ** 2, 12);
    // On the floor only the first term is left, and it falls all the way to θ₁ = 1.
    for (let t = -1.5; t < 1; t += 0.25) {
      expect(rosenbrock.value([t, t * t])).toBeCloseTo((1 - t) ** 2, 12);
      expect(rosenbrock.value([t + 0.25, (t + 0.25) ** 2])).toBeLessThan(rosenbrock.value([t, t * t]));
    }
    expect(rosenbrock.value([1, 1])).toBe(0);
    expect(Array.from(rosenbrock.gradient([1, 1], new Float64Array(2)), Math.abs)).toEqual([0, 0]);
    expect(rosenbrock.known[0]).toMatchObject({ kind: 'min', x: [1, 1], f: 0 });
    expect(rosenbrock.tex).toContain('(1 - \\theta_1)^2 + 100\\,(\\theta_2 - \\theta_1^2)^2');
  });

  it('at the minimum L₁₁ = 802, L₁₂ = −400, L₂₂ = 200: curvatures 501 ± 500.6, about 1,001.6 and 0.4; limit 2/1,001.6 ≈ 0.001997', () => {
    says('$L_{11} = 802$, $L_{12} = -400$ and $L_{22} = 200$, so the curvatures are $501 \\pm 500.6$');
    says('about 1,001.6 across the floor and only 0.4 along it');
    says('$\\eta$ must stay below $2/1{,}001.6 \\approx 0.001997$, or the walk cannot settle at the bottom');
    // The second derivatives, from the module's gradient by central differences.
    const h = 1e-6;
    const g = (x: number, y: number) => rosenbrock.gradient([x, y], new Float64Array(2));
    expect((g(1 + h, 1)[0]! - g(1 - h, 1)[0]!) / (2 * h)).toBeCloseTo(802, 4);
    expect((g(1, 1 + h)[0]! - g(1, 1 - h)[0]!) / (2 * h)).toBeCloseTo(-400, 4);
    expect((g(1 + h, 1)[1]! - g(1 - h, 1)[1]!) / (2 * h)).toBeCloseTo(-400, 4);
    expect((g(1, 1 + h)[1]! - g(1, 1 - h)[1]!) / (2 * h)).toBeCloseTo(200, 4);
    // Lesson 4's formula: (L₁₁ + L₂₂)/2 ± √(((L₁₁ − L₂₂)/2)² + L₁₂²).
    expect((802 + 200) / 2).toBe(501);
    expect(Math.sqrt(((802 - 200) / 2) ** 2 + 400 ** 2).toFixed(1)).toBe('500.6');
    const [gentle, sharp] = rosenbrockCurvatures();
    expect(sharp.lambda.toFixed(1)).toBe('1001.6');
    expect(gentle.lambda.toFixed(1)).toBe('0.4');
    expect((501 - 500.6).toFixed(1)).toBe('0.4');
    // The printed arithmetic is exact as printed, and matches the module's curvature.
    expect((2 / 1001.6).toFixed(6)).toBe('0.001997');
    expect((2 / sharp.lambda).toFixed(6)).toBe('0.001997');
    // The sharp direction runs across the floor: at right angles to the floor's tangent (1, 2) at (1, 1).
    expect(Math.abs(sharp.direction[0] + 2 * sharp.direction[1])).toBeLessThan(0.01 * Math.hypot(1, 2));
  });

  it('on Rosenbrock at η = 0.002 the slope test is met at step 4,241, but run on, the walk hops between two points for good, loss about 0.00125', () => {
    says('At $\\eta = 0.002$, a hair over the limit, it survives, and at step 4,241 its slope even dips below 0.001');
    says(
      'the walk ends up hopping forever between two points on either side of the floor, its loss stuck at about 0.00125',
    );
    const [, sharp] = rosenbrockCurvatures();
    expect(0.002).toBeGreaterThan(2 / sharp.lambda);
    expect(rosenbrockPlain(0.002, 10000)).toMatchObject({ steps: 4241, stop: { reason: 'tolerance-grad' } });
    const r = rosenbrockPlain(0.002, 50000, false);
    expect(r.stop.reason).toBe('max-steps');
    const p = r.positions;
    // Near the bottom at step 10,000, then the bounce grows back: from step 20,000 on the loss never falls below 0.001.
    expect(r.values[10000]!).toBeLessThan(1e-9);
    for (let k = 20000; k <= 50000; k++) expect(r.values[k]!).toBeGreaterThan(1e-3);
    for (let k = 49000; k <= 50000; k++) {
      expect(Math.abs(r.values[k]! - 0.00125)).toBeLessThan(1e-5);
      // Two points: every second step returns to the same place …
      expect(Math.hypot(p[2 * k]! - p[2 * k - 4]!, p[2 * k + 1]! - p[2 * k - 3]!)).toBeLessThan(1e-6);
      // … and each hop runs across the floor, along the sharp direction.
      const hop = [p[2 * k]! - p[2 * k - 2]!, p[2 * k + 1]! - p[2 * k - 1]!] as const;
      const cos = (hop[0] * sharp.direction[0] + hop[1] * sharp.direction[1]) / Math.hypot(hop[0], hop[1]);
      expect(Math.abs(cos)).toBeGreaterThan(0.99);
    }
  });

  it('on Rosenbrock at η = 0.00199: loss over 500 by step 3, halving the distance takes about 870 steps, slope below 0.001 at step 3,789', () => {
    says('Just under the limit, at $\\eta = 0.00199$, it does settle.');
    says('from wall to wall, the loss climbing from 12.5 to over 500 by step 3, before it drops onto the floor.');
    says(
      'Along the floor each step multiplies the distance still to go by $1 - \\eta \\cdot 0.4$, about 0.9992, so halving that distance takes about 870 steps',
    );
    says('It needs 3,789 steps to flatten the slope below 0.001, nearly four times Adam’s 984');
    const [gentle, sharp] = rosenbrockCurvatures();
    expect(0.00199).toBeLessThan(2 / sharp.lambda);
    const factor = 1 - 0.00199 * gentle.lambda;
    expect(factor.toFixed(4)).toBe('0.9992');
    expect(Math.round(Math.log(0.5) / Math.log(factor) / 10) * 10).toBe(870);
    const short = rosenbrockPlain(0.00199, 10000);
    expect(short).toMatchObject({ steps: 3789, stop: { reason: 'tolerance-grad' } });
    expect(3789 / 984).toBeGreaterThan(3.8);
    expect(3789 / 984).toBeLessThan(4);
    const r = rosenbrockPlain(0.00199, 20000, false);
    expect(r.values[0]).toBe(12.5);
    expect(r.values[3]!).toBeGreaterThan(500);
    // It settles for good: the slope stays below 0.001 from step 3,789 on, and the loss ends below 1e-15.
    for (let k = 3789; k <= 20000; k++) {
      const g = rosenbrock.gradient([r.positions[2 * k]!, r.positions[2 * k + 1]!], new Float64Array(2));
      expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(CONVERGE_GRAD);
    }
    expect(r.values[20000]!).toBeLessThan(1e-15);
    // The real run halves its distance to (1, 1) in 850 to 880 steps, wherever on the floor it starts counting.
    const dist = (k: number) => Math.hypot(r.positions[2 * k]! - 1, r.positions[2 * k + 1]! - 1);
    for (const k of [100, 1000, 2000, 3000]) {
      let j = k;
      while (dist(j) > dist(k) / 2) j++;
      expect(j - k).toBeGreaterThan(850);
      expect(j - k).toBeLessThan(880);
    }
  });

  it('on Rosenbrock the count is luck near the limit: 7,016 at η = 0.0019, 163 at 0.001939; at 0.001 the loss falls every step and takes 15,402', () => {
    says(
      'the count is 7,016 at $\\eta = 0.0019$, and 163 at 0.001939, where the throw happens to land almost on the minimum',
    );
    says('at 0.001, half the limit, the loss falls at every step, and the crawl takes 15,402 steps');
    expect(rosenbrockPlain(0.0019, 20000)).toMatchObject({ steps: 7016, stop: { reason: 'tolerance-grad' } });
    const lucky = rosenbrockPlain(0.001939, 20000);
    expect(lucky).toMatchObject({ steps: 163, stop: { reason: 'tolerance-grad' } });
    // It lands near the minimum early: within 0.05 of (1, 1) by step 20, still violent before that.
    expect(Math.hypot(lucky.positions[40]! - 1, lucky.positions[41]! - 1)).toBeLessThan(0.05);
    const tame = rosenbrockPlain(0.001, 20000);
    expect(tame).toMatchObject({ steps: 15402, stop: { reason: 'tolerance-grad' } });
    for (let k = 1; k < tame.values.length; k++) expect(tame.values[k]!).toBeLessThan(tame.values[k - 1]!);
  });

  it('on Rosenbrock Adam’s two step sizes keep one ratio (0.32 at step 1, 0.35 from step 10) and grow together about twentyfold, far past 0.002', () => {
    says('here the two keep nearly the same ratio all run');
    says("$\\theta_1$'s about a third of $\\theta_2$'s (0.32 times it at the first step, 0.35 from step 10 on)");
    says(
      'both grow together, about twentyfold: $\\theta_1$’s from 0.00065 to 0.0125, $\\theta_2$’s from 0.002 to 0.035',
    );
    says("That is far past plain descent's limit of about 0.002");
    const a = adamTrace(rosenbrock, { learningRate: 0.1 }, [-1.5, 2], { maxSteps: 2000, toleranceGrad: CONVERGE_GRAD });
    expect(a.steps).toBe(984);
    const eff = (k: number, i: number) => a.effectiveSteps[2 * k + i]!;
    const ratio = (k: number) => eff(k, 0) / eff(k, 1);
    expect(ratio(1).toFixed(2)).toBe('0.32');
    for (let k = 10; k <= a.steps; k++) expect(ratio(k).toFixed(2)).toBe('0.35');
    // Not a step size per parameter at work: over the whole run the ratio stays within 10 % of a third.
    for (let k = 1; k <= a.steps; k++) expect(Math.abs(3 * ratio(k) - 1)).toBeLessThan(0.1);
    expect(eff(1, 0).toFixed(5)).toBe('0.00065');
    expect(eff(a.steps, 0).toFixed(4)).toBe('0.0125');
    expect(eff(1, 1).toFixed(4)).toBe('0.0020');
    expect(eff(a.steps, 1).toFixed(3)).toBe('0.035');
    for (const i of [0, 1]) {
      const growth = eff(a.steps, i) / eff(1, i);
      expect(growth).toBeGreaterThan(17);
      expect(growth).toBeLessThan(20);
    }
    // Both end far past plain descent's limit 2/λ_max ≈ 0.001997: the smaller more than six times it.
    const [, sharp] = rosenbrockCurvatures();
    for (const i of [0, 1]) expect(eff(a.steps, i)).toBeGreaterThan(6 * (2 / sharp.lambda));
    expect(adamSteps.caption).toContain('grow about twentyfold');
    expect(adamSteps.caption).toContain('end about 7 times apart');
  });

  it('on Rosenbrock steps that large throw plain descent off; Adam without momentum (β₁ = 0) still has a loss above 1 at step 20,000', () => {
    says('Steps that large would throw plain descent from wall to wall');
    says("Adam's momentum ($\\beta_1 = 0.9$) damps those bounces, as momentum did on the bowl at $\\eta = 0.1$");
    says('Take it away ($\\beta_1 = 0$) and Adam does not settle here: after 20,000 steps its loss is still above 1');
    const a = adamTrace(rosenbrock, { learningRate: 0.1 }, [-1.5, 2], { maxSteps: 2000, toleranceGrad: CONVERGE_GRAD });
    // Plain descent with Adam's final (smaller) step size, from Adam's own path at step 600, near the floor.
    const from = [a.positions[2 * 600]!, a.positions[2 * 600 + 1]!];
    const eta = a.effectiveSteps[2 * a.steps]!;
    const thrown = run(rosenbrock, gradientDescent({ learningRate: eta }), from, { maxSteps: 1000 });
    expect(thrown.stop.reason).toBe('diverged');
    // Its hops grow across the floor before it flies off.
    expect(thrown.values[3]!).toBeGreaterThan(thrown.values[0]!);
    const plain = run(rosenbrock, adam({ learningRate: 0.1, beta1: 0 }), [-1.5, 2], {
      maxSteps: 20000,
      toleranceGrad: CONVERGE_GRAD,
    });
    expect(plain.stop.reason).toBe('max-steps');
    expect(plain.values[20000]!).toBeGreaterThan(1);
  });
});

describe('lesson 6: the network', () => {
  it('17 parameters with 4 hidden units; 160 points; tanh = 2σ(2z) − 1', () => {
    says('with $H = 4$ hidden units that is $4 \\cdot 3 + 4 + 1 = 17$ numbers');
    says('of the 160 points');
    says('it equals $2\\sigma(2z) - 1$');
    expect(tinyNetDim(4)).toBe(17);
    expect(NET_EXAMPLES).toBe(160);
    for (const z of [-3, -0.4, 0, 0.7, 2]) expect(Math.tanh(z)).toBeCloseTo(2 / (1 + Math.exp(-2 * z)) - 1, 12);
  });

  it('XOR: 52.5 % untrained, 88.75 % at step 100, all right by step 400, and the loss keeps falling', () => {
    says('gets 52.5 % of the 160 points right');
    says('By step 100 it gets 88.75 % right (142 of the 160)');
    expect((0.8875 * NET_EXAMPLES).toFixed(6)).toBe('142.000000');
    says('step 400, all of them');
    says('while the loss keeps falling as the network grows more confident');
    expect(net('xor', 4, 'gd', 0.5, 0).acc).toBeCloseTo(52.5, 9);
    expect(net('xor', 4, 'gd', 0.5, 100).acc).toBeCloseTo(88.75, 9);
    expect(net('xor', 4, 'gd', 0.5, 300).acc).toBeLessThan(100);
    const n = net('xor', 4, 'gd', 0.5, 3000);
    expect(net('xor', 4, 'gd', 0.5, 400).acc).toBe(100);
    for (const [a, b] of [
      [400, 800],
      [800, 1600],
      [1600, 3000],
    ] as const)
      expect(n.at(b)).toBeLessThan(n.at(a));
  });

  it('one hidden unit stalls at about 72 %', () => {
    says('it stalls at about 72 %');
    for (const steps of [400, 1000, 2000, 3000])
      expect(Math.abs(net('xor', 1, 'gd', 0.5, steps).acc - 72)).toBeLessThan(1);
  });

  it('moons: 88.75 % by step 100, a plateau where the loss hardly changes for a thousand steps, 100 % by step 2000; Adam shortens it', () => {
    says('plain descent gets 88.75 % right by step 100');
    says('barely improving for a thousand steps');
    says('reaches 100 % by step 2000');
    says('On the plateau the loss hardly changes from one step to the next');
    for (const steps of [100, 400, 800, 1100]) expect(net('moons', 4, 'gd', 0.5, steps).acc).toBeCloseTo(88.75, 9);
    const m = net('moons', 4, 'gd', 0.5, 2000);
    expect(m.acc).toBe(100);
    expect(m.at(100) - m.at(1100)).toBeLessThan(0.01); // a thousand steps, under 0.01 of loss
    expect(m.at(0) - m.at(100)).toBeGreaterThan(0.4); // against 0.44 in the first hundred
    expect(net('moons', 4, 'adam', 0.05, 200).acc).toBe(100);
  });

  it('moons with Adam at the η the figure sets for it (0.05): every point right from step 171 on, against plain descent’s 1,833', () => {
    says("state={{ data: 'moons', opt: 'adam', eta: 0.05, step: 200 }}");
    says(
      '(the figure sets $\\eta = 0.05$ for it) and the plateau shrinks to a few dozen steps: every point is right from step 171 on, against plain descent’s 1,833'.replace(
        '’',
        "'",
      ),
    );
    expect(NET_LEARNING_RATE.adam).toBe(0.05);
    expect(tinyNetwork.table.eta.default).toBe(NET_LEARNING_RATE.gd);
    const firstAllRight = (opt: 'gd' | 'adam', lr: number) => {
      const objective = netObjective('moons', 4);
      const t = createTrainer(objective, createOptimizer(opt, { learningRate: lr }), tinyNetInit(4, 1), {
        maxSteps: 3000,
      });
      let first = -1;
      for (let k = 1; k <= 3000; k++) {
        t.advance(1);
        const all = accuracy(objective, t.x) === 1;
        if (all && first < 0) first = k;
        if (first > 0) expect(all, `still all right at step ${k}`).toBe(true);
      }
      return first;
    };
    expect(firstAllRight('adam', NET_LEARNING_RATE.adam)).toBe(171);
    // A few dozen steps of plateau: from step 40 to 90 the loss falls by under 0.02, then by over 0.15 to step 171.
    const adamRun = net('moons', 4, 'adam', NET_LEARNING_RATE.adam, 171);
    expect(adamRun.at(40) - adamRun.at(90)).toBeLessThan(0.02);
    expect(adamRun.at(90) - adamRun.at(171)).toBeGreaterThan(0.15);
    expect(firstAllRight('gd', NET_LEARNING_RATE.gd)).toBe(1833);
  });
});

describe('lesson 6: the quiz', () => {
  const answer = (id: string) =>
    shownAnswer(
      'beyond-descent',
      quizItems.find((i) => i.id === id)!,
    );

  it('why-zig-zag: on κ = 50 with η = 0.035 the factors are −0.75 and 0.965', () => {
    quizSays('$1 - 50\\eta = -0.75$');
    quizSays('$1 - \\eta = 0.965$');
    const p = run(illConditionedBowl(50), gradientDescent({ learningRate: 0.035 }), [1, 1], { maxSteps: 1 }).positions;
    expect(p[2]).toBeCloseTo(0.965, 12);
    expect(p[3]).toBeCloseTo(-0.75, 12);
  });

  it('momentum-velocity: under a constant slope of 1 with β = 0.8, v settles at 5', () => {
    // f(x) = x has slope 1 everywhere: with η = 1 the displacement per step is v itself.
    const line: Objective = {
      id: 'line',
      name: 'line',
      dim: 1,
      tex: 'x',
      goal: 'minimize',
      window: [[-1e9, 1e9]],
      known: [],
      params: ['θ'],
      value: (x) => x[0]!,
      gradient: (_x, out) => ((out[0] = 1), out),
    };
    const r = run(line, momentum({ learningRate: 1, beta: 0.8 }), [0], { maxSteps: 400, bound: 1e9 });
    expect(r.positions[399]! - r.positions[400]!).toBeCloseTo(answer('momentum-velocity')!, 9);
  });

  it('momentum-limit: on κ = 40 with β = 0.5, momentum settles just below 0.075 and diverges just above', () => {
    const b40 = illConditionedBowl(40);
    expect((2 * 1.5) / 40).toBeCloseTo(answer('momentum-limit')!, 12);
    expect(momSteps(0.074, 0.5, b40).stop.reason).toBe('tolerance-grad');
    expect(momSteps(0.076, 0.5, b40).stop.reason).toBe('diverged');
    expect(gdSteps(0.05).stop.reason).toBe('tolerance-grad'); // κ = 25: below its 0.08
    expect(run(b40, gradientDescent({ learningRate: 0.051 }), [...BOWL_START], rule).stop.reason).toBe('diverged');
  });

  it('momentum-beta: 148 against 38 steps, and settling at η = 0.1 where plain descent diverges', () => {
    quizSays('$\\beta = 0.6$ takes 38 steps but $\\beta = 0.9$ takes 148');
    quizSays('momentum with $\\beta = 0.6$ settles up to $0.128$, at $\\eta = 0.1$ in 39 steps');
    expect(quizItems.find((i) => i.id === 'momentum-beta')!.options!.filter((o) => o.correct)).toHaveLength(3);
  });

  it('adam-step-size: from (−1, 2) the first step size for θ₂ is 0.002, and θ₂ moves by 0.1', () => {
    const t = adamTrace(bowl, { learningRate: 0.1 }, [-1, 2], { maxSteps: 1 });
    expect(t.effectiveSteps[3]).toBeCloseTo(answer('adam-step-size')!, 9);
    expect(t.positions[3]! - t.positions[1]!).toBeCloseTo(-0.1, 9);
  });

  it('adam-first-step: on κ = 100 from (−2, 0.05) the first step goes to (−1.9, −0.05)', () => {
    const t = adamTrace(illConditionedBowl(100), { learningRate: 0.1 }, [-2, 0.05], { maxSteps: 1 });
    expect(t.positions[2]).toBeCloseTo(-1.9, 8);
    expect(t.positions[3]).toBeCloseTo(-0.05, 8);
  });

  it('net-parameters: 3 inputs and 5 hidden units make 26 (the formula gives the page’s 17 for 2 inputs and 4 units)', () => {
    const count = (inputs: number, hidden: number) => hidden * (inputs + 1) + hidden + 1;
    expect(count(2, 4)).toBe(tinyNetDim(4));
    expect(count(2, 7)).toBe(tinyNetDim(7));
    expect(count(3, 5)).toBe(answer('net-parameters'));
  });

  it('one-unit-circles: 70 % at steps 1000 and 3000, the same for seeds 1–5', () => {
    for (const steps of [1000, 2000, 3000]) expect(net('circles', 1, 'gd', 0.5, steps).acc).toBe(70);
    for (const seed of [2, 3, 4, 5]) expect(net('circles', 1, 'gd', 0.5, 3000, seed).acc).toBe(70);
  }, 60_000);
});

describe('lesson 6: the challenge’s explanation', () => {
  it('β = 0.48 with every η from 0.092 to 0.110 passes; 0.095 with 0.5 takes 27; β ≥ 0.9 never passes; 1/9 and 4/9 take 36', () => {
    quizSays('With $\\beta = 0.48$, every learning rate from $0.092$ to $0.110$ gets there in 30 steps or fewer');
    quizSays('$\\eta = 0.095$ with $\\beta = 0.5$ takes 27');
    quizSays('with $\\beta = 0.9$ or more, no $\\eta$ does it');
    quizSays('$\\eta = 1/9$ and $\\beta = 4/9$, take 36 steps');
    for (let k = 92; k <= 110; k++) {
      const r = momSteps(k / 1000, 0.48);
      expect(r.stop.reason).toBe('tolerance-grad');
      expect(r.steps).toBeLessThanOrEqual(30);
    }
    expect(momSteps(0.095, 0.5).steps).toBe(27);
    for (const beta of [0.9, 0.95, 0.99])
      for (let k = 1; k <= 200; k++) {
        const r = momSteps(k / 1000, beta);
        expect(r.stop.reason === 'tolerance-grad' && r.steps <= 30).toBe(false);
      }
    expect(momSteps(1 / 9, 4 / 9).steps).toBe(36);
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.095, beta: 0.5 }).passed).toBe(true);
  });
});

describe('playground: the races the page suggests', () => {
  it('two wells: momentum rolls into the deeper valley from −1.2, plain descent stays in the shallower one', () => {
    const o = playgroundObjective('two-wells', 25);
    const r = (id: 'gd' | 'momentum') =>
      run(
        o,
        createOptimizer(id, { learningRate: presetLearningRate('two-wells', id) }),
        [PRESETS['two-wells'].start[0]],
        { maxSteps: 400, toleranceGrad: 1e-3 },
      );
    expect(r('momentum').positions.at(-1)).toBeCloseTo(TWO_WELLS_MINIMA[1], 2);
    expect(r('gd').positions.at(-1)).toBeCloseTo(TWO_WELLS_MINIMA[0], 2);
  });

  it('η = 2/κ = 0.08 on the κ = 25 bowl: plain descent never settles', () => {
    const r = run(playgroundObjective('bowl', 25), gradientDescent({ learningRate: 0.08 }), [-2.5, 1], {
      maxSteps: 300,
      toleranceGrad: 1e-3,
    });
    expect(r.stop.reason).toBe('max-steps');
    expect(Math.abs(r.positions.at(-1)!)).toBeCloseTo(1, 12);
  });

  it('the playground page’s Rosenbrock race: plain descent at 0.00199 converges within its 5000 steps, Adam at 0.1 first', () => {
    const page = readFileSync(new URL('../../../src/pages/playground/index.astro', import.meta.url), 'utf8');
    expect(page).toContain(
      "q({ obj: 'rosenbrock', x: -1.5, y: 2, 'a.lr': 0.00199, b: 'none', 'c.lr': 0.1, steps: 5000 })",
    );
    expect(page).toContain("q({ obj: 'saddle', x: -2.5, y: 0, 'a.lr': 0.05, b: 'none', c: 'none', steps: 400 })");
    const o = playgroundObjective('rosenbrock', 25);
    const race = (id: 'gd' | 'adam', lr: number) =>
      run(o, createOptimizer(id, { learningRate: lr }), [-1.5, 2], { maxSteps: 5000, toleranceGrad: 1e-3 });
    expect(race('gd', 0.00199)).toMatchObject({ steps: 3789, stop: { reason: 'tolerance-grad' } });
    expect(race('adam', 0.1)).toMatchObject({ steps: 984, stop: { reason: 'tolerance-grad' } });
    const saddleRace = run(playgroundObjective('saddle', 25), gradientDescent({ learningRate: 0.05 }), [-2.5, 0], {
      maxSteps: 400,
      toleranceGrad: 1e-3,
    });
    expect(saddleRace.stop.reason).toBe('tolerance-grad');
  });

  it('the lesson links the Rosenbrock race: plain descent at 0.00199 against Adam at 0.1, from (−1.5, 2), 5000 steps', () => {
    const href = /href=\{sitePath\('(playground\/\?playground\.obj=rosenbrock[^']+)'\)\}/.exec(mdx)?.[1];
    expect(href).toBeDefined();
    const params = new URL(href!, 'http://x/').searchParams;
    const state = parseState(playground.table, { get: (k) => params.get(k) }, 'playground.');
    expect(state).toMatchObject({
      obj: 'rosenbrock',
      x: -1.5,
      y: 2,
      a: 'gd',
      'a.lr': 0.00199,
      b: 'none',
      c: 'adam',
      'c.lr': 0.1,
      steps: 5000,
      tol: CONVERGE_GRAD,
    });
  });

  it('the lesson names the playground’s objectives', () => {
    says(
      'take the bowls of lessons 4 and 6, Rosenbrock’s valley, the saddle, Himmelblau’s function with its four minima, the two-valley curve, the revenue curve or lesson 1’s line fit into the',
    );
    expect(Object.keys(PRESETS).sort()).toEqual(
      ['bowl', 'himmelblau', 'line-fit', 'quadratic', 'revenue', 'rosenbrock', 'saddle', 'two-wells'].sort(),
    );
  });
});

describe('lesson 6: the exercises’ solutions', () => {
  it('1: two steps from (1, 1): plain descent (0.8649, 0.5625), momentum (0.8229, −0.4875) via v = (1.53, −3.75)', () => {
    says('$(0.93, -0.75)$, then $(0.8649, 0.5625)$');
    says('$v \\leftarrow 0.6 \\cdot (1, 25) + (0.93, -18.75) = (1.53, -3.75)$');
    says('$\\theta \\leftarrow (0.93, -0.75) - 0.07 \\cdot (1.53, -3.75) = (0.8229, -0.4875)$');
    says('$0.4875$ against $0.5625$');
    const p = Array.from(run(bowl, gradientDescent({ learningRate: 0.07 }), [1, 1], { maxSteps: 2 }).positions);
    const m = Array.from(run(bowl, momentum({ learningRate: 0.07, beta: 0.6 }), [1, 1], { maxSteps: 2 }).positions);
    [0.93, -0.75, 0.8649, 0.5625].forEach((v, i) => expect(p[i + 2]).toBeCloseTo(v, 12));
    [0.93, -0.75, 0.8229, -0.4875].forEach((v, i) => expect(m[i + 2]).toBeCloseTo(v, 12));
  });

  it('2: Adam’s second step from (−2.5, 1): step sizes 0.0408 and 0.00420, moves ±0.0999/0.0996, new point (−2.3001, 0.8004)', () => {
    says('$\\mu = 0.9\\mu + 0.1 g = (-0.465, 4.5)$');
    says('s = 0.999 s + 0.001 g^2 \\approx (0.012004, 1.130625).');
    says('$\\hat\\mu \\approx (-2.447, 23.684)$ and $\\hat s \\approx (6.005, 565.6)$');
    says('$\\sqrt{\\hat s} \\approx (2.4505, 23.782)$');
    says('about $0.0408$ and $0.00420$');
    says('about $+0.0999$ and $-0.0996$');
    says('The new point is about $(-2.3001, 0.8004)$');
    const t = adamTrace(bowl, { learningRate: 0.1 }, [...BOWL_START], { maxSteps: 2 });
    expect(t.positions[2]).toBeCloseTo(-2.4, 9);
    expect(t.positions[3]).toBeCloseTo(0.9, 9);
    expect(t.effectiveSteps[4]!.toFixed(4)).toBe('0.0408');
    expect(t.effectiveSteps[5]!.toFixed(5)).toBe('0.00420');
    expect((t.positions[4]! - t.positions[2]!).toFixed(4)).toBe('0.0999');
    expect((t.positions[5]! - t.positions[3]!).toFixed(4)).toBe('-0.0996');
    expect(t.positions[4]!.toFixed(4)).toBe('-2.3001');
    expect(t.positions[5]!.toFixed(4)).toBe('0.8004');
    // The hand computation's intermediate numbers.
    const s = [0.999 * 0.00625 + 0.001 * 2.4 ** 2, 0.999 * 0.625 + 0.001 * 22.5 ** 2];
    expect(s[0]!.toFixed(6)).toBe('0.012004');
    expect(s[1]!.toFixed(6)).toBe('1.130625');
    const sh = s.map((v) => v / (1 - 0.999 ** 2));
    expect(sh.map((v) => v.toFixed(1))).toEqual(['6.0', '565.6']);
    expect(Math.sqrt(sh[0]!).toFixed(4)).toBe('2.4505');
    expect(Math.sqrt(sh[1]!).toFixed(3)).toBe('23.782');
    expect(((0.9 * -0.25 + 0.1 * -2.4) / 0.19).toFixed(3)).toBe('-2.447');
    expect(((0.9 * 2.5 + 0.1 * 22.5) / 0.19).toFixed(3)).toBe('23.684');
  });

  it('3: at ηλ = 2(1 + β) the swings across θ₂ neither shrink nor grow; just below they shrink, just above they grow', () => {
    says('with $\\beta = 0$ it is plain descent’s $2/25$');
    /** |θ₂| at step 90 over |θ₂| at step 60. */
    const swing = (eta: number) => {
      const r = run(bowl, momentum({ learningRate: eta, beta: 0.6 }), [0, 1], { maxSteps: 90, bound: 1e12 });
      expect(r.steps).toBe(90);
      return Math.abs(r.positions[2 * 90 + 1]!) / Math.abs(r.positions[2 * 60 + 1]!);
    };
    expect(swing(0.128)).toBeCloseTo(1, 6);
    expect(swing(0.126)).toBeLessThan(0.5);
    expect(swing(0.13)).toBeGreaterThan(2);
    // The recurrence θₖ₊₁ = (1 + β − ηλ)θₖ − βθₖ₋₁ reproduces the module's run.
    const r = run(bowl, momentum({ learningRate: 0.07, beta: 0.6 }), [0, 1], { maxSteps: 20 });
    for (let k = 1; k < 20; k++)
      expect(r.positions[2 * (k + 1) + 1]!).toBeCloseTo(
        (1 + 0.6 - 0.07 * 25) * r.positions[2 * k + 1]! - 0.6 * r.positions[2 * (k - 1) + 1]!,
        12,
      );
  });

  it('4: one hidden unit stalls on XOR at about 72 %', () => {
    says('on the page’s 160 points that caps it at about 72 %');
    expect(Math.abs(net('xor', 1, 'gd', 0.5, 3000).acc - 72)).toBeLessThan(1);
  });

  it('5: 784–30–10 has 23,860 parameters; the rule gives 4H + 1 for the page’s network', () => {
    says('$30 \\cdot 785 = 23{,}550$');
    says('$10 \\cdot 31 = 310$');
    says('In all $23{,}860$ parameters');
    says('$H(2 + 1) + (H + 1) = 4H + 1$, which is 17 for $H = 4$');
    expect(30 * 785 + 10 * 31).toBe(23860);
    for (const h of [1, 4, 8]) expect(h * 3 + h + 1).toBe(tinyNetDim(h));
  });
});
