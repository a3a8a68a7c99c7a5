// The challenges of lessons 4–6 agree with their words: inputs the explanation calls right pass,
// inputs it calls wrong fail, and each message says what happened. The predictions here come from
// the explanations' own reasoning (per-direction factors, stability limits), not from the checker.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  QUADRATIC_HESSIAN_EIGENVALUES,
  QUADRATIC_PRINCIPAL_DIRECTIONS,
  illConditionedBowl,
  momentum,
  run,
  seedSweep,
  twoWells,
} from '../../../src/optim/index.ts';
import { NOISE_ETA, NOISE_HALF_LIFE, NOISE_SEEDS, NOISE_STEPS } from '../../../src/figures/lessons/sgd/shared.ts';
import { valleyOf } from '../../../src/figures/lessons/sgd/valley.ts';
import { checkChallenge, MOMENTUM_KAPPA, MOMENTUM_START, SHARP_START } from '../../../src/quiz/challenges.ts';

type Item = { id: string; kind: string; check?: string; explanation: string; prompt: string };
const quiz = (lesson: string) =>
  (
    parse(readFileSync(new URL(`../../../content/quizzes/${lesson}.yaml`, import.meta.url), 'utf8')) as {
      items: Item[];
    }
  ).items;
const challenge = (lesson: string, check: string) => quiz(lesson).find((i) => i.check === check)!;
/** Learning rates on the challenge input's grid (step 0.001). */
const grid = (lo: number, hi: number) =>
  fc.integer({ min: Math.round(lo * 1000), max: Math.round(hi * 1000) }).map((k) => k / 1000);

describe('lesson 4: the tilted bowl from a start on its sharp direction', () => {
  const item = challenge('gradients', 'tilted-bowl-sharp-start');
  const [LMIN, LMAX] = QUADRATIC_HESSIAN_EIGENVALUES;
  const [G, S] = QUADRATIC_PRINCIPAL_DIRECTIONS;
  const start = {
    gentle: SHARP_START[0] * G[0] + SHARP_START[1] * G[1],
    sharp: SHARP_START[0] * S[0] + SHARP_START[1] * S[1],
  };
  /** The explanation's reasoning: after 5 steps each direction's position is its start times (1 − ηλ)⁵. */
  const predicted = (eta: number) => {
    const gentle = start.gentle * (1 - eta * LMIN) ** 5;
    const sharp = start.sharp * (1 - eta * LMAX) ** 5;
    return { gentle, sharp, dist: Math.hypot(gentle, sharp) };
  };

  it('the start lies almost on the sharp direction, as the prompt says', () => {
    expect(item.prompt).toContain('$(-0.45, 1.95)$');
    expect(Math.abs(start.gentle)).toBeLessThan(0.011);
    expect(Math.abs(start.sharp)).toBeGreaterThan(2);
  });

  it('every η the explanation calls right (0.106 to 0.215, and 1/λmax) passes', () => {
    expect(item.explanation).toContain('Every $\\eta$ from about $0.106$ to $0.215$ is within $0.01$ after 5 steps');
    expect(item.explanation).toContain('1/(4 + \\sqrt5) \\approx 0.160');
    expect(checkChallenge('tilted-bowl-sharp-start', { eta: 0.16 }).passed).toBe(true);
    fc.assert(
      fc.property(grid(0.106, 0.215), (eta) => {
        expect(predicted(eta).dist).toBeLessThan(0.01);
        expect(checkChallenge('tilted-bowl-sharp-start', { eta }).passed).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('every η outside that window fails, and 0.25 is about 0.11 away', () => {
    expect(item.explanation).toContain('after 5 steps the walk is still about $0.11$ away');
    expect(predicted(0.25).dist.toFixed(2)).toBe('0.11');
    fc.assert(
      fc.property(fc.oneof(grid(0.01, 0.105), grid(0.216, 0.4)), (eta) => {
        expect(predicted(eta).dist).toBeGreaterThan(0.01);
        const v = checkChallenge('tilted-bowl-sharp-start', { eta });
        expect(v.passed).toBe(false);
        expect(v.message).toContain(predicted(eta).dist.toPrecision(3));
      }),
      { numRuns: 200 },
    );
  });

  it('a failure names the direction that is left and what its factor does, and only gives advice that can help', () => {
    fc.assert(
      fc.property(fc.oneof(grid(0.01, 0.105), grid(0.216, 0.4)), (eta) => {
        const p = predicted(eta);
        const v = checkChallenge('tilted-bowl-sharp-start', { eta });
        const sharpLeft = Math.abs(p.sharp) >= Math.abs(p.gentle);
        expect(v.message).toContain(sharpLeft ? 'along the sharp direction' : 'along the gentle direction');
        const factor = 1 - eta * (sharpLeft ? LMAX : LMIN);
        expect(v.message).toContain(factor.toFixed(3));
        if (factor < 0) expect(v.message).toMatch(/swings from side to side; a smaller η/);
        else expect(v.message).toMatch(/shrinks slowly/);
        if (v.message.includes('a larger η')) expect(eta).toBeLessThan(0.4);
      }),
      { numRuns: 200 },
    );
  });

  it('nonsense input gets a clear message, never a crash', () => {
    for (const eta of [NaN, 0, -1, 0.41, Infinity]) {
      const v = checkChallenge('tilted-bowl-sharp-start', { eta });
      expect(v).toMatchObject({ passed: false, message: 'Choose a learning rate η above 0 and at most 0.4.' });
    }
    expect(checkChallenge('tilted-bowl-sharp-start', {}).passed).toBe(false);
  });
});

describe('lesson 5: the smallest noise that lets 10 of 50 seeds escape', () => {
  const item = challenge('sgd', 'noise-escape-threshold');
  // The figure's own count, independent of the checker: seeds 1–50 ending in the deeper valley.
  const counts = new Map<number, number>();
  const count = (noise: number) => {
    if (!counts.has(noise))
      counts.set(
        noise,
        Array.from(
          seedSweep(twoWells, { learningRate: NOISE_ETA, noise, halfLife: NOISE_HALF_LIFE }, [-0.9], NOISE_SEEDS, {
            maxSteps: NOISE_STEPS,
          }),
        ).filter((v) => valleyOf(v) === 'deeper').length,
      );
    return counts.get(noise)!;
  };
  const halves = fc.integer({ min: 0, max: 24 }).map((k) => k / 2);

  it('the explanation’s answer passes: 3.5, where the count first reaches 10', () => {
    expect(item.explanation).toContain('the smallest $\\gamma_0$ that reaches 10 is 3.5');
    expect(checkChallenge('noise-escape-threshold', { noise: 3.5 }).passed).toBe(true);
  });

  it('a γ₀ passes exactly when its count reaches 10 and the half unit below it does not; the message quotes the counts', () => {
    fc.assert(
      fc.property(halves, (noise) => {
        const here = count(noise);
        const below = noise > 0 ? count(noise - 0.5) : 0;
        const v = checkChallenge('noise-escape-threshold', { noise });
        expect(v.passed).toBe(here >= 10 && below < 10);
        expect(v.message).toContain(`${here} of the 50 seeds`);
        if (here < 10) expect(v.message).toContain('fewer than 10');
        else if (below >= 10) expect(v.message).toContain(`already ${below} do, so ${noise} is not the smallest`);
        if (v.message.includes('likelier as the noise grows')) expect(noise).toBeLessThan(12);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('off the half-unit grid, out of range or not a number: a clear message, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 12, noNaN: true }).filter((v) => !Number.isInteger(2 * v)),
          fc.double({ min: -1e9, max: -0.01 }),
          fc.double({ min: 12.01, max: 1e9 }),
          fc.constant(NaN),
        ),
        (noise) => {
          const v = checkChallenge('noise-escape-threshold', { noise });
          expect(v).toEqual({ passed: false, message: 'Choose a starting noise γ₀ from 0 to 12, in steps of 0.5.' });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('lesson 6: momentum to the bottom of the narrow bowl in 30 steps', () => {
  const item = challenge('beyond-descent', 'momentum-fast-bowl');
  const bowl = illConditionedBowl(MOMENTUM_KAPPA);
  const walk = (eta: number, beta: number) =>
    run(bowl, momentum({ learningRate: eta, beta }), MOMENTUM_START, { maxSteps: 300, toleranceGrad: 1e-3 });
  const betas = (lo: number, hi: number) =>
    fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((k) => k / 100);
  /** The explanation's stability rule: momentum settles on the bowl exactly when η < 2(1 + β)/κ. */
  const limit = (beta: number) => (2 * (1 + beta)) / MOMENTUM_KAPPA;

  it('every setting the explanation calls right passes: β = 0.48 with η from 0.092 to 0.110', () => {
    expect(item.explanation).toContain('With $\\beta = 0.48$, every learning rate from $0.092$ to $0.110$');
    fc.assert(
      fc.property(grid(0.092, 0.11), (eta) => {
        expect(checkChallenge('momentum-fast-bowl', { eta, beta: 0.48 }).passed).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('plain descent (β = 0) and heavy memory (β ≥ 0.9) never pass, whatever η', () => {
    expect(item.prompt).toContain('plain descent needs about 100 steps');
    expect(item.explanation).toContain('with $\\beta = 0.9$ or more, no $\\eta$ does it');
    fc.assert(
      fc.property(grid(0.001, 0.2), fc.oneof(fc.constant(0), betas(0.9, 0.99)), (eta, beta) => {
        expect(checkChallenge('momentum-fast-bowl', { eta, beta }).passed).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('above 2(1 + β)/κ it never passes, and well above it the message says it diverged and names the limit', () => {
    expect(item.explanation).toContain('it settles for every $\\eta$ below $2(1 + \\beta)/25$');
    fc.assert(
      fc.property(betas(0, 0.99), fc.double({ min: 0, max: 1, noNaN: true }), (beta, u) => {
        const lo = limit(beta) * 1.001;
        if (lo >= 0.2) return;
        const eta = Math.round((lo + u * (0.2 - lo)) * 1000) / 1000;
        if (eta <= limit(beta)) return;
        const v = checkChallenge('momentum-fast-bowl', { eta, beta });
        expect(v.passed).toBe(false);
        if (eta > 1.1 * limit(beta)) {
          expect(v.message).toContain('diverged');
          expect(v.message).toContain(limit(beta).toFixed(3));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a failure says what the run did (its steps, diverged or not, swinging or creeping) and only hints what the inputs allow', () => {
    fc.assert(
      fc.property(grid(0.001, 0.2), betas(0, 0.99), (eta, beta) => {
        const r = walk(eta, beta);
        const v = checkChallenge('momentum-fast-bowl', { eta, beta });
        expect(v.passed).toBe(r.stop.reason === 'tolerance-grad' && r.steps <= 30);
        if (v.passed) return;
        expect(v.message).toContain(`${r.steps} steps`);
        expect(v.message.includes('diverged')).toBe(r.stop.reason === 'diverged');
        if (r.stop.reason !== 'diverged') {
          let late = false;
          for (let k = Math.max(1, r.steps - 9); k <= r.steps; k++)
            for (const i of [0, 1]) if (r.positions[2 * k + i]! * r.positions[2 * (k - 1) + i]! < 0) late = true;
          expect(v.message.includes('still swinging')).toBe(late);
          expect(v.message.includes('crept along the floor')).toBe(!late);
        }
        if (v.message.includes('Less momentum')) expect(beta).toBeGreaterThan(0);
        if (v.message.includes('More momentum')) expect(beta).toBeLessThan(0.99);
        if (v.message.includes('beyond plain descent')) expect(eta).toBeLessThanOrEqual(0.08);
      }),
      { numRuns: 200 },
    );
  });

  it('nonsense input gets a clear message, never a crash', () => {
    expect(checkChallenge('momentum-fast-bowl', { eta: NaN, beta: 0.5 }).message).toBe(
      'Choose a learning rate η between 0 and 0.2.',
    );
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.1, beta: 1 }).message).toBe(
      'Choose a momentum β from 0 to 0.99.',
    );
    expect(checkChallenge('momentum-fast-bowl', { eta: 0.1, beta: -0.1 }).passed).toBe(false);
    expect(checkChallenge('momentum-fast-bowl', {}).passed).toBe(false);
  });
});
