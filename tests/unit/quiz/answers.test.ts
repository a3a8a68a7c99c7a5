import { describe, expect, test } from 'vitest';
import { sortAnswers, storedScore } from '../../../src/quiz/answers.ts';
import type { Gradable } from '../../../src/quiz/grade.ts';

const items: Gradable[] = [
  {
    id: 'pick',
    hash: 'h1',
    kind: 'choice',
    options: [
      { id: 'oa', correct: true },
      { id: 'ob', correct: false },
    ],
  },
  { id: 'count', hash: 'h2', kind: 'numeric', answer: 2, tolerance: 0 },
];

describe('stored answers', () => {
  test('an answer restores only onto the version of the item it was given to', () => {
    const { fit, aside } = sortAnswers(items, {
      pick: { r: { kind: 'choice', choice: 'ob' }, h: 'h1', ok: false },
      count: { r: { kind: 'numeric', value: 2 }, h: 'old', ok: true },
      gone: { r: { kind: 'numeric', value: 1 }, h: 'h9', ok: true },
    });
    expect(Object.keys(fit)).toEqual(['pick']);
    expect(Object.keys(aside).sort()).toEqual(['count', 'gone']);
  });
  test('answers stored by position (before options were shuffled) are set aside, never read as an option', () => {
    const { fit, aside } = sortAnswers(items, {
      pick: { kind: 'choice', choice: 0 },
      count: { kind: 'numeric', value: 2 },
    });
    expect(fit).toEqual({});
    expect(Object.keys(aside).sort()).toEqual(['count', 'pick']);
  });
  test('an answer that no longer fits its item is set aside even with the right hash', () => {
    const { fit } = sortAnswers(items, { pick: { r: { kind: 'choice', choice: 'oz' }, h: 'h1', ok: true } });
    expect(fit).toEqual({});
  });
  test('the stored score counts right answers to the items as they are now', () => {
    const answers = {
      pick: { r: { kind: 'choice', choice: 'oa' }, h: 'h1', ok: true },
      count: { r: { kind: 'numeric', value: 2 }, h: 'old', ok: true },
      other: { r: { kind: 'numeric', value: 2 }, h: 'h3', ok: true },
    };
    expect(storedScore({ pick: 'h1', count: 'h2' }, answers)).toBe(1);
    expect(storedScore({ pick: 'h1', count: 'old' }, answers)).toBe(2);
    expect(storedScore({}, answers)).toBe(0);
  });
});
