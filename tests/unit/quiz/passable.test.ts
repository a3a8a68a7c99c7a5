// Every challenge in the book can be passed with inputs its own sliders offer, and is not already
// passed at their defaults (a reader who presses Check without moving anything learns nothing).
// The inputs' ranges come from the YAML; the search tries a grid on each input's step lattice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { QuizSchema, type QuizItem } from '../../../src/quiz/schema.ts';

type Challenge = Extract<QuizItem, { kind: 'challenge' }>;
type Input = Challenge['inputs'][number];

const DIR = 'content/quizzes';
const challenges = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) =>
    QuizSchema.parse(parse(readFileSync(join(DIR, f), 'utf8')))
      .items.filter((i): i is Challenge => i.kind === 'challenge')
      .map((item) => ({ name: `${f} › ${item.id} (${item.check})`, item })),
  );

/** Points of an input's range that a slider can reach: evenly spaced, and (from the step up) spaced by ratio. */
function lattice(input: Input, count: number): number[] {
  const { min, max, step } = input;
  const snap = (v: number) =>
    Number(Math.min(max, Math.max(min, min + Math.round((v - min) / step) * step)).toFixed(10));
  const out = new Set<number>([min, max]);
  for (let i = 0; i <= count; i++) out.add(snap(min + ((max - min) * i) / count));
  const low = Math.max(min, step);
  if (low > 0) for (let i = 0; i <= count; i++) out.add(snap(low * (max / low) ** (i / count)));
  return [...out].sort((a, b) => a - b);
}

/** Every combination of the inputs' lattices (a few thousand at most). */
function grid(inputs: readonly Input[]): Record<string, number>[] {
  const count = inputs.length === 1 ? 200 : 30;
  return inputs.reduce<Record<string, number>[]>(
    (acc, input) => acc.flatMap((p) => lattice(input, count).map((v) => ({ ...p, [input.key]: v }))),
    [{}],
  );
}

const defaults = (item: Challenge) => Object.fromEntries(item.inputs.map((i) => [i.key, i.default]));

describe('every challenge', () => {
  test('there are challenges to check (the book has one or more a lesson)', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(8);
  });

  test.each(challenges)('$name fails at its defaults and passes somewhere in its ranges', ({ name, item }) => {
    const atDefaults = checkChallenge(item.check, defaults(item));
    expect(atDefaults.passed, `${name} is already passed at its defaults ${JSON.stringify(defaults(item))}`).toBe(
      false,
    );
    expect(atDefaults.message.length, `${name}: no message at its defaults`).toBeGreaterThan(10);
    const pass = grid(item.inputs).find((inputs) => checkChallenge(item.check, inputs).passed);
    expect(pass, `${name}: no inputs inside its ranges pass`).toBeDefined();
    for (const input of item.inputs) {
      const v = pass![input.key]!;
      expect(v, `${name}: ${input.key}`).toBeGreaterThanOrEqual(input.min);
      expect(v, `${name}: ${input.key}`).toBeLessThanOrEqual(input.max);
    }
  });
});
