// Lessons 1–3's challenges agree with their words: inputs the explanation calls right pass, inputs
// it calls wrong fail, and each failure message says what happened (and gives only advice that helps).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { BOWL, JUMP, checkChallenge } from '../../../src/quiz/challenges.ts';
import { gradientDescent, parabola, run, twoWells } from '../../../src/optim/index.ts';

const quiz = (slug: string) =>
  (
    parse(readFileSync(new URL(`../../../content/quizzes/${slug}.yaml`, import.meta.url), 'utf8')) as {
      items: {
        id: string;
        explanation: string;
        prompt: string;
        inputs?: { key: string; min: number; max: number }[];
      }[];
    }
  ).items;
const item = (slug: string, id: string) => quiz(slug).find((i) => i.id === id)!;
const input = (slug: string, id: string, key: string) => item(slug, id).inputs!.find((i) => i.key === key)!;
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** The explanation's rule for jump-the-hump: the first step lands right of the hump. */
const firstStep = (x0: number, eta: number) => x0 - eta * twoWells.gradient([x0], new Float64Array(1))[0]!;

describe('two-wells-jump (lesson 1)', () => {
  const x0In = input('what-is-learning', 'jump-the-hump', 'x0');
  const etaIn = input('what-is-learning', 'jump-the-hump', 'eta');
  test('the quiz inputs are the checker’s limits', () => {
    expect([x0In.min, etaIn.max]).toEqual([JUMP.x0Min, JUMP.etaMax]);
    expect(item('what-is-learning', 'jump-the-hump').prompt).toContain(`no larger than ${JUMP.etaMax}`);
  });

  test('passes exactly when the first step lands past the hump (θ₁ > 0), as the explanation says', () => {
    fc.assert(
      fc.property(double(JUMP.x0Min, -0.001), double(0.0005, JUMP.etaMax), (x0, eta) => {
        const t1 = firstStep(x0, eta);
        fc.pre(Math.abs(t1) > 1e-3); // not on the knife-edge of the hump itself
        expect(checkChallenge('two-wells-jump', { x0, eta }).passed).toBe(t1 > 0);
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  test('the explanation’s numbers: from −1.4 (slope ≈ −13.7) η from about 0.103 works; starts above about −1.31 cannot make it', () => {
    const text = item('what-is-learning', 'jump-the-hump').explanation;
    expect(text).toContain('from $-1.4$ up to about $-1.31$');
    expect(text).toContain('at $-1.4$ the slope is about $-13.7$');
    expect(text).toContain('from about $0.103$ to $0.12$');
    expect(checkChallenge('two-wells-jump', { x0: -1.4, eta: 0.103 }).passed).toBe(true);
    expect(checkChallenge('two-wells-jump', { x0: -1.4, eta: 0.102 }).passed).toBe(false);
    expect(checkChallenge('two-wells-jump', { x0: -1.31, eta: 0.12 }).passed).toBe(true);
    expect(checkChallenge('two-wells-jump', { x0: -1.3, eta: 0.12 }).passed).toBe(false);
  });

  test('a failure says where the first step landed and gives only advice that can help', () => {
    fc.assert(
      fc.property(double(JUMP.x0Min, -0.001), double(0.0005, JUMP.etaMax), (x0, eta) => {
        const t1 = firstStep(x0, eta);
        fc.pre(t1 < -1e-3);
        const v = checkChallenge('two-wells-jump', { x0, eta });
        expect(v.passed).toBe(false);
        expect(v.message).toContain(`θ₁ = ${t1.toFixed(3)}, short of the hump`);
        // A larger η can help only if the largest allowed one carries this start over; a higher start
        // only if the steepest allowed start, with this η, gets over.
        const byEta = firstStep(x0, JUMP.etaMax) > 1e-3;
        const byStart = firstStep(JUMP.x0Min, eta) > 1e-3 && x0 > JUMP.x0Min + 0.01;
        const saysEta = /a larger η(?! together)/.test(v.message);
        const saysStart = /a start higher up the left wall(?! and)/.test(v.message);
        if (saysEta) expect(byEta).toBe(true);
        if (saysStart) expect(byStart).toBe(true);
        if (/Neither change alone/.test(v.message)) expect(byEta || byStart).toBe(false);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  test('inputs outside the limits are refused with a sentence, never run', () => {
    expect(checkChallenge('two-wells-jump', { x0: 0.5, eta: 0.1 }).message).toContain('left of the hump');
    expect(checkChallenge('two-wells-jump', { x0: -1, eta: 0.15 }).message).toContain('at most 0.12');
    expect(checkChallenge('two-wells-jump', { x0: Number.NaN, eta: 0.1 }).passed).toBe(false);
  });
});

describe('bowl-diverge (lesson 3)', () => {
  test('passes exactly when the factor 1 − 2η is larger than 1 in size (η > 1), as the explanation says', () => {
    expect(item('gradient-descent-1d', 'make-it-diverge').explanation).toContain('$\\eta > 1$');
    fc.assert(
      fc.property(double(1e-6, BOWL.etaMax), (eta) => {
        expect(checkChallenge('bowl-diverge', { eta }).passed).toBe(eta > 1);
      }),
      { numRuns: 300 },
    );
    for (const eta of [1.0005, 1.01, 1.02, 1.03]) expect(checkChallenge('bowl-diverge', { eta }).passed).toBe(true);
    for (const eta of [1, 0.9, 0.5, 0.01]) expect(checkChallenge('bowl-diverge', { eta }).passed).toBe(false);
  });

  test('messages say what happened: slow growth, the border, zig-zag or one-sided convergence', () => {
    const slow = checkChallenge('bowl-diverge', { eta: 1.01 }).message;
    expect(slow).toContain('multiplies θ by −1.02');
    const at100 = run(parabola, gradientDescent({ learningRate: 1.01 }), [BOWL.x0], { maxSteps: 100 }).positions[100]!;
    expect(slow).toContain(`θ = ${at100.toPrecision(4)}`);
    expect(slow).toContain('grows without limit');
    expect(checkChallenge('bowl-diverge', { eta: 1.1 }).message).toContain('calls the run diverged');
    expect(checkChallenge('bowl-diverge', { eta: 1 }).message).toContain('bounces between 2.5 and −2.5 for ever');
    expect(checkChallenge('bowl-diverge', { eta: 0.8 }).message).toContain('jumps across the bottom but lands closer');
    expect(checkChallenge('bowl-diverge', { eta: 0.5 }).message).toContain('lands exactly on the bottom');
    expect(checkChallenge('bowl-diverge', { eta: 0.2 }).message).toContain('from one side');
    // Never the old contradiction: a factor bigger than 1 in size called "not diverged".
    fc.assert(
      fc.property(double(1e-6, BOWL.etaMax), (eta) => {
        const v = checkChallenge('bowl-diverge', { eta });
        expect(v.passed || !/bigger than 1|more than 1/.test(v.message)).toBe(true);
      }),
    );
  });
});

describe('bowl-overshoot (lesson 3)', () => {
  test('passes exactly when −1 < 1 − 2η < 0 (0.5 < η < 1), however slowly it settles', () => {
    expect(item('gradient-descent-1d', 'overshoot-but-arrive').explanation).toContain('strictly between 0.5 and 1');
    fc.assert(
      fc.property(double(1e-6, BOWL.etaMax), (eta) => {
        expect(checkChallenge('bowl-overshoot', { eta }).passed).toBe(eta > 0.5 && eta < 1);
      }),
      { numRuns: 300 },
    );
    for (const eta of [0.501, 0.9, 0.97, 0.99, 0.999])
      expect(checkChallenge('bowl-overshoot', { eta }).passed).toBe(true);
    for (const eta of [0.5, 1, 0.3, 1.1]) expect(checkChallenge('bowl-overshoot', { eta }).passed).toBe(false);
  });

  test('every passing η really crosses on every step and gets closer; messages name what went wrong', () => {
    fc.assert(
      fc.property(double(0.5001, 0.9999), (eta) => {
        const r = run(parabola, gradientDescent({ learningRate: eta }), [BOWL.x0], { maxSteps: 20 });
        for (let k = 1; k <= r.steps; k++) {
          expect(r.positions[k]! * r.positions[k - 1]!).toBeLessThan(0);
          expect(Math.abs(r.positions[k]!)).toBeLessThan(Math.abs(r.positions[k - 1]!));
        }
      }),
    );
    expect(checkChallenge('bowl-overshoot', { eta: 0.99 }).message).toContain('It is slow: after 100 steps');
    expect(checkChallenge('bowl-overshoot', { eta: 0.6 }).message).toContain('settles');
    expect(checkChallenge('bowl-overshoot', { eta: 0.3 }).message).toContain('without crossing');
    expect(checkChallenge('bowl-overshoot', { eta: 0.5 }).message).toContain('lands exactly on the bottom');
    expect(checkChallenge('bowl-overshoot', { eta: 1 }).message).toContain('never arrives');
    expect(checkChallenge('bowl-overshoot', { eta: 1.1 }).message).toContain('diverges');
  });
});

describe('outlier-share (lesson 2)', () => {
  test('passes exactly for r from 27^¼ ≈ 2.2795 up to (not including) 3, as the explanation says', () => {
    expect(item('loss', 'one-big-miss').explanation).toContain('from about 2.28 up to (not including) 3');
    const lo = 27 ** 0.25;
    fc.assert(
      fc.property(double(0, 10), (r) => {
        fc.pre(Math.abs(r - lo) > 1e-9);
        expect(checkChallenge('outlier-share', { r }).passed).toBe(r > lo && r < 3);
      }),
      { numRuns: 500 },
    );
  });

  test('a share that rounds to its threshold without reaching it says "just under", not the threshold', () => {
    // r = 2.279: the fourth power's share is 89.996 %, which one decimal would print as 90.0 %.
    const near = checkChallenge('outlier-share', { r: 2.279 });
    expect(near.passed).toBe(false);
    expect(near.message).toContain('just under 90 % of the fourth-power error');
    expect(near.message).not.toContain('90.0 %');
    // r = 2.999: under half of the absolute error (49.99 %), passed, and not shown as 50.0 %.
    const half = checkChallenge('outlier-share', { r: 2.999 });
    expect(half.passed).toBe(true);
    expect(half.message).toContain('just under 50 % of the absolute error');
    expect(checkChallenge('outlier-share', { r: 2.5 }).message).toContain('45.5 % of the absolute error');
  });

  test('a failure says which penalty the miss is wrong for', () => {
    fc.assert(
      fc.property(double(0, 10), (r) => {
        const v = checkChallenge('outlier-share', { r });
        if (r >= 3) expect(v.message).toContain('too big for the absolute error');
        else if (r < 2.2795) expect(v.message).toContain('not yet big enough to dominate the fourth power');
      }),
    );
  });
});
