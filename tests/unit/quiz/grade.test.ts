import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { grade, gradable, isResponseFor, readTyped, score, type Response } from '../../../src/quiz/grade.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { QuizItemSchema, QuizSchema, type QuizItem } from '../../../src/quiz/schema.ts';
import { optionId } from '../../../src/quiz/ids.ts';
import { shownItem, shownQuiz, type ShownItem } from '../../../src/quiz/shown.ts';

const item = (raw: unknown) => gradable(shownItem('test', QuizItemSchema.parse(raw) as QuizItem));
const choice = item({
  id: 'c',
  kind: 'choice',
  prompt: 'Pick one please',
  explanation: 'Because.',
  options: [
    { text: 'a', correct: true, feedback: 'yes!' },
    { text: 'b', feedback: 'no!!' },
  ],
});
const multi = item({
  id: 'm',
  kind: 'multi',
  prompt: 'Pick some please',
  explanation: 'Because.',
  options: [
    { text: 'a', correct: true, feedback: 'yes!' },
    { text: 'b', feedback: 'no!!' },
    { text: 'c', correct: true, feedback: 'yes!' },
  ],
});
const numeric = item({
  id: 'n',
  kind: 'numeric',
  prompt: 'How many?',
  explanation: 'Count.',
  answer: 0.5,
  tolerance: 0.01,
});
const [a, b, c] = ['a', 'b', 'c'].map((text) => optionId({ text })) as [string, string, string];

describe('grade', () => {
  test('choice', () => {
    expect(grade(choice, { kind: 'choice', choice: a }).correct).toBe(true);
    expect(grade(choice, { kind: 'choice', choice: b }).correct).toBe(false);
    expect(grade(choice, { kind: 'choice', choice: 'o-gone' }).correct).toBe(false);
  });
  test('multi needs exactly the correct set', () => {
    expect(grade(multi, { kind: 'multi', choices: [c, a] }).correct).toBe(true);
    expect(grade(multi, { kind: 'multi', choices: [a] }).correct).toBe(false);
    expect(grade(multi, { kind: 'multi', choices: [a, b, c] }).options).toEqual([true, false, true]);
  });
  test('an answer follows its option wherever the option is shown', () => {
    const reversed = {
      ...multi,
      options: [...(multi as unknown as { options: object[] }).options].reverse(),
    } as typeof multi;
    expect(grade(reversed, { kind: 'multi', choices: [a, c] }).correct).toBe(true);
    expect(grade(reversed, { kind: 'multi', choices: [a, c] }).options).toEqual([true, true, true]);
    expect(grade(reversed, { kind: 'multi', choices: [b] }).options).toEqual([false, false, false]);
  });
  test('numeric within tolerance', () => {
    expect(grade(numeric, { kind: 'numeric', value: 0.505 }).correct).toBe(true);
    expect(grade(numeric, { kind: 'numeric', value: 0.52 }).correct).toBe(false);
    expect(grade(numeric, { kind: 'numeric', value: NaN }).correct).toBe(false);
  });
  test('a typed answer is read as the reader means it; what is not a number is refused, not graded', () => {
    const n = numeric as Extract<typeof numeric, { kind: 'numeric' }>;
    expect(readTyped(n, ' 1/2 ')).toEqual({ kind: 'numeric', value: 0.5, typed: '1/2' });
    expect(grade(n, readTyped(n, '0,5') as Response).correct).toBe(true);
    expect(readTyped(n, 'abc')).toEqual({ problem: '‘abc’ is not a number.' });
  });
  test('a response of the wrong kind is wrong, not a crash', () => {
    expect(grade(choice, { kind: 'numeric', value: 1 }).correct).toBe(false);
    expect(grade(choice, { kind: 'choice', choice: 0 } as unknown as Response).correct).toBe(false);
  });
  test('score counts correct grades', () => {
    expect(score([{ correct: true }, undefined, { correct: false }, { correct: true }])).toBe(2);
  });
  test('isResponseFor rejects what storage might hold', () => {
    expect(isResponseFor(choice, { kind: 'choice', choice: b })).toBe(true);
    expect(isResponseFor(choice, { kind: 'choice', choice: 'o-gone' })).toBe(false);
    // The format before options were shuffled: a position. It is never read as an option.
    expect(isResponseFor(choice, { kind: 'choice', choice: 1 })).toBe(false);
    expect(isResponseFor(choice, null)).toBe(false);
    expect(isResponseFor(multi, { kind: 'multi', choices: ['x'] })).toBe(false);
    expect(isResponseFor(multi, { kind: 'multi', choices: [0, 2] })).toBe(false);
    expect(isResponseFor(numeric, { kind: 'numeric', value: 'NaN' })).toBe(false);
  });
});

describe('challenge two-wells-jump (graded by src/optim)', () => {
  test('a long first step from the left reaches the deeper minimum', () => {
    expect(checkChallenge('two-wells-jump', { x0: -1.4, eta: 0.12 }).passed).toBe(true);
  });
  test('the default start stays in the shallow valley', () => {
    const v = checkChallenge('two-wells-jump', { x0: -1.2, eta: 0.05 });
    expect(v.passed).toBe(false);
    expect(v.message).toContain('short of the hump');
  });
  test('input outside the challenge is refused with a reason', () => {
    expect(checkChallenge('two-wells-jump', { x0: -1.4, eta: 1 }).message).toContain('at most 0.12');
    expect(checkChallenge('two-wells-jump', { x0: 0.5, eta: 0.1 }).message).toContain('left of the hump');
    expect(checkChallenge('two-wells-jump', {}).passed).toBe(false);
  });
});

describe('grading a challenge goes through the checker it is given', () => {
  const challenge = item({
    id: 'ch',
    kind: 'challenge',
    check: 'two-wells-jump',
    prompt: 'Jump the hump',
    explanation: 'Long first step.',
    inputs: [
      { key: 'x0', label: 'x0', min: -1.4, max: 0, step: 0.01, default: -1.2 },
      { key: 'eta', label: 'eta', min: 0.001, max: 1, step: 0.001, default: 0.05 },
    ],
  });
  test('with the module’s checker', () => {
    const g = grade(challenge, { kind: 'challenge', inputs: { x0: -1.4, eta: 0.12 } }, checkChallenge);
    expect(g.correct).toBe(true);
    expect(g.message).toContain('deeper minimum');
  });
  test('without one it cannot pass', () => {
    expect(grade(challenge, { kind: 'challenge', inputs: { x0: -1.4, eta: 0.12 } }).correct).toBe(false);
  });
});

describe('gradable: what a lesson page carries of an item grades it as its authored key says', () => {
  const quizzes = readdirSync('content/quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      items: QuizSchema.parse(parse(readFileSync(join('content/quizzes', f), 'utf8'))).items,
    }));
  const items = quizzes.flatMap((q) => shownQuiz(q.id, quizzes));
  const ids = (item: ShownItem) => ('options' in item ? item.options.map((o) => o.id) : []);
  const keys = (item: ShownItem) => ('options' in item ? item.options.filter((o) => o.correct).map((o) => o.id) : []);
  const responses = (item: ShownItem): [Response, boolean | string][] => {
    switch (item.kind) {
      case 'choice':
        return ids(item).map((id) => [{ kind: 'choice', choice: id }, keys(item).includes(id)]);
      case 'multi':
        return [[], ids(item).slice(0, 1), keys(item), ids(item)].map((choices) => [
          { kind: 'multi', choices },
          [...choices].sort().join() === [...keys(item)].sort().join(),
        ]);
      case 'numeric':
        return item.variants.flatMap((v, variant): [Response, boolean | string][] => [
          [{ kind: 'numeric', value: v.answer, variant }, true],
          [{ kind: 'numeric', value: v.answer + item.tolerance / 2, variant }, true],
          [{ kind: 'numeric', value: v.answer + 2 * item.tolerance + 1000, variant }, false],
          // A mistake worth a message gets that message.
          ...v.mistakes.map((m): [Response, string] => [{ kind: 'numeric', value: m.value, variant }, m.message]),
        ]);
      case 'challenge':
        return [];
      case 'predict': {
        const { answer, marker } = item.scene;
        const inside = (v: number) => Math.min(marker.max, Math.max(marker.min, v));
        return [
          [{ kind: 'predict', value: answer }, true],
          [{ kind: 'predict', value: inside(answer + item.tolerance * 0.9) }, true],
          [{ kind: 'predict', value: marker.start }, false],
        ];
      }
    }
  };
  test.each(items.map((item) => [item.id, item] as const))('%s', (_, item) => {
    const cut = gradable(item);
    expect(JSON.parse(JSON.stringify(cut))).toEqual(cut);
    expect(JSON.stringify(cut)).not.toContain('feedback');
    for (const [r, right] of responses(item)) {
      const g = grade(cut, r);
      if (typeof right === 'string') expect([g.correct, g.message]).toEqual([false, right]);
      else expect(g.correct).toBe(right);
      expect(isResponseFor(cut, r)).toBe(true);
    }
  });
});
