// Computed items: the answer and every generated mistake come from the optimizer module, for the
// default numbers and for every fresh set a reader can draw.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compute, drawParams, fair, MISCONCEPTIONS, rangesOf } from '../../../src/quiz/compute.ts';
import { COMPUTE_IDS, COMPUTE_PARAMS, type ComputeId } from '../../../src/quiz/ids.ts';
import { fill, shownNumeric } from '../../../src/quiz/shown.ts';
import { QuizItemSchema, type QuizItem } from '../../../src/quiz/schema.ts';
import { parabolaStepFactor, quadraticXY } from '../../../src/optim/index.ts';

/** A parameter set drawn from a computation's own ranges. */
const params = (id: ComputeId) =>
  fc.record(
    Object.fromEntries(
      Object.entries(rangesOf(id)).map(([k, r]) => [
        k,
        fc
          .integer({ min: 0, max: Math.round((r.max - r.min) / r.step) })
          .map((i) => Number((r.min + i * r.step).toFixed(6))),
      ]),
    ),
  );

describe('computations', () => {
  test.each(COMPUTE_IDS)('%s draws exactly the parameters ids.ts lists', (id) => {
    expect(Object.keys(rangesOf(id)).sort()).toEqual([...COMPUTE_PARAMS[id]].sort());
  });

  test('descent-steps: θ after k steps on θ² is θ₀(1 − 2η)^k; the misconceptions are those steps done wrong', () => {
    fc.assert(
      fc.property(params('descent-steps'), (p) => {
        const c = compute('descent-steps', p, 1e-9);
        expect(c.answer).toBeCloseTo(p.theta0! * parabolaStepFactor(p.eta!) ** p.steps!, 9);
        const by = Object.fromEntries(c.mistakes.map((m) => [m.kind, m.value]));
        if ('sign-flipped' in by) expect(by['sign-flipped']).toBeCloseTo(p.theta0! * (1 + 2 * p.eta!) ** p.steps!, 6);
        if ('eta-twice' in by)
          expect(by['eta-twice']).toBeCloseTo(p.theta0! * parabolaStepFactor(2 * p.eta!) ** p.steps!, 9);
        if ('step-too-many' in by) expect(by['step-too-many']).toBeCloseTo(c.answer * parabolaStepFactor(p.eta!), 9);
      }),
    );
  });

  test('line-loss: (1/n) Σ ½ r² on three points; ½ dropped doubles it, 1/n dropped triples it', () => {
    const c = compute('line-loss', { m: 1, b: 0, y1: 2, y2: 1, y3: 1 }, 0.001);
    // Residuals −2, 0, 1: (4 + 0 + 1) / 2 / 3.
    expect(c.answer).toBeCloseTo(5 / 6, 12);
    expect(c.values).toMatchObject({ r1: -2, r2: 0, r3: 1 });
    const by = Object.fromEntries(c.mistakes.map((m) => [m.kind, m.value]));
    expect(Object.keys(by)).toEqual(['half-dropped', 'mean-dropped', 'not-squared']);
    expect(by['half-dropped']).toBeCloseTo(5 / 3, 12);
    expect(by['mean-dropped']).toBeCloseTo(5 / 2, 12);
    expect(by['not-squared']).toBeCloseTo(3 / 6, 12);
    // Where a misconception happens to give the answer, it is no mistake worth a message.
    expect(compute('line-loss', { m: 1, b: 0, y1: 1, y2: 1, y3: 3 }, 0.001).mistakes.map((m) => m.kind)).not.toContain(
      'not-squared',
    );
  });

  test('descent-step-2d: the new θ₂ is θ₂ − η ∂L/∂θ₂; swapping the partials is a mistake of its own', () => {
    fc.assert(
      fc.property(params('descent-step-2d'), (p) => {
        const g = quadraticXY.gradient([p.t1!, p.t2!], new Float64Array(2));
        const c = compute('descent-step-2d', p, 1e-9);
        expect(c.answer).toBeCloseTo(p.t2! - p.eta! * g[1]!, 12);
        const swapped = c.mistakes.find((m) => m.kind === 'partials-swapped');
        if (swapped) expect(swapped.value).toBeCloseTo(p.t2! - p.eta! * g[0]!, 12);
      }),
    );
  });

  test('epoch-updates: ⌈n/B⌉ updates an epoch', () => {
    fc.assert(
      fc.property(params('epoch-updates'), (p) => {
        expect(compute('epoch-updates', p, 0).answer).toBe(Math.ceil(p.n! / p.batch!) * p.epochs!);
      }),
    );
  });

  test('momentum-velocity: under a constant slope g the velocity settles at g/(1 − β)', () => {
    fc.assert(
      fc.property(params('momentum-velocity'), (p) => {
        expect(compute('momentum-velocity', p, 0.01).answer).toBeCloseTo(p.g! / (1 - p.beta!), 6);
      }),
    );
  });

  test('central-difference: on θ³ the central estimate is 3θ² + h², the forward one 3θ² + 3θh + h²', () => {
    fc.assert(
      fc.property(params('central-difference'), (p) => {
        const t = p.theta!;
        const h = p.h!;
        const c = compute('central-difference', p, 1e-9);
        expect(c.answer).toBeCloseTo(3 * t * t + h * h, 9);
        const fwd = c.mistakes.find((m) => m.kind === 'forward-difference');
        if (fwd) expect(fwd.value).toBeCloseTo(3 * t * t + 3 * t * h + h * h, 9);
      }),
    );
  });

  test.each(COMPUTE_IDS)('%s: no generated mistake is the answer or another mistake, and each has its words', (id) => {
    fc.assert(
      fc.property(params(id), (p) => {
        const c = compute(id, p, 0.001);
        for (const m of c.mistakes) {
          expect(Math.abs(m.value - c.answer)).toBeGreaterThan(0.001);
          expect(MISCONCEPTIONS[m.kind].length).toBeGreaterThan(10);
        }
        expect(new Set(c.mistakes.map((m) => m.value.toFixed(6))).size).toBe(c.mistakes.length);
      }),
    );
  });

  test.each(COMPUTE_IDS)('%s: fresh numbers are seeded, fair, in range, and vary only what is asked', (id) => {
    const ranges = rangesOf(id);
    const defaults = Object.fromEntries(Object.entries(ranges).map(([k, r]) => [k, r.min]));
    const vary = Object.keys(ranges).slice(0, 2);
    const sets = drawParams(id, defaults, vary, 42, 5);
    expect(drawParams(id, defaults, vary, 42, 5)).toEqual(sets);
    expect(sets.length).toBe(5);
    for (const p of sets) {
      expect(fair(id, p)).toBe(true);
      for (const [k, r] of Object.entries(ranges)) {
        expect(p[k]).toBeGreaterThanOrEqual(r.min);
        expect(p[k]).toBeLessThanOrEqual(r.max);
        if (!vary.includes(k)) expect(p[k]).toBe(defaults[k]);
      }
    }
    expect(new Set(sets.map((p) => JSON.stringify(p))).size).toBe(5);
  });
});

describe('an item with computed numbers', () => {
  const item = QuizItemSchema.parse({
    id: 'steps',
    kind: 'numeric',
    prompt: 'From $\\theta_0 = {{theta0}}$ with $\\eta = {{eta}}$, where is θ after {{steps}} steps?',
    explanation: 'Each step multiplies θ by 1 − 2η: θ ends at {{answer}}.',
    tolerance: 0.001,
    compute: { id: 'descent-steps', params: { theta0: -2, eta: 0.1, steps: 2 }, vary: ['theta0', 'eta'] },
    mistakes: [{ value: -2, message: 'that is where it started' }],
  }) as Extract<QuizItem, { kind: 'numeric' }>;

  test('shows its own numbers first, with the answer and the mistakes for them', () => {
    const shown = shownNumeric('lesson', item);
    expect(shown.prompt).toBe('From $\\theta_0 = -2$ with $\\eta = 0.1$, where is θ after 2 steps?');
    expect(shown.explanation).toBe('Each step multiplies θ by 1 − 2η: θ ends at −1.28.');
    expect(shown.answer).toBeCloseTo(-1.28, 12);
    expect(shown.mistakes[0]).toEqual({ value: -2, message: '−2: that is where it started' });
    expect(shown.mistakes.map((m) => m.message)).toContain(`−2.88: ${MISCONCEPTIONS['sign-flipped']}.`);
  });

  test('offers fresh sets, each with its own answer and mistakes computed by the module', () => {
    const shown = shownNumeric('lesson', item);
    expect(shown.variants.length).toBe(6);
    for (const v of shown.variants.slice(1)) {
      expect(v.params.steps).toBe(2);
      expect(v.answer).toBeCloseTo(v.params.theta0! * parabolaStepFactor(v.params.eta!) ** 2, 12);
      expect(v.prompt).toContain(`\\eta = ${v.params.eta}$`);
    }
  });

  test('a number it does not compute fails the build, naming the file and the item', () => {
    expect(() => fill('θ is {{theta9}}', { theta0: 1 }, 'content/quizzes/x.yaml: item "steps"')).toThrow(
      'content/quizzes/x.yaml: item "steps": {{theta9}} is not a number this item computes (it has theta0)',
    );
  });
});
