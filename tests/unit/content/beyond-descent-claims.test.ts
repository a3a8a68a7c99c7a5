/** Every number lesson 6 states, checked against the optimizer module. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accuracy,
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
} from '../../../src/optim/index.ts';
import { BOWL_START, CONVERGE_GRAD, NET_EXAMPLES } from '../../../src/figures/lessons/beyond-descent.ts';
import { netObjective } from '../../../src/figures/lessons/network.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { PRESETS, playgroundObjective, presetLearningRate } from '../../../src/figures/playground.ts';

const mdx = readFileSync(new URL('../../../content/lessons/beyond-descent.mdx', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);
// YAML double-quoted strings escape the backslash: compare with single backslashes.
const quiz = readFileSync(new URL('../../../content/quizzes/beyond-descent.yaml', import.meta.url), 'utf8')
  .replace(/\s+/g, ' ')
  .replaceAll('\\\\', '\\');
const says = (text: string) => expect(mdx, `lesson text: "${text}"`).toContain(text);

const bowl = illConditionedBowl(25);
const rule = { maxSteps: 300, toleranceGrad: CONVERGE_GRAD };
const gdSteps = (eta: number) => run(bowl, gradientDescent({ learningRate: eta }), [...BOWL_START], rule);
const momSteps = (eta: number, beta: number) => run(bowl, momentum({ learningRate: eta, beta }), [...BOWL_START], rule);
/** Accuracy (%) and loss of the page's network after `steps` of full-batch training from seed 1. */
function net(data: string, hidden: number, opt: 'gd' | 'momentum' | 'adam', lr: number, steps: number) {
  const objective = netObjective(data, hidden);
  const t = createTrainer(objective, createOptimizer(opt, { learningRate: lr, beta: 0.9 }), tinyNetInit(hidden, 1), {
    maxSteps: 3000,
  });
  t.advance(steps);
  return { acc: 100 * accuracy(objective, t.x), loss: t.valueAt(steps) };
}

describe('lesson 6: the narrow bowl', () => {
  it('η must stay below 2/κ = 0.08; at η = 0.07, y is multiplied by −0.75 and x by 0.93', () => {
    says('$\\eta$ must stay below $2/\\kappa = 0.08$');
    says('each step multiplies $y$ by $-0.75$');
    says('multiplies $x$ by $0.93$');
    const p = run(bowl, gradientDescent({ learningRate: 0.07 }), [1, 1], { maxSteps: 1 }).positions;
    expect(p[2]).toBeCloseTo(0.93, 12);
    expect(p[3]).toBeCloseTo(-0.75, 12);
    expect(gdSteps(0.08).stop.reason).toBe('max-steps');
    expect(gdSteps(0.09).stop.reason).toBe('diverged');
  });

  it('plain descent needs 108 steps and momentum (β = 0.6) 38; plain descent’s best at any η is about 100', () => {
    says('plain descent needs 108 steps to get the slope below 0.001, and momentum needs 38');
    says('its best, at any $\\eta$, is about 100 steps');
    expect(gdSteps(0.07).steps).toBe(108);
    expect(momSteps(0.07, 0.6)).toMatchObject({ steps: 38, stop: { reason: 'tolerance-grad' } });
    let best = Infinity;
    for (let k = 1; k <= 2000; k++) {
      const r = gdSteps(k * 1e-4);
      if (r.stop.reason === 'tolerance-grad') best = Math.min(best, r.steps);
    }
    expect(Math.abs(best - 100)).toBeLessThanOrEqual(1);
  });

  it('β = 0.9 takes 148 steps; β = 0 matches plain descent; at η = 0.1 plain diverges, momentum settles in 39', () => {
    says('taking 148 steps');
    says('settles in 39 steps');
    says('two and a half times for $\\beta = 0.6$ and ten times for $\\beta = 0.9$');
    expect(momSteps(0.07, 0.9).steps).toBe(148);
    expect(Array.from(momSteps(0.07, 0).positions)).toEqual(Array.from(gdSteps(0.07).positions));
    expect(gdSteps(0.1).stop.reason).toBe('diverged');
    expect(momSteps(0.1, 0.6)).toMatchObject({ steps: 39, stop: { reason: 'tolerance-grad' } });
    expect(1 / (1 - 0.6)).toBeCloseTo(2.5, 12);
  });
});

describe('lesson 6: Adam', () => {
  it('the first step moves every coordinate by η; step sizes 0.04 and 0.004 from (−2.5, 1)', () => {
    says('the step sizes are $0.04$ for $x$ and $0.004$ for $y$');
    const t = adamTrace(bowl, { learningRate: 0.1 }, [...BOWL_START], { maxSteps: 1 });
    expect(t.effectiveSteps[2]).toBeCloseTo(0.04, 9);
    expect(t.effectiveSteps[3]).toBeCloseTo(0.004, 9);
    expect(Math.abs(t.positions[3]! - t.positions[1]!)).toBeCloseTo(0.1, 9);
  });

  it('on Rosenbrock, Adam (η = 0.1) converges in 984 steps; plain descent blows up above η ≈ 0.002 and is at (0.56, 0.31) after 2000', () => {
    says('reaches the minimum at $(1, 1)$ in 984 steps');
    says('$\\eta = 0.002$ there without blowing up');
    says('about $(0.56, 0.31)$ after 2000 steps');
    const a = adamTrace(rosenbrock, { learningRate: 0.1 }, [-1.5, 2], { maxSteps: 2000, toleranceGrad: CONVERGE_GRAD });
    expect(a).toMatchObject({ steps: 984, stop: { reason: 'tolerance-grad' } });
    expect(a.positions[2 * 984]).toBeCloseTo(1, 2);
    const g = (eta: number) =>
      run(rosenbrock, gradientDescent({ learningRate: eta }), [-1.5, 2], {
        maxSteps: 2000,
        toleranceGrad: CONVERGE_GRAD,
      });
    expect(g(0.002).stop.reason).toBe('max-steps');
    expect(g(0.003).stop.reason).toBe('diverged');
    const end = g(0.001).positions.slice(-2);
    expect(end[0]).toBeCloseTo(0.56, 2);
    expect(end[1]).toBeCloseTo(0.31, 2);
  });
});

describe('lesson 6: the network', () => {
  it('17 parameters with 4 hidden units; 160 points', () => {
    says('with $h = 4$ hidden units that is 17 numbers');
    says('of the 160 points');
    expect(tinyNetDim(4)).toBe(17);
    expect(NET_EXAMPLES).toBe(160);
  });

  it('XOR: 52.5 % untrained, 88.75 % at step 100, all right by step 400', () => {
    says('gets 52.5 % of the 160 points right');
    says('By step 100 it gets 88.75 % right');
    says('step 400, all of them');
    expect(net('xor', 4, 'gd', 0.5, 0).acc).toBeCloseTo(52.5, 9);
    expect(net('xor', 4, 'gd', 0.5, 100).acc).toBeCloseTo(88.75, 9);
    expect(net('xor', 4, 'gd', 0.5, 300).acc).toBeLessThan(100);
    expect(net('xor', 4, 'gd', 0.5, 400).acc).toBe(100);
  });

  it('one hidden unit stalls at about 72 %', () => {
    says('it stalls at about 72 %');
    for (const steps of [400, 1000, 2000, 3000])
      expect(Math.abs(net('xor', 1, 'gd', 0.5, steps).acc - 72)).toBeLessThan(1);
  });

  it('moons: 88.75 % by step 100, a plateau for a thousand steps, 100 % by step 2000; Adam shortens it', () => {
    says('plain descent gets 88.75 % right by step 100');
    says('reaches 100 % by step 2000');
    for (const steps of [100, 400, 800, 1100]) expect(net('moons', 4, 'gd', 0.5, steps).acc).toBeCloseTo(88.75, 9);
    expect(net('moons', 4, 'gd', 0.5, 2000).acc).toBe(100);
    expect(net('moons', 4, 'adam', 0.05, 200).acc).toBe(100);
  });
});

describe('lesson 6: quiz answers and the challenge', () => {
  it('momentum under a constant slope of 1 settles at v = 10 for β = 0.9', () => {
    expect(quiz).toContain('answer: 10');
    // f(x) = x has slope 1 everywhere: with η = 1 the displacement per step is v itself.
    const line: Objective = {
      id: 'line',
      name: 'line',
      dim: 1,
      tex: 'x',
      goal: 'minimize',
      window: [[-1e9, 1e9]],
      known: [],
      params: ['x'],
      value: (x) => x[0]!,
      gradient: (_x, out) => ((out[0] = 1), out),
    };
    const r = run(line, momentum({ learningRate: 1, beta: 0.9 }), [0], { maxSteps: 400, bound: 1e9 });
    expect(r.positions[399]! - r.positions[400]!).toBeCloseTo(10, 9);
  });

  it('the challenge passes at η = 0.085, β = 0.53 (24 steps) and η = 0.075, β = 0.55 (25), fails at the defaults and on divergence', () => {
    expect(quiz).toContain('$\\eta = 0.075$ with $\\beta = 0.55$ takes 25 steps');
    expect(quiz).toContain('plain descent needs about 100 steps');
    expect(momSteps(0.075, 0.55).steps).toBe(25);
    expect(momSteps(0.085, 0.53).steps).toBe(24);
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.085, beta: 0.53 }).passed).toBe(true);
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.075, beta: 0.55 }).passed).toBe(true);
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.07, beta: 0.6 })).toMatchObject({ passed: false });
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.2, beta: 0.9 }).message).toContain('diverged');
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.5, beta: 0.5 }).passed).toBe(false);
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.07, beta: 0.99 }).message).toContain('still swinging');
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
});
