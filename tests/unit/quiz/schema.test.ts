// A quiz file that would mislead a reader fails to parse, and the message names the item and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { GlossarySchema } from '../../../src/content/schemas.ts';
import { checkChallenge } from '../../../src/quiz/challenges.ts';
import { CHALLENGE_IDS, CHALLENGE_INPUTS, type ChallengeId } from '../../../src/quiz/ids.ts';
import { QuizSchema, type QuizItem } from '../../../src/quiz/schema.ts';

const numeric = (id: string, extra: object = {}) => ({
  id,
  kind: 'numeric',
  prompt: 'How many?',
  explanation: 'Count them.',
  answer: 3,
  tolerance: 0,
  ...extra,
});
const quiz = (...items: object[]) => ({ items: [...items, numeric('pad-1'), numeric('pad-2'), numeric('pad-3')] });
/** The issues of a parse as "path: message" lines. */
function issues(data: unknown): string[] {
  const r = QuizSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const challenge = (inputs: object[], check = 'two-wells-jump') => ({
  id: 'hump',
  kind: 'challenge',
  check,
  prompt: 'Jump the hump',
  explanation: 'A long first step.',
  inputs,
});
const x0 = { key: 'x0', label: 'start', min: -1.4, max: 0, step: 0.01, default: -1.2 };
const eta = { key: 'eta', label: 'η', min: 0.001, max: 1, step: 0.001, default: 0.05 };

describe('quiz schema refinements', () => {
  test('item ids are unique within a file', () => {
    expect(issues(quiz(numeric('same'), numeric('same')))).toEqual([
      'items.1.id: item id "same" is used twice (items 0 and 1): answers are stored by id, so ids must differ',
    ]);
  });

  test('challenge inputs: the keys the check reads, each with min ≤ default ≤ max', () => {
    expect(issues(quiz(challenge([x0, eta])))).toEqual([]);
    expect(issues(quiz(challenge([x0, { ...eta, default: 2 }])))).toEqual([
      'items.0.inputs.1.default: input "eta": needs min ≤ default ≤ max, but it has min 0.001, default 2, max 1',
    ]);
    expect(issues(quiz(challenge([x0, { ...eta, key: 'rate' }])))).toEqual([
      'items.0.inputs.1.key: the check "two-wells-jump" reads x0 and eta, not "rate"',
      'items.0.inputs: the check "two-wells-jump" also reads eta: add an input with that key',
    ]);
    expect(issues(quiz(challenge([x0, x0, eta])))).toContain('items.0.inputs.1.key: input "x0" is listed twice');
  });

  test('a multi item\'s prompt leaves "Choose all that apply" to its badge', () => {
    const multi = (prompt: string) => ({
      id: 'which',
      kind: 'multi',
      prompt,
      explanation: 'Both.',
      options: [
        { text: 'one', correct: true, feedback: 'Yes.' },
        { text: 'two', feedback: 'No.' },
      ],
    });
    expect(issues(quiz(multi('Which are true?')))).toEqual([]);
    expect(issues(quiz(multi('Which are true? Choose all that apply.')))).toEqual([
      'items.0.prompt: the prompt says "Choose all that apply": the badge of a multi item already says it, drop it',
    ]);
  });

  test('a lost YAML backslash is refused, naming the item, the field and the fix', () => {
    // What "$\theta$" in double quotes becomes: a tab, then "heta".
    const out = issues(quiz(numeric('angle', { prompt: 'What is $\theta$ here?' })));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^items\.0\.prompt: item "angle": a tab before "heta"/);
    expect(out[0]).toContain('Write "\\\\theta"');
    const frac = issues(quiz(numeric('half', { explanation: 'It is $\frac{1}{2}$.' })));
    expect(frac[0]).toMatch(/^items\.0\.explanation: item "half": a form feed before "rac"/);
    const nabla = issues(quiz(numeric('grad', { prompt: 'Find $\nabla f$ now.' })));
    expect(nabla[0]).toMatch(/^items\.0\.prompt: item "grad": a line break inside math before "abla"/);
  });

  test('math KaTeX cannot render is refused, naming the item and the field', () => {
    const out = issues(quiz(numeric('broken', { prompt: 'What is $\\frac{1}{$?' })));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^items\.0\.prompt: item "broken": invalid TeX in "\$\\frac\{1\}\{\$": KaTeX parse error/);
  });

  test('the glossary refuses control characters too', () => {
    const r = GlossarySchema.safeParse({ term: 'angle', definition: 'The angle \theta between two directions.' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain('a tab before "heta"');
    expect(GlossarySchema.safeParse({ term: 'angle', definition: 'The angle θ between two directions.' }).success).toBe(
      true,
    );
  });
});

describe('challenges: what the schema checks is what the checks read', () => {
  const book = readdirSync('content/quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => QuizSchema.parse(parse(readFileSync(join('content/quizzes', f), 'utf8'))).items)
    .filter((i): i is Extract<QuizItem, { kind: 'challenge' }> => i.kind === 'challenge');

  /** The keys a check reads when given these inputs. */
  function reads(id: ChallengeId, inputs: Record<string, number>): Set<string> {
    const seen = new Set<string>();
    const proxy = new Proxy(inputs, {
      get(target, key) {
        if (typeof key === 'string') seen.add(key);
        return target[key as string];
      },
    });
    checkChallenge(id, proxy);
    return seen;
  }

  test.each(CHALLENGE_IDS)('%s reads exactly the inputs ids.ts lists', (id) => {
    const seen = reads(id, {});
    for (const item of book.filter((i) => i.check === id)) {
      for (const k of reads(id, Object.fromEntries(item.inputs.map((i) => [i.key, i.default])))) seen.add(k);
    }
    expect([...seen].sort()).toEqual([...CHALLENGE_INPUTS[id]].sort());
  });
});
