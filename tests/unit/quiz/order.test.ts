import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { arranged, displayOrders, permutation } from '../../../src/quiz/order.ts';
import { hashText, itemHash, optionId } from '../../../src/quiz/ids.ts';

const isIdentity = (p: number[]) => p.every((v, i) => v === i);

describe('permutation(n, seed, key, at)', () => {
  test('is a permutation, never the authored order, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer(), (n, seed) => {
        const p = permutation(n, seed);
        expect([...p].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        expect(isIdentity(p)).toBe(false);
        expect(permutation(n, seed)).toEqual(p);
      }),
    );
  });
  test('puts the key where it is asked to, unless that would leave the order as authored', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 8 })
          .chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1), fc.integer())),
        ([n, key, at, seed]) => {
          const p = permutation(n, seed, key, at);
          expect(p[at]).toBe(key);
          expect(isIdentity(p)).toBe(false);
        },
      ),
    );
  });
  test('a two-option item is swapped', () => {
    expect(permutation(2, 7, 0, 0)).toEqual([1, 0]);
    expect(permutation(2, 7, 1, 0)).toEqual([1, 0]);
  });
});

describe('displayOrders', () => {
  const choice = (id: string, n: number, key: number) => ({
    id,
    kind: 'choice',
    options: [...Array(n).keys()].map((k) => ({ correct: k === key })),
  });
  test('spreads the single-choice keys evenly over the positions, whatever the authored keys', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }), (keys) => {
        const quiz = { id: 'q', items: keys.map((k, i) => choice(`i${i}`, 4, k)) };
        const orders = displayOrders([quiz]);
        const at = [0, 0, 0, 0];
        for (const item of quiz.items) {
          const shown = arranged('q', item, orders);
          at[shown.options.findIndex((o) => o.correct)]!++;
        }
        expect(Math.max(...at) - Math.min(...at)).toBeLessThanOrEqual(1);
      }),
    );
  });
  test('does not depend on the order quizzes are listed in', () => {
    const a = { id: 'a', items: [choice('x', 4, 0), choice('y', 3, 0)] };
    const b = { id: 'b', items: [choice('x', 4, 0), { id: 'm', kind: 'multi', options: a.items[0]!.options }] };
    expect([...displayOrders([a, b])].sort()).toEqual([...displayOrders([b, a])].sort());
    expect(displayOrders([a, b]).get('b/m')).toHaveLength(4);
  });
});

describe('ids and hashes', () => {
  test('an option id comes from its text unless one is authored', () => {
    expect(optionId({ text: '$m$ and $b$' })).toBe(optionId({ text: ' $m$ and $b$ ' }));
    expect(optionId({ text: '$m$ and $b$' })).not.toBe(optionId({ text: '$m$ or $b$' }));
    expect(optionId({ id: 'slope-and-intercept', text: 'anything' })).toBe('slope-and-intercept');
    expect(hashText('a')).toMatch(/^[0-9a-z]{7}$/);
  });
  const item = {
    kind: 'choice',
    prompt: 'Which?',
    options: [
      { text: 'one', correct: true },
      { text: 'two', correct: false },
    ],
  };
  test('an item’s hash ignores the order of its options but not what they say or which is right', () => {
    const h = itemHash(item);
    expect(itemHash({ ...item, options: [...item.options].reverse() })).toBe(h);
    expect(itemHash({ ...item, prompt: 'Which one?' })).not.toBe(h);
    expect(itemHash({ ...item, options: [item.options[0]!, { text: 'three', correct: false }] })).not.toBe(h);
    expect(itemHash({ ...item, options: item.options.map((o) => ({ ...o, correct: !o.correct })) })).not.toBe(h);
    const numeric = { kind: 'numeric', prompt: 'How many?', answer: 2, tolerance: 0 };
    expect(itemHash({ ...numeric, answer: 3 })).not.toBe(itemHash(numeric));
    expect(itemHash({ ...numeric, tolerance: 0.1 })).not.toBe(itemHash(numeric));
  });
});
