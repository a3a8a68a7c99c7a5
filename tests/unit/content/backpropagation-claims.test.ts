/** Every number lesson 7 states, in its prose, its exercises' solutions and its quiz, checked against the optimizer module. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backpropGradient,
  bestRung,
  differenceSlope,
  exampleLoss,
  exampleStep,
  gradientDescent,
  graphSteps,
  run,
  gradientCheck,
  gradientPasses,
  hLadder,
  passCosts,
  slopeError,
  slopeErrorCurve,
  tinyNetDim,
  tinyNetInit,
  traceExample,
  twoWells,
  type BackpropMistake,
} from '../../../src/optim/index.ts';
import {
  CHECK_H,
  GRAPH_HIDDEN,
  LESSON_ETA,
  LESSON_EXAMPLE,
  LESSON_WEIGHTS,
  SLOPE_RUNGS,
  SLOPE_THETA,
} from '../../../src/figures/lessons/backpropagation/shared.ts';
import { NET_DATA_SEED, NET_EXAMPLES, NET_LEARNING_RATE } from '../../../src/figures/lessons/beyond-descent/shared.ts';
import { DATASETS } from '../../../src/optim/twoClass.ts';
import { netObjective } from '../../../src/figures/lessons/network.ts';
import { checkChallenge, DIFFERENCE_THETA } from '../../../src/quiz/challenges.ts';
import { createRng } from '../../../src/optim/random.ts';
import { withoutPointers } from './prose.ts';

const raw = readFileSync(new URL('../../../content/lessons/backpropagation.mdx', import.meta.url), 'utf8');
const mdx = withoutPointers(raw).replace(/\s+/g, ' ');
const quiz = readFileSync(new URL('../../../content/quizzes/backpropagation.yaml', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);
const says = (text: string) => expect(mdx, `lesson text: "${text}"`).toContain(text);
const asks = (text: string) => expect(quiz, `quiz text: "${text}"`).toContain(text);
/** Four decimals, as the prose prints them in math (ASCII minus) and in the table (a true minus). */
const d4 = (v: number) => v.toFixed(4);
const cell = (v: number) => String(v).replace('-', '−');

const L = (t: number) => twoWells.value([t]);
const slope = (t: number) => twoWells.gradient([t], new Float64Array(1))[0]!;

describe('lesson 7: the opening', () => {
  it('quotes lesson 6 in its own words', () => {
    says('"by an algorithm called backpropagation"');
    const lesson6 = readFileSync(new URL('../../../content/lessons/beyond-descent.mdx', import.meta.url), 'utf8');
    expect(lesson6.replace(/\*/g, '').replace(/\s+/g, ' ')).toContain('by an algorithm called backpropagation');
  });
});

describe('lesson 7: a slope from two nearby points', () => {
  it('θ² at 3 with h = 0.5: one-sided 6.5, central exactly 6', () => {
    says('$(3.5^2 - 3^2)/0.5 = 6.5$');
    says('$(3.5^2 - 2.5^2)/1 = 6$: exactly right');
    const sq = (t: number) => t * t;
    expect(differenceSlope(sq, 3, 0.5, 'forward')).toBe(6.5);
    expect(differenceSlope(sq, 3, 0.5, 'central')).toBe(6);
    for (const h of [0.1, 1, 7]) expect(differenceSlope(sq, 3, h, 'central')).toBeCloseTo(6, 12);
  });

  it('the two-well slope at 1 is −1 − 2/e ≈ −1.7358; errors 0.27 and 0.032 at h = 0.1, 0.024 and 0.00032 at 0.01', () => {
    says('which at $\\theta = 1$ is $-1 - 2/e \\approx -1.7358$');
    says('With $h = 0.1$, the one-sided estimate is off by 0.27 and the central one by 0.032');
    says('With $h = 0.01$, they are off by 0.024 and 0.00032');
    expect(SLOPE_THETA).toBe(1);
    expect(slope(1)).toBeCloseTo(-1 - 2 / Math.E, 14);
    expect(d4(slope(1))).toBe('-1.7358');
    const a = slopeError(L, slope(1), 1, 0.1);
    const b = slopeError(L, slope(1), 1, 0.01);
    expect(a.forwardError.toFixed(2)).toBe('0.27');
    expect(a.centralError.toFixed(3)).toBe('0.032');
    expect(b.forwardError.toFixed(3)).toBe('0.024');
    expect(b.centralError.toFixed(5)).toBe('0.00032');
    // "Dividing h by ten divided the one-sided error by ten and the central error by a hundred."
    expect(a.forwardError / b.forwardError).toBeGreaterThan(9);
    expect(a.forwardError / b.forwardError).toBeLessThan(12);
    expect(Math.round(a.centralError / b.centralError)).toBe(100);
  });

  it('h = 10⁻¹²: off by about 7·10⁻⁵, more than twenty times worse than at 10⁻³; the values share their first ten digits', () => {
    says('The central difference is now off by about $7 \\cdot 10^{-5}$');
    says('more than twenty times worse than with $h = 10^{-3}$');
    says('L(1 + h) = -0.6321205588303\\ldots \\quad \\text{and} \\quad L(1 - h) = -0.6321205588268\\ldots ,');
    says('and their first ten digits are the same');
    const tiny = slopeError(L, slope(1), 1, 1e-12).centralError;
    expect(Number(tiny.toExponential(0))).toBe(7e-5);
    expect(tiny / slopeError(L, slope(1), 1, 1e-3).centralError).toBeGreaterThan(20);
    expect(L(1 + 1e-12).toFixed(13)).toBe('-0.6321205588303');
    expect(L(1 - 1e-12).toFixed(13)).toBe('-0.6321205588268');
    expect(L(1 + 1e-12).toFixed(10)).toBe(L(1 - 1e-12).toFixed(10));
  });

  it('rounding error grows as h shrinks, roughly tenfold per tenfold, jumping about', () => {
    says('roughly, a tenfold smaller $h$ means a tenfold larger rounding error');
    const e = (h: number) => slopeError(L, slope(1), 1, h).centralError;
    // Four decades below the bottom: a growth near 10⁴, give or take the jumps.
    const growth = e(1e-12) / e(1e-8);
    expect(growth).toBeGreaterThan(1e2);
    expect(growth).toBeLessThan(1e6);
    // Jumping about: not monotone from rung to rung on the left arm.
    const curve = slopeErrorCurve(L, slope(1), 1, SLOPE_RUNGS);
    const left = curve.slice(28, 60).map((r) => r.centralError);
    expect(left.some((v, i) => i > 0 && v < left[i - 1]!)).toBe(true);
  });

  it('the V: the central bottom at h = 10⁻⁶ with an error of about 6·10⁻¹²; the one-sided near 10⁻⁸, a few times 10⁻⁸, over a thousand times worse', () => {
    says('the bottom is at $h = 10^{-6}$, where the error is about $6 \\cdot 10^{-12}$');
    says(
      "near $h = 10^{-8}$ its error is a few times $10^{-8}$, more than a thousand times the central difference's best",
    );
    says('a lucky $h$ can dip a little lower');
    says('take $h$ near $10^{-5}$ or $10^{-6}$ times the size of $\\theta$, and expect about ten correct digits');
    const curve = slopeErrorCurve(L, slope(1), 1, SLOPE_RUNGS);
    const kc = bestRung(curve, 'central');
    const kf = bestRung(curve, 'forward');
    expect(hLadder(kc)).toBeCloseTo(1e-6, 12);
    expect(Number(curve[kc]!.centralError.toExponential(0))).toBe(6e-12);
    expect(Math.abs(Math.log10(hLadder(kf)) + 8)).toBeLessThanOrEqual(0.5);
    // Near 10⁻⁸ (rungs 30 … 34, h from 3.2·10⁻⁸ to 3.2·10⁻⁹) the one-sided error is a few times 10⁻⁸.
    for (let k = 30; k <= 34; k++) {
      expect(curve[k]!.forwardError).toBeGreaterThan(1e-8);
      expect(curve[k]!.forwardError).toBeLessThan(1e-7);
    }
    expect(curve[kf]!.forwardError / curve[kc]!.centralError).toBeGreaterThan(1000);
    // The figure runs in the reader's browser, whose rounding on the jagged arm can differ from
    // Node's (Chromium 156 finds its lowest one-sided rung further left, at 3.2·10⁻¹⁰, with an error
    // near 7·10⁻⁹): that is why the prose names no exact one-sided bottom.
    // About ten correct digits at h = 10⁻⁵ and 10⁻⁶ (relative to the slope's size).
    for (const h of [1e-5, 1e-6])
      expect(slopeError(L, slope(1), 1, h).centralError / Math.abs(slope(1))).toBeLessThan(1e-9);
  });
  it('figure 7.1 as the prose reads it: the central error falls two powers of ten per power of h, stops near step 24, and at 10⁻¹² parts from the slope at the fifth digit', () => {
    says('two powers of ten for every one of $h$');
    says('Near step 24, $h = 10^{-6}$, the fall stops');
    says('the estimate parts from the exact slope at its fifth digit');
    says('its right arm falls half as steeply, one power of ten for one');
    const curve = slopeErrorCurve(L, slope(1), 1, SLOPE_RUNGS);
    for (let k = 0; k + 4 <= 16; k += 4) {
      expect(Math.log10(curve[k]!.centralError / curve[k + 4]!.centralError)).toBeCloseTo(2, 0);
      expect(Math.log10(curve[k + 2]!.forwardError / curve[k + 6]!.forwardError)).toBeCloseTo(1, 0);
    }
    expect(bestRung(curve, 'central')).toBe(24);
    expect(hLadder(24)).toBeCloseTo(1e-6, 15);
    const estimate = Math.abs(curve[48]!.central).toFixed(10);
    const exact = Math.abs(slope(1)).toFixed(10);
    // Digits 1.735… agree; the fifth significant digit differs.
    expect(estimate.slice(0, 5)).toBe(exact.slice(0, 5));
    expect(estimate[5]).not.toBe(exact[5]);
  });
});

describe('lesson 7: the chain rule', () => {
  it('(3θ + 1)² has slope 6(3θ + 1): 24 at θ = 1, and so does the central difference', () => {
    says('At $\\theta = 1$ both give 24, and so does the central difference');
    const f = (t: number) => (3 * t + 1) ** 2;
    expect(6 * (3 * 1 + 1)).toBe(24);
    expect(differenceSlope(f, 1, 1e-3, 'central')).toBeCloseTo(24, 9);
  });

  it('the slope of e^(−θ²) is −2θ e^(−θ²), the last term of lesson 3’s L′', () => {
    const f = (t: number) => Math.exp(-t * t);
    for (const t of [-1, 0.3, 1]) expect(differenceSlope(f, t, 1e-5, 'central')).toBeCloseTo(-2 * t * f(t), 9);
  });

  it('tanh′(1) = 1 − 0.7616² ≈ 0.42, and the central difference with h = 10⁻⁵ agrees to ten digits', () => {
    says('At $z = 1$ that is $1 - 0.7616^2 \\approx 0.42$');
    says('the central difference with $h = 10^{-5}$ agrees to ten digits');
    expect(d4(Math.tanh(1))).toBe('0.7616');
    expect((1 - Math.tanh(1) ** 2).toFixed(2)).toBe('0.42');
    expect(Math.abs(differenceSlope(Math.tanh, 1, 1e-5, 'central') - (1 - Math.tanh(1) ** 2))).toBeLessThan(1e-10);
  });

  it('dℓ/dz = q − y for both labels (the sigmoid and the cross-entropy together)', () => {
    for (const y of [0, 1])
      for (const z of [-2, 0.3, 1.7]) {
        const loss = (t: number) => exampleLoss([0, 0, 0, 0, t], 1, { x1: 0, x2: 0, y });
        const q = 1 / (1 + Math.exp(-z));
        expect(differenceSlope(loss, z, 1e-5, 'central')).toBeCloseTo(q - y, 9);
      }
  });
});

describe('lesson 7: one example through the graph', () => {
  const t = traceExample(LESSON_WEIGHTS, GRAPH_HIDDEN, LESSON_EXAMPLE);

  it('the example and the weights are the ones the prose states', () => {
    says('Take the example $x = (0.5, -1)$ with label $y = 1$');
    says(
      '$w_{11} = 1$, $w_{12} = -0.5$ for the first hidden unit, $w_{21} = 1$, $w_{22} = 1$ for the second, $u_1 = -0.5$, $u_2 = 1$ at the output, and every bias 0',
    );
    says("give it $H = 2$ hidden units: 9 parameters instead of lesson 6's 17");
    expect(LESSON_EXAMPLE).toEqual({ x1: 0.5, x2: -1, y: 1 });
    expect(LESSON_WEIGHTS).toEqual([1, -0.5, 1, 1, 0, 0, -0.5, 1, 0]);
    expect(tinyNetDim(GRAPH_HIDDEN)).toBe(9);
    expect(tinyNetDim(4)).toBe(17);
    // An orange point of the XOR pattern: opposite signs.
    expect(LESSON_EXAMPLE.x1 * LESSON_EXAMPLE.x2 < 0).toBe(LESSON_EXAMPLE.y === 1);
  });

  it('forward: z = (1, −0.5), a ≈ (0.7616, −0.4621), z ≈ −0.8429, q ≈ 0.3009, ℓ ≈ 1.2009', () => {
    says('$z_1 = 1 \\cdot 0.5 + (-0.5)(-1) = 1$ and $z_2 = 1 \\cdot 0.5 + 1 \\cdot (-1) = -0.5$');
    says('$a_1 = \\tanh 1 \\approx 0.7616$ and $a_2 = \\tanh(-0.5) \\approx -0.4621$');
    says('$z = -0.5 \\cdot 0.7616 + 1 \\cdot (-0.4621) \\approx -0.8429$');
    says('$q = \\sigma(-0.8429) \\approx 0.3009$, and $\\ell = -\\ln 0.3009 \\approx 1.2009$');
    says('a 30 % chance of being orange');
    expect(Array.from(t.z)).toEqual([1, -0.5]);
    expect(Array.from(t.a, d4)).toEqual(['0.7616', '-0.4621']);
    expect(d4(t.out)).toBe('-0.8429');
    expect(d4(t.q)).toBe('0.3009');
    expect(d4(t.loss)).toBe('1.2009');
    expect(Math.round(100 * t.q)).toBe(30);
  });

  it('backward: δ ≈ −0.6991, then c, u, a, δⱼ, b and w as the prose lists them', () => {
    says('$\\delta = q - y \\approx 0.3009 - 1 = -0.6991$');
    says(
      '$\\partial \\ell / \\partial c = \\delta \\approx -0.6991$, $\\partial \\ell / \\partial u_1 = \\delta\\, a_1 \\approx -0.5324$',
    );
    says('$\\partial \\ell / \\partial u_2 = \\delta\\, a_2 \\approx 0.3231$');
    says(
      '$\\partial \\ell / \\partial a_1 = \\delta\\, u_1 \\approx 0.3495$ and $\\partial \\ell / \\partial a_2 = \\delta\\, u_2 \\approx -0.6991$',
    );
    says(
      '$\\delta_1 \\approx 0.3495 \\cdot 0.42 \\approx 0.1468$ and $\\delta_2 \\approx -0.6991 \\cdot 0.7864 \\approx -0.5498$',
    );
    says(
      'So $\\partial \\ell / \\partial w_{11} \\approx 0.0734$, $\\partial \\ell / \\partial w_{12} \\approx -0.1468$, $\\partial \\ell / \\partial w_{21} \\approx -0.2749$ and $\\partial \\ell / \\partial w_{22} \\approx 0.5498$',
    );
    says('all 9 partial derivatives');
    expect(d4(t.delta)).toBe('-0.6991');
    expect(Array.from(t.dA, d4)).toEqual(['0.3495', '-0.6991']);
    expect(Array.from(t.tanhSlope, d4)).toEqual(['0.4200', '0.7864']);
    expect(Array.from(t.deltaHidden, d4)).toEqual(['0.1468', '-0.5498']);
    expect(Array.from(t.gradient, d4)).toEqual([
      '0.0734',
      '-0.1468',
      '-0.2749',
      '0.5498',
      '0.1468',
      '-0.5498',
      '-0.5324',
      '0.3231',
      '-0.6991',
    ]);
  });

  it('the signs as advice: ∂ℓ/∂u₁ < 0 with a₁ ≈ 0.76 and u₁ = −0.5; ∂ℓ/∂w₂₂ > 0', () => {
    says('($a_1 \\approx 0.76$)');
    expect(t.gradient[6]).toBeLessThan(0);
    expect(t.a[0]!.toFixed(2)).toBe('0.76');
    expect(t.gradient[3]).toBeGreaterThan(0);
  });
  it('the figure: seven forward steps, then eight backward; calling the point blue costs ℓ ≈ 0.3580, δ ≈ 0.3009, every derivative flipped and smaller', () => {
    says('its first seven steps are the forward pass, the other eight the backward pass');
    says(
      'the same forward values now cost only $\\ell \\approx 0.3580$; the error at the output is $\\delta \\approx 0.3009$, and every derivative changes sign and shrinks with it',
    );
    const steps = graphSteps(GRAPH_HIDDEN);
    expect(steps.filter((s) => s.phase === 'forward')).toHaveLength(7);
    expect(steps.filter((s) => s.phase === 'backward')).toHaveLength(8);
    expect(steps.slice(0, 7).every((s) => s.phase === 'forward')).toBe(true);
    expect(steps[6]!.kind).toBe('loss');
    const blue = traceExample(LESSON_WEIGHTS, GRAPH_HIDDEN, { ...LESSON_EXAMPLE, y: 0 });
    expect(d4(blue.loss)).toBe('0.3580');
    expect(d4(blue.delta)).toBe('0.3009');
    expect(blue.q).toBe(t.q);
    t.gradient.forEach((g, d) => {
      expect(Math.sign(blue.gradient[d]!)).toBe(-Math.sign(g));
      expect(Math.abs(blue.gradient[d]!)).toBeLessThan(Math.abs(g));
    });
  });
});

describe('lesson 7: what a gradient costs', () => {
  it('18 or 10 passes for 9 parameters, 34 or 18 for 17; 1,000,001 for a million; about 17 minutes at a millisecond each', () => {
    says('That is 18 forward passes, or 10 with the one-sided difference');
    says('with 17 parameters, it is 34 or 18');
    says('1,000,001 forward passes for one measured gradient');
    says('about 17 minutes for every step of descent');
    expect(gradientPasses(9)).toEqual({ oneSided: 10, central: 18 });
    expect(gradientPasses(17)).toEqual({ oneSided: 18, central: 34 });
    expect(gradientPasses(1e6).oneSided).toBe(1_000_001);
    expect(Math.round(gradientPasses(1e6).oneSided / 1000 / 60)).toBe(17);
  });

  it('forward: 6 multiplications and 4 function calls; backward: 12 and none; 3H and 6H, three forward passes’ worth', () => {
    says(
      'the forward pass does 6 multiplications (and 4 calls of $\\tanh$, $e$ or $\\ln$), the backward pass 12 multiplications and none of those calls',
    );
    says('the counts are $3H$ and $6H$: the whole gradient costs about three forward passes');
    expect(passCosts(GRAPH_HIDDEN)).toEqual({
      forward: { multiplications: 6, functions: 4 },
      backward: { multiplications: 12, functions: 0 },
    });
    for (const H of [1, 3, 4, 10]) {
      const c = passCosts(H);
      expect(c.forward.multiplications).toBe(3 * H);
      expect(c.backward.multiplications).toBe(6 * H);
      expect((c.forward.multiplications + c.backward.multiplications) / c.forward.multiplications).toBe(3);
    }
  });
});

describe('lesson 7: one step by hand', () => {
  const before = traceExample(LESSON_WEIGHTS, GRAPH_HIDDEN, LESSON_EXAMPLE);
  const after = exampleStep(LESSON_WEIGHTS, GRAPH_HIDDEN, LESSON_EXAMPLE, LESSON_ETA);

  it('the table: every parameter, its derivative and its value after a step with η = 0.5', () => {
    says("With lesson 6's learning rate $\\eta = 0.5$");
    expect(LESSON_ETA).toBe(0.5);
    expect(LESSON_ETA).toBe(NET_LEARNING_RATE.gd);
    const names = ['w_{11}', 'w_{12}', 'w_{21}', 'w_{22}', 'b_1', 'b_2', 'u_1', 'u_2', 'c'];
    const rows = raw.split('\n').filter((l) => /^\| \$/.test(l));
    expect(rows).toHaveLength(9);
    names.forEach((name, d) => {
      const cells = rows[d]!.split('|').map((c) => c.trim());
      expect(cells.slice(1, 5)).toEqual([
        `$${name}$`,
        cell(LESSON_WEIGHTS[d]!),
        cell(Number(d4(before.gradient[d]!))),
        cell(Number(d4(after[d]!))),
      ]);
    });
    says('$u_1 \\leftarrow -0.5 - 0.5 \\cdot (-0.5324) = -0.2338$');
  });

  it('after the step q rises from 0.3009 to 0.5717 (now orange) and ℓ falls from 1.2009 to 0.5592', () => {
    says('$q$ rises from 0.3009 to 0.5717, so the network now calls the point orange');
    says('the loss falls from 1.2009 to 0.5592');
    const t = traceExample(after, GRAPH_HIDDEN, LESSON_EXAMPLE);
    expect(d4(t.q)).toBe('0.5717');
    expect(t.q).toBeGreaterThan(0.5);
    expect(d4(t.loss)).toBe('0.5592');
  });
});

describe('lesson 7: the gradient check of lesson 6’s network', () => {
  const net = netObjective('xor', 4);
  const p = tinyNetInit(4, 1);
  const check = (mistake: BackpropMistake) =>
    gradientCheck((x) => net.value(x), p, backpropGradient(net, p, mistake), CHECK_H).map((r) => r.relative);

  it('17 parameters on 160 points, h = 10⁻⁵: every entry agrees to better than 2·10⁻⁸', () => {
    says('all 17 parameters on its 160 points, at its starting weights, with $h = 10^{-5}$');
    says('Every entry agrees with the measurement to better than $2 \\cdot 10^{-8}$');
    expect(net.dim).toBe(17);
    expect(NET_EXAMPLES).toBe(160);
    expect(CHECK_H).toBe(1e-5);
    expect(Math.max(...check('none'))).toBeLessThan(2e-8);
  });

  it('the relative difference is exactly 1 when the signs differ, whatever the sizes: the slip’s b₁ row', () => {
    says('and exactly 1 when their signs differ, whatever their sizes');
    // The tanh slip's bias row b₁ is such a case: opposite signs, different sizes, relative exactly 1.
    const b1 = gradientCheck((x) => net.value(x), p, backpropGradient(net, p, 'tanh-slope'), CHECK_H)[8]!;
    expect(Math.sign(b1.computed)).toBe(-Math.sign(b1.numeric));
    expect(Math.abs(b1.computed)).not.toBeCloseTo(Math.abs(b1.numeric), 4);
    expect(b1.relative).toBe(1);
  });

  it('forgetting the tanh slope: the output’s 5 rows unchanged, all 12 hidden rows disagree by more than 10⁻⁵, 10 by more than 1 %', () => {
    says("The output's 5 entries agree exactly as well as before");
    says("every one of the hidden layer's 12 disagrees by more than $10^{-5}$, and 10 of them by more than 1 %");
    const rows = check('tanh-slope');
    // The output rows do not pass through the tanh: the slip leaves them exactly as they were.
    expect(rows.slice(12)).toEqual(check('none').slice(12));
    const hidden = rows.slice(0, 12);
    expect(Math.min(...hidden)).toBeGreaterThan(1e-5);
    expect(hidden.filter((r) => r > 0.01)).toHaveLength(10);
  });
  it('two cautions: at the start w₁₁ and w₁₂ disagree only in the third and fifth digits; after 400 steps every hidden row is off by more than 20 %; h = 10⁻¹² blurs all 17 rows past 10⁻⁴', () => {
    says("the first hidden unit's two weights happen to be small");
    says('on every point its sum is small, its $\\tanh$ nearly straight, and the forgotten factor above 0.96');
    says('its rows $w_{11}$ and $w_{12}$ disagree only in the third and the fifth digit');
    // The other hidden units start with weights several times larger.
    const size = (j: number) => Math.hypot(p[2 * j]!, p[2 * j + 1]!);
    for (const j of [1, 2, 3]) expect(size(j)).toBeGreaterThan(1.5 * size(0));
    // The biases start at 0, so unit 1's sum is w₁₁x₁ + w₁₂x₂ on every point of the data.
    expect(p[8]).toBe(0);
    const data = DATASETS.xor.generate({ n: NET_EXAMPLES, seed: NET_DATA_SEED });
    const slopes = Array.from(
      { length: data.n },
      (_, i) => 1 - Math.tanh(p[0]! * data.x[2 * i]! + p[1]! * data.x[2 * i + 1]!) ** 2,
    );
    expect(slopes).toHaveLength(160);
    expect(Math.min(...slopes)).toBeGreaterThan(0.96);
    says("After 400 steps of lesson 6's training");
    says('every hidden row is off by more than 20 %');
    says('all 17 rows disagree by more than $10^{-4}$: rounding, not a bug');
    const start = check('tanh-slope');
    expect(start[0]).toBeGreaterThanOrEqual(1e-3);
    expect(start[0]).toBeLessThan(1e-2);
    expect(start[1]).toBeGreaterThanOrEqual(1e-5);
    expect(start[1]).toBeLessThan(1e-4);
    const trained = run(net, gradientDescent({ learningRate: NET_LEARNING_RATE.gd }), p, { maxSteps: 400 });
    expect(trained.steps).toBe(400);
    const q = trained.positions.slice(400 * 17, 401 * 17);
    const late = gradientCheck((x) => net.value(x), q, backpropGradient(net, q, 'tanh-slope'), CHECK_H);
    expect(Math.min(...late.slice(0, 12).map((r) => r.relative))).toBeGreaterThan(0.2);
    const blur = gradientCheck((x) => net.value(x), p, backpropGradient(net, p), 1e-12);
    expect(Math.min(...blur.map((r) => r.relative))).toBeGreaterThan(1e-4);
  });
});

describe('lesson 7: the exercises’ solutions', () => {
  it('exercise 1: θ⁴ at 1, h = 0.1: off by 0.641 and 0.04; with h = 0.01, 0.060401 and 0.0004', () => {
    says('$0.6 + 0.04 + 0.001 = 0.641$, the central one by $0.04$');
    says('$0.060401$ and $0.0004$');
    const quartic = (t: number) => t ** 4;
    expect(differenceSlope(quartic, 1, 0.1, 'forward') - 4).toBeCloseTo(0.641, 10);
    expect(differenceSlope(quartic, 1, 0.1, 'central') - 4).toBeCloseTo(0.04, 10);
    expect(differenceSlope(quartic, 1, 0.01, 'forward') - 4).toBeCloseTo(0.060401, 10);
    expect(differenceSlope(quartic, 1, 0.01, 'central') - 4).toBeCloseTo(0.0004, 10);
  });

  it('exercise 2: ŷ = u tanh(wx) at x = 2, y = 1, w = 0.5, u = 1: −0.2384, −0.1816, −0.2002', () => {
    says('$\\hat y - y \\approx -0.2384$');
    says('$\\partial \\ell / \\partial u \\approx -0.2384 \\cdot 0.7616 \\approx -0.1816$');
    says('$\\partial \\ell / \\partial w \\approx -0.2384 \\cdot 1 \\cdot 0.42 \\cdot 2 \\approx -0.2002$');
    const loss = (w: number, u: number) => 0.5 * (u * Math.tanh(w * 2) - 1) ** 2;
    expect(d4(Math.tanh(1) - 1)).toBe('-0.2384');
    expect(d4(differenceSlope((u) => loss(0.5, u), 1, 1e-5, 'central'))).toBe('-0.1816');
    expect(d4(differenceSlope((w) => loss(w, 1), 0.5, 1e-5, 'central'))).toBe('-0.2002');
  });

  it('exercise 3: one hidden unit, x = (1, 0.5), y = 0: forward, backward and a step with η = 0.5', () => {
    const w = [0.5, -1, 0.5, 2, -0.5];
    const ex = { x1: 1, x2: 0.5, y: 0 };
    says('$w_{11} = 0.5$, $w_{12} = -1$, $b_1 = 0.5$, $u_1 = 2$, $c = -0.5$');
    says('$z_1 = 0.5 \\cdot 1 + (-1) \\cdot 0.5 + 0.5 = 0.5$, $a_1 = \\tanh 0.5 \\approx 0.4621$');
    says('$z = 2 \\cdot 0.4621 - 0.5 \\approx 0.4242$, $q = \\sigma(0.4242) \\approx 0.6045$');
    says('$\\ell = -\\ln(1 - q) \\approx 0.9276$');
    says('it calls a blue point 60 % orange');
    says('$\\delta = q - y \\approx 0.6045$');
    says('$\\partial \\ell / \\partial u_1 = \\delta\\, a_1 \\approx 0.2793$');
    says('$\\partial \\ell / \\partial a_1 = \\delta\\, u_1 \\approx 1.2090$');
    says('$\\delta_1 \\approx 1.2090 \\cdot (1 - \\tanh^2 0.5) \\approx 1.2090 \\cdot 0.7864 \\approx 0.9508$');
    says('$\\partial \\ell / \\partial w_{12} = \\delta_1 \\cdot 0.5 \\approx 0.4754$');
    says(
      '$w_{11} \\approx 0.0246$, $w_{12} \\approx -1.2377$, $b_1 \\approx 0.0246$, $u_1 \\approx 1.8603$, $c \\approx -0.8022$',
    );
    says('gives $q \\approx 0.1467$ and $\\ell \\approx 0.1587$');
    says('its loss fell to about a sixth');
    const t = traceExample(w, 1, ex);
    expect([t.z[0], d4(t.a[0]!), d4(t.out), d4(t.q), d4(t.loss)]).toEqual([
      0.5,
      '0.4621',
      '0.4242',
      '0.6045',
      '0.9276',
    ]);
    expect(Math.round(100 * t.q)).toBe(60);
    expect([d4(t.delta), d4(t.dA[0]!), (1 - t.a[0]! ** 2).toFixed(4), d4(t.deltaHidden[0]!)]).toEqual([
      '0.6045',
      '1.2090',
      '0.7864',
      '0.9508',
    ]);
    expect(Array.from(t.gradient, d4)).toEqual(['0.9508', '0.4754', '0.9508', '0.2793', '0.6045']);
    const next = exampleStep(w, 1, ex, 0.5);
    expect(Array.from(next, d4)).toEqual(['0.0246', '-1.2377', '0.0246', '1.8603', '-0.8022']);
    const n = traceExample(next, 1, ex);
    expect([d4(n.q), d4(n.loss)]).toEqual(['0.1467', '0.1587']);
    expect(n.q).toBeLessThan(0.5);
    expect(Math.round(t.loss / n.loss)).toBe(6);
  });

  it('exercise 4: 784–100–10 has 79,510 parameters; 79,511 and 159,020 passes', () => {
    says('$100 \\cdot 785 = 78{,}500$');
    says('$10 \\cdot 101 = 1{,}010$ more. In all, 79,510');
    says('79,511 forward passes');
    says('Central differences need two per parameter: 159,020');
    expect(100 * 785 + 10 * 101).toBe(79_510);
    expect(gradientPasses(79_510)).toEqual({ oneSided: 79_511, central: 159_020 });
  });

  it('exercise 5: forgetting x_k leaves the biases agreeing to 2·10⁻⁸ and the weights 70 % off or more; a flipped sign gives exactly 1', () => {
    says('the biases still agree to $2 \\cdot 10^{-8}$, and the weights disagree by 70 % or more');
    says('is exactly 1 in all 17 rows');
    const net = netObjective('xor', 4);
    const p = tinyNetInit(4, 1);
    const rel = (m: BackpropMistake) =>
      gradientCheck((x) => net.value(x), p, backpropGradient(net, p, m), CHECK_H).map((r) => r.relative);
    const input = rel('input');
    expect(Math.max(...input.slice(8))).toBeLessThan(2e-8);
    expect(Math.min(...input.slice(0, 8))).toBeGreaterThanOrEqual(0.7);
    for (const r of rel('sign')) expect(r).toBeCloseTo(1, 9);
  });
});

describe('lesson 7: quiz answers', () => {
  it('central difference of 1/θ at 1 with h = 0.5 is −4/3; with h = 0.05 about −1.0025', () => {
    asks('answer: -1.3333');
    asks('With $h = 0.05$ it gives about $-1.0025$');
    const inv = (t: number) => 1 / t;
    expect(differenceSlope(inv, 1, 0.5, 'central')).toBeCloseTo(-4 / 3, 12);
    expect(d4(differenceSlope(inv, 1, 0.05, 'central'))).toBe('-1.0025');
  });

  it('error scaling: a hundredfold per tenfold while truncation dominates (the two-well curve shows it)', () => {
    const a = slopeError(L, slope(0.5), 0.5, 0.01).centralError;
    const b = slopeError(L, slope(0.5), 0.5, 0.001).centralError;
    expect(Math.round(a / b)).toBe(100);
  });

  it('(5 − 2θ)³ at 1: −54; the hidden weight: −0.96; 26 parameters, 27 passes', () => {
    asks('answer: -54');
    asks('answer: -0.96');
    asks('answer: 27');
    expect(differenceSlope((t) => (5 - 2 * t) ** 3, 1, 1e-4, 'central')).toBeCloseTo(-54, 6);
    const delta = 0.5,
      a = 0.6,
      u = 2;
    expect(delta * u * (1 - a * a) * -1.5).toBeCloseTo(-0.96, 12);
    expect(3 * 5 + 5 + 5 + 1).toBe(26);
    expect(gradientPasses(26).oneSided).toBe(27);
  });

  it('the bottom of the V is near 10⁻¹¹ or 10⁻¹² in relative terms', () => {
    asks('the bottom of the V is near $10^{-11}$ or $10^{-12}$ in relative terms');
    const curve = slopeErrorCurve(L, slope(1), 1, SLOPE_RUNGS);
    const rel = curve[bestRung(curve, 'central')]!.centralError / Math.abs(slope(1));
    expect(rel).toBeGreaterThan(1e-13);
    expect(rel).toBeLessThan(1e-10);
  });
});

describe('lesson 7: the challenge agrees with its explanation', () => {
  const pass = (e: number) => checkChallenge('difference-offset', { e }).passed;
  const rng = createRng(77);

  it('asks about θ = −0.5, not the lesson’s θ = 1', () => {
    asks('at $\\theta = -0.5$');
    expect(DIFFERENCE_THETA).toBe(-0.5);
    expect(DIFFERENCE_THETA).not.toBe(SLOPE_THETA);
  });

  it('every h from 10⁻⁷ to 10⁻⁵ passes', () => {
    asks('Every $h$ from $10^{-7}$ to $10^{-5}$ works');
    for (let i = 0; i < 400; i++) expect(pass(-7 + 2 * rng.next())).toBe(true);
    expect(pass(-5)).toBe(true);
    expect(pass(-7)).toBe(true);
  });

  it('larger offsets fail on truncation; below about 10⁻¹¹ they fail on rounding; the messages say which', () => {
    asks('below about $10^{-11}$, too much rounding error');
    for (let i = 0; i < 300; i++) {
      const e = -4.5 + 4.5 * rng.next();
      expect(pass(e)).toBe(false);
      expect(checkChallenge('difference-offset', { e }).message).toContain('truncation');
    }
    for (let i = 0; i < 300; i++) {
      const e = -16 + 5 * rng.next();
      expect(pass(e)).toBe(false);
      expect(checkChallenge('difference-offset', { e }).message).toContain('rounding');
    }
  });

  it('in between, rounding makes it luck: some offsets pass and some do not', () => {
    const between = Array.from({ length: 400 }, (_, i) => pass(-11 + (4 * i) / 400));
    expect(between.some(Boolean)).toBe(true);
    expect(between.some((v) => !v)).toBe(true);
  });

  it('an exponent outside −16 … 0, or none, gets a clear message', () => {
    for (const e of [1, -17, Number.NaN])
      expect(checkChallenge('difference-offset', { e })).toEqual({
        passed: false,
        message: 'Choose an exponent e from −16 to 0 (h = 10^e).',
      });
    expect(checkChallenge('difference-offset', {}).passed).toBe(false);
  });
});
