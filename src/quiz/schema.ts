/**
 * The zod schema of a quiz file (content/quizzes/<lesson>.yaml): the one source of a quiz item's
 * type and defaults. A file that does not match fails the build with the file, the field and the
 * item named. Imports nothing that runs: the content config loads it.
 */
import { z } from 'astro/zod';
import { controlProblem, texProblem } from '../lib/richText.ts';
import {
  CHALLENGE_IDS,
  CHALLENGE_INPUTS,
  COMPUTE_IDS,
  COMPUTE_PARAMS,
  PREDICT_IDS,
  PREDICT_PARAMS,
  optionId,
} from './ids.ts';

/** Reports each parameter a computation or run takes but is not given, and each it is given but does not take. */
function checkParams(
  ctx: z.RefinementCtx,
  what: string,
  takes: readonly string[],
  params: Record<string, unknown>,
  paths: { missing: (string | number)[]; extra: (k: string) => (string | number)[]; also?: readonly string[] },
): void {
  const given = Object.keys(params);
  for (const k of takes.filter((k) => !given.includes(k)))
    ctx.addIssue({
      code: 'custom',
      path: paths.missing,
      message: `${what} takes ${takes.join(', ')}: "${k}" is missing`,
    });
  for (const k of [...given, ...(paths.also ?? [])].filter((k) => !takes.includes(k)))
    ctx.addIssue({ code: 'custom', path: paths.extra(k), message: `${what} takes ${takes.join(', ')}, not "${k}"` });
}

export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "line-fit"');

const OptionSchema = z
  .object({
    /**
     * What a reader's answer is stored by. Optional: without it the id is derived from the text,
     * so an edited option no longer matches answers given to the old one. Give one to keep answers
     * across an edit that does not change the option's meaning.
     */
    id: kebab.optional(),
    /** The option as shown (Markdown-light: $…$ for math). */
    text: z.string().min(1),
    correct: z.boolean().default(false),
    /** Why this option is right or wrong: every option has one. */
    feedback: z.string().min(3),
  })
  .transform((o) => ({ ...o, id: optionId(o) }));

/** Options are shown shuffled and answers are stored by option id, so ids must differ. */
const distinctOptions = (q: { options: readonly { id: string }[] }) =>
  new Set(q.options.map((o) => o.id)).size === q.options.length;
const DISTINCT = {
  message: 'two options of one item have the same text or id (answers are stored by option)',
  path: ['options'],
};

const itemBase = {
  /** Stable id of the item within its quiz (kebab-case). */
  id: kebab,
  /** The question ($…$ for math). */
  prompt: z.string().min(5),
  /** The explanation shown with the answers, with JavaScript or without. */
  explanation: z.string().min(3),
  /**
   * The figure the item is about (the build fails if it does not exist): a challenge links to it
   * to be tried, and the review page links every item to it, in `state` when one is given.
   */
  figure: kebab.optional(),
  /** The figure's state the item is about, checked against the figure's table like a "show me" link. */
  state: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
};

const ChoiceSchema = z
  .object({ ...itemBase, kind: z.literal('choice'), options: z.array(OptionSchema).min(2) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a single-choice item needs exactly one option with correct: true',
    path: ['options'],
  })
  .refine(distinctOptions, DISTINCT);

const MultiSchema = z
  .object({ ...itemBase, kind: z.literal('multi'), options: z.array(OptionSchema).min(2) })
  .refine((q) => q.options.some((o) => o.correct), {
    message: 'a multiple-choice item needs at least one option with correct: true',
    path: ['options'],
  })
  // The item's badge already says it (src/components/QuizItem.astro): said twice, a screen reader reads it twice.
  .refine((q) => !/choose all that apply/i.test(q.prompt), {
    message: 'the prompt says "Choose all that apply": the badge of a multi item already says it, drop it',
    path: ['prompt'],
  })
  .refine(distinctOptions, DISTINCT);

/** A wrong answer worth a message of its own: "1: that is without the ½". */
const MistakeSchema = z.object({
  value: z.number(),
  /** What went wrong, said to a reader who typed `value` ({{name}} quotes a computed number). */
  message: z.string().min(3),
});

/** An answer computed by the optimizer module (src/quiz/compute.ts), with mistakes generated from its misconceptions. */
const ComputeSchema = z.object({
  id: z.enum(COMPUTE_IDS),
  /** The numbers shown without JavaScript (and first with it); the prompt quotes them as {{name}}. */
  params: z.record(z.string(), z.number()),
  /** Which of them "Try new numbers" draws afresh (none: the item keeps its numbers). */
  vary: z.array(z.string()).default([]),
});

const NumericSchema = z
  .object({
    ...itemBase,
    kind: z.literal('numeric'),
    /** The answer; or leave it out and give `compute`. */
    answer: z.number().optional(),
    compute: ComputeSchema.optional(),
    /** Accepted absolute error. */
    tolerance: z.number().nonnegative(),
    unit: z.string().optional(),
    mistakes: z.array(MistakeSchema).default([]),
  })
  .superRefine((q, ctx) => {
    if ((q.answer === undefined) === (q.compute === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message:
          'a numeric item has either an answer or a compute (whose answer the optimizer module computes), not both',
      });
    if (!q.compute) return;
    checkParams(ctx, `the computation "${q.compute.id}"`, COMPUTE_PARAMS[q.compute.id], q.compute.params, {
      missing: ['compute', 'params'],
      extra: () => ['compute'],
      also: q.compute.vary,
    });
  });

const ChallengeInputSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
  default: z.number(),
});

const ChallengeSchema = z
  .object({
    ...itemBase,
    kind: z.literal('challenge'),
    /** Which check in src/quiz/challenges.ts grades it (through src/optim). */
    check: z.enum(CHALLENGE_IDS),
    /** One per input the check reads (src/quiz/ids.ts lists them), each with min ≤ default ≤ max. */
    inputs: z.array(ChallengeInputSchema).min(1),
  })
  .superRefine((q, ctx) => {
    const reads: readonly string[] = CHALLENGE_INPUTS[q.check];
    const given = q.inputs.map((i) => i.key);
    const missing = reads.filter((k) => !given.includes(k));
    q.inputs.forEach((input, k) => {
      if (!reads.includes(input.key))
        ctx.addIssue({
          code: 'custom',
          path: ['inputs', k, 'key'],
          message: `the check "${q.check}" reads ${reads.join(' and ')}, not "${input.key}"`,
        });
      if (given.indexOf(input.key) !== k)
        ctx.addIssue({ code: 'custom', path: ['inputs', k, 'key'], message: `input "${input.key}" is listed twice` });
      if (!(input.min <= input.default && input.default <= input.max))
        ctx.addIssue({
          code: 'custom',
          path: ['inputs', k, 'default'],
          message: `input "${input.key}": needs min ≤ default ≤ max, but it has min ${input.min}, default ${input.default}, max ${input.max}`,
        });
    });
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['inputs'],
        message: `the check "${q.check}" also reads ${missing.join(' and ')}: add ${missing.length === 1 ? 'an input' : 'inputs'} with that key`,
      });
  });

/** Predict, then run: the reader puts a marker where a run will end; the run plays and grades it (src/quiz/predict.ts). */
const PredictSchema = z
  .object({
    ...itemBase,
    kind: z.literal('predict'),
    /** Which run, on which numbers ({{name}} in the texts quotes them, and {{answer}} what the run found). */
    predict: z.object({ id: z.enum(PREDICT_IDS), params: z.record(z.string(), z.number()) }),
    /** How far from the run's answer a prediction may land and still count. */
    tolerance: z.number().nonnegative(),
  })
  .superRefine((q, ctx) => {
    checkParams(ctx, `the run "${q.predict.id}"`, PREDICT_PARAMS[q.predict.id], q.predict.params, {
      missing: ['predict', 'params'],
      extra: (k) => ['predict', 'params', k],
    });
  });

export const QuizItemSchema = z.discriminatedUnion('kind', [
  ChoiceSchema,
  MultiSchema,
  NumericSchema,
  ChallengeSchema,
  PredictSchema,
]);
export type QuizItem = z.infer<typeof QuizItemSchema>;

/** The texts of an item a reader sees, by field path: all of them are checked like the prompt. */
function texts(item: QuizItem): [path: (string | number)[], text: string][] {
  const out: [(string | number)[], string][] = [
    [['prompt'], item.prompt],
    [['explanation'], item.explanation],
  ];
  if (item.kind === 'choice' || item.kind === 'multi')
    item.options.forEach((o, k) =>
      out.push([['options', k, 'text'], o.text], [['options', k, 'feedback'], o.feedback]),
    );
  if (item.kind === 'numeric' && item.unit) out.push([['unit'], item.unit]);
  if (item.kind === 'numeric') item.mistakes.forEach((m, k) => out.push([['mistakes', k, 'message'], m.message]));
  if (item.kind === 'challenge') item.inputs.forEach((i, k) => out.push([['inputs', k, 'label'], i.label]));
  return out;
}

export const QuizSchema = z
  .object({
    /** At least four items end every lesson; ids are unique within the file. */
    items: z.array(QuizItemSchema).min(4),
  })
  .superRefine((quiz, ctx) => {
    quiz.items.forEach((item, i) => {
      const first = quiz.items.findIndex((other) => other.id === item.id);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `item id "${item.id}" is used twice (items ${first} and ${i}): answers are stored by id, so ids must differ`,
        });
      for (const [path, text] of texts(item)) {
        // {{name}} quotes a computed number: check the TeX as it will be, with a number there.
        const problem = controlProblem(text) ?? texProblem(text.replace(/\{\{\w+\}\}/g, '1'));
        if (problem)
          ctx.addIssue({ code: 'custom', path: ['items', i, ...path], message: `item "${item.id}": ${problem}` });
      }
    });
  });
export type Quiz = z.infer<typeof QuizSchema>;
