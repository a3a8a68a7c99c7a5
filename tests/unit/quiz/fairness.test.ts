// Every quiz of the book, as readers see it: the key's position and length give nothing away, and
// multi items do not all have the same number of correct options.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { QuizSchema, type QuizItem } from '../../../src/content/schemas.ts';
import { plainText } from '../../../src/lib/richText.ts';
import { arranged, displayOrders } from '../../../src/quiz/order.ts';

const DIR = 'content/quizzes';
const quizzes = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    items: QuizSchema.parse(parse(readFileSync(join(DIR, f), 'utf8'))).items,
  }));
const orders = displayOrders(quizzes);
type Choice = Extract<QuizItem, { kind: 'choice' | 'multi' }>;
const shown = quizzes.flatMap((q) =>
  q.items
    .filter((i): i is Choice => i.kind === 'choice' || i.kind === 'multi')
    .map((i) => ({ name: `${q.id}/${i.id}`, item: arranged(q.id, i, orders) })),
);
const singles = shown.filter((s) => s.item.kind === 'choice');
const multis = shown.filter((s) => s.item.kind === 'multi');

describe('quiz fairness, over every quiz of the book as shown', () => {
  test('the book has single-choice and multi items to judge', () => {
    expect(singles.length).toBeGreaterThanOrEqual(5);
    expect(multis.length).toBeGreaterThanOrEqual(2);
  });

  test('no displayed position holds more than 40 % of the single-choice keys', () => {
    const at = new Map<number, string[]>();
    for (const { name, item } of singles) {
      const pos = item.options.findIndex((o) => o.correct);
      at.set(pos, [...(at.get(pos) ?? []), name]);
    }
    for (const [pos, names] of at) {
      expect(
        names.length / singles.length,
        `position ${pos + 1} holds the key of ${names.join(', ')}`,
      ).toBeLessThanOrEqual(0.4);
    }
  });

  test('the key is the strictly longest option in at most half of the single-choice items', () => {
    const longest = singles.filter(({ item }) => {
      const len = item.options.map((o) => plainText(o.text).length);
      const key = len[item.options.findIndex((o) => o.correct)]!;
      return len.filter((l) => l >= key).length === 1;
    });
    expect(
      longest.length,
      `the key is the longest option in ${longest.map((s) => s.name).join(', ')}`,
    ).toBeLessThanOrEqual(singles.length / 2);
  });

  // A reader who guesses by length alone (always the shortest option, always the longest, never the
  // shortest, never the longest; picking at random among ties) scores about 25 % on four options.
  // Each of those guessers' expected score over the book's single-choice items stays at most 35 %.
  test('no guess by option length scores more than 35 %', () => {
    const pick = (keep: (len: number, lens: number[]) => boolean) =>
      singles.reduce((sum, { item }) => {
        const lens = item.options.map((o) => plainText(o.text).length);
        const chosen = lens.map((l, k) => (keep(l, lens) ? k : -1)).filter((k) => k >= 0);
        const key = item.options.findIndex((o) => o.correct);
        return sum + (chosen.includes(key) ? 1 / chosen.length : 0);
      }, 0) / singles.length;
    const scores = {
      shortest: pick((l, lens) => l === Math.min(...lens)),
      longest: pick((l, lens) => l === Math.max(...lens)),
      'never the shortest': pick((l, lens) => l > Math.min(...lens) || lens.every((x) => x === l)),
      'never the longest': pick((l, lens) => l < Math.max(...lens) || lens.every((x) => x === l)),
    };
    for (const [guess, score] of Object.entries(scores))
      expect(score, `"${guess}" scores ${(100 * score).toFixed(0)} %`).toBeLessThanOrEqual(0.35);
  });

  test('multi items do not all have the same number of correct options', () => {
    const counts = multis.map(({ name, item }) => `${name}: ${item.options.filter((o) => o.correct).length}`);
    const distinct = new Set(multis.map(({ item }) => item.options.filter((o) => o.correct).length));
    expect(distinct.size, `correct options per multi item: ${counts.join(', ')}`).toBeGreaterThan(1);
  });

  test('every multi item has at least one correct option and at least one wrong one (from 1 to 3 of 4)', () => {
    for (const { name, item } of multis) {
      const right = item.options.filter((o) => o.correct).length;
      expect(right, name).toBeGreaterThanOrEqual(1);
      expect(right, name).toBeLessThanOrEqual(item.options.length - 1);
    }
  });

  test('no item is shown in its authored order', () => {
    const authored = new Map<string, QuizItem>(quizzes.flatMap((q) => q.items.map((i) => [`${q.id}/${i.id}`, i])));
    for (const { name, item } of shown) {
      const before = (authored.get(name) as Choice).options.map((o) => o.id);
      expect(
        item.options.map((o) => o.id),
        name,
      ).not.toEqual(before);
      expect([...item.options.map((o) => o.id)].sort(), name).toEqual([...before].sort());
    }
  });
});
