// Predict items: each run's scene and answer come from the optimizer module; the grader agrees
// with the tolerance for any prediction; the build refuses an item that cannot be answered fairly;
// every lesson of the book has one, and what their explanations claim is what the runs do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import {
  gradientDescent,
  momentum,
  parabola,
  quadraticXY,
  run,
  TWO_WELLS_MINIMA,
  twoWells,
  degreeSweep,
  lowest,
  waveSplits,
} from '../../../src/optim/index.ts';
import { grade, gradable, isResponseFor } from '../../../src/quiz/grade.ts';
import { markerText, predictMessage } from '../../../src/quiz/predictWords.ts';
import { PREDICT_IDS, PREDICT_PARAMS, itemHash } from '../../../src/quiz/ids.ts';
import { firstCrossing, predictScene } from '../../../src/quiz/predict.ts';
import { QuizItemSchema, QuizSchema, type QuizItem } from '../../../src/quiz/schema.ts';
import { shownItem, type ShownPredict } from '../../../src/quiz/shown.ts';

const base = { id: 'p', kind: 'predict', prompt: 'Where does it end?', explanation: 'It ends at {{answer}}.' };
const item = (predict: unknown, tolerance = 0.15) =>
  shownItem('test', QuizItemSchema.parse({ ...base, predict, tolerance }) as QuizItem) as ShownPredict & {
    hash: string;
  };

describe('runs', () => {
  test('two-wells-descent: the answer is where the module’s run ends, and the run played is that run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -28, max: 38 }).map((k) => k / 20),
        fc.integer({ min: 1, max: 15 }).map((k) => k / 100),
        (start, eta) => {
          const s = predictScene('two-wells-descent', { start, eta, steps: 120 });
          const r = run(twoWells, gradientDescent({ learningRate: eta }), [start], { maxSteps: 120 });
          expect(s.answer).toBe(r.positions[r.steps]);
          expect(s.run.map((p) => p[0])).toEqual([...r.positions]);
          expect(s.run.map((p) => p[1])).toEqual([...r.values]);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('firstCrossing: the first index on the other side of the level, −1 when there is none', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const k = firstCrossing(xs, 0);
        const side = Math.sign(xs[0]!);
        if (side === 0) expect(k).toBe(-1);
        else if (k < 0) expect(xs.every((v) => Math.sign(v) === side || v === 0)).toBe(true);
        else {
          expect(Math.sign(xs[k]!)).toBe(-side);
          expect(xs.slice(0, k).every((v) => Math.sign(v) !== -side)).toBe(true);
        }
      }),
    );
  });

  test('momentum-floor: the crossing step is the module’s; plain descent with η < ½ never crosses', () => {
    const s = predictScene('momentum-floor', { start: 3, eta: 0.05, beta: 0.9, steps: 40 });
    const r = run(parabola, momentum({ learningRate: 0.05, beta: 0.9 }), [3], { maxSteps: 40 });
    const k = [...r.positions].findIndex((v) => v < 0);
    expect(s.answer).toBe(k);
    expect(r.positions[k - 1]).toBeGreaterThan(0);
    expect(s.values.plainCross).toBe(-1);
  });

  test('bowl-loss: the step is the first whose loss is below the fraction of the first', () => {
    const s = predictScene('bowl-loss', { t1: 2, t2: 1, eta: 0.1, fraction: 0.01, steps: 30 });
    const r = run(quadraticXY, gradientDescent({ learningRate: 0.1 }), [2, 1], { maxSteps: 30 });
    const k = s.answer;
    expect(r.values[k]).toBeLessThan(0.01 * r.values[0]!);
    expect(r.values[k - 1]).toBeGreaterThanOrEqual(0.01 * r.values[0]!);
    expect(s.y.log).toBe(true);
  });

  test('constant-fit: descent on the mean squared error of a constant ends at the mean', () => {
    const ys = { y1: 1, y2: 2, y3: 2, y4: 3, y5: 12 };
    const s = predictScene('constant-fit', { start: 0, eta: 0.5, steps: 30, ...ys });
    expect(s.answer).toBeCloseTo(4, 6);
    expect(s.dots?.map((d) => d[0])).toEqual(Object.values(ys));
  });

  test('degree-validation: the answer is the degree of lowest validation loss; the drawn line is the training loss', () => {
    const s = predictScene('degree-validation', { seed: 4 });
    const reports = degreeSweep(waveSplits(4), 11);
    expect(s.answer).toBe(lowest(reports, 'validation'));
    expect(s.run.map((p) => p[1])).toEqual(reports.map((r) => Math.max(r.validation, 1e-4)));
    expect(s.curve!.map((p) => p[1])).toEqual(reports.map((r) => Math.max(r.train, 1e-4)));
  });

  test('difference-ladder: the answer is the log10 of the h with the smallest error', () => {
    const s = predictScene('difference-ladder', { theta: 2, central: 1 });
    const best = s.run.reduce((b, p) => (p[1] < b[1] ? p : b));
    expect(s.answer).toBe(best[0]);
    expect(s.marker.format).toBe('power');
  });

  test.each(PREDICT_IDS)(
    '%s: every number the item may quote is finite, and the marker range holds its start',
    (id) => {
      const defaults: Record<string, Record<string, number>> = {
        'two-wells-descent': { start: 0.3, eta: 0.05, steps: 50 },
        'noisy-two-wells': { start: -0.9, eta: 0.05, noise: 6, halfLife: 40, seed: 2, steps: 100 },
        'constant-fit': { start: 0, eta: 0.5, steps: 10, y1: 1, y2: 2, y3: 3, y4: 4, y5: 5 },
        'bowl-loss': { t1: 2, t2: 1, eta: 0.1, fraction: 0.01, steps: 30 },
        'momentum-floor': { start: 3, eta: 0.05, beta: 0.9, steps: 40 },
        'difference-ladder': { theta: 1, central: 0 },
        'degree-validation': { seed: 2 },
      };
      expect(Object.keys(defaults[id]!).sort()).toEqual([...PREDICT_PARAMS[id]].sort());
      const s = predictScene(id, defaults[id]!);
      for (const [k, v] of Object.entries(s.values)) expect(Number.isFinite(v), k).toBe(true);
      expect(s.marker.min).toBeLessThanOrEqual(s.marker.start);
      expect(s.marker.start).toBeLessThanOrEqual(s.marker.max);
      expect(s.run.length).toBeGreaterThan(1);
    },
  );
});

describe('grading a prediction', () => {
  const it = item({ id: 'two-wells-descent', params: { start: -1.4, eta: 0.1, steps: 200 } });
  const cut = gradable(it);

  test('right exactly when within the tolerance of the run’s answer, with both said in the message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 40 }).map((k) => k / 20),
        (v) => {
          const g = grade(cut, { kind: 'predict', value: v }, undefined, predictMessage);
          expect(g.correct).toBe(Math.abs(v - it.scene.answer) <= it.tolerance + 1e-9);
          expect(g.message).toContain(`You predicted ${markerText(it.scene.marker, v)}`);
          expect(g.message).toContain(it.scene.outcome);
          expect(g.message).toContain(g.correct ? 'within' : 'more than');
        },
      ),
    );
  });

  test('a stored prediction is taken back only if it is a number on the marker’s range', () => {
    expect(isResponseFor(cut, { kind: 'predict', value: -1 })).toBe(true);
    expect(isResponseFor(cut, { kind: 'predict', value: 9 })).toBe(false);
    expect(isResponseFor(cut, { kind: 'predict', value: '1' })).toBe(false);
    expect(isResponseFor(cut, { kind: 'predict', value: Number.NaN })).toBe(false);
  });

  test('the marker is said as a reader would say it', () => {
    expect(markerText({ name: 'θ', format: 'value', step: 0.05 }, -0.6)).toBe('θ = −0.6');
    expect(markerText({ name: 'θ', format: 'value', step: 0.05 }, 1.25)).toBe('θ = 1.25');
    expect(markerText({ name: 'step', format: 'count', step: 1 }, 4)).toBe('step 4');
    expect(markerText({ name: 'degree', format: 'count', step: 1 }, 3)).toBe('degree 3');
    expect(markerText({ name: 'h', format: 'power', step: 1 }, -6)).toBe('h = 10⁻⁶');
    expect(markerText({ name: 'h', format: 'power', step: 1 }, -12)).toBe('h = 10⁻¹²');
    expect(markerText({ name: 'h', format: 'power', step: 1 }, 0)).toBe('h = 1');
  });

  test('the item hash follows the run and the tolerance', () => {
    const other = item({ id: 'two-wells-descent', params: { start: -1.4, eta: 0.12, steps: 200 } });
    const looser = item({ id: 'two-wells-descent', params: { start: -1.4, eta: 0.1, steps: 200 } }, 0.3);
    expect(new Set([itemHash(it), itemHash(other), itemHash(looser)]).size).toBe(3);
  });
});

describe('the build refuses a predict item that cannot be fair', () => {
  test('a marker that starts within the tolerance of the answer', () => {
    // From 1.2 with small steps the walk settles at 1.24, within 0.15 of where the marker starts.
    expect(() => item({ id: 'two-wells-descent', params: { start: 1.2, eta: 0.05, steps: 100 } })).toThrow(
      /item "p": the marker starts within the tolerance of the answer/,
    );
  });
  test('a crossing that never happens', () => {
    expect(() => item({ id: 'momentum-floor', params: { start: 3, eta: 0.01, beta: 0, steps: 20 } }, 1)).toThrow(
      /item "p": the run gives no answer to predict \(In 20 steps momentum never crossed the floor/,
    );
  });
  test('a run given numbers it does not take, or missing one', () => {
    const r = QuizItemSchema.safeParse({
      ...base,
      tolerance: 0.1,
      predict: { id: 'two-wells-descent', params: { start: 1, eta: 0.1, step: 10 } },
    });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join(' | ');
    expect(messages).toContain('"steps" is missing');
    expect(messages).toContain('not "step"');
  });
});

describe('the book’s predict items', () => {
  const quizzes = readdirSync('content/quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      items: QuizSchema.parse(parse(readFileSync(join('content/quizzes', f), 'utf8'))).items,
    }));
  const predicts = quizzes.flatMap((q) =>
    q.items.filter((i) => i.kind === 'predict').map((i) => ({ quiz: q.id, item: shownItem(q.id, i) as ShownPredict })),
  );

  test('every lesson’s quiz has at least one', () => {
    for (const q of quizzes)
      expect(
        q.items.some((i) => i.kind === 'predict'),
        q.id,
      ).toBe(true);
  });

  test('no prediction left where the marker starts is right (the marker gives nothing away)', () => {
    for (const { quiz, item: it } of predicts)
      expect(
        grade(gradable({ ...it, hash: '' }), { kind: 'predict', value: it.scene.marker.start }).correct,
        `${quiz}/${it.id}`,
      ).toBe(false);
  });

  test('lesson 3: from −1.4 the first step at η = 0.1 falls short of the hump, at η = 0.12 it clears it (as the explanation says)', () => {
    const first = (eta: number) =>
      run(twoWells, gradientDescent({ learningRate: eta }), [-1.4], { maxSteps: 1 }).positions[1]!;
    expect(first(0.1)).toBeLessThan(0);
    expect(first(0.12)).toBeGreaterThan(0);
    const end = predictScene('two-wells-descent', { start: -1.4, eta: 0.12, steps: 200 }).answer;
    expect(end).toBeCloseTo(TWO_WELLS_MINIMA[1], 3);
  });

  test('lesson 8: on seed 4 the training loss only falls, the validation loss turns and climbs by powers of ten', () => {
    const reports = degreeSweep(waveSplits(4), 11);
    const s = predictScene('degree-validation', { seed: 4 });
    for (let d = 1; d < reports.length; d++)
      expect(reports[d]!.train).toBeLessThanOrEqual(reports[d - 1]!.train + 1e-12);
    expect(reports[11]!.train).toBeLessThan(1e-9);
    expect(reports[11]!.validation / reports[s.answer]!.validation).toBeGreaterThan(100);
    expect(s.values.worseBy).toBeGreaterThan(100);
  });

  test('lesson 8: on seed 4 the explanation says "about 160,000 times as high": degree 11 against the best, to two digits', () => {
    const reports = degreeSweep(waveSplits(4), 11);
    const s = predictScene('degree-validation', { seed: 4 });
    const ratio = reports[11]!.validation / reports[s.answer]!.validation;
    expect(Math.round(ratio / 1000)).toBe(160); // about 159,674: 8,733 against 0.0547
    expect(s.values.worseBy).toBe(160000);
    const item = predicts.find((p) => p.item.id === 'predict-best-degree')!.item;
    expect(item.explanation).toContain('has a validation loss about 160,000 times as high.');
  });

  test('lesson 5: the noisy walk first crosses the hump on the step its explanation quotes, and ends deeper', () => {
    const s = predictScene('noisy-two-wells', { start: -0.9, eta: 0.05, noise: 10, halfLife: 40, seed: 3, steps: 400 });
    const k = s.values.crossed!;
    expect(k).toBeGreaterThan(0);
    expect(s.run.slice(0, k).every((p) => p[0] < 0)).toBe(true);
    expect(s.run[k]![0]).toBeGreaterThan(0);
    expect(s.answer).toBeCloseTo(TWO_WELLS_MINIMA[1], 2);
  });
});
